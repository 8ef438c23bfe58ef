"""The fused analyzer yields exactly what the Whoosh chain it replaces yields."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.search.schema import FoldStemAnalyzer, reference_stem_analyzer

WORDS = st.sampled_from(
    ["the", "a", "Protection", "protecting", "Associação", "CSAM", "it's", "U.S.", "of", "ÉCOLE"]
)
TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=20).map(" ".join),
)
OPTIONS = st.fixed_dictionaries(
    {
        "positions": st.booleans(),
        "chars": st.booleans(),
        "keeporiginal": st.booleans(),
        "removestops": st.booleans(),
        "start_pos": st.integers(0, 5),
        "start_char": st.integers(0, 5),
        "tokenize": st.booleans(),
        "mode": st.sampled_from(["", "index", "query"]),
    }
)


def stream(analyzer: Any, text: str, options: dict[str, Any]) -> list[tuple[Any, ...]]:
    out = []
    for t in analyzer(text, **options):
        out.append(
            (
                t.text,
                t.stopped,
                t.boost,
                getattr(t, "pos", None) if options["positions"] else None,
                (t.startchar, t.endchar) if options["chars"] else None,
                getattr(t, "original", None) if options["keeporiginal"] else None,
            )
        )
    return out


@settings(max_examples=400, deadline=None)
@given(TEXT, OPTIONS)
def test_fused_analyzer_matches_the_chain(text: str, options: dict[str, Any]) -> None:
    assert stream(FoldStemAnalyzer(), text, options) == stream(
        reference_stem_analyzer(), text, options
    )


def test_cache_gives_the_same_answer_twice() -> None:
    fused = FoldStemAnalyzer()
    first = [t.text for t in fused("Protecting children's protection, the Associação")]
    again = [t.text for t in fused("Protecting children's protection, the Associação")]
    assert first == again == ["protect", "children'", "protect", "associacao"]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_term_positions_are_what_indexing_reads_from_the_tokens(text: str) -> None:
    expected: dict[str, list[int]] = {}
    for t in reference_stem_analyzer()(text, positions=True, boosts=True, mode="index"):
        if not t.stopped:
            expected.setdefault(t.text, []).append(t.pos)
    found = FoldStemAnalyzer().term_positions(text)
    assert found == expected and list(found) == list(expected)
