"""Matching files to resources from plain evidence (no PDFs): the decision rules."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.fulltext import attach_match
from desktop_app.core.fulltext.attach_match import (
    ResourceIndex,
    Target,
    evidence,
    name_key,
    page_windows,
    target_ids,
)

OCSE = Target(1, "Online Child Sexual Exploitation", 2019)
ASIA = Target(
    2,
    "Protecting Children from Cybercrime: Legislative Responses in Asia to Fight Child "
    "Pornography, Online Grooming and Cyberbullying",
)
LATAM = Target(
    3,
    "Protecting Children from Cybercrime: Legislative Responses in Latin America to Fight Child "
    "Pornography, Online Grooming, and Cyberbullying through Information and Communication "
    "Technologies",
)
DOI = Target(
    4, "Acquaintance Molestation", 2014, ids=target_ids("https://doi.org/10.1177/ABC.12", "", "")
)
SHORT = Target(5, "Child Protection", 2015)
GUIDE_1 = Target(6, "Safeguarding in Schools: a guide for teachers", 2020)
GUIDE_2 = Target(7, "Safeguarding in Schools: a guide for teachers.", 2020)
REPORT_19 = Target(8, "Annual Report on Missing Children 2019", 2019)
REPORT_20 = Target(9, "Annual Report on Missing Children 2020", 2020)
UNTITLED = Target(10, "Untitled web page (22 October 2015)", 2015, titled=False)
ISBN = Target(
    11, "Model Missing Child Framework", ids=target_ids("", "[('isbn', '0-306-40615-2')]", "")
)
NOTE = Target(
    12, "Terminology Guidelines", ids=target_ids("", "", "Printed copy.\nDOI: 10.5555/tg.2016")
)
LIBRARY = ResourceIndex(
    [OCSE, ASIA, LATAM, DOI, SHORT, GUIDE_1, GUIDE_2, REPORT_19, REPORT_20, UNTITLED, ISBN, NOTE]
)


def ids(decision: object) -> list[int]:
    return [c.resource_id for c in decision.candidates]  # type: ignore[attr-defined]


def test_file_names_are_split_into_words() -> None:
    assert name_key("OnlineChildSexualExploitation_2019-final.pdf") == (
        "online child sexual exploitation 2019 final"
    )
    assert name_key("ECPAT-Report_v2.PDF") == "ecpat report v 2"
    assert name_key("COVID19_G20") == "covid 19 g 20"
    assert name_key("Associação_Juízes.pdf") == "associacao juizes"


def test_a_doi_in_the_metadata_decides_whatever_the_title() -> None:
    d = LIBRARY.decide(evidence("scan0001.pdf", {"subject": "doi:10.1177/abc.12"}))
    assert d.status == "matched" and ids(d) == [4]
    assert d.candidates[0].reason == "DOI 10.1177/abc.12"


def test_an_isbn_on_the_first_page_and_a_doi_in_curator_notes_match() -> None:
    page = "Model Framework\nPublished 1990\nISBN 978-0-306-40615-7\n"
    d = LIBRARY.decide(evidence("x.pdf", {}, page))
    assert d.status == "matched" and ids(d) == [11]
    assert d.candidates[0].reason == "ISBN 9780306406157 on the first page"
    d = LIBRARY.decide(evidence("y.pdf", {"keywords": "10.5555/TG.2016"}))
    assert ids(d) == [12] and d.status == "matched"


def test_a_doi_cited_on_the_first_page_does_not_outvote_the_title() -> None:
    page = "Online Child Sexual Exploitation\nSee Lanning (2014), doi:10.1177/abc.12\n"
    d = LIBRARY.decide(evidence("ocse.pdf", {}, page))
    assert d.status == "ambiguous" and ids(d) == [4, 1]
    assert [c.reason for c in d.candidates] == [
        "DOI 10.1177/abc.12 on the first page",
        "title on the first page 100%",
    ]
    # with no title naming another work, the page's DOI decides
    d = LIBRARY.decide(evidence("x.pdf", {}, "Contents\ndoi:10.1177/abc.12\n"))
    assert d.status == "matched" and ids(d) == [4]


def test_a_file_named_after_the_title_matches_and_says_so() -> None:
    d = LIBRARY.decide(evidence("Online_Child_Sexual_Exploitation_2019.pdf"))
    assert d.status == "matched" and ids(d) == [1]
    assert d.candidates[0].reason == "file name 100%; year 2019"


def test_a_year_in_the_file_name_far_from_the_resources_rules_it_out() -> None:
    assert LIBRARY.decide(evidence("Online_Child_Sexual_Exploitation_2005.pdf")).status == (
        "unmatched"
    )


def test_the_title_on_the_first_page_matches_broken_over_lines() -> None:
    page = (
        "UNICEF\nProtecting Children from Cybercrime:\nLegislative Responses in Asia to Fight "
        "Child\nPornography, Online Grooming and Cyberbullying\n\nThe World Bank, 2014\n"
    )
    d = LIBRARY.decide(evidence("report.pdf", {}, page))
    assert d.status == "matched" and ids(d)[0] == 2
    assert d.candidates[0].reason.startswith("title on the first page 100%")


def test_a_title_shared_by_two_resources_is_ambiguous_best_first() -> None:
    d = LIBRARY.decide(evidence("x.pdf", {"title": "Protecting Children from Cybercrime"}))
    assert d.status == "ambiguous" and sorted(ids(d)) == [2, 3]
    assert all(c.reason == "title is part of the title" for c in d.candidates)
    d = LIBRARY.decide(evidence("Safeguarding in schools - a guide for teachers.pdf"))
    assert d.status == "ambiguous" and sorted(ids(d)) == [6, 7]


def test_numbers_in_titles_must_agree() -> None:
    d = LIBRARY.decide(evidence("Annual_Report_on_Missing_Children_2020.pdf"))
    assert d.status == "matched" and ids(d) == [9]
    d = LIBRARY.decide(evidence("Annual_Report_on_Missing_Children.pdf"))
    assert d.status == "ambiguous" and sorted(ids(d)) == [8, 9]


def test_metadata_title_with_noise_and_a_near_spelling() -> None:
    d = LIBRARY.decide(
        evidence("a.pdf", {"title": "Microsoft Word - Online Child Sexual Exploitation.docx"})
    )
    assert d.status == "matched" and ids(d) == [1]
    assert d.candidates[0].reason == "title contains the title"
    d = LIBRARY.decide(evidence("b.pdf", {"title": "Online Child Sexual Exploitaton"}))
    assert d.status == "matched" and d.candidates[0].reason.startswith("title 9")


def test_short_titles_are_not_taken_from_page_headings_and_unrelated_files_stay_unmatched() -> None:
    page = "Child Protection\nA newsletter about holidays and school trips\n"
    assert LIBRARY.decide(evidence("newsletter.pdf", {}, page)).status == "unmatched"
    assert LIBRARY.decide(evidence("Child_Protection.pdf")).status == "matched"
    assert LIBRARY.decide(evidence("holiday photos.pdf", {"title": "Holiday"})).status == (
        "unmatched"
    )
    # an entry awaiting its title is never matched by title
    assert LIBRARY.decide(evidence("Untitled web page (22 October 2015).pdf")).status == (
        "unmatched"
    )


def test_a_doi_of_another_work_in_the_metadata_rules_out_a_title_match() -> None:
    d = LIBRARY.decide(evidence("Acquaintance_Molestation.pdf", {"subject": "doi:10.1000/other"}))
    assert d.status == "unmatched"


def test_page_windows_take_the_first_lines_alone_and_in_runs() -> None:
    assert page_windows("A b\nC\n\nD\n") == ["a b", "c", "d", "a b c", "c d", "a b c d"]


def test_matching_many_files_against_many_resources_is_not_quadratic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = [f"w{n}" for n in range(3000)]
    targets = [  # 10,000 distinct titles sharing two common words
        Target(n, f"{words[n % 3000]} {words[n // 3000]} child protection {words[n * 7 % 3000]}")
        for n in range(1, 10_001)
    ]
    index = ResourceIndex(targets)
    compared = []
    real = attach_match.compare

    def counting(a: str, b: str) -> object:
        compared.append(b)
        return real(a, b)

    monkeypatch.setattr(attach_match, "compare", counting)
    for n in range(1, 51):
        want = targets[n * 97]
        d = index.decide(evidence(want.title.replace(" ", "_") + ".pdf", {"title": want.title}))
        assert d.status == "matched" and d.candidates[0].resource_id == want.id
    # each file is compared in full with a few dozen titles, not with 10,000
    assert len(compared) <= 50 * 2 * (attach_match._PROBES + 1)


def test_titles_made_of_common_words_only_are_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    words = [
        "child",
        "online",
        "safety",
        "school",
        "policy",
        "guide",
        "abuse",
        "report",
        "review",
        "family",
        "harm",
        "risk",
    ]
    rng = random.Random(3)
    targets = [  # 12,000 titles of six words from twelve: every word in half of them
        Target(n, " ".join(rng.sample(words, 6)) + f" {n}", 2010) for n in range(1, 12_001)
    ]
    index = ResourceIndex(targets)
    want = targets[4321]
    name = "-".join(want.title.split()[:6]) + "_2010_final_web.pdf"  # without its number
    d = index.decide(evidence(name))
    assert d.candidates and d.candidates[0].resource_id == want.id
    monkeypatch.setattr(attach_match, "_SHORT_WORK", 0)  # the rarer words alone miss it
    assert want.id not in ids(index.decide(evidence(name)))
