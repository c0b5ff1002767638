"""Bytes to text: BOMs first, then UTF-8, then charset-normalizer's guess if it is confident.

Binary data (NUL bytes, or what charset-normalizer calls binary) raises `BinaryFileError`
so a caller walking a folder can skip it with a note instead of failing the run.
"""

from __future__ import annotations

import codecs

from custlint.errors import BinaryFileError, InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CHAOS = 0.2
# On a tie charset-normalizer's order is arbitrary (cp1250 before cp1252); text written for
# customers in Western languages is far more often Windows-1252 or Latin-1.
PREFERRED = ("cp1252", "latin_1", "iso8859_15")


def decode(data: bytes, path: str) -> tuple[str, str, bool]:
    """Text, the encoding used and whether a BOM was present."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: cannot decode as {encoding} ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise BinaryFileError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    return _detect(data, path)


def _detect(data: bytes, path: str) -> tuple[str, str, bool]:
    import charset_normalizer

    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        if charset_normalizer.is_binary(data[:65536]):
            raise BinaryFileError(f"{path}: binary file, not text")
        raise InputError(f"{path}: cannot detect the text encoding")
    if best.chaos >= MAX_CHAOS:
        raise InputError(f"{path}: cannot detect the text encoding")
    tied = {
        m.encoding: m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence
    }
    encoding = next((e for e in PREFERRED if e in tied), best.encoding)
    try:
        return data.decode(encoding), encoding, False
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{path}: cannot detect the text encoding") from None
