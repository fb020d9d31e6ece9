"""Annotation: one article read once into a ``Document`` (document.py) that every reader works from."""
