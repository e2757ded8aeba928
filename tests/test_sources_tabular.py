"""JSONL, JSON and CSV readers, with aliases and per-record errors."""

from __future__ import annotations

import json

from conftest import DATA

from index.sources.tabular import read_csv, read_json, read_jsonl


def test_jsonl_aliases_and_bad_lines():
    result = read_jsonl((DATA / "tabular" / "studies.jsonl").read_bytes(), "s.jsonl")
    assert len(result.studies) == 4
    keto = result.studies[0]
    assert (keto.summary[:26], keto.year, keto.month, keto.citations) == ("In this case-control study", 2016, 5, 18)
    micro = result.studies[1]
    assert (micro.journal, micro.year, micro.month, micro.citations) == (
        "International Journal of Trichology",
        2013,
        1,
        136,
    )
    assert result.studies[3].authors == ("Liu L", "King B")
    lines = {r.line: r.message for r in result.rejections}
    assert set(lines) == {4, 5, 6}
    assert "bad JSON" in lines[4] and "no title" in lines[5] and "expected an object" in lines[6]


def test_json_array_and_wrapped_object():
    rows = [{"title": "A", "abstract": "alpha"}, {"name": "B", "text": "beta"}]
    assert [s.title for s in read_json(json.dumps(rows).encode(), "a.json").studies] == ["A", "B"]
    wrapped = json.dumps({"studies": rows}).encode()
    assert len(read_json(wrapped, "w.json").studies) == 2


def test_csv_embedded_newline_and_wrong_field_count():
    result = read_csv((DATA / "tabular" / "studies.csv").read_bytes(), "s.csv")
    assert [s.title for s in result.studies] == [
        "Finasteride 1 mg in men with androgenetic alopecia",
        "Saw palmetto review",
    ]
    assert "Sexual adverse effects" in result.studies[0].summary
    assert result.studies[0].study_type == "randomised controlled trial"
    [rejection] = result.rejections
    assert rejection.line == 4 and "4 fields" in rejection.message


def test_csv_without_known_columns_is_one_clear_error():
    from index.sources.common import SourceError

    try:
        read_csv(b"foo,bar\n1,2\n", "x.csv")
    except SourceError as exc:
        assert "x.csv:1" in str(exc) and "known column" in str(exc)
    else:
        raise AssertionError("expected a SourceError")


def test_odd_field_types_found_by_fuzzing_are_handled():
    result = read_jsonl(b'{"title": "T", "AUTHOR": 1, "year": {"x": 1}, "citations": [3]}\n', "f.jsonl")
    assert result.studies[0].authors == ("1",) and result.studies[0].year is None


def test_mesh_and_publication_types_read_back_from_lists_or_cells():
    from index.records import Study

    row = {
        "title": "Oral minoxidil in women",
        "abstract": "Forty women took tablets.",
        "mesh": ["Alopecia", "Minoxidil", "Alopecia"],
        "publication_types": ["Journal Article", "Retracted Publication"],
    }
    study = read_jsonl(json.dumps(row).encode(), "r.jsonl").studies[0]
    assert study.mesh == ("Alopecia", "Minoxidil") and study.retracted
    cells = read_csv(b"title,abstract,mesh_terms\nA trial,Men took tablets.,Alopecia; Finasteride\n", "r.csv")
    assert cells.studies[0].mesh == ("Alopecia", "Finasteride") and not cells.studies[0].retracted
    exported = json.dumps(Study.from_dict(study.to_dict()).to_dict())  # what `index export` prints
    again = read_jsonl(exported.encode(), "e.jsonl").studies[0]
    assert (again.mesh, again.publication_types) == (study.mesh, study.publication_types)
