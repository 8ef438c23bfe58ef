"""Parser for the "search results" text format the bundled collection comes in.

A capture of a resource library's search-results page. Three kinds of entry::

    Tag, Tag, Country, Country          <- optional tag line (topics mixed with countries)
    Title of a publication
    (ORG, Other Org) Summary text ...Read More     <- "Read More" may stand on its own line

    Title of a web page
    October 26, 2017                    <- a date line; the excerpt may follow it
    ...an elided excerpt...

    October 22, 2015                    <- a page entry with no title (kept, flagged)
    ...excerpt...

The "Search Results" header and the "Older Newer" pager are not entries. Every
line is accounted for: a line the parser cannot place stops the parse with an
:class:`ImportFormatError` that names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.models import ResourceType
from desktop_app.core.library.records import ResourceData
from desktop_app.core.library.vocabulary import match_country

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTH_RE = "|".join(list(MONTHS) + [m[:3] for m in MONTHS] + ["sept"])
DATE_LINE = re.compile(rf"^({_MONTH_RE})\.?\s+(\d{{1,2}}),\s*(\d{{4}})\b\s*(.*)$", re.IGNORECASE)
READ_MORE = "Read More"
HEADER_LINES = {"search results"}
FOOTER_LINES = {"older newer", "older", "newer", "« older newer »", "older | newer"}
CITATION_YEAR = re.compile(r"^(\d{4})[a-z]?$")
SPLIT_AUTHORS = re.compile(r"\s*(?:,|\band\b|&)\s*")
UNTITLED_REASON = "The source entry has no title; a placeholder title was given on import."


@dataclass(slots=True)
class SeedEntry:
    """One parsed entry: the resource data plus where it came from."""

    data: ResourceData
    line: int
    source_record: str
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Tok:
    line: int
    text: str
    summary: bool = False
    date: tuple[str, str] | None = None  # (iso date, rest of line)


def decode(raw: bytes, path: str = "") -> str:
    """Bytes to text, refusing binary files and invalid UTF-8 with the line named."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ImportFormatError(
            "this is a binary file, not a search-results text file", path=path, line=line
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError(
            f"not valid UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            path=path,
            line=line,
        ) from None
    bad = next((c for c in text if ord(c) < 32 and c not in "\t\n\r\f"), None)
    if bad is not None:
        line = text[: text.index(bad)].count("\n") + 1
        raise ImportFormatError(f"control character U+{ord(bad):04X} in text", path=path, line=line)
    return text


def parse(text: str, path: str = "") -> list[SeedEntry]:
    """Parse a whole search-results capture into entries."""
    toks = _tokenise(text, path)
    entries: list[SeedEntry] = []
    lines = text.splitlines()
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if tok.date is not None:
            i = _page(toks, i, None, entries, lines)
        elif tok.summary:
            raise ImportFormatError("a summary with no title before it", path=path, line=tok.line)
        elif nxt is not None and nxt.date is not None:
            i = _page(toks, i + 1, tok, entries, lines)
        elif nxt is not None and nxt.summary:
            entries.append(_publication(None, tok, nxt, lines))
            i += 2
        elif nxt is not None and i + 2 < n and toks[i + 2].summary:
            entries.append(_publication(tok, nxt, toks[i + 2], lines))
            i += 3
        else:
            what = (
                "the file ends in the middle of an entry (truncated?)"
                if i + 2 >= n
                else "cannot tell what this line is: it is not followed by a summary or a date"
            )
            raise ImportFormatError(f"{what}: {tok.text[:60]!r}", path=path, line=tok.line)
    return entries


def _tokenise(text: str, path: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        low = line.casefold()
        if not toks and low in HEADER_LINES:
            continue
        if low in FOOTER_LINES:
            continue
        if line == READ_MORE:
            if not toks or toks[-1].summary or toks[-1].date is not None:
                raise ImportFormatError(
                    "'Read More' with no summary before it", path=path, line=lineno
                )
            toks[-1].summary = True
            continue
        tok = _Tok(lineno, line)
        if line.endswith(READ_MORE):
            tok.text = line[: -len(READ_MORE)].rstrip()
            tok.summary = True
        m = DATE_LINE.match(line)
        if m and not tok.summary:
            month = MONTHS.get(m.group(1).lower().rstrip(".")) or next(
                v for k, v in MONTHS.items() if k.startswith(m.group(1).lower()[:3])
            )
            day, year = int(m.group(2)), int(m.group(3))
            from datetime import date

            try:
                iso = date(year, month, day).isoformat()
            except ValueError:
                raise ImportFormatError(
                    f"'{line[:30]}' is not a real date", path=path, line=lineno
                ) from None
            tok.date = (iso, m.group(4).strip())
        toks.append(tok)
    return toks


def looks_like_excerpt(text: str) -> bool:
    """Tell an excerpt from a tag line: excerpts are elided prose, tags are short names."""
    if text.startswith(("...", "…")) or text.endswith(("...", "…")):
        return True
    if re.search(r"[.!?]\s+[A-Za-z]", text) or text.endswith((".", "!", "?")):
        return True
    items = split_list(text)
    return any(len(item) > 60 or len(item.split()) > 8 for item in items)


def split_list(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur).strip())
    return [item for item in out if item]


