"""Use cases, one module per area. The window, the command line and the tests call these."""
