"""Curation: the curator lock, history and undo, vocabulary admin, bulk edits,
completeness and consistency checks."""
