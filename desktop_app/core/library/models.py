"""The library's data model: SQLAlchemy 2 typed ORM.

Vocabularies (topics, organisations, authors, countries, regions) are tables, not
strings. Ordered many-to-many links (organisations, authors) carry a position.
Every write goes through :mod:`desktop_app.core.service`, which records it in
:class:`ChangeLog` and bumps :attr:`LibraryInfo.change_counter`.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_app.core.library.values import TYPE_LABELS as TYPE_LABELS
from desktop_app.core.library.values import DatePrecision as DatePrecision
from desktop_app.core.library.values import ResourceType as ResourceType
from desktop_app.core.library.values import Status as Status

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}  # noqa: RUF012


class LibraryInfo(Base):
    """One row: the library's identity and its change counter."""

    __tablename__ = "library_info"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), default="Resource library")
    change_counter: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Library-wide settings stored in the library file (not per user)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Region(Base):
    __tablename__ = "region"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    norm: Mapped[str] = mapped_column(String(200), unique=True)


class CountryRegion(Base):
    __tablename__ = "country_region"
    country_id: Mapped[int] = mapped_column(
        ForeignKey("country.id", ondelete="CASCADE"), primary_key=True
    )
    region_id: Mapped[int] = mapped_column(
        ForeignKey("region.id", ondelete="CASCADE"), primary_key=True
    )


class Country(Base):
    __tablename__ = "country"
    id: Mapped[int] = mapped_column(primary_key=True)
    alpha2: Mapped[str] = mapped_column(String(2), unique=True)
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    norm: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[str]] = mapped_column(default=list)
    regions: Mapped[list[Region]] = relationship(
        secondary="country_region", order_by="Region.name", lazy="selectin"
    )


class Topic(Base):
    __tablename__ = "topic"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    norm: Mapped[str] = mapped_column(String(500), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))
    alt_labels: Mapped[list[str]] = mapped_column(default=list)
    # labels in other languages, {language code: label} (core.library.labels)
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default=text("'{}'"))


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    norm: Mapped[str] = mapped_column(String(500), unique=True)
    acronym: Mapped[str | None] = mapped_column(String(50))
    alt_names: Mapped[list[str]] = mapped_column(default=list)


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    norm: Mapped[str] = mapped_column(String(500), unique=True)


class ResourceOrganisation(Base):
    __tablename__ = "resource_organisation"
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    organisation: Mapped[Organisation] = relationship(lazy="joined")


