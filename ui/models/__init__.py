"""Qt item models over the core's row dataclasses."""
