"""Property-based tests: every reader turns any input into studies or rejections, never a crash.

The normal suite runs 150 examples per reader; `FOLLICLE_FUZZ_EXAMPLES=10000` (the last line of
`make bench`) runs ten thousand.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.records import Rejection, Study
from index.sources import READERS, read_file
from index.sources.common import ReadResult

EXAMPLES = int(os.environ.get("FOLLICLE_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

MEDLINE_LINE = st.sampled_from(
    [
        "PMID- 1",
        "TI  - A title",
        "AB  - Some abstract.",
        "      continued",
        "DP  - 2019 Jan",
        "LID - 10.1/x [doi]",
        "XX",
        "",
        "PT  - Review",
        "AU  - Doe J",
        "JT  - J",
    ]
)
PAGE_LINE = st.sampled_from(
    [
        "TLDR A finding.",
        "Some paragraph.",
        "12 citations,",
        "March 2019 in “J” text.",
        "[object Object]",
        "View this study on x →",
        "Image of study",
        "",
        'May 2020 in "Q" more text',
        "2 citations, June 2018 in “J2” x",
    ]
)
XML_PIECE = st.sampled_from(
    [
        "<PubmedArticleSet>",
        "<PubmedArticle>",
        "<MedlineCitation>",
        "<Article>",
        "<ArticleTitle>T</ArticleTitle>",
        "<Abstract><AbstractText>A</AbstractText></Abstract>",
        "</Article>",
        "</MedlineCitation>",
        "</PubmedArticle>",
        "</PubmedArticleSet>",
        "&amp;",
        "<PMID>1</PMID>",
        "<!-- c -->",
        "<x>",
    ]
)


def check(result: ReadResult) -> None:
    assert isinstance(result, ReadResult)
    for study in result.studies:
        assert isinstance(study, Study) and (study.title or study.tldr or study.summary)
    for rejection in result.rejections:
        assert isinstance(rejection, Rejection) and rejection.file == "f" and rejection.message


@FUZZ
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(sorted(READERS)))
def test_any_bytes_in_any_reader(data, fmt):
    from index.sources.common import SourceError

    try:
        check(READERS[fmt](data, "f"))
    except SourceError as exc:  # whole-file problems are SourceErrors that read_file turns into rejections
        assert exc.rejection.file == "f"


@FUZZ
@given(lines=st.lists(MEDLINE_LINE, max_size=30))
def test_medline_fragments(lines):
    check(READERS["medline"]("\n".join(lines).encode(), "f"))


@FUZZ
@given(lines=st.lists(PAGE_LINE, max_size=30))
def test_page_fragments(lines):
    check(READERS["page"]("\n".join(lines).encode(), "f"))


@FUZZ
@given(pieces=st.lists(XML_PIECE, max_size=25))
def test_xml_fragments(pieces):
    check(READERS["pubmed-xml"](("<?xml version='1.0'?>" + "".join(pieces)).encode(), "f"))


@FUZZ
@given(
    rows=st.lists(
        st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40), min_size=1, max_size=6),
        max_size=20,
    )
)
def test_csv_with_quotes_and_newlines(rows):
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["title", "abstract", "year"])
    writer.writerows(rows)
    from index.sources.common import SourceError

    try:
        check(READERS["csv"](buf.getvalue().encode(), "f"))
    except SourceError as exc:  # a whole-file problem is a domain error naming the file and line
        assert exc.rejection.file == "f" and exc.rejection.line


@FUZZ
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
        max_leaves=30,
    )
)
def test_jsonl_and_json_of_any_shape(value):
    line = json.dumps(value)
    check(READERS["jsonl"]((line + "\n" + line).encode(), "f"))
    try:
        check(READERS["json"](line.encode(), "f"))
    except Exception as exc:  # only domain errors may escape
        from index.sources.common import SourceError

        assert isinstance(exc, SourceError)


def test_deeply_nested_json_is_a_clear_rejection(tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    result = read_file(deep, 10**8)
    assert not result.studies and "nested too deeply" in result.rejections[0].message


def test_huge_single_line_is_handled(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("TLDR " + "hair " * 400_000)
    result = read_file(big, 10**8)
    assert len(result.studies) == 1


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"{}\n" * 1000)
    result = read_file(big, 100)
    assert "over the" in result.rejections[0].message and "FOLLICLE_MAX_FILE_MB" in result.rejections[0].message
