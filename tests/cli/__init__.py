"""Tests of the srs command line, run as a user would."""
