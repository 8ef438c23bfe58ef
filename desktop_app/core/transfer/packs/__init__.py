"""Collection packs: a library's resources on a USB stick, merged by UUID at the other end.

A pack is a zip file holding

* ``manifest.json``: format version, the library's UUID and change counter, the
  creation time, counts, and the size and SHA-256 of every other member;
* ``resources.jsonl``: one resource a line (UUID, editable fields, dates, provenance);
* ``vocabularies.json``: topics, organisations and country aliases, and the thesaurus;
* ``tombstones.jsonl``: resources deleted for good (since a given earlier pack);
* ``bases.jsonl``: what this library last took from each peer's packs, so that
  the receiving library can tell who changed what since the last exchange;
* ``lists.jsonl``, ``saved_searches.jsonl``: reading lists and saved searches (format 2);
* ``files/000001`` …: the local copies, and ``text/000001.json`` …: the text read from
  each, with the SHA-256 of the file it was read from (format 3; ``document_text``).

Importing is a three-way merge per resource. The common ancestors are what this
library last took from the pack's library and what that library last took from
this one: a side whose content still equals an ancestor did not change it. A
resource changed on both sides is a conflict for the curator (keep mine, take
theirs, or field by field); an unresolved conflict keeps the local version and
stays a conflict next time. Deleted resources go to the trash, not away.

Everything in the file is checked before anything is written: format version,
member names (no paths, links or encrypted members), sizes against a bound for
each member and compression ratios (no zip bombs), checksums, and every line's
UTF-8, JSON nesting and types (``schema``). Local copies are taken only when they
are documents whose names match their content (``copies``), and are written only
after all of that, then removed again if the import fails. A copy's text is taken
only when it was read from that very content, and is otherwise read again here. An import is one
action: all or nothing, and undoable.
"""

from desktop_app.core.transfer.packs.export import PackCancelled, PackSummary, export_pack
from desktop_app.core.transfer.packs.format import (
    SUFFIX,
    PackError,
    Resolution,
    Side,
    content_hash,
    portable,
    read_manifest,
)
from desktop_app.core.transfer.packs.merge import (
    Conflict,
    PackReport,
    diff_fields,
    import_pack,
    merged,
)

__all__ = [
    "SUFFIX",
    "Conflict",
    "PackCancelled",
    "PackError",
    "PackReport",
    "PackSummary",
    "Resolution",
    "Side",
    "content_hash",
    "diff_fields",
    "export_pack",
    "import_pack",
    "merged",
    "portable",
    "read_manifest",
]
