"""Dialogs opened from several screens (the guidance sheet from a call or a case)."""
