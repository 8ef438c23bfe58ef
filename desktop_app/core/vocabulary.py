"""Controlled vocabularies: reference data and name resolution.

Countries come from ``data/countries.tsv`` (ISO 3166-1 codes, short English
names, aliases and region memberships). Well-known organisations carry their
acronyms. :class:`VocabularyResolver` turns names as typed or imported into rows,
matching case- and space-insensitively and through acronyms and aliases.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    Author,
    Country,
    LibraryInfo,
    Organisation,
    Region,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.text import clean, norm

if TYPE_CHECKING:
    from desktop_app.core.db import Library


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
    ("safeguarding", "child protection"),
)


@cache
def countries() -> tuple[CountryRecord, ...]:
    """The ISO 3166-1 countries with their aliases and regions."""
    text = resources.files("desktop_app.core").joinpath("data/countries.tsv").read_text("utf-8")
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


def install_reference_data(library: Library) -> None:
    """Fill a new library with countries, regions and the default thesaurus."""
    with library.write() as s:
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

    Created rows are remembered in ``created`` so an import preview can list them.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created: list[tuple[str, str]] = []

    def country(self, name: str) -> Country | None:
        rec = match_country(name)
        if rec is None:
            return None
        return self.session.scalars(select(Country).where(Country.alpha2 == rec.alpha2)).first()

    def topic(self, name: str) -> Topic:
        key = norm(name)
        found = self.session.scalars(select(Topic).where(Topic.norm == key)).first()
        if found is None:
            found = Topic(name=clean(name), norm=key, alt_labels=[])
            self.session.add(found)
            self.session.flush()
            self.created.append(("topic", found.name))
        return found

    def author(self, name: str) -> Author:
        key = norm(name)
        found = self.session.scalars(select(Author).where(Author.norm == key)).first()
        if found is None:
            found = Author(name=clean(name), norm=key)
            self.session.add(found)
            self.session.flush()
            self.created.append(("author", found.name))
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
                    if norm(text) not in {norm(a) for a in found.alt_names} and norm(text) not in (
                        norm(found.name),
                        norm(found.acronym or ""),
                    ):
                        found.alt_names = [*found.alt_names, text]
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
        self.session.flush()
        self.created.append(("organisation", org.name))
        return org

    def _find_organisation(self, text: str) -> Organisation | None:
        key = norm(text)
        found = self.session.scalars(select(Organisation).where(Organisation.norm == key)).first()
        if found is not None:
            return found
        found = self.session.scalars(
            select(Organisation).where(Organisation.acronym == text)
        ).first()
        if found is not None:
            return found
        for org in self.session.scalars(select(Organisation)):
            if key in {norm(a) for a in org.alt_names}:
                return org
        return None
