"""Tests of srs.extract: notes in, card drafts out."""
