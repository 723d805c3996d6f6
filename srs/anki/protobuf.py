"""The little of the protobuf wire format that Anki packages need.

Anki stores a few small messages in packages (``meta``, the zstd ``media``
list, note type / template / deck configs in schema 18). Decoding them needs
no schema: we read fields by number. Malformed input raises ``ValueError``.
"""

from __future__ import annotations

VARINT, I64, LEN, I32 = 0, 1, 2, 5


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf) or shift > 63:
            raise ValueError("truncated or oversized varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def decode(buf: bytes) -> dict[int, list[int | bytes]]:
    """Field number → values (ints for varints/fixed, bytes for length-delimited)."""
    fields: dict[int, list[int | bytes]] = {}
    pos = 0
    while pos < len(buf):
        value: int | bytes
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise ValueError("field number 0")
        if wire == VARINT:
            value, pos = _varint(buf, pos)
        elif wire == LEN:
            size, pos = _varint(buf, pos)
            if pos + size > len(buf):
                raise ValueError("truncated field")
            value, pos = buf[pos : pos + size], pos + size
        elif wire in (I64, I32):
            width = 8 if wire == I64 else 4
            if pos + width > len(buf):
                raise ValueError("truncated field")
            value, pos = int.from_bytes(buf[pos : pos + width], "little"), pos + width
        else:
            raise ValueError(f"unsupported wire type {wire}")
        fields.setdefault(number, []).append(value)
    return fields


def first_int(fields: dict[int, list[int | bytes]], number: int, default: int = 0) -> int:
    for v in fields.get(number, ()):
        if isinstance(v, int):
            return v
    return default


def first_str(fields: dict[int, list[int | bytes]], number: int, default: str = "") -> str:
    for v in fields.get(number, ()):
        if isinstance(v, bytes):
            return v.decode("utf-8", "replace")
    return default
