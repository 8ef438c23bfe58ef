"""The catalogue service: the only way to change a library.

- :mod:`.catalogue`: :class:`Catalogue`, reads and the everyday writes (create,
  update, trash, restore, purge), and :meth:`Catalogue.action`, the unit of work;
- :mod:`.unit_of_work`: :class:`Action`, one open action (transaction, change log,
  change counter, versions; listeners told after the commit);
- :mod:`.orm_mapping`: an ORM resource read as a view, data written onto it;
- :mod:`.changes`: :class:`ChangeSet` and the other values actions take and give.

Curation (history and undo, vocabulary admin, bulk edits) and pack imports change
the library through ``catalogue.action(...)`` too; none of them opens its own write.
"""

from __future__ import annotations

from desktop_app.core.service.catalogue import Catalogue
from desktop_app.core.service.changes import ChangeSet, CreateResult, Listener, NewResource
from desktop_app.core.service.orm_mapping import SCALAR_FIELDS, data_of, view_of
from desktop_app.core.service.unit_of_work import Action

__all__ = [
    "SCALAR_FIELDS",
    "Action",
    "Catalogue",
    "ChangeSet",
    "CreateResult",
    "Listener",
    "NewResource",
    "data_of",
    "view_of",
]
