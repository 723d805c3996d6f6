"""Crash, fuzz, concurrency and hostile-input tests."""
