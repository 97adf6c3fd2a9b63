"""Logging to a rotating file in the data folder.

Log records name records by id and say what happened; they never carry a sensitive
value (a test plants markers and scans the log files for them).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to data_dir/logs/workstation.log; return its path, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Without a file, records go nowhere rather than to Python's last-resort stderr
    # handler: a traceback on the terminal is not a message for a person.
    root.addHandler(logging.NullHandler())
    if data_dir is None:
        return None
    log_dir = data_dir / "logs"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "workstation.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return log_dir / "workstation.log"
