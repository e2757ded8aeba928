"""Hybrid retrieval, query expansion and the evidence prior."""

from assistant.glossary import expand
from assistant.retrieve import HybridRetriever, prior, search
from index.records import Study


def test_abbreviations_defined_in_the_corpus_are_mined(fixture_index):
    mined = fixture_index.lexical.abbreviations
    assert mined["MSC"] == "mesenchymal stem cells" and mined["PRP"] == "platelet-rich plasma"


def test_mixed_case_abbreviations_keep_their_meaning():
    # SciFact's "PrP" is the prion protein; expanding it as platelet-rich plasma sank the right study.
    assert "platelet-rich plasma" not in expand("abnormal PrP positivity in the UK")
    assert "prion protein" in expand("abnormal PrP positivity", {"PrP": "prion protein"})
    assert "platelet-rich plasma" in expand("is prp safe?")


def test_mined_abbreviations_match_only_as_written():
    # "osteitis fibrosa (OF)" in a corpus once expanded every "of" in every question.
    assert expand("a deficiency of folate", {"OF": "osteitis fibrosa"}) == "a deficiency of folate"
    assert "osteitis fibrosa" in expand("OF in renal failure", {"OF": "osteitis fibrosa"})


def test_corpus_definitions_win_over_the_built_in_glossary():
    out = expand("PRP in adults", {"PRP": "pityriasis rubra pilaris"})
    assert "pityriasis rubra pilaris" in out and "platelet-rich plasma" not in out


def test_expansion_adds_synonyms_once():
    out = expand("is PRP safe for AGA?")
    assert "platelet-rich plasma" in out and "androgenetic alopecia" in out
    assert expand("platelet-rich plasma").count("platelet-rich plasma") == 1


def test_keyword_only_match_is_found_through_fusion(fixture_index):
    hits = search(fixture_index, "ketoconazole")
    assert "Ketoconazole" in hits[0].study.label()


def test_langchain_retriever_returns_one_document_per_study(fixture_index):
    docs = HybridRetriever(index=fixture_index, k=3).invoke("minoxidil")
    assert len(docs) == 3 and len({d.metadata["study_id"] for d in docs}) == 3


def test_prior_prefers_stronger_designs():
    rct = Study(study_type="meta-analysis", participants=1000, citations=100, year=2020)
    report = Study(study_type="case report", participants=1, citations=0, year=2020)
    assert prior(rct) > prior(report)
