"""Controlled vocabularies: reference data and name resolution.

Countries come from ``data/countries.tsv`` (ISO 3166-1 codes, short English
names, aliases and region memberships). Well-known organisations carry their
acronyms. :class:`VocabularyResolver` turns names as typed or imported into rows,
matching case- and space-insensitively and through acronyms and aliases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.library.models import (
    Author,
    Country,
    LibraryInfo,
    Organisation,
    Region,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.library.text import clean, norm


@dataclass(frozen=True, slots=True)
class CountryRecord:
    alpha2: str
    alpha3: str
    name: str
    aliases: tuple[str, ...]
    regions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KnownOrganisation:
    acronym: str
    name: str
    alt_names: tuple[str, ...] = ()


KNOWN_ORGANISATIONS: tuple[KnownOrganisation, ...] = (
    KnownOrganisation(
        "ICMEC",
        "International Centre for Missing & Exploited Children",
        (
            "International Center for Missing & Exploited Children",
            "International Centre for Missing and Exploited Children",
        ),
    ),
    KnownOrganisation(
        "UNICEF",
        "United Nations Children's Fund",
        ("United Nations International Children's Emergency Fund",),
    ),
    KnownOrganisation("ECPAT", "ECPAT International", ("End Child Prostitution and Trafficking",)),
    KnownOrganisation(
        "ITU", "International Telecommunication Union", ("International Telecommunications Union",)
    ),
    KnownOrganisation(
        "UKCCIS", "UK Council for Child Internet Safety", ("UK Counsel for Child Internet Safety",)
    ),
    KnownOrganisation("NSPCC", "National Society for the Prevention of Cruelty to Children"),
    KnownOrganisation("ROCIT", "Regional Public Center for Internet Technologies"),
    KnownOrganisation("NCMEC", "National Center for Missing & Exploited Children"),
    KnownOrganisation("IWF", "Internet Watch Foundation"),
    KnownOrganisation("CEOP", "Child Exploitation and Online Protection Command"),
    KnownOrganisation("AISA", "Association of International Schools in Africa"),
    KnownOrganisation("ITFCP", "International Task Force on Child Protection"),
    KnownOrganisation(
        "EVAC",
        "End Violence Against Children",
        ("Global Partnership to End Violence Against Children",),
    ),
    KnownOrganisation("UNODC", "United Nations Office on Drugs and Crime"),
    KnownOrganisation("WHO", "World Health Organization"),
)

# Equivalent search terms shipped with the library (ECPAT Terminology Guidelines et al.).
DEFAULT_THESAURUS: tuple[tuple[str, ...], ...] = (
    (
        "child pornography",
        "child sexual abuse material",
        "CSAM",
        "child sexual exploitation material",
    ),
    ("grooming", "online enticement", "solicitation of children for sexual purposes"),
    ("sextortion", "sexual extortion"),
    ("sexting", "self-generated sexual imagery", "youth produced sexual imagery"),
    ("missing children", "child abduction"),
    ("trafficking", "sex trafficking"),
    ("cyberbullying", "online bullying"),
)


@cache
def countries() -> tuple[CountryRecord, ...]:
    """The ISO 3166-1 countries with their aliases and regions."""
    text = (
        resources.files("desktop_app.core.library")
        .joinpath("data/countries.tsv")
        .read_text("utf-8")
    )
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        a2, a3, name, aliases, regions = line.split("\t")
        out.append(
            CountryRecord(
                a2,
                a3,
                name,
                tuple(filter(None, aliases.split("|"))),
                tuple(filter(None, regions.split("|"))),
            )
        )
    return tuple(out)


@cache
def country_lookup() -> dict[str, CountryRecord]:
    """Normalised name, alias or code -> country."""
    table: dict[str, CountryRecord] = {}
    for rec in countries():
        for key in (rec.alpha3, rec.alpha2, *rec.aliases, rec.name):
            table[norm(key)] = rec
    return table


def match_country(name: str) -> CountryRecord | None:
    """The country a tag or field value names, by name, alias or ISO code."""
    return country_lookup().get(norm(name))


@cache
def _known_org_lookup() -> dict[str, KnownOrganisation]:
    table: dict[str, KnownOrganisation] = {}
    for org in KNOWN_ORGANISATIONS:
        for key in (org.name, *org.alt_names):
            table[norm(key)] = org
        table["acr:" + org.acronym] = org
    return table


def known_organisation(name: str) -> KnownOrganisation | None:
    """A well-known organisation by its exact acronym or any of its names."""
    table = _known_org_lookup()
    return table.get("acr:" + clean(name)) or table.get(norm(name))


def install_reference_data(s: Session) -> None:
    """Fill a new library (in its first write session) with countries, regions and the
    default thesaurus."""
    if s.get(LibraryInfo, 1) is None:
        s.add(LibraryInfo(id=1))
    regions: dict[str, Region] = {}
    for rec in countries():
        country = Country(
            alpha2=rec.alpha2,
            alpha3=rec.alpha3,
            name=rec.name,
            norm=norm(rec.name),
            aliases=list(rec.aliases),
        )
        for rname in rec.regions:
            if rname not in regions:
                regions[rname] = Region(name=rname, norm=norm(rname))
            country.regions.append(regions[rname])
        s.add(country)
    for group in DEFAULT_THESAURUS:
        s.add(ThesaurusGroup(terms=list(group)))


class VocabularyResolver:
    """Finds or creates vocabulary rows by name within one session.

    Lookups are cached for the life of the resolver (one action), so a bulk
    import does not query the database for every name. Created rows are
    remembered in ``created`` so an import preview can list them.
    """

    def __init__(
        self, session: Session, on_create: Callable[[str, str], None] | None = None
    ) -> None:
        self.session = session
        self.created: list[tuple[str, str]] = []
        self._on_create = on_create
        self._topics: dict[str, Topic] | None = None
        self._authors: dict[str, Author] | None = None
        self._orgs: dict[str, Organisation] | None = None
        self._countries: dict[str, Country] = {}

    def _created(self, kind: str, name: str) -> None:
        self.created.append((kind, name))
        if self._on_create is not None:
            self._on_create(kind, name)

    def country(self, name: str) -> Country | None:
        rec = match_country(name)
        if rec is None:
            return None
        if not self._countries:
            self._countries = {c.alpha2: c for c in self.session.scalars(select(Country))}
        return self._countries.get(rec.alpha2)

    def topic(self, name: str) -> Topic:
        if self._topics is None:
            self._topics = {t.norm: t for t in self.session.scalars(select(Topic))}
        key = norm(name)
        found = self._topics.get(key)
        if found is None:
            found = Topic(name=clean(name), norm=key, alt_labels=[])
            self.session.add(found)
            self._topics[key] = found
            self._created("topic", found.name)
        return found

    def author(self, name: str) -> Author:
        if self._authors is None:
            self._authors = {a.norm: a for a in self.session.scalars(select(Author))}
        key = norm(name)
        found = self._authors.get(key)
        if found is None:
            found = Author(name=clean(name), norm=key)
            self.session.add(found)
            self._authors[key] = found
            self._created("author", found.name)
        return found

    def organisation(self, name: str) -> Organisation:
        """An organisation by name, acronym or alternative name; created if new.

        A well-known acronym gets its full name as well ("ICMEC" ->
        "International Centre for Missing & Exploited Children", acronym ICMEC).
        A full name as written is kept as written.
        """
        text = clean(name)
        found = self._find_organisation(text)
        if found is not None:
            return found
        known = known_organisation(text)
        if known is not None:
            for candidate in (known.acronym, known.name, *known.alt_names):
                found = self._find_organisation(candidate)
                if found is not None:
                    self._remember(found, text)
                    return found
            is_acronym = text == known.acronym
            display = known.name if is_acronym else text
            alts = [n for n in (known.name, *known.alt_names) if norm(n) != norm(display)]
            org = Organisation(
                name=display, norm=norm(display), acronym=known.acronym, alt_names=alts
            )
        else:
            org = Organisation(name=text, norm=norm(text), acronym=None, alt_names=[])
        self.session.add(org)
        self._index_org(org)
        self._created("organisation", org.name)
        return org

    def _remember(self, org: Organisation, text: str) -> None:
        """Keep a new spelling of a known organisation as an alternative name."""
        known = {norm(org.name), norm(org.acronym or ""), *(norm(a) for a in org.alt_names)}
        if norm(text) not in known:
            org.alt_names = [*org.alt_names, text]
            self._index_org(org)

    def _org_table(self) -> dict[str, Organisation]:
        if self._orgs is None:
            self._orgs = {}
            for org in self.session.scalars(select(Organisation)):
                self._index_org(org)
        return self._orgs

    def _index_org(self, org: Organisation) -> None:
        table = self._org_table() if self._orgs is not None else None
        if table is None:
            return
        for alt in org.alt_names:
            table.setdefault(norm(alt), org)
        if org.acronym:
            table["acr:" + org.acronym] = org
        table[norm(org.name)] = org

    def _find_organisation(self, text: str) -> Organisation | None:
        table = self._org_table()
        return table.get(norm(text)) or table.get("acr:" + text)
