"""End-to-end round trips with Anki."""
