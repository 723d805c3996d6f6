"""`srs review`, `srs stats`, `srs optimize`."""
