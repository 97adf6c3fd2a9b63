"""`workstation bench`: the harness and the timed operations."""
