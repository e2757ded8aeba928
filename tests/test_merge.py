"""Identity and deduplication across pages and formats."""

from __future__ import annotations

from conftest import DATA

from index.merge import merge_studies
from index.records import Provenance, Study
from index.sources import read_paths


def test_lead_on_one_page_and_related_on_another_is_one_study():
    result = read_paths([DATA / "pages"], 10**7)
    merged = merge_studies(result.studies)
    cold = [s for s in merged if (s.tldr or "").startswith("Cold plasma treatment")]
    assert len(cold) == 1
    study = cold[0]
    assert study.title.startswith("Cold atmospheric plasma")  # fuller (lead) record wins
    assert study.citations == 3  # only the related entry knew the count
    assert {(p.file.split("/")[-1], p.role) for p in study.provenance} == {
        ("cold_plasma.txt", "lead"),
        ("seed.txt", "related"),
    }
    bone = [s for s in merged if (s.tldr or "").startswith("Bone marrow")]
    assert len(bone) == 1 and len(bone[0].provenance) == 2  # curly and straight quotes


def test_ids_prefer_doi_then_pmid_then_url_then_hash_and_are_stable():
    a = Study(title="T", doi="10.1/ABC", pmid="9", provenance=(Provenance("f", 1, "json"),))
    b = Study(title="T", pmid="9", url="https://www.x.org/a/", provenance=(Provenance("g", 1, "json"),))
    c = Study(tldr="Some finding.", journal="J", year=2020, month=1)
    first = merge_studies([a, b, c])
    again = merge_studies([Study(**{**a.__dict__}), Study(**{**b.__dict__}), Study(**{**c.__dict__})])
    assert [s.id for s in first] == [s.id for s in again]
    assert first[0].id == "doi:10.1/abc" and "pmid:9" in first[0].aliases and "url:x.org/a" in first[0].aliases
    assert first[1].id.startswith("h:")


def test_distinct_studies_stay_apart():
    result = read_paths([DATA], 10**7)
    merged = merge_studies(result.studies)
    assert len({s.id for s in merged}) == len(merged)
    assert len(merged) < len(result.studies)


def test_same_title_different_strong_ids_stay_apart():
    a = Study(title="Hair loss", summary="first", slug="1")
    b = Study(title="Hair loss", summary="second", slug="2")
    c = Study(title="Hair loss", summary="third, no strong id")
    merged = merge_studies([a, b, c])
    assert len(merged) == 2 and {s.id for s in merged} == {"slug:1", "slug:2"}
