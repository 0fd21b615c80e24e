"""Turn a file's bytes into text, or refuse it with a clear reason before anything is written."""

from pathlib import Path

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024


class DocumentError(ValueError):
    """The input cannot be ingested; the message says why, in words an editor understands."""


def document_decode(*, data: bytes, name: str = "document") -> str:
    """UTF-8 text of `data`; refuses empty, oversized, binary and undecodable input."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{name}: file is larger than 5 MB ({len(data)} bytes)")
    if not data.strip():
        raise DocumentError(f"{name}: file is empty")
    if b"\x00" in data:
        # Text formats never contain NUL; its presence means an image, a PDF, a zip...
        raise DocumentError(f"{name}: looks like a binary file (contains NUL bytes), expected text, Markdown or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: undecodable bytes at offset {exc.start} (the file must be UTF-8 encoded)"
        ) from exc
    if not text.strip():
        raise DocumentError(f"{name}: file is empty")
    return text


def document_read(*, path: str | Path) -> str:
    """Read and decode a file, checking its size before reading it into memory."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{path.name}: file is larger than 5 MB ({size} bytes)")
    return document_decode(data=path.read_bytes(), name=path.name)