def _page(
    toks: list[_Tok], d: int, title: _Tok | None, entries: list[SeedEntry], lines: list[str]
) -> int:
    """A page entry whose date token is at ``d``; returns the index after it."""
    date_tok = toks[d]
    assert date_tok.date is not None
    iso, rest = date_tok.date
    excerpt = rest
    end = d + 1
    if not excerpt and end < len(toks):
        x = toks[end]
        y = toks[end + 1] if end + 1 < len(toks) else None
        z = toks[end + 2] if end + 2 < len(toks) else None
        if x.date is None and not x.summary:
            if y is not None and (y.date is not None or y.summary):
                pass  # x starts the next entry
            elif z is not None and z.summary and not looks_like_excerpt(x.text):
                pass  # x is the tag line of the next publication
            else:
                excerpt = x.text
                end += 1
    first = title.line if title else date_tok.line
    last = toks[end - 1].line
    data = ResourceData(
        title=title.text if title else "",
        type=ResourceType.WEB_PAGE.value,
        date=iso,
        excerpt=excerpt,
    )
    notes = []
    if title is None:
        data.title = f"Untitled web page ({_long_date(iso)})"
        data.needs_review = True
        data.review_reason = UNTITLED_REASON
        notes.append("no title: placeholder given, flagged for review")
    entries.append(SeedEntry(data, first, "\n".join(lines[first - 1 : last]).strip(), notes))
    return end


def _long_date(iso: str) -> str:
    y, m, d = iso.split("-")
    month = list(MONTHS)[int(m) - 1].capitalize()
    return f"{int(d)} {month} {y}"


def _publication(tags: _Tok | None, title: _Tok, summary: _Tok, lines: list[str]) -> SeedEntry:
    data = ResourceData(title=title.text)
    if tags is not None:
        for item in split_list(tags.text):
            country = match_country(item)
            if country is not None:
                data.countries.append(country.name)
            else:
                data.topics.append(item)
    text, orgs, authors, year = split_attribution(summary.text)
    data.summary = text
    data.organisations = orgs
    data.authors = authors
    if year is not None:
        data.date = str(year)
    data.type = infer_type(data.title, text)
    first = (tags or title).line
    last = summary.line
    # the standalone "Read More" line (if any) belongs to the record too
    if last < len(lines) and lines[last].strip() == READ_MORE:
        last += 1
    else:
        for k in range(last, min(len(lines), last + 3)):
            if lines[k].strip() == READ_MORE:
                last = k + 1
                break
            if lines[k].strip():
                break
    return SeedEntry(data, first, "\n".join(lines[first - 1 : last]).strip())


def split_attribution(summary: str) -> tuple[str, list[str], list[str], int | None]:
    """Take the ``(Org, Org)`` or ``(Author and Author, 2014)`` prefix off a summary.

    Returns (summary without the prefix, organisations, authors, citation year).
    """
    if not summary.startswith("("):
        return summary, [], [], None
    close = _closing_paren(summary)
    if close is None:
        return summary, [], [], None
    pos = close
    inner = summary[1:pos].strip()
    rest = summary[pos + 1 :].strip()
    if not inner:
        return summary, [], [], None
    parts = split_list(inner)
    m = CITATION_YEAR.match(parts[-1]) if parts else None
    if m and len(parts) >= 2:
        names = ", ".join(parts[:-1])
        authors = [a.strip() for a in SPLIT_AUTHORS.split(names) if a.strip()]
        return rest, [], authors, int(m.group(1))
    return rest, parts, [], None


def _closing_paren(text: str) -> int | None:
    """Index of the parenthesis that closes the one ``text`` starts with."""
    depth = 0
    for pos, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return pos
    return None


TYPE_RULES: tuple[tuple[str, ResourceType], ...] = (
    (r"\binfographic\b", ResourceType.INFOGRAPHIC),
    (r"\bchecklists?\b", ResourceType.CHECKLIST),
    (r"\bcase stud(y|ies)\b", ResourceType.CASE_STUDY),
    (
        r"\blegislative (responses?|review)\b|\blegislation review\b",
        ResourceType.LEGISLATION_REVIEW,
    ),
    (r"\btraining\b", ResourceType.TRAINING_MATERIAL),
    (r"\bguidelines?\b|\bguide\b|\bguidance\b|\bframework\b|\badvice\b", ResourceType.GUIDE),
    (r"\breport\b", ResourceType.REPORT),
)


def infer_type(title: str, summary: str = "") -> str:
    """The obvious type from a title (and the summary's opening words), else report."""
    low = title.lower()
    for pattern, rtype in TYPE_RULES:
        if re.search(pattern, low):
            return rtype.value
    if re.match(r"^(this )?article\b", summary.strip().lower()):
        return ResourceType.ARTICLE.value
    return ResourceType.REPORT.value
