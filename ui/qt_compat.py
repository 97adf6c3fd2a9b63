"""A guard against a reference-counting defect of the installed Qt binding, if it has it.

PySide6 6.12.0 (abi3 wheels) on Python 3.11 hands `None` and `True` back to Python
without owning a reference: every call of a void Qt method (`label.setText(…)`), every
Python override of a void virtual (`changeEvent`, a delegate's `paint`), every empty
QVariant and every `Signal.emit` takes one reference from `None` or `True`. Python 3.12
made these objects immortal (PEP 683), which hides the defect there; on 3.11 the
interpreter aborts ("Fatal Python error: none_dealloc") after some tens of thousands of
calls — minutes of scrolling — and the window vanishes in the middle of a call.
PySide6 6.11.3 does not have the defect (measured); see the report to pin it.

The guard does on 3.11 what 3.12 does: it gives `None`, `True` and `False` a reserve
of references so large that no amount of loss brings them to zero. These three objects
are static in CPython and never freed, so an extra count changes nothing else. It is
applied only on CPython before 3.12 and only when a probe sees the binding lose
references; with a sound binding it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: losing a million a second would take twelve days to use them up.
RESERVE = 2**40
PROBE_CALLS = 64

_state = {"checked": False, "protected": False}


def binding_loses_references() -> bool:
    """Probe: do void calls, void overrides and emits take references from None/True?"""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")   # a void method
        probe.fired.emit()             # returns True
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    # The probe's own losses are repaid whether or not the guard is applied.
    _add_references(None, max(lost_none, 0))
    _add_references(True, max(lost_true, 0))
    return lost_none >= PROBE_CALLS or lost_true >= PROBE_CALLS


def _add_references(obj, count: int) -> None:
    if count <= 0:
        return
    # CPython 3.11's object header starts with the reference count (Py_ssize_t).
    refcount = ctypes.c_ssize_t.from_address(id(obj))
    refcount.value += count


def protect_singletons() -> bool:
    """Apply the guard if this interpreter and binding need it; True if applied."""
    if _state["checked"]:
        return _state["protected"]
    _state["checked"] = True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not binding_loses_references():
        return False
    for singleton in (None, True, False):
        _add_references(singleton, RESERVE)
    _state["protected"] = True
    return True


def describe() -> str:
    """One line for the log at start-up."""
    import PySide6

    state = "guard applied" if _state["protected"] else "no guard needed"
    return (f"PySide6 {PySide6.__version__} on Python {sys.version_info[0]}."
            f"{sys.version_info[1]}: {state}")
