"""Counsellor Workstation's window (PySide6). The core it drives lives in `workstation`.

The guard in `qt_compat` is applied here, on import, so that every process using the
window code — the application, the tests, the screenshot script — has it before the
first Qt call can take a reference it should not.
"""

from .qt_compat import protect_singletons

protect_singletons()
