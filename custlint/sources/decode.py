"""Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM; binary is refused."""

from __future__ import annotations

import codecs

from custlint.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str) -> tuple[str, str, bool]:
    """Text, the encoding used and whether a BOM was present."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: cannot decode as {encoding} ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: cannot decode as UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
