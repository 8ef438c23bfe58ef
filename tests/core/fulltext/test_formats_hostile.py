"""The stdlib readers on hostile content: never a crash, clean text, limits, linear time."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.fulltext.formats import FormatError, read_docx, read_html, read_odt, read_text
from desktop_app.core.fulltext.limits import Budget, clean_text

DIRTY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
TAGS = st.sampled_from(
    ["<p>", "</p>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<title>",
     "</title>", "<meta name=author content='x'>", "&amp;", "&#0;", "&#xD800;", "<", ">", "\x00",
     "<svg/>", "<br/>", "</head>", "<noscript", "\r\n", "\ud800"]
)  # fmt: skip
XML = st.sampled_from(
    ["<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:tab/>", "<text:p>", "</text:p>",
     "<text:s text:c='999999'/>", "&amp;", "&#1;", "<![CDATA[x]]>", "<?pi x?>", "<!-- c -->",
     "word", " ", "<", "]]>"]
)  # fmt: skip


def check(pages: list[str], budget: Budget) -> None:
    assert len(pages) == 1
    assert not DIRTY.search(pages[0])
    assert len(pages[0]) <= budget.page_chars


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(TAGS, st.text(max_size=20)), max_size=60))
def test_html_never_fails_and_stays_clean(parts: list[str]) -> None:
    budget = Budget(page_chars=500)
    read = read_html("".join(parts).encode("utf-8", "surrogatepass"), budget)
    check(read.pages, budget)
    assert all(not DIRTY.search(v) and len(v) <= 1_000 for v in read.metadata.values())


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_text_of_any_bytes(data: bytes) -> None:
    budget = Budget(page_chars=300)
    check(read_text(data, budget).pages, budget)


def zipped(name: str, body: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, body)
    return buf.getvalue()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(XML, st.text(max_size=10)), max_size=40), st.booleans())
def test_docx_and_odt_of_hostile_xml(parts: list[str], odt: bool) -> None:
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = f"<root {ns}>{''.join(parts)}</root>".encode("utf-8", "surrogatepass")
    budget = Budget(page_chars=400)
    try:
        if odt:
            read = read_odt(zipped("content.xml", body), budget)
        else:
            read = read_docx(zipped("word/document.xml", body), budget)
    except FormatError as exc:
        assert "\n" not in str(exc)
        return
    check(read.pages, budget)


@pytest.mark.parametrize(
    "data",
    [
        b"<" * 400_000,
        b"<!--" * 200_000,
        b"<a " * 200_000,
        b"&#" * 300_000,
        b"<p>" * 200_000 + b"x",
        b"<script>" + b"</scrip" * 100_000,
    ],
    ids=["lt", "comments", "attrs", "charrefs", "paragraphs", "script"],
)
def test_html_is_linear_on_pathological_input(data: bytes) -> None:
    start = time.monotonic()
    read_html(data, Budget())
    assert time.monotonic() - start < 5.0


def test_deep_xml_nesting_is_streamed() -> None:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = f"<w:document {ns}>" + "<w:p>" * 50_000 + "<w:t>deep</w:t>" + "</w:p>" * 50_000
    read = read_docx(zipped("word/document.xml", (body + "</w:document>").encode()), Budget())
    assert read.pages[0] == "deep"


def test_a_zip_bomb_part_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<a>" + b" " * (65 << 20) + b"</a>")
    with pytest.raises(FormatError, match="too large"):
        read_docx(buf.getvalue(), Budget())


def test_budget_cuts_pages_and_documents_and_says_so() -> None:
    budget = Budget(page_chars=10, doc_chars=25)
    assert [budget.take("x" * 30) for _ in range(3)] == ["x" * 10, "x" * 10, "x" * 5]
    assert budget.full and budget.notes() == [
        "3 page(s) cut to their first 10 characters",
        "only the first 25 characters were kept",
    ]
    assert clean_text("a\x02\r\nb\r\nc\x00d \n") == "ab\ncd\n"
