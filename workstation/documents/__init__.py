"""Printed documents: the guidance sheets (reportlab), with Urdu set right to left."""
