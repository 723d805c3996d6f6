"""`srs import`, `srs cards`, `srs show`, `srs export`."""
