"""Deterministic generator of synthetic libraries for benchmarks (never for resources.db).

    uv run python benchmarks/generate.py --n 100000 --out benchmarks/out/lib-100000.db

About 40 topics, 200 countries (with their regions), 2,000 organisations,
multi-valued fields with skewed (Zipf-like) frequencies and English summaries of
80-150 words. The same --n and --seed always give the same library content.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.library.vocabulary import countries
from desktop_app.core.service import Catalogue, NewResource

TOPICS = [
    "Child Protection",
    "Child Abuse/Exploitation",
    "Child Pornography",
    "Cybercrime",
    "Legislation",
    "Missing Children/Child Abduction",
    "Child Trafficking",
    "Sexting",
    "Schools",
    "International Schools",
    "Teachers",
    "Training",
    "Safe Recruitment",
    "Risk Assessment",
    "Peer-Peer Abuse",
    "Online Grooming",
    "Sextortion",
    "Cyberbullying",
    "Child Sexual Abuse Material (Child Pornography)",
    "ICMEC Publications",
    "Case Study",
    "IT safeguarding curriculum",
    "Helplines",
    "Hotlines",
    "Reporting Mechanisms",
    "Victim Support",
    "Law Enforcement",
    "Financial Coalition",
    "Prevention Education",
    "Parenting",
    "Digital Literacy",
    "Child Marriage",
    "Child Labour",
    "Refugee Children",
    "Unaccompanied Minors",
    "Disability",
    "Mental Health",
    "Data Protection",
    "Policy",
    "Background Checks",
]
TYPES = [
    "report",
    "guide",
    "infographic",
    "article",
    "web_page",
    "checklist",
    "case_study",
    "legislation_review",
    "training_material",
    "other",
]
TYPE_WEIGHTS = [30, 18, 6, 14, 12, 6, 4, 5, 4, 1]
LANGS = ["en"] * 85 + ["fr"] * 5 + ["es"] * 4 + ["pt"] * 3 + ["ru"] * 2 + ["th"]
ORG_A = [
    "International",
    "National",
    "Regional",
    "Global",
    "African",
    "Asian",
    "European",
    "Pacific",
    "Latin American",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "United",
    "Independent",
    "Community",
    "Catholic",
    "Islamic",
    "Open",
]
ORG_B = [
    "Centre",
    "Council",
    "Alliance",
    "Network",
    "Foundation",
    "Institute",
    "Coalition",
    "Association",
    "Commission",
    "Agency",
]
ORG_C = [
    "Child Safety",
    "Children's Rights",
    "Online Protection",
    "Missing Children",
    "Safeguarding",
    "Youth Welfare",
    "Family Services",
    "Education",
    "Justice",
    "Digital Rights",
]
DOMAIN = (
    "child protection safeguarding online abuse exploitation school teacher pupil "
    "parent report guidance policy legislation framework trafficking grooming "
    "sextortion cyberbullying hotline helpline victim support recruitment screening "
    "training curriculum prevention response referral investigation court police "
    "social worker community digital internet platform industry financial coalition "
    "research data evidence assessment risk harm wellbeing rights convention"
).split()
COMMON = (
    "the of and to in a is that for on with as by this are be from at an which it "
    "or their have has these more can was will also been other its such they how "
    "between across within all new include including through about into most may "
    "should must provide help support identify ensure develop review recommend "
    "describe explore address improve strengthen promote understand respond"
).split()
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "sol",
    "vi",
    "dor",
    "pra",
    "gen",
    "tul",
    "mar",
    "ben",
    "cor",
    "fal",
    "hes",
    "lin",
    "nor",
    "pel",
    "quin",
    "sar",
    "tor",
    "ul",
    "ves",
]


_CUM: dict[tuple[int, float], list[float]] = {}


def zipf_choice(rng: random.Random, items: list[str], s: float = 1.1) -> str:
    key = (len(items), s)
    if key not in _CUM:
        total, cum = 0.0, []
        for i in range(len(items)):
            total += 1 / (i + 1) ** s
            cum.append(total)
        _CUM[key] = cum
    return rng.choices(items, cum_weights=_CUM[key])[0]


def make_vocab(rng: random.Random) -> list[str]:
    words = set()
    while len(words) < 3000:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def generate(n: int, seed: int) -> Iterator[NewResource]:
    rng = random.Random(seed)
    vocab = make_vocab(rng)
    country_names = [c.name for c in countries()][:200]
    rng.shuffle(country_names)
    orgs = []
    seen = set()
    while len(orgs) < 2000:
        name = f"{rng.choice(ORG_A)} {rng.choice(ORG_B)} for {rng.choice(ORG_C)}"
        if len(seen) > 1500 or name in seen:
            name = f"{name} {''.join(rng.choice(SYLLABLES) for _ in range(3)).title()}"
        if name not in seen:
            seen.add(name)
            orgs.append(name)
    word_cum, acc = [], 0.0
    for i in range(len(vocab)):
        acc += 1 / (i + 1)
        word_cum.append(acc)
    for i in range(n):
        words = []
        for _ in range(rng.randint(80, 150)):
            r = rng.random()
            if r < 0.45:
                words.append(rng.choice(COMMON))
            elif r < 0.75:
                words.append(rng.choice(DOMAIN))
            else:
                words.append(rng.choices(vocab, cum_weights=word_cum)[0])
        sentences = []
        while words:
            k = rng.randint(8, 20)
            chunk, words = words[:k], words[k:]
            sentences.append(" ".join(chunk).capitalize() + ".")
        title_words = [rng.choice(DOMAIN).capitalize() for _ in range(rng.randint(3, 8))]
        rtype = rng.choices(TYPES, TYPE_WEIGHTS)[0]
        year = 1995 + int(30 * rng.random() ** 0.6)
        precision = rng.random()
        date = (
            str(year)
            if precision < 0.3
            else f"{year}-{rng.randint(1, 12):02d}"
            if precision < 0.5
            else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        data = ResourceData(
            title=" ".join(title_words) + f" {i}",
            type=rtype,
            topics=sorted({zipf_choice(rng, TOPICS) for _ in range(rng.randint(1, 5))}),
            countries=sorted(
                {
                    zipf_choice(rng, country_names, 0.9)
                    for _ in range(rng.choice([0, 1, 1, 1, 2, 3, 6]))
                }
            ),
            organisations=list(
                dict.fromkeys(
                    zipf_choice(rng, orgs, 0.8) for _ in range(rng.choice([1, 1, 1, 2, 3]))
                )
            ),
            authors=[
                f"{rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)}"
                for _ in range(rng.choice([0, 0, 1, 2]))
            ],
            date=date,
            url=f"https://example.org/resources/{seed}/{i}",
            language=rng.choice(LANGS),
            summary=" ".join(sentences),
        )
        yield NewResource(data, provenance=f"synthetic:{seed}:{i}")


def build(n: int, seed: int, out: Path, batch: int = 5000, quiet: bool = False) -> float:
    """Create the library at ``out``; returns the seconds it took."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with Library.open(out, create=True) as lib:
        cat = Catalogue(lib)
        items = generate(n, seed)
        done = 0
        while done < n:
            chunk = [next(items) for _ in range(min(batch, n - done))]
            cat.create_many(chunk, action="synthetic import")
            done += len(chunk)
            if not quiet:
                print(f"\r  generated {done}/{n}", end="", file=sys.stderr, flush=True)
    if not quiet:
        print(file=sys.stderr)
    return time.perf_counter() - started


def ensure(n: int, seed: int = 7, folder: Path | None = None) -> Path:
    """A cached synthetic library of ``n`` resources (built on first use)."""
    folder = folder or Path(__file__).resolve().parent / "out"
    path = folder / f"lib-{n}-s{seed}.db"
    marker = path.with_suffix(".done")
    if not (path.exists() and marker.exists()):
        secs = build(n, seed, path)
        marker.write_text(f"{secs:.1f}\n", "utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    out = args.out or Path(__file__).resolve().parent / "out" / f"lib-{args.n}-s{args.seed}.db"
    secs = build(args.n, args.seed, out)
    out.with_suffix(".done").write_text(f"{secs:.1f}\n", "utf-8")
    print(f"{args.n} resources written to {out} in {secs:.1f} s")


if __name__ == "__main__":
    main()
