"""The search engine: query text + facet selections -> ranked ids and facet counts.

What was typed is parsed (``querylang``) and compiled into Whoosh queries with the
thesaurus's expansions (``compile``), then matched once per query. For the queries
the search box makes, ``ranking`` scores every match at once (each term's postings
read once; scores Whoosh's BM25F, see ``whoosh_adapter``) and flags the matches of
the words as typed; any other query is matched by ``matching`` and ranked by
Whoosh's own collector. The match set becomes a mask over resource ids, cached with
the best few hundred ids, so a facet click is an AND of masks (``facets``), not a
new text search. Relevance ranks a query's plain words found as a phrase first, then
the words as typed, then what only a synonym found (``ranking.tiers``), each by
score, ties to the lower document number; date and title orders come from numpy
sort keys. Every saved change reaches ``on_change``, which brings the index, the
facet arrays and the caches up to date; ``sync``, what others committed (issue 16).

Plain words also search local copies' text (``text``; a curator's also staff-only
``staff_text``), weighted below the details. Snippets are made for the rows shown:
each says if the details, the document or both matched, and for a document names
the page showing the words best, read from the database (``document_text``).
"""

from __future__ import annotations

import dataclasses
import heapq
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.core.search import querylang as ql
from desktop_app.core.search import ranking
from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.build import Progress
from desktop_app.core.search.compile import Compiled, Compiler, Thesaurus
from desktop_app.core.search.document_text import best_page, details_text
from desktop_app.core.search.facets import FacetData
from desktop_app.core.search.index import SearchIndex, is_index_error
from desktop_app.core.search.matching import match_docs
from desktop_app.core.search.postings import FieldLengths, positioned
from desktop_app.core.search.ranking import phrase_flags, plain_phrase, score_all_typed, tiers, top
from desktop_app.core.search.results import SORTS as SORTS
from desktop_app.core.search.results import SearchRequest, SearchResult, Snippet
from desktop_app.core.search.schema import DOCUMENT_FIELDS
from desktop_app.core.search.snippets import highlight_of, make_snippet
from desktop_app.core.search.spelling import respelt
from desktop_app.core.service import Catalogue, ChangeSet

log = logging.getLogger(__name__)
RANK_CACHE = 400  # ranked ids kept per query, so facet clicks rarely rescore
WEIGHTING = ranking.WEIGHTING  # BM25F as ranking.py explains it


@dataclass(frozen=True, slots=True)
class IndexView:
    """What :meth:`SearchEngine.reading` lends: valid only inside its ``with`` block."""

    searcher: Any
    facets: FacetData
    rid_by_doc: np.ndarray  # resource id of each Whoosh document number
    lengths: FieldLengths  # per-segment field lengths, for ``ranking.score_all_typed``


@dataclass(slots=True)
class _Match:
    """A cached text match: mask over resource ids and a ranked head."""

    mask: np.ndarray | None  # None = every resource
    compiled: Compiled
    understood: str
    docs: np.ndarray | None = None  # matching Whoosh document numbers
    scores: np.ndarray | None = None  # their BM25F scores, when numpy could work them out
    tiers: np.ndarray | None = None  # per document: phrase, words as typed, synonyms only
    ranked: list[int] | None = None  # relevance order of the head of the match set
    ranked_all: bool = False
    # the query compiled to look in the details only and in the documents only (for
    # snippets: where a result matched), kept with the phrases each has found
    scoped: dict[str, Any] | None = None


