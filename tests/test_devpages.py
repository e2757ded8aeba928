"""The page reader against the dev set: 32 pages in every layout real summary pages use.

Every study on every page must come out with exactly the expected fields (tests/data/devpages,
written by render.py from studies.py); across pages, the same study must become one record.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import DATA

from index.merge import merge_studies
from index.sources.pages import is_boilerplate, read_page

DEV = DATA / "devpages"
EXPECTED = [json.loads(line) for line in (DEV / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
PAGES = sorted({row["page"] for row in EXPECTED})
FIELDS = ("title", "tldr", "summary", "journal", "year", "month", "citations", "authors", "site")


def _read(page: str):
    return read_page((DEV / "pages" / page).read_text(encoding="utf-8"), page)


def _fields(study) -> dict:
    got = {f: getattr(study, f) for f in FIELDS}
    got["authors"] = list(got["authors"])
    got["role"] = study.provenance[0].role
    return got


def test_the_dev_set_covers_what_the_issue_asks():
    assert len(PAGES) >= 30
    assert len(EXPECTED) >= 120
    texts = "\n".join((DEV / "pages" / p).read_text(encoding="utf-8") for p in PAGES)
    for layout in ("Image of study", "\n,\n", "[object Object]", "Related Community Posts Join", "Show more", "“ "):
        assert layout in texts


@pytest.mark.parametrize("page", PAGES)
def test_every_study_on_the_page_is_read_exactly(page: str):
    want = [{k: row[k] for k in (*FIELDS, "role")} for row in EXPECTED if row["page"] == page]
    got = [_fields(s) for s in _read(page).studies]
    assert got == want


def test_no_boilerplate_or_debris_in_any_stored_text():
    for page in PAGES:
        for study in _read(page).studies:
            for line in study.text().splitlines():
                assert not is_boilerplate(line), (page, line)
                assert "citations" not in line and "[object Object]" not in line and "→" not in line, (page, line)


def test_no_page_with_a_study_is_rejected_whole():
    for page in PAGES:
        result = _read(page)
        assert any(s.provenance[0].role == "lead" for s in result.studies), page


def test_one_record_per_study_across_pages():
    studies = [s for page in PAGES for s in _read(page).studies]
    merged = merge_studies(studies)
    keys_of = defaultdict(set)
    for row in EXPECTED:
        keys_of[row["key"]].add((row["page"], row["role"]))
    assert len(merged) == len(keys_of)
    for study in merged:
        places = {(p.file, p.role) for p in study.provenance}
        assert any(places == want for want in keys_of.values()), places


def test_merged_duplicate_keeps_the_leads_facts_and_the_entrys_citations():
    studies = [s for page in PAGES for s in _read(page).studies]
    merged = merge_studies(studies)
    both = [s for s in merged if {p.role for p in s.provenance} == {"lead", "related"}]
    assert both
    for study in both:
        assert study.summary and study.citations is not None
