"""Resource Librarian: an offline library of child-protection resources."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Resource Librarian"
