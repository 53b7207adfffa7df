"""Bytes to text: BOMs, declared and detected charsets, gzip with a ceiling, binary data refused."""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib

import charset_normalizer
import filetype

from reading.rejects import Rejected

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def gunzip(data: bytes, source_file: str, max_bytes: int) -> bytes:
    """Decompress with a ceiling, so a gzip bomb is refused instead of filling memory."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise Rejected("corrupt_gzip", f"{source_file} is not valid gzip: {error}", sha256_bytes(data)) from error
    if len(out) > max_bytes:
        raise Rejected("too_large", f"{source_file} decompresses to more than {max_bytes:,} bytes", sha256_bytes(data))
    return out


def refuse_binary(data: bytes, source_path: str, digest: str) -> None:
    """A known binary format (by its magic bytes) or NUL bytes outside UTF-16 is not a page.

    Bytes that start as clean UTF-8 text are not sniffed (the common case, and sniffing costs)."""
    head = data[:512]
    if not _CONTROL_BYTES.search(head) and _decodes_as_utf8(head):
        return
    found = filetype.guess(data[:8192])
    if found is not None:
        raise Rejected("binary", f"{source_path} holds {found.mime} data (.{found.extension}), not a page", digest)
    if b"\x00" in data[:4096] and not _bom(data):
        raise Rejected("binary", f"{source_path} holds NUL bytes: binary data, not a page", digest)


def _decodes_as_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a cut character at the end is fine
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, source_path: str, digest: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise Rejected("undecodable", f"{source_path}: no text encoding fits its bytes", digest) from None
        return str(best)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes to text: BOM, then UTF-8 when the bytes are valid UTF-8 (a wrong single-byte
    declaration is common, valid multi-byte UTF-8 by accident is not), then the HTTP or <meta>
    declaration, then the declaration (or UTF-8) with a few stray bytes replaced, then detection."""
    declared = declared or _meta_charset(data)
    wide = declared is not None and declared.lower().replace("-", "").startswith(("utf16", "utf32", "ucs"))
    for encoding in (_bom(data), declared if wide else None, "utf-8", declared):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    nearly = _with_stray_bytes(data, _known_codec(declared) or "utf-8")
    if nearly is not None:
        return nearly
    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


# Bytes that may not fit a page's charset before it is taken as another: a browser shows them as
# replacement characters and reads the page in its declared charset.
STRAY_BYTES = 8
STRAY_BYTES_PER = 10_000  # bytes of page: a long page may hold one more per this many


def _with_stray_bytes(data: bytes, encoding: str) -> str | None:
    """The page in `encoding` when all but a few bytes fit it (a Latin-1 "Küchenblogs" in a UTF-8
    template, a UTF-8 character cut by an abbreviation's "…"), as a browser shows it; None when more
    do not fit. Detection would pick a codec for the whole page from those few bytes and garble every
    other letter outside ASCII ("schön" as "schÃķn", a whole Polish page as "sińô")."""
    text = data.decode(encoding, errors="replace")
    return text if text.count("\ufffd") <= max(STRAY_BYTES, len(data) // STRAY_BYTES_PER) else None


def _known_codec(name: str | None) -> str | None:
    """The codec a declaration names, or None (none declared, or a name Python knows no codec by)."""
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _bom(data: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return encoding
    return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", errors="ignore") if match else None
