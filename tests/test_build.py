"""Incremental, safe indexing into a real embedded Chroma with the real embedding model."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from conftest import DATA, SEED

from index.build import build
from index.lexical import build_lexical, load_lexical
from index.store import Store, chunk_text


def _copy(paths: list[Path], dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in paths:
        shutil.copy(p, dest / p.name)
    return dest


def test_seed_build_then_unchanged_rebuild_embeds_nothing(settings, embedder):
    first = build([SEED], settings, quiet=True, embedder=embedder)
    assert (first.studies, first.embedded, first.total_studies, first.total_chunks) == (8, 8, 8, 8)
    assert len(first.rejections) == 1
    again = build([SEED], settings, quiet=True, embedder=embedder)
    assert (again.embedded, again.skipped, again.total_studies) == (0, 8, 8)


def test_one_changed_study_is_reembedded_in_place(settings, embedder, tmp_path):
    corpus = _copy([SEED], tmp_path / "corpus")
    build([corpus], settings, quiet=True, embedder=embedder)
    page = corpus / SEED.name
    page.write_text(
        page.read_text().replace("Cold plasma treatment for hair loss", "Cold plasma therapy for hair loss")
    )
    report = build([corpus], settings, quiet=True, embedder=embedder)
    assert report.embedded == 1
    assert report.total_studies == 8  # updated in place; the old version is superseded, not kept
    store = Store(settings)
    texts = [c.text for c in store.iter_all(["documents"])]
    assert any("Cold plasma therapy" in t for t in texts)


def test_prune_removes_studies_whose_source_is_gone(settings, embedder, tmp_path):
    corpus = _copy([SEED, DATA / "tabular" / "studies.csv"], tmp_path / "corpus")
    assert build([corpus], settings, quiet=True, embedder=embedder).total_studies == 10
    (corpus / "studies.csv").unlink()
    kept = build([corpus], settings, quiet=True, embedder=embedder)
    assert kept.total_studies == 10 and kept.pruned == 0  # without --prune nothing is removed
    pruned = build([corpus], settings, prune=True, quiet=True, embedder=embedder)
    assert (pruned.pruned, pruned.total_studies) == (2, 8)


def test_prune_never_runs_when_nothing_usable_was_read(settings, embedder, tmp_path):
    build([SEED], settings, quiet=True, embedder=embedder)
    report = build([DATA / "broken" / "empty.txt"], settings, prune=True, quiet=True, embedder=embedder)
    assert not report.ok and report.total_studies == 8


def test_folder_of_every_format_indexes_good_records_and_reports_bad_ones(settings, embedder):
    report = build(
        [DATA / d for d in ("pages", "pubmed", "tabular", "broken")], settings, quiet=True, embedder=embedder
    )
    assert report.studies == 19
    messages = "\n".join(map(str, report.rejections))
    for expected in (
        "latin1.txt:1: not valid UTF-8",
        "empty.txt: file is empty",
        "notes.docx: unknown format",
        "studies.jsonl:4: bad JSON",
        "studies.csv:4: row has 4 fields",
        "truncated.xml:",
    ):
        assert expected in messages


def test_study_metadata_and_full_record_round_trip(settings, embedder):
    build([DATA / "pubmed"], settings, quiet=True, embedder=embedder)
    store = Store(settings)
    study = store.get_study("doi:10.1000/fphl.2019.001")
    assert study.pmid == "30000001" and study.participants == 52
    rows = store.collection.get(where={"study_type": "meta-analysis"}, include=["metadatas"])
    assert [m["pmid"] for m in rows["metadatas"]] == ["30000003"]


def test_dense_and_keyword_indexes_agree_and_find_the_right_study(settings, embedder):
    build([DATA / "pages"], settings, quiet=True, embedder=embedder)
    store = Store(settings)
    lexical = load_lexical(store, settings.lexical_dir)
    assert sorted(lexical.chunk_ids) == sorted(c.id for c in store.iter_all(["metadatas"]))
    top_kw = lexical.search("mesenchymal stem cells mesotherapy", 1)[0][0]
    vec = embedder.encode(["is stem-cell mesotherapy safe?"])[0]
    top_dense = store.query(vec, 1)[0].id
    assert top_kw == top_dense
    assert "mesotherapy" in store.get_study(top_dense.split("#")[0]).summary.lower()


def test_stale_keyword_index_is_rebuilt_from_chroma(settings, embedder):
    build([SEED], settings, quiet=True, embedder=embedder)
    store = Store(settings)
    store.delete_studies([load_lexical(store, settings.lexical_dir).study_ids[0]])
    store.touch()
    lexical = load_lexical(store, settings.lexical_dir)
    assert len(lexical.chunk_ids) == store.count_chunks() == 7


def test_long_abstracts_are_split_with_overlap(settings, embedder, tmp_path):
    sentences = [f"Sentence {i} reports that finding number {i} was observed in the trial." for i in range(60)]
    long = tmp_path / "long.jsonl"
    long.write_text('{"title": "Long", "abstract": "' + " ".join(sentences) + '", "doi": "10.9/long"}\n')
    build([long], settings, quiet=True, embedder=embedder)
    rows = Store(settings).collection.get(
        where={"study_id": "doi:10.9/long"}, include=["metadatas", "documents", "embeddings"]
    )
    assert len(rows["ids"]) > 1
    docs = {
        cid: chunk_text(meta, doc)
        for cid, meta, doc in zip(rows["ids"], rows["metadatas"], rows["documents"], strict=True)
    }
    first, second = docs["doi:10.9/long#0"], docs["doi:10.9/long#1"]
    assert first.startswith("Sentence 0 ") and not second.startswith("Sentence 0 ")
    assert first.split(". ")[-1].rstrip(".") in second  # one sentence of overlap
    assert np.allclose(np.linalg.norm(rows["embeddings"], axis=1), 1.0, atol=1e-3)


def test_switching_model_uses_its_own_collection(settings):
    other = settings.model_copy(update={"embedding_model": "/nonexistent/other-model"})
    assert other.collection_name != settings.collection_name


def test_an_index_of_the_older_layout_still_reads_and_is_rewritten(settings, embedder):
    """Store version 3 kept the text and the bulky data in each chunk's metadata and wrote "" as the
    document: text, records and sentence vectors still read, and the next build rewrites it."""
    build([SEED], settings, quiet=True, embedder=embedder)
    store = Store(settings)
    page = store.collection.get(include=["documents", "metadatas", "embeddings"])
    records = store.records.get(ids=page["ids"], include=["metadatas"])
    bulky = dict(zip(records["ids"], records["metadatas"], strict=True))
    old_style = [
        {
            **meta,
            "text": doc,
            "content_hash": "fingerprint-of-store-version-3",
            **{k: v for k, v in bulky[cid].items() if k not in ("study_id", "chunk")},
        }
        for cid, doc, meta in zip(page["ids"], page["documents"], page["metadatas"], strict=True)
    ]
    texts = list(page["documents"])
    store.collection.delete(ids=page["ids"])
    store.records.delete(ids=page["ids"])
    store.collection.add(
        ids=page["ids"], embeddings=page["embeddings"], documents=[""] * len(texts), metadatas=old_style
    )
    assert [c.text for c in store.iter_all(["documents"])] == texts
    sid = old_style[0]["study_id"]
    assert store.sentence_vectors([sid])[sid]
    assert store.get_study(sid).id == sid
    again = build([SEED], settings, quiet=True, embedder=embedder)
    assert again.embedded == 8  # store version 4: rewritten in the new layout
    page = store.collection.get(include=["documents", "metadatas"])
    assert page["documents"] == texts or sorted(page["documents"]) == sorted(texts)
    assert not any(k in meta for meta in page["metadatas"] for k in ("text", "study_json", "sentence_vectors"))
    assert store.sentence_vectors([sid])[sid] and store.get_study(sid).id == sid


def test_chunk_text_is_the_chroma_document_and_hits_carry_no_bulk(settings, embedder):
    """A plain LangChain Chroma over the collection gets real page_content and small metadata."""
    from langchain_chroma import Chroma

    build([SEED], settings, quiet=True, embedder=embedder)
    store = Store(settings)
    plain = Chroma(client=store.client, collection_name=settings.collection_name, embedding_function=embedder)
    docs = plain.similarity_search("stem cell mesotherapy safety", k=3)
    assert len(docs) == 3 and all(doc.page_content for doc in docs)
    assert "mesenchymal stem cells" in docs[0].page_content
    for doc in docs:
        assert not {"study_json", "sentence_vectors", "sentence_spans", "text"} & set(doc.metadata)
        assert len(str(doc.metadata)) < 1000


def test_embedded_batches_are_written_together(settings, embedder, tmp_path, monkeypatch):
    """Fewer, larger upserts: batches are written once they hold ``write_chunks`` chunks."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(
            f'{{"title": "Study {i}", "abstract": "Minoxidil in {i + 10} men.", "doi": "10.7/{i}"}}\n'
            for i in range(11)
        )
    )
    calls: list[list[str]] = []
    real_write = Store.write

    def spy(self, studies, chunks, *args, **kwargs):
        calls.append([c.study_id for c in chunks])
        return real_write(self, studies, chunks, *args, **kwargs)

    monkeypatch.setattr(Store, "write", spy)
    report = build(
        [corpus], settings.model_copy(update={"write_batch": 2, "write_chunks": 5}), quiet=True, embedder=embedder
    )
    assert report.ok and report.chunks_written == 11
    assert len(calls[0]) == 6 and len(calls) < 6  # three batches of two in the first write; six batches
    assert sum(len(ids) for ids in calls) == 11
    assert Store(settings).count_chunks() == 11


