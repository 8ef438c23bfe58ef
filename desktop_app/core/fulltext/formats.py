"""Text from plain text, HTML, Word ``.docx`` and OpenDocument ``.odt`` files (stdlib only).

Each reader takes the file's bytes (at most :data:`~.limits.MAX_INPUT_BYTES`) and
returns a :class:`Read`: one page of text, the file's own metadata, and notes on
anything left out. They never fetch anything (HTML links, images and entities are
never resolved), refuse XML with a DOCTYPE (OOXML and ODF never have one, so no
entity can expand), bound every zip part they inflate, and are linear in their input.
Bad content raises :class:`FormatError` with a one-line reason.
"""

from __future__ import annotations

import codecs
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat

from desktop_app.core.fulltext.limits import (
    MAX_INPUT_BYTES,
    MAX_ZIP_ENTRIES,
    METADATA_KEYS,
    Budget,
    one_line,
)


class FormatError(Exception):
    """The file cannot be read as the format its name says; the message says why."""


@dataclass
class Read:
    """What a reader found: pages of text, metadata, notes on what was left out."""

    pages: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _meta(found: dict[str, str]) -> dict[str, str]:
    out = {}
    for key in METADATA_KEYS:
        value = one_line(found.get(key, ""), 1_000)
        if value:
            out[key] = value
    return out


# -- plain text ---------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """``data`` as text: by its byte-order mark, else UTF-8, else Windows-1252, else Latin-1.

    A UTF-8 sequence cut at the very end (a file read only in part) is dropped, not
    a reason to fall back.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason.startswith("unexpected end"):
            return data[: exc.start].decode("utf-8", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(data: bytes, budget: Budget) -> Read:
    """A plain text file (.txt, .md, .csv) as one page."""
    return Read([budget.take(decode_text(data))])


# -- HTML ---------------------------------------------------------------------------------------

_SKIP = frozenset({"template", "noscript", "svg", "math", "head", "object"})
_BLOCK = frozenset(
    ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
     "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul")
)  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_LINES = re.compile(r"\n\s*\n\s*")


_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]{0,40})")
_ATTR = re.compile(r"""([A-Za-z_:-]{1,40})\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_RAW = ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")
_RAW_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _RAW}


def _html_parts(text: str) -> tuple[list[str], list[str], dict[str, str]]:
    """(visible text pieces, title pieces, meta fields) of an HTML page, in one pass.

    Our own scanner, not ``html.parser``: that one takes quadratic time on some hostile
    pages (thousands of unclosed ``<!--`` or ``<a ``). Each step here moves past what
    it read, and anything left unclosed ends the page, so the work is linear.
    """
    parts: list[str] = []
    title: list[str] = []
    meta: dict[str, str] = {}
    skip = 0  # depth inside elements whose content is not text
    i, n = 0, len(text)
    while i < n:
        j = text.find("<", i)
        if j < 0:
            j = n
        if j > i and not skip:
            parts.append(html.unescape(text[i:j]))
        if j >= n:
            break
        if text.startswith("<!--", j):
            k = text.find("-->", j + 4)
            if k < 0:
                break
            i = k + 3
            continue
        if text.startswith("<!", j) or text.startswith("<?", j):
            k = text.find(">", j + 2)
            if k < 0:
                break
            i = k + 1
            continue
        found = _TAG.match(text, j)
        if found is None:  # a lone "<"
            if not skip:
                parts.append("<")
            i = j + 1
            continue
        k = text.find(">", found.end())
        if k < 0:
            break  # an unclosed tag ends the page
        tag, closing = found.group(1).lower(), text[j + 1] == "/"
        i = k + 1
        if closing:
            if tag in _SKIP:
                skip = max(0, skip - 1)
            elif tag in _BLOCK:
                parts.append("\n")
            continue
        if tag in _RAW:
            end = _RAW_END[tag].search(text, i)
            if tag == "title":
                title.append(html.unescape(text[i : end.start() if end else n]))
            i = end.end() if end else n
            continue
        if tag == "meta":
            attrs = {a.lower(): v.strip("\"'") for a, v in _ATTR.findall(text[found.end() : k])}
            key = _META_NAMES.get(attrs.get("name", "").lower())
            if key and attrs.get("content"):
                meta.setdefault(key, html.unescape(attrs["content"]))
        elif tag in _SKIP and text[k - 1] != "/":
            skip += 1
        elif tag in _BLOCK:
            parts.append("\n")
    return parts, title, meta


_META_NAMES = {"description": "subject", "keywords": "keywords", "author": "author"}


def read_html(data: bytes, budget: Budget) -> Read:
    """The visible text of an HTML page as one page: no script, style or head; nothing
    is fetched. The page's title, description, keywords and author are its metadata."""
    parts, title, found = _html_parts(decode_text(_html_bytes(data)))
    body = _SPACES.sub(" ", "".join(parts))
    body = _LINES.sub("\n\n", "\n".join(line.strip() for line in body.split("\n"))).strip()
    meta = dict(found)
    meta["title"] = "".join(title)
    return Read([budget.take(body)], _meta(meta))


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})""", re.I)


def _html_bytes(data: bytes) -> bytes:
    """``data`` re-encoded as UTF-8 when the page declares another charset we know."""
    found = _CHARSET.search(data[:4096])
    if not found:
        return data
    name = found.group(1).decode("ascii").lower()
    if name in ("utf-8", "utf8"):
        return data
    try:
        return data.decode(name).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data


# -- zipped XML: .docx and .odt --------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_META_NS = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


def _part(zf: zipfile.ZipFile, name: str, *, required: bool) -> bytes | None:
    """One member of the zip, inflated to at most MAX_INPUT_BYTES, checked for DOCTYPE."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        if required:
            raise FormatError(f"damaged file: no {name} inside") from None
        return None
    if info.file_size > MAX_INPUT_BYTES:
        raise FormatError(f"{name} inside is too large ({info.file_size:,} bytes)")
    with zf.open(info) as member:
        data = member.read(MAX_INPUT_BYTES + 1)  # the size in the header may lie
    if len(data) > MAX_INPUT_BYTES:
        raise FormatError(f"{name} inside is too large (over {MAX_INPUT_BYTES:,} bytes)")
    return data


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise FormatError(f"damaged file: not a readable zip ({exc})") from None
    if len(zf.infolist()) > MAX_ZIP_ENTRIES:
        raise FormatError(f"damaged file: more than {MAX_ZIP_ENTRIES:,} parts inside")
    return zf


