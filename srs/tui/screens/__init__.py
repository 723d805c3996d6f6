"""Screens of the review app, one per file."""
