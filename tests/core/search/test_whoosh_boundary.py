"""Only ``whoosh_adapter`` touches Whoosh's insides: every other module of the app
imports Whoosh's public modules only, and reads no private attribute of its objects
(where the line runs: the adapter's docstring)."""

from __future__ import annotations

import ast
import re

from desktop_app.core.library.paths import PROJECT_ROOT

APP = PROJECT_ROOT / "desktop_app"
ADAPTER = APP / "core" / "search" / "whoosh_adapter"  # the package
SEARCH = APP / "core" / "search"
PUBLIC_MODULES = {
    "whoosh.index",
    "whoosh.fields",
    "whoosh.qparser",
    "whoosh.query",
    "whoosh.analysis",
    "whoosh.searching",
    "whoosh.scoring",
    "whoosh.writing",
}
# names of public modules that are not public themselves
NOT_PUBLIC = {
    "whoosh.index": {"TOC", "FileIndex", "clean_files", "Segment"},
    "whoosh.scoring": {"BM25FScorer", "WeightScorer", "WeightLengthScorer", "bm25", "dfree", "pl2"},
}
# Whoosh's private names the search package once used, and where they lived
PRIVATE_NAMES = re.compile(
    r"_read_toc|deleted_docs_set|\._perdoc\b|\._codec\b|\._storage\b|\._segment\b"
    r"|\._gen\b|\._i\b|(?<!self)\._ix\b|\._terms\b"
)


def whoosh_touches(source: str, *, underscores: bool) -> list[str]:
    """What in ``source`` goes past Whoosh's public API: imports of other Whoosh
    modules or of names not public, and (``underscores``) private attributes read
    from anything but ``self`` or ``cls``."""
    found: list[str] = []
    modules: dict[str, str] = {}  # local name: the Whoosh module it is
    others: set[str] = set()  # local names of other modules (``os._exit`` is no concern)
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != "whoosh":
                    others.add(alias.asname or alias.name.split(".")[0])
                else:
                    if alias.name != "whoosh" and alias.name not in PUBLIC_MODULES:
                        found.append(f"line {node.lineno}: import {alias.name}")
                    modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "whoosh":
            module = node.module or ""
            for alias in node.names:
                if module == "whoosh":
                    full = f"whoosh.{alias.name}"
                    if full not in PUBLIC_MODULES:
                        found.append(f"line {node.lineno}: from whoosh import {alias.name}")
                    modules[alias.asname or alias.name] = full
                elif module not in PUBLIC_MODULES:
                    found.append(f"line {node.lineno}: from {module} import {alias.name}")
                elif alias.name.startswith("_") or alias.name in NOT_PUBLIC.get(module, ()):
                    found.append(f"line {node.lineno}: {module}.{alias.name}")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = node.value.id if isinstance(node.value, ast.Name) else None
        private = node.attr.startswith("_") and not node.attr.startswith("__")
        if owner in modules:
            module = modules[owner]
            if (
                (module == "whoosh" and f"whoosh.{node.attr}" not in PUBLIC_MODULES)
                or private
                or node.attr in NOT_PUBLIC.get(module, ())
            ):
                found.append(f"line {node.lineno}: {owner}.{node.attr}")
        elif underscores and private and owner not in {"self", "cls", *others}:
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_only_the_adapter_goes_past_whooshs_public_api() -> None:
    modules = sorted(APP.rglob("*.py"))
    assert ADAPTER / "__init__.py" in modules and len(modules) > 20
    problems = []
    for path in modules:
        if ADAPTER in path.parents:
            continue
        source = path.read_text("utf-8")
        touches = whoosh_touches(source, underscores=SEARCH in path.parents)
        touches += [f"{m.group(0)!r}" for m in PRIVATE_NAMES.finditer(source)]
        problems += [f"{path.relative_to(PROJECT_ROOT)}: {t}" for t in touches]
    assert problems == []


def test_the_check_sees_each_kind_of_touch() -> None:
    """The check above is not blind: each way past the public API is caught."""
    touches = {
        "from whoosh.codec import default_codec": True,
        "import whoosh.matching": True,
        "from whoosh import util": True,
        "from whoosh.index import TOC": True,
        "from whoosh import scoring\nscoring.BM25FScorer": True,
        "import whoosh.scoring as s\ns.BM25FScorer": True,
        "from whoosh import index\nindex._DEF_INDEX_NAME": True,
        "searcher._ix is ix": True,
        "reader.__dict__.pop('x')": False,
        "import os\nos._exit(1)": False,
        "from whoosh import index, query\nindex.open_dir('x')\nquery.Term('a', 'b')": False,
        "from whoosh.scoring import BM25F\nself._found = {}": False,
    }
    for source, caught in touches.items():
        assert bool(whoosh_touches(source, underscores=True)) is caught, source
    for source in ("ix._read_toc()", "leaf._perdoc", "m._i", "searcher._ix"):
        assert PRIVATE_NAMES.search(source), source
    assert not PRIVATE_NAMES.search("self._ix = None; self._segment_rids = {}")
