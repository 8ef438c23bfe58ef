"""Dialogs built in code: the editor, table dialogs, curation and transfer dialogs."""
