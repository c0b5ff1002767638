"""Writing a file without ever leaving a half-written one behind.

Every write goes to a temporary file in the same folder, is flushed to disk, and is
renamed over the target, so a crash or an error at any point leaves either the old file
or the new one. Fixes and reports both write through here.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable

from custlint.errors import InputError


def write_bytes_atomically(
    path: str,
    data: bytes,
    *,
    mode: int | None = None,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write `data` to `path` through a temporary file and a rename.

    `mode` is the file mode to give (default: a new file's usual mode under the umask);
    `before_replace` runs just before the rename and may raise to abandon the write.
    """
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"{path}: cannot write beside it ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask() if mode is None else mode)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
    _fsync_dir(folder)


def write_text_atomically(path: str, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: str) -> None:
    """Make the rename durable where the platform allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
