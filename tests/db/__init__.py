"""Tests of srs.db: migrations, bulk writes, WAL."""
