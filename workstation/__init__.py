"""Counsellor Workstation core: everything below this package runs without Qt."""

__version__ = "0.1.0"