class _XMLText:
    """Streams an XML part through expat (linear, in reading order, bounded memory).

    ``texts``: elements whose character data is kept (None: every element's, inside
    ``within``); ``marks``: strings written at an element's start (``"<"+tag``) or end
    (tag). A DOCTYPE or entity declaration stops the parse (see :func:`_part`).
    """

    def __init__(self, texts: set[str] | None, marks: dict[str, str],
                 within: set[str] | None = None) -> None:  # fmt: skip
        self.parts: list[str] = []
        self.keep = (texts if texts is not None else within) or set()
        self.marks = marks
        self.depth = 0  # inside a kept element (or a ``within`` one)
        self.odf_spaces = TEXT_NS + "s"

    def parse(self, data: bytes, name: str) -> str:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.StartDoctypeDeclHandler = self._refuse
        parser.EntityDeclHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        parser.buffer_text = True
        try:
            parser.Parse(data, True)
        except expat.ExpatError as exc:
            raise FormatError(f"damaged file: {name} is not well-formed XML ({exc})") from None
        return "".join(self.parts)

    def _refuse(self, *_: object) -> None:
        raise FormatError("a part declares a DOCTYPE or entities, which it never should")

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        tag = "{" + tag
        if tag in self.keep:
            self.depth += 1
        mark = self.marks.get("<" + tag)
        if mark and self.depth:
            count = attrs.get(TEXT_NS[1:] + "c", "1") if tag == self.odf_spaces else "1"
            self.parts.append(mark * min(int(count) if count.isdigit() else 1, 100))

    def _end(self, tag: str) -> None:
        tag = "{" + tag
        if tag in self.keep:
            self.depth -= 1
        mark = self.marks.get(tag)
        if mark:
            self.parts.append(mark)

    def _data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def _simple_meta(data: bytes | None, wanted: dict[str, str]) -> dict[str, str]:
    """Metadata fields (tag -> key) from a small XML part; empty if missing or damaged."""
    if data is None:
        return {}
    found: dict[str, list[str]] = {}
    for tag, key in wanted.items():
        try:
            text = _XMLText({tag}, {tag: "\x00"}).parse(data, "metadata").strip("\x00")
        except FormatError:
            return {}
        values = [v.strip() for v in text.split("\x00") if v.strip()]
        if values:
            found.setdefault(key, []).extend(values)
    return _meta({k: ", ".join(v) for k, v in found.items()})


def read_docx(data: bytes, budget: Budget) -> Read:
    """A Word ``.docx`` document's text as one page; metadata from ``docProps/core.xml``."""
    zf = _open_zip(data)
    with zf:
        body = _part(zf, "word/document.xml", required=True)
        core = _part(zf, "docProps/core.xml", required=False)
    assert body is not None
    text = _XMLText(
        {W + "t"}, {W + "p": "\n", W + "tab": "\t", W + "br": "\n", W + "cr": "\n"}
    ).parse(body, "word/document.xml")
    meta = _simple_meta(
        core,
        {_DC + "title": "title", _DC + "subject": "subject", _CP + "keywords": "keywords",
         _DC + "creator": "author"},
    )  # fmt: skip
    return Read([budget.take(text.strip())], meta)


def read_odt(data: bytes, budget: Budget) -> Read:
    """An OpenDocument ``.odt`` text's text as one page; metadata from ``meta.xml``."""
    zf = _open_zip(data)
    with zf:
        body = _part(zf, "content.xml", required=True)
        meta_xml = _part(zf, "meta.xml", required=False)
    assert body is not None
    paragraphs = {TEXT_NS + "p", TEXT_NS + "h"}
    marks = {TEXT_NS + "p": "\n", TEXT_NS + "h": "\n", "<" + TEXT_NS + "s": " ",
             "<" + TEXT_NS + "tab": "\t", "<" + TEXT_NS + "line-break": "\n"}  # fmt: skip
    text = _XMLText(None, marks, within=paragraphs).parse(body, "content.xml")
    meta = _simple_meta(
        meta_xml,
        {_DC + "title": "title", _DC + "subject": "subject", _META_NS + "keyword": "keywords",
         _DC + "creator": "author", _META_NS + "initial-creator": "author"},
    )  # fmt: skip
    return Read([budget.take(text.strip())], meta)
