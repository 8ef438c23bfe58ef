"""``python -m desktop_app`` runs the command-line interface."""

from __future__ import annotations

import sys

from desktop_app.cli import main

sys.exit(main())
