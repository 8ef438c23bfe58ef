"""The main window's panes: each a widget that owns its children and speaks by signals."""
