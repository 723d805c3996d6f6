"""Tests of srs.anki: Anki packages and collections, judged by the official anki package."""
