"""Rules with no I/O: validation, vocabularies, workflows."""