class SearchEngine:
    """Searches one library. Thread-safe; meant to run off the GUI thread."""

    def __init__(self, catalogue: Catalogue, index: SearchIndex | None = None) -> None:
        self.catalogue = catalogue
        self.index = index or SearchIndex(catalogue)
        self.lock = threading.RLock()
        self.facets: FacetData | None = None
        self.thesaurus = Thesaurus([])
        self._searcher: Any = None
        self._rid_by_doc: np.ndarray = np.zeros(0, np.int64)
        self._segment_rids: dict[str, np.ndarray] = {}
        self._lengths = FieldLengths()
        self._matches: OrderedDict[tuple[str, bool], _Match] = OrderedDict()
        self._subscribed = False
        # a saved change the index could not follow: caught up at the next search
        self._stale = False
        self.counter = 0  # the change counter the facet arrays and caches reflect

    # -- lifecycle ----------------------------------------------------------------------------
    def open(self, progress: Progress | None = None) -> str:
        """Open (catch up or rebuild) the index and load facet data; says what happened.

        The engine listens to the catalogue from the start, so even when opening
        fails (the error goes to the caller) the next write or search tries again.
        """
        with self.lock:
            if not self._subscribed:
                self.catalogue.subscribe(self.on_change)
                self._subscribed = True
            self._stale = True
            action = self.index.open(progress)
            self.facets = FacetData(self.catalogue.library)
            self.reload_thesaurus()
            self._refresh()
            self._stale = False
            self.counter = self.index.state.counter if self.index.state else 0
            return action

    def close(self) -> None:
        with self.lock:
            if self._subscribed:
                self.catalogue.unsubscribe(self.on_change)
                self._subscribed = False
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self.index.close()

    def reload_thesaurus(self) -> None:
        self.thesaurus = Thesaurus.of(self.catalogue.library)

    def on_change(self, changes: ChangeSet) -> None:
        """Catalogue listener: index, facet arrays and caches follow every write.

        The change is already saved: if the index cannot follow it, that is logged
        and the next search catches up (or rebuilds), never reported as a failed write.
        """
        with self.lock:
            if self._stale or self.facets is None:
                return  # the next search opens everything afresh
            try:
                self.index.apply(changes, self._searcher)
                if changes.vocabulary and len(changes.touched) > 5000:
                    self.facets.load()
                else:
                    self.facets.load(sorted(changes.touched))
                self.reload_thesaurus()
                self._refresh()
                if changes.counter == self.counter + 1 or not changes.action_id:
                    self.counter = changes.counter  # (no action_id: all since, from sync)
            except Exception:
                log.exception("the index could not follow a saved change; it catches up later")
                self._stale = True

    def sync(self) -> ChangeSet:
        """Catch up with what other processes or machines committed (``core/shared/follow``)."""
        from desktop_app.core.shared.follow import sync

        return sync(self)

    def tidy(self) -> bool:
        """Merge the small segments edits left in the index (when idle); whether it did."""
        with self.lock:
            if merged := self.index.tidy():
                self._refresh()
            return merged

    def rebuild(self, progress: Progress | None = None) -> int:
        with self.lock:
            n = self.index.rebuild(progress)
            self.facets = FacetData(self.catalogue.library)
            self._refresh()
            return n

    def _refresh(self) -> None:
        """A new searcher after index writes; per-segment id arrays are reused."""
        if self._searcher is not None and wa.opened_from(self._searcher, self.index.ix):
            # the same index: keep the term readers of segments that did not change
            self._searcher = wa.refreshed_searcher(self._searcher, self.index.ix, WEIGHTING)
        else:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = self.index.ix.searcher(weighting=WEIGHTING)
        chunks = []
        live: dict[str, np.ndarray] = {}
        for leaf, _base in self._searcher.reader().leaf_readers():
            seg_id = wa.segment_id(leaf)
            if seg_id is None:  # an empty index: no segment, no documents
                continue
            arr = self._segment_rids.get(seg_id)
            if arr is None:
                col = leaf.column_reader("rid", translate=False)
                arr = np.fromiter((int(v) for v in col), np.int64, leaf.doc_count_all())
            live[seg_id] = arr
            chunks.append(arr)
            self._lengths.of(leaf, "body")  # what plain words are ranked on
        self._segment_rids = live
        self._lengths.keep_only(set(live))
        self._rid_by_doc = np.concatenate(chunks) if chunks else np.zeros(0, np.int64)
        self._matches.clear()

    def _size(self) -> int:
        assert self.facets is not None
        return self.facets.size

    # -- searching ---------------------------------------------------------------------------
    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        with self.lock:
            if self._stale or self.facets is None or self._searcher is None:
                self.open()
            try:
                return self._search(request, started)
            except Exception as exc:  # a broken index heals, then we try once more
                if not is_index_error(exc):
                    raise
                log.warning("search failed on the index, rebuilding: %s", exc)
                self.rebuild()
                return self._search(request, started)

    def _search(self, req: SearchRequest, started: float) -> SearchResult:
        facets = self.facets
        assert facets is not None
        match = self._match(req.query, req.curator)
        base = facets.visible(curator=req.curator, hide_staff=req.hide_staff)
        library_total = int(np.count_nonzero(base))  # a bool sum is six times slower
        if match.mask is not None:
            base = base & match.mask
        if req.within is not None:
            within = np.zeros(facets.size, bool)
            chosen = np.asarray([i for i in req.within if 0 <= i < facets.size], np.int64)
            within[chosen] = True
            base &= within
        final = base.copy()
        for name in set(req.include) | set(req.exclude):
            if name not in facets.pairs:
                continue
            m = facets.selection_mask(name, req.include.get(name, ()), req.exclude.get(name, ()))
            if m is not None:
                final &= m
        total = int(np.count_nonzero(final))
        ids = self._page(match, final, req, total)
        facet_counts = (
            facets.facets(base, req.include, req.exclude, limit=req.facet_limit)
            if req.with_facets
            else {}
        )
        suggestion, confident = None, False
        if total < 3 and match.compiled.plain_words:
            suggestion, confident = self._did_you_mean(req, match, total)
        if not total and confident and req.correct and suggestion is not None:
            corrected = self._corrected(req, suggestion, started, match.compiled.notes)
            if corrected is not None:
                return corrected
        notes = list(match.compiled.notes)
        return SearchResult(
            total=total,
            ids=ids,
            understood=match.understood,
            notes=notes,
            expansions=list(match.compiled.expansions),
            suggestion=suggestion,
            facets=facet_counts,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            request=req,
            library_total=library_total,
            country_regions=facets.country_regions,
        )

    def _match(self, text: str, curator: bool) -> _Match:
        key = (text.strip(), curator)
        cached = self._matches.get(key)
        if cached is not None:
            self._matches.move_to_end(key)
            return cached
        parsed = ql.parse(text)
        compiled = Compiler(self.thesaurus, self.index.words, curator=curator).compile(parsed)
        mask = None
        docs = scores = tier = None
        if compiled.query is not None:
            scored = score_all_typed(self._searcher, compiled.query, self._lengths)
            if scored is not None:
                # the words as a phrase, then as typed, rank above synonym-only matches
                docs, scores, exact = scored
                phrase = phrase_flags(
                    self._searcher, plain_phrase(parsed.node), docs, self._lengths
                )
                tier = tiers(exact, phrase)
            else:
                docs = match_docs(self._searcher, compiled.query)
            mask = np.zeros(self._size(), bool)
            rids = self._rid_by_doc[docs] if len(docs) else np.zeros(0, np.int64)
            mask[rids[rids < len(mask)]] = True
        match = _Match(mask, compiled, ql.render(parsed.node), docs, scores, tier)
        self._matches[key] = match
        while len(self._matches) > 16:
            self._matches.popitem(last=False)
        return match

    def _page(self, match: _Match, final: np.ndarray, req: SearchRequest, total: int) -> list[int]:
        facets = self.facets
        assert facets is not None
        want = req.offset + req.limit
        if req.within is not None and req.sort == "relevance" and match.compiled.query is None:
            listed = [i for i in req.within if 0 <= i < len(final) and final[i]]
            return listed[req.offset : want]  # a reading list in the teacher's order
        if req.sort != "relevance" or match.compiled.query is None:
            sort = req.sort if req.sort in SORTS and req.sort != "relevance" else "newest"
            ordered = facets.order(np.nonzero(final)[0], sort)
            return [int(i) for i in ordered[req.offset : want]]
        # relevance: use the cached ranked head when it holds enough of the filtered set
        if match.ranked is None:
            match.ranked, match.ranked_all = self._rank(match, None, RANK_CACHE)
        head = [r for r in match.ranked if final[r]]
        if len(head) >= min(want, total) or match.ranked_all:
            return head[req.offset : want]
        ranked, _ = self._rank(match, final, want)
        return ranked[req.offset : want]

    def _rank(
        self, match: _Match, allowed: np.ndarray | None, limit: int
    ) -> tuple[list[int], bool]:
        """Resource ids of the best ``limit`` matches, and whether that is all of them."""
        query = match.compiled.query
        assert query is not None and match.docs is not None
        if match.scores is not None:
            docs, scores, tier = match.docs, match.scores, match.tiers
            if allowed is not None:
                keep = self._allowed(docs, allowed)
                docs, scores = docs[keep], scores[keep]
                tier = tier[keep] if tier is not None else None
            # the words as a phrase, then as typed, then what only a synonym found
            best = top((docs, scores), limit, tier)
            return [int(self._rid_by_doc[d]) for d in best], len(docs) <= limit
        if allowed is None:
            # every match is a candidate: Whoosh's collector, with its block skipping
            results = self._searcher.search(query, limit=limit, scored=True)
            hits = [hit.docnum for hit in results]
            return [int(self._rid_by_doc[d]) for d in hits], len(match.docs) <= limit
        candidates = match.docs[self._allowed(match.docs, allowed)]
        picked = self._score_only(query, candidates, limit)
        return [int(self._rid_by_doc[d]) for d in picked], len(candidates) <= limit

    def _allowed(self, docs: np.ndarray, allowed: np.ndarray) -> np.ndarray:
        """Per document number: is its resource in ``allowed`` (a mask by resource id)."""
        rids = self._rid_by_doc[docs]
        keep = np.zeros(len(docs), bool)
        inside = rids < len(allowed)
        keep[inside] = allowed[rids[inside]]
        return keep

    def _score_only(self, query: Any, docnums: np.ndarray, limit: int) -> list[int]:
        """The ``limit`` best of ``docnums`` (ascending document numbers) by score.

        The query's matcher skips straight to each candidate instead of walking all
        its postings, which is what a filtered Whoosh search does: a phrase's few
        hundred exact matches among 30,000 documents holding both words, or what is
        left after a few facet clicks, cost a few hundred skips. Ties go to the lower
        document number, as in Whoosh's own collector.
        """
        scored = [(-matcher.score(), doc) for matcher, doc in self._hits(query, docnums)]
        return [doc for _, doc in heapq.nsmallest(limit, scored)]

    def _did_you_mean(
        self, req: SearchRequest, match: _Match, total: int
    ) -> tuple[str | None, bool]:
        """The query respelt (``spelling.respelt``) if that finds more, and whether the
        correction is confident."""
        found = respelt(
            self.index.words, self._searcher.reader(), match.compiled.plain_words, req.query
        )
        if found is None:
            return None, False
        replaced, confident = found
        alt = self._match(replaced, req.curator)
        if alt.mask is None:
            return None, False
        assert self.facets is not None
        visible = self.facets.visible(curator=req.curator, hide_staff=req.hide_staff)
        if int(np.count_nonzero(alt.mask & visible)) <= total:
            return None, False
        return replaced, confident

    def _corrected(
        self, req: SearchRequest, text: str, started: float, notes: list[str]
    ) -> SearchResult | None:
        """The answer to ``req`` with its words spelt as ``text``, marked as corrected
        from what was typed, with the typed query's ``notes`` too; None when that finds
        nothing either (with the filters)."""
        result = self._search(dataclasses.replace(req, query=text, correct=False), started)
        if not result.total:
            return None
        result.corrected_from = req.query
        result.notes = list(dict.fromkeys([*notes, *result.notes]))
        return result

    # -- for other readers of the index ----------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[IndexView]:
        """The current searcher, facet arrays and document-to-resource map, held under
        the engine's lock (for readers beside the search box: similar resources)."""
        with self.lock:
            if self._stale or self.facets is None or self._searcher is None:
                self.open()
            assert self.facets is not None
            yield IndexView(self._searcher, self.facets, self._rid_by_doc, self._lengths)

    # -- snippets --------------------------------------------------------------------------------
    def snippets(
        self, ids: Sequence[int], query: str, *, curator: bool = False, width: int = 200
    ) -> dict[int, Snippet]:
        """Highlighted snippets for the given (visible) rows only, each saying where the
        query matched: the details, the document (with the page that shows it best, read
        from the database for these rows only), or both. A row the query found only in
        its document shows that page ("p. 34: …"); one whose summary shows the match
        keeps the summary and names the page too. A reader is never shown the text of a
        staff-only resource's document (the query does not search it for them)."""
        with self.lock:
            match = self._match(query, curator)
            page_marks = highlight_of(match.compiled.query, self._document_fields(curator))
            where = self._where(list(ids), match, query, curator) if page_marks else {}
        views = self.catalogue.get_many(list(ids))
        marks = highlight_of(match.compiled.query)
        out: dict[int, Snippet] = {}
        for v in views:
            snip = make_snippet(v.summary or v.excerpt, marks, width)
            metadata, in_document = where.get(v.id, (True, False))
            page = (
                best_page(self.catalogue.library, v.local_file, page_marks, width, details_text(v))
                if in_document
                else None
            )
            if page is not None and not (metadata and snip.spans):
                snip = page
            out[v.id] = dataclasses.replace(
                snip,
                page=page.page if page is not None else None,
                in_document=in_document,
                metadata_match=metadata,
            )
        return out

    @staticmethod
    def _document_fields(curator: bool) -> tuple[str, ...]:
        """The document text fields a reader's (or a curator's) query searches."""
        return DOCUMENT_FIELDS if curator else DOCUMENT_FIELDS[:1]

    def _where(
        self, ids: list[int], match: _Match, query: str, curator: bool
    ) -> dict[int, tuple[bool, bool]]:
        """For each of ``ids`` the query matches: (its details match, its document's
        text matches). The query is matched again with plain words looked for in the
        details only and in the documents only, at these few resources' documents
        (skipping to each). A match that needs both (one word in the title, another
        only in the document) counts as found in the document."""
        if match.scoped is None:
            parsed = ql.parse(query)
            match.scoped = {
                scope: Compiler(self.thesaurus, self.index.words, curator=curator, scope=scope)
                .compile(parsed)
                .query
                for scope in ("metadata", "document")
            }
        variants = [match.compiled.query, match.scoped["metadata"], match.scoped["document"]]
        if any(q is None for q in variants) or not ids:
            return {}
        docs = np.nonzero(np.isin(self._rid_by_doc, np.asarray(ids, np.int64)))[0]
        full, metadata, document = (
            set(self._rid_by_doc[sorted(self._matching(q, docs))].tolist()) for q in variants
        )
        return {
            rid: (rid in metadata, rid in document or rid not in metadata)
            for rid in full
            if rid in ids
        }

    def _matching(self, query: Any, docnums: np.ndarray) -> set[int]:
        """Those of ``docnums`` (ascending document numbers) that ``query`` matches."""
        return {doc for _, doc in self._hits(query, docnums)}

    def _hits(self, query: Any, docnums: np.ndarray) -> Iterator[tuple[Any, int]]:
        """Each of ``docnums`` (ascending) that ``query`` matches, with the segment's
        matcher standing on it: skipping to them, segment by segment."""
        top = self._searcher
        context = top.context()
        for sub, offset in top.leaf_searchers():
            end = offset + sub.reader().doc_count_all()
            lo, hi = np.searchsorted(docnums, [offset, end])
            if lo == hi:
                continue
            matcher = query.matcher(sub, context)
            for local in positioned(matcher, (docnums[lo:hi] - offset).tolist()):
                yield matcher, local + offset
