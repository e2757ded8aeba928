"""MEDLINE and PubMed XML readers."""

from __future__ import annotations

from conftest import DATA

from index.sources.pubmed import read_medline, read_pubmed_xml


def test_medline_fields_continuations_and_doi():
    result = read_medline((DATA / "pubmed" / "minoxidil.nbib").read_bytes(), "m.nbib")
    first = result.studies[0]
    assert first.title.endswith("female pattern hair loss: a randomized clinical trial.")
    assert "52 women were assigned to oral minoxidil" in first.summary  # continuation joined
    assert (first.pmid, first.doi, first.year, first.month) == ("30000001", "10.1000/fphl.2019.001", 2019, 3)
    assert first.journal == "Journal of the American Academy of Dermatology"
    assert first.authors == ("Silva, Maria", "Chen, Li")
    assert first.study_type == "randomised controlled trial"
    assert result.studies[1].study_type == "meta-analysis"


def test_medline_record_without_abstract_is_rejected_others_kept():
    result = read_medline((DATA / "pubmed" / "minoxidil.nbib").read_bytes(), "m.nbib")
    assert len(result.studies) == 2
    [rejection] = result.rejections
    assert rejection.line == 21 and "30000002" in rejection.message and "abstract" in rejection.message


def test_medline_bad_bytes_reject_only_that_record():
    data = b"PMID- 1\nTI  - Good\nAB  - Fine text.\n\nPMID- 2\nTI  - Bad \xff title\nAB  - x\n"
    result = read_medline(data, "b.nbib")
    assert [s.pmid for s in result.studies] == ["1"]
    assert result.rejections[0].line == 6 and "UTF-8" in result.rejections[0].message


def test_xml_structured_abstract_labels_and_markup():
    result = read_pubmed_xml((DATA / "pubmed" / "articles.xml").read_bytes(), "a.xml")
    first, second = result.studies
    assert first.title == "Low-level laser therapy for androgenetic alopecia: a double-blind trial"
    assert (
        first.summary.splitlines()[1] == "Methods: Forty men were randomized to an active or sham device for 16 weeks."
    )
    assert (first.doi, first.year, first.month, first.authors) == ("10.1000/lllt.2020.7", 2020, 6, ("Kim J",))
    assert (second.year, second.month) == (2017, 11)
    assert not result.rejections


def test_truncated_xml_keeps_complete_articles_and_names_line():
    result = read_pubmed_xml((DATA / "broken" / "truncated.xml").read_bytes(), "t.xml")
    assert [s.pmid for s in result.studies] == ["31000001"]
    assert result.rejections[0].line and "truncated" in result.rejections[0].message


def test_xml_with_entities_is_refused_not_expanded():
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><PubmedArticleSet>&a;</PubmedArticleSet>'
    result = read_pubmed_xml(bomb, "e.xml")
    assert not result.studies and "refused" in result.rejections[0].message


def test_translated_and_missing_titles_read_as_a_reader_wants():
    from index.sources.pubmed import pubmed_title

    assert pubmed_title("[Treatment of androgenetic alopecia with minoxidil].") == (
        "Treatment of androgenetic alopecia with minoxidil."
    )
    assert pubmed_title("[Not Available].", "Traitement de l'alopécie") == "Traitement de l'alopécie"
    assert pubmed_title("Minoxidil [5%] foam in women.") == "Minoxidil [5%] foam in women."
    xml = (
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>[Not Available]."
        b"</ArticleTitle><VernacularTitle>Alopecia androgenetica: Therapie</VernacularTitle><Abstract>"
        b"<AbstractText>Wir behandelten 20 Patienten.</AbstractText></Abstract></Article></MedlineCitation>"
        b"</PubmedArticle></PubmedArticleSet>"
    )
    assert read_pubmed_xml(xml, "v.xml").studies[0].title == "Alopecia androgenetica: Therapie"
