"""Hybrid retrieval, query expansion and the evidence prior."""

from conftest import DATA

from assistant.glossary import expand
from assistant.retrieve import HybridRetriever, convex, prior, search
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


def test_convex_fusion_rewards_agreement_and_scores_one_sided_finds_by_both():
    dense_top = {"a": 0.9, "b": 0.5, "c": 0.1}
    keyword_top = {"b": 9.0, "d": 8.0, "e": 1.0}
    dense_all = {**dense_top, "d": 0.8, "e": 0.0}  # d was found by BM25 only, yet its cosine is known
    keyword_all = {**keyword_top, "a": 0.0, "c": 0.0}
    fused = convex([dense_top, keyword_top], [dense_all, keyword_all], [0.5, 0.5])
    assert set(fused) == set("abcde")
    assert max(fused, key=fused.get) == "d"  # strong under both beats strong under one
    assert fused["a"] > fused["c"] and fused["b"] > fused["e"]


def test_fusion_is_switchable_and_keyword_only_hits_get_their_real_cosine(fixture_index):
    from assistant.retrieve import Index

    query = "ketoconazole shampoo"
    zs = search(fixture_index, query, k=3)
    rrf_index = Index(fixture_index.settings.model_copy(update={"fusion": "rrf"}), embedder=fixture_index.embedder)
    rrf = search(rrf_index, query, k=3)
    assert "Ketoconazole" in zs[0].study.label() and "Ketoconazole" in rrf[0].study.label()
    assert zs[0].score != rrf[0].score  # different scales: the setting really changes the fusion
    assert all(h.dense != 0.0 for h in zs)  # every candidate is scored by the dense side too


def test_coverage_weights_rare_terms_and_counts_unknown_ones(fixture_index):
    lexical = fixture_index.lexical
    rare = lexical.coverage("ketoconazole hair", "ketoconazole shampoo")
    common = lexical.coverage("ketoconazole hair", "hair density")
    assert rare > 0.5 > common > 0  # the rare word carries most of the weight
    assert lexical.coverage("zzyzxumab hair", "hair density") < common  # never-seen words weigh the most
    assert lexical.coverage("the of and", "anything") == 0.0


def test_expand_reads_each_mined_table_as_given() -> None:
    """The term table is cached per mined dictionary, never reused for another one."""
    first = {"PrP": "prion protein"}
    assert "prion protein" in expand("abnormal PrP positivity", first)
    second = {"PrP": "proline-rich peptide"}
    assert "proline-rich peptide" in expand("abnormal PrP positivity", second)
    assert "prion protein" not in expand("abnormal PrP positivity", second)
    assert "platelet-rich plasma" in expand("is prp safe?", {})


def test_one_answer_reads_one_generation_of_the_keyword_index(tmp_path, embedder) -> None:
    """Inside ``one_generation`` a change to the collection is not seen; outside it is."""
    from assistant.retrieve import Index
    from assistant.settings import Settings
    from index.build import build
    from index.settings import IndexSettings

    settings = IndexSettings(data_dir=tmp_path / "data")
    build([DATA / "pages" / "seed.txt"], settings, quiet=True, embedder=embedder)
    index = Index(Settings(index=settings), embedder=embedder)
    before = index.lexical
    with index.one_generation():
        index.store.touch()  # what a build finishing in another thread does
        assert index.lexical is before
        with index.one_generation():  # nested: still the same generation
            assert index.lexical is before
        assert index.lexical is before
    assert index.lexical.generation == index.store.generation != before.generation
