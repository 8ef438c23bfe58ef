"""A table of topic labels (``topic_labels.tsv``) and applying it to a library.

The file is tab-separated, UTF-8: a header ``topic<TAB>pt_BR<TAB>es…`` (the first
column the topic's name, the others language codes), then one topic a line. The
bundled library gets its labels from ``desktop_app/translations/topic_labels.tsv``
(``tools/topic_labels.py`` applies a table to any library).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.curation.vocab_admin import VocabularyAdmin
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.labels import clean_labels
from desktop_app.core.library.text import norm
from desktop_app.core.service import Catalogue

TOPIC_LABELS_FILE = Path(__file__).resolve().parents[2] / "translations" / "topic_labels.tsv"
MAX_TABLE_BYTES = 4 * 2**20


@dataclass(slots=True)
class Applied:
    """What applying a table did: topics changed, unchanged, and names not in the library."""

    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def read_topic_labels(path: Path) -> dict[str, dict[str, str]]:
    """{topic name: {language: label}} from a labels table; a bad line raises
    LibraryError naming the file and line."""
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise LibraryError(f"{path}: larger than {MAX_TABLE_BYTES // 2**20} MB")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise LibraryError(f"{path}: not UTF-8 text") from exc
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        raise LibraryError(f"{path}: empty; the first line names the columns")
    header = lines[0].split("\t")
    languages = header[1:]
    clean_labels(dict.fromkeys(languages, ""), f"{path}:1")  # the codes are checked
    if not languages or len(set(languages)) != len(languages):
        raise LibraryError(f"{path}:1: the header needs topic and distinct language codes")
    table: dict[str, dict[str, str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise LibraryError(
                f"{path}:{number}: {len(cells)} columns, the header has {len(header)}"
            )
        name = cells[0].strip()
        if not name:
            raise LibraryError(f"{path}:{number}: no topic name in the first column")
        labels = dict(zip(languages, [c.strip() for c in cells[1:]], strict=False))
        table[name] = clean_labels(labels, f"{path}:{number}")
    return table


def apply_topic_labels(admin: VocabularyAdmin, table: dict[str, dict[str, str]]) -> Applied:
    """Give each topic of the library named in ``table`` its labels there.

    A language the table leaves empty keeps the label the topic has; other
    languages the topic has are kept. Each changed topic is one logged action.
    """
    done = Applied()
    terms = {norm(t.name): t for t in admin.terms("topic")}
    for name, labels in table.items():
        term = terms.get(norm(name))
        if term is None:
            done.missing.append(name)
            continue
        current = dict(term.extra.get("labels") or {})
        wanted = {**current, **labels}
        if wanted == current:
            done.unchanged.append(term.name)
            continue
        admin.set_labels(term.id, wanted)
        done.changed.append(term.name)
    return done


def apply_bundled_labels(catalogue: Catalogue) -> Applied:
    """Label the library's topics from the bundled table (building resources.db)."""
    return apply_topic_labels(VocabularyAdmin(catalogue), read_topic_labels(TOPIC_LABELS_FILE))


__all__ = [
    "TOPIC_LABELS_FILE",
    "Applied",
    "apply_bundled_labels",
    "apply_topic_labels",
    "read_topic_labels",
]
