"""Putting extracted document text into a test library, as extraction stores it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from desktop_app.core.library.models import Document, DocumentPage, Resource
from desktop_app.core.service import Catalogue


def store_pages(
    catalogue: Catalogue, name: str, pages: Sequence[str], *, status: str = "ok"
) -> None:
    """Save ``pages`` (page 1 first) as the text of the stored file ``name`` and mark
    the resources whose local copy it is as changed, so the index catches up (what the
    extraction's ``store.save_extraction`` does)."""
    with catalogue.action("extract text") as act:
        s = act.session
        old = s.get(Document, name)
        if old is not None:
            s.delete(old)
            s.flush()
        s.add(
            Document(
                name=name,
                sha256="0" * 64,
                status=status,
                page_count=len(pages),
                char_count=sum(map(len, pages)),
                extractor="test",
            )
        )
        s.flush()
        for i, text in enumerate(pages, 1):
            s.add(DocumentPage(name=name, page=i, text=text))
        for res in s.scalars(select(Resource).where(Resource.local_file == name)):
            act.stamp(res, bump=False)
            act.changes.updated.add(res.id)
