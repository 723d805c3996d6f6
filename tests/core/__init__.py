"""Tests of srs.core: the pure domain (scheduling, clozes, tradeoffs, days)."""
