"""``librarian search`` and ``librarian reindex``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.cli_common import facet_pairs, open_library, require_curator
from desktop_app.core.curation import auth
from desktop_app.core.search.results import FACETS, SORTS, SearchRequest
from desktop_app.core.service import Catalogue

if TYPE_CHECKING:
    from desktop_app.core.search.engine import SearchEngine


def add_search_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common], help="search the library")
    p.add_argument("query", nargs="?", default="", help="what to look for (see README)")
    p.add_argument(
        "--facet",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=f"keep only resources with this value ({', '.join(FACETS)})",
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="leave out resources with this value",
    )
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument(
        "--curator",
        action="store_true",
        help="include hidden, draft and staff-only resources (needs the curator password)",
    )
    p.add_argument(
        "--no-correct",
        dest="correct",
        action="store_false",
        help="search the words as typed even when nothing matches them "
        "(by default a confident spelling correction is searched instead, and said so)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output (stable)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("reindex", parents=[common], help="rebuild the search index from scratch")
    p.set_defaults(func=cmd_reindex)


def run_search(engine: SearchEngine, args: argparse.Namespace) -> dict[str, Any]:
    req = SearchRequest(
        query=args.query,
        include=facet_pairs(args.facet, "--facet"),
        exclude=facet_pairs(args.exclude, "--exclude"),
        sort=args.sort,
        offset=max(0, args.offset),
        limit=max(0, args.limit),
        curator=args.curator,
        hide_staff=not args.curator and auth.hide_staff_in_reader_mode(engine.catalogue.library),
        facet_limit=10,
        correct=getattr(args, "correct", True),
    )
    result = engine.search(req)
    views = {v.id: v for v in engine.catalogue.get_many(result.ids)}
    # a corrected search's words are the corrected ones: highlight those
    snippets = engine.snippets(result.ids, result.request.query, curator=args.curator)
    return {
        "query": args.query,
        "corrected_from": result.corrected_from,
        "searched": result.request.query,
        "understood": result.understood,
        "total": result.total,
        "notes": result.notes,
        "expansions": result.expansions,
        "suggestion": result.suggestion,
        "hits": [
            {
                "id": rid,
                "uuid": views[rid].uuid,
                "title": views[rid].title,
                "type": views[rid].type,
                "year": views[rid].year,
                "organisations": views[rid].organisations,
                "authors": views[rid].authors,
                "snippet": snippets[rid].text,
                "highlights": [list(s) for s in snippets[rid].spans],
                # where the query matched: the details, the local copy's text, or both
                "metadata_match": snippets[rid].metadata_match,
                "in_document": snippets[rid].in_document,
                "page": snippets[rid].page,
                "snippet_from_document": snippets[rid].from_document,
            }
            for rid in result.ids
            if rid in views
        ],
        "facets": {
            name: {
                "truncated": f.truncated,
                "values": [
                    {
                        "value": v.value,
                        "label": v.label,
                        "count": v.count,
                        "selected": v.selected,
                        "excluded": v.excluded,
                    }
                    for v in f.values
                ],
            }
            for name, f in result.facets.items()
        },
        "elapsed_ms": round(result.elapsed_ms, 1),
    }


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{message}: {done}/{total}", end="", file=sys.stderr, flush=True)


def cmd_search(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        if args.curator:
            require_curator(lib)
        from desktop_app.core.search.engine import SearchEngine

        engine = SearchEngine(Catalogue(lib))
        try:
            engine.open(_progress)
            data = run_search(engine, args)
            empty = not data["total"] and engine.catalogue.count() == 0
        finally:
            engine.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['total']} resources for: {data['understood'] or '(everything)'}")
    if data["corrected_from"] is not None:
        print(
            f"  showing results for: {data['searched']} "
            f"(nothing matched {data['corrected_from']!r}; --no-correct searches it as typed)"
        )
    if empty:
        print(
            "  the library is empty: add resources with 'librarian import FILE' "
            "or 'librarian pack import FILE.librarypack'"
        )
    for note in data["notes"]:
        print(f"  note: {note}")
    if data["expansions"]:
        print(f"  also searched: {', '.join(data['expansions'])}")
    if data["suggestion"]:
        print(f"  did you mean: {data['suggestion']}")
    for hit in data["hits"]:
        who = ", ".join(hit["organisations"] or hit["authors"])
        print(f"\n{hit['id']:>6}  {hit['title']}" + (f" ({hit['year']})" if hit["year"] else ""))
        if who:
            print(f"        {who}")
        if hit["snippet"]:
            from desktop_app.core.search import Snippet

            snip = Snippet(hit["snippet"], tuple(tuple(s) for s in hit["highlights"]))
            marked = snip.marked("*", "*")
            if hit["snippet_from_document"]:
                marked = f"found in the document, p. {hit['page']}: {marked}"
            print(f"        {marked}")
        if hit["in_document"] and not hit["snippet_from_document"]:
            where = f", p. {hit['page']}" if hit["page"] else ""
            print(f"        also found in the document{where}")
    for name, facet in data["facets"].items():
        values = ", ".join(f"{v['label']} ({v['count']})" for v in facet["values"][:8])
        if values:
            print(f"\n{FACETS[name]}: {values}" + (" …" if facet["truncated"] else ""))
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        from desktop_app.core.search.engine import SearchEngine

        engine = SearchEngine(Catalogue(lib))
        try:
            n = engine.index.rebuild(_progress)
        finally:
            engine.close()
    print(f"search index rebuilt: {n} resources", file=sys.stderr)
    return 0
