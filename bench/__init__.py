"""Benchmarks: srs against Anki on the same generated collections (`python -m bench`)."""
