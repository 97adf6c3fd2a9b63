"""Where the desk keeps its data: the user's data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CounsellorWorkstation"
DATA_DIR_ENV = "WORKSTATION_DATA_DIR"


def default_data_dir() -> Path:
    """`--data-dir` wins over $WORKSTATION_DATA_DIR, which wins over the platform folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
