"""Extraction rules: each module is one named, tested rule (``apply(unit, doc) -> Claim | None``)."""