class ResourceAuthor(Base):
    __tablename__ = "resource_author"
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True
    )
    author_id: Mapped[int] = mapped_column(
        ForeignKey("author.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[Author] = relationship(lazy="joined")


class ResourceTopic(Base):
    __tablename__ = "resource_topic"
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[Topic] = relationship(lazy="joined")


class ResourceCountry(Base):
    __tablename__ = "resource_country"
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True
    )
    country_id: Mapped[int] = mapped_column(
        ForeignKey("country.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    country: Mapped[Country] = relationship(lazy="joined")


class Resource(Base):
    __tablename__ = "resource"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(40), default=ResourceType.REPORT.value)
    summary: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str | None] = mapped_column(String(10))  # ISO, to its precision
    date_precision: Mapped[str | None] = mapped_column(String(5))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    url: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    audience: Mapped[str] = mapped_column(String(20), default="")  # "" = everyone, "staff"
    status: Mapped[str] = mapped_column(String(20), default=Status.PUBLISHED.value, index=True)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    review_reason: Mapped[str] = mapped_column(Text, default="")
    curator_notes: Mapped[str] = mapped_column(Text, default="")
    local_file: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    provenance: Mapped[str] = mapped_column(Text, default="")
    source_record: Mapped[str] = mapped_column(Text, default="")
    # change counter value of this resource's last write: lets the index catch up
    changed_at_counter: Mapped[int] = mapped_column(Integer, default=0, index=True)

    organisation_links: Mapped[list[ResourceOrganisation]] = relationship(
        order_by=ResourceOrganisation.position, cascade="all, delete-orphan", lazy="selectin"
    )
    author_links: Mapped[list[ResourceAuthor]] = relationship(
        order_by=ResourceAuthor.position, cascade="all, delete-orphan", lazy="selectin"
    )
    topic_links: Mapped[list[ResourceTopic]] = relationship(
        order_by=ResourceTopic.position, cascade="all, delete-orphan", lazy="selectin"
    )
    country_links: Mapped[list[ResourceCountry]] = relationship(
        order_by=ResourceCountry.position, cascade="all, delete-orphan", lazy="selectin"
    )


class ChangeLog(Base):
    """One row per changed field of one write. ``action_id`` groups a user action."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(100))
    counter: Mapped[int] = mapped_column(Integer, index=True)
    resource_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="resource")
    field: Mapped[str] = mapped_column(String(60))
    old: Mapped[str | None] = mapped_column(Text)  # JSON
    new: Mapped[str | None] = mapped_column(Text)  # JSON
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class ThesaurusGroup(Base):
    """A group of equivalent search terms (synonyms)."""

    __tablename__ = "thesaurus_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    terms: Mapped[list[str]] = mapped_column(default=list)


class ReadingList(Base):
    """A teacher's named, ordered selection of resources.

    ``uuid`` identifies the list across libraries (collection packs merge lists by
    it); ``modified_at`` says which side changed it last.
    """

    __tablename__ = "reading_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    norm: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReadingListItem(Base):
    """One resource in a reading list, at its position, with the teacher's note."""

    __tablename__ = "reading_list_item"
    list_id: Mapped[int] = mapped_column(
        ForeignKey("reading_list.id", ondelete="CASCADE"), primary_key=True
    )
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class SavedSearch(Base):
    """A named query with its facet filters and sort, shown in the sidebar.

    ``include``/``exclude`` map a facet name to its selected values;
    ``uuid`` identifies it across libraries (collection packs merge by it).
    """

    __tablename__ = "saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    norm: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text, default="")
    include: Mapped[dict[str, Any]] = mapped_column(default=dict)
    exclude: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sort: Mapped[str] = mapped_column(String(20), default="relevance")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Document(Base):
    """Text extracted from one stored local copy, named as ``Resource.local_file`` names it.

    The database is the source of truth for document text: the search index is
    rebuilt from ``document_page``. ``sha256`` is the whole file's content digest when
    it was read, so text that travels in a pack can be checked against the file it
    claims to come from. ``status`` is ``ok`` (text found), ``no_text`` (a readable
    file without a text layer: scanned?) or ``failed`` (unreadable: encrypted,
    corrupt, too big, too slow); ``note`` says why in one line for the curator.
    """

    __tablename__ = "document"
    name: Mapped[str] = mapped_column(String(1000), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20), default="ok")
    note: Mapped[str] = mapped_column(Text, default="")
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    extractor: Mapped[str] = mapped_column(String(60), default="")
    extracted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DocumentPage(Base):
    """The text of one page (1-based) of a document; plain text and HTML are one page."""

    __tablename__ = "document_page"
    name: Mapped[str] = mapped_column(
        ForeignKey("document.name", ondelete="CASCADE"), primary_key=True
    )
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")


Index("ix_change_log_resource_counter", ChangeLog.resource_uuid, ChangeLog.counter)


class ExchangeBase(Base):
    """What this library last took from a peer's collection pack, per resource.

    Its content hash is the common ancestor for the next pack from (or to) that
    peer: a resource whose hash here still matches was not changed on this side.
    """

    __tablename__ = "exchange_base"
    peer_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    resource_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    exchanged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# Every vocabulary a resource links to: (vocabulary, link table, link's vocabulary column).
TERM_LINKS: dict[str, tuple[Any, Any, Any]] = {
    "topic": (Topic, ResourceTopic, ResourceTopic.topic_id),
    "organisation": (Organisation, ResourceOrganisation, ResourceOrganisation.organisation_id),
    "country": (Country, ResourceCountry, ResourceCountry.country_id),
    "author": (Author, ResourceAuthor, ResourceAuthor.author_id),
}
