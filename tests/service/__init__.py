"""Tests of srs.service: importing, reviewing, searching, stats."""
