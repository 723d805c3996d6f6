"""The test suite; each folder mirrors a package of srs (or a kind of test: interop, reliability)."""
