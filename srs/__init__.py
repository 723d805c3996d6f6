"""srs — a spaced-repetition engine for engineering study notes."""

__version__ = "0.1.0"
