"""A pack's local copies: each checked before anything is written, then written all or none.

A copy is taken only when its name is a safe stored name whose digest is that of
its content, and its content is a document (see :func:`files.document_problem`);
anything else stays behind with a note, the resource's metadata still imported.
Files are written only after every check has passed, and removed again if the
import then fails, so a refused pack leaves the files folder as it was.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.core.library.db import Library
from desktop_app.core.library.files import document_problem, files_dir, put_stream
from desktop_app.core.transfer.packs.document_text import is_stored_name
from desktop_app.core.transfer.packs.format import FILE_MEMBER, PackError
from desktop_app.core.transfer.packs.validation import Where

_DIGEST = re.compile(r"^([0-9a-f]{16})-")


class Copies:
    """The local copies an import takes from one pack."""

    def __init__(
        self, zf: zipfile.ZipFile, path: str | Path, library: Library, members: Mapping[str, Any]
    ) -> None:
        self.zf = zf
        self.path = path
        self.library = library
        self.members = members  # the manifest's, every one verified against its checksum
        self.wanted: dict[str, str] = {}  # stored name -> member
        self.problems: list[str] = []
        self.written: list[Path] = []
        self.folder = files_dir(library)
        self.folder_existed = self.folder.exists()

    def take(self, name: str, member: str, where: Where) -> bool:
        """Whether the copy ``name`` (pack member ``member``) will be taken.

        An unsafe name or a member the pack does not hold refuses the pack; a copy
        that is not a document, or whose name does not match its content, is left
        behind with a note.
        """
        if not is_stored_name(name):  # (not safe_name(name) == name: it cuts long names)
            raise where.fail("local_copy names an unsafe file")
        if not FILE_MEMBER.match(member) or member not in self.members:
            raise where.fail(f"local_copy names {member[:40]!r}, which the pack does not hold")
        if self.wanted.get(name) == member:
            return True
        digest = _DIGEST.match(name)
        if digest is None or digest.group(1) != self.members[member]["sha256"][:16]:
            self.problems.append(
                f"{where.at}: local copy {name[:120]!r} not taken: its name does not match its "
                "content"
            )
            return False
        try:
            with self.zf.open(member) as f:
                why = document_problem(name, f)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise PackError(self.path, f"member {member} cannot be read ({exc})") from None
        if why:
            self.problems.append(f"{where.at}: local copy not taken: {why}")
            return False
        self.wanted[name] = member
        return True

    def write(self) -> None:
        """Copy every wanted file into the files folder (those already there are kept)."""
        try:
            for name, member in self.wanted.items():
                target = self.folder / name
                if target.exists():
                    continue
                with self.zf.open(member) as src:
                    put_stream(self.library, src, name=name)
                self.written.append(target)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            self.undo()
            why = getattr(exc, "strerror", None) or exc
            raise PackError(self.path, f"its local copies could not be written ({why})") from None

    def undo(self) -> None:
        """Remove the files this import wrote (and the folder, if it made it)."""
        for target in self.written:
            target.unlink(missing_ok=True)
        self.written.clear()
        if not self.folder_existed and self.folder.is_dir():
            with contextlib.suppress(OSError):  # not empty: another file came meanwhile
                self.folder.rmdir()
