"""Rendering shared by both answerers: one link rule, findings that parse back."""

from __future__ import annotations

from assistant.records import Hit
from assistant.render import ELLIPSIS, citation, quoted_findings, source_line, study_link
from index.records import Study


def test_one_link_rule_for_citations_and_source_lines():
    for study, link in [
        (Study(tldr="x", url="https://example.org/a", doi="10.1/x", pmid="1"), "https://example.org/a"),
        (Study(tldr="x", doi="10.1/x", pmid="1"), "https://doi.org/10.1/x"),
        (Study(tldr="x", pmid="123"), "https://pubmed.ncbi.nlm.nih.gov/123/"),
        (Study(tldr="x"), None),
    ]:
        hit = Hit(study, 1.0, 0.5, 0.0, study.text())
        assert study_link(study) == link
        assert citation(1, hit, "x").url == link
        assert (link or "") in source_line(hit)


def test_findings_parse_back_into_their_quotes():
    text = (
        "**Key findings**\n"
        f"- \u201cA first one.\u201d{ELLIPSIS}\u201cA second, with [2] inside.\u201d [1]\n"
        "- \u201cB.\u201d [2]\n"
    )
    assert quoted_findings(text) == [("A first one.", 1), ("A second, with [2] inside.", 1), ("B.", 2)]


def test_a_source_card_highlights_every_quoted_sentence():
    from app import card
    from assistant.records import Citation

    text = "First finding here. Something else. Second finding there."
    c = Citation(
        1,
        "s",
        "Title",
        None,
        None,
        None,
        None,
        "First finding here.",
        1.0,
        text,
        quotes=("First finding here.", "Second finding there."),
    )
    html = card(c)
    assert "<mark>First finding here.</mark>" in html and "<mark>Second finding there.</mark>" in html
    assert "<mark>Something else.</mark>" not in html


def test_sources_and_citations_keep_a_long_title_whole_while_the_table_cuts_it():
    from assistant.render import evidence_row

    title = (
        "Mesotherapy with cultured cells regrew hair in some patients with pattern loss, "
        "but larger trials are still needed"
    )
    study = Study(tldr=title, journal="J", year=2020)
    hit = Hit(study, 1.0, 0.5, 0.0, study.text())
    assert source_line(hit).startswith(title)
    assert citation(1, hit, "x").title == title
    short = evidence_row(1, hit).study
    assert short.endswith("...") and len(short) <= 90
