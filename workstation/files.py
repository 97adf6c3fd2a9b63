"""Files the desk writes for people (sheets, slips, reports): whole, or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_whole(path: Path, data: bytes, *,
                before_replace: Callable[[], None] | None = None) -> Path:
    """Write `data` to `path` through a temporary file beside it, renamed into place, so
    no one ever opens half a file and a failure leaves nothing behind.

    `before_replace` runs once the bytes are on disk, just before the rename: an audit
    entry committed there exists for every file that appears. Raises OSError (or what
    `before_replace` raises), with the temporary file removed."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=".writing-", suffix=path.suffix, dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if before_replace is not None:
            before_replace()
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