def test_keyword_index_from_the_build_equals_one_rebuilt_from_chroma(settings, embedder, tmp_path):
    """The build tokenizes the chunks it writes as it goes; the result must be what Chroma holds."""
    build([SEED], settings, quiet=True, embedder=embedder)
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"title": "PRP for AA", "abstract": "Platelet-rich plasma (PRP) in alopecia areata (AA)."}\n')
    build([SEED, extra], settings, quiet=True, embedder=embedder)  # seed from Chroma, the new study as written
    store = Store(settings)
    saved = load_lexical(store, settings.lexical_dir)
    rebuilt = build_lexical(store, saved.generation)
    assert saved.chunk_ids == rebuilt.chunk_ids and len(saved.chunk_ids) == 9
    assert saved.study_ids == rebuilt.study_ids and saved.abbreviations == rebuilt.abbreviations
    assert "AA" in saved.abbreviations  # mined from the study this build wrote
    for query in ("platelet-rich plasma alopecia", "stem cell mesotherapy safety", "Stem Cell Research"):
        assert np.array_equal(saved.scores(query), rebuilt.scores(query))


def test_an_index_from_an_older_reader_is_reparsed_on_the_next_build(settings, embedder, tmp_path, monkeypatch):
    """A page stored by an older reader (debris in its text, an entry that is not a study) is brought
    up to date by the next build: what the page holds now replaces what it was read as before."""
    import index.sources as sources
    from index.records import Provenance, Study
    from index.sources.common import ReadResult

    page = tmp_path / "page.txt"
    shutil.copy(DATA / "devpages" / "pages" / "page01.txt", page)
    real = sources.READERS["page"]

    def older(data: bytes, file: str) -> ReadResult:
        result = real(data, file)
        debris = Study(tldr="12 citations ,", summary="Cited in this study", provenance=(Provenance(file, 99, "page"),))
        result.studies.append(debris)
        return result

    monkeypatch.setitem(sources.READERS, "page", older)
    build([page], settings, quiet=True, embedder=embedder)
    monkeypatch.setitem(sources.READERS, "page", real)
    report = build([page], settings, quiet=True, embedder=embedder)
    stored = Store(settings).stored_studies()
    assert report.replaced == 1
    assert len(stored) == len(real(page.read_bytes(), str(page)).studies)
    texts = [chunk_text(c.metadata, c.text) for c in Store(settings).iter_all(["metadatas", "documents"])]
    assert not any("Cited in this study" in t for t in texts)


def test_parser_and_facts_versions_are_part_of_the_fingerprint(settings):
    import importlib

    from index.records import Study

    b = importlib.import_module("index.build")  # the module (``index.build`` the attribute is the function)

    study = Study(tldr="A study of something for hair.")
    before = b.fingerprint(study, settings)
    b.PARSER_VERSION += 1
    try:
        assert b.fingerprint(study, settings) != before
    finally:
        b.PARSER_VERSION -= 1
