"""Late chunking: sentence vectors pooled from the chunk's own pass, stored, and used by answers."""

import threading

import numpy as np
import pytest

from index.chunk import chunk_study
from index.pooling import pack, pool_spans, unpack
from index.records import Study


def test_pack_round_trips_within_int8_precision():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(5, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    back = unpack(pack(vectors))
    assert back.shape == vectors.shape
    assert np.abs(back - vectors).max() <= np.abs(vectors).max() / 127 + 1e-3


def test_spans_point_at_each_sentence_of_the_embedded_text():
    study = Study(id="s", title="Minoxidil trial", summary="First finding. Second finding (n = 3).\nThird line")
    chunk = chunk_study(study)[0]
    found = [chunk.embed_text[a:b] for a, b in chunk.spans]
    assert found == ["First finding.", "Second finding (n = 3).", "Third line"]


def test_a_span_cut_off_by_the_length_limit_gets_no_vector():
    tokens = np.ones((3, 4), dtype=np.float32)
    offsets = np.array([[0, 0], [0, 5], [6, 10]])  # [CLS], two word pieces; the text went on past 10
    out = pool_spans(tokens, offsets, [(0, 5), (11, 20)])
    assert out[0].any() and not out[1].any()


def test_pooled_sentence_vectors_match_the_question_space(embedder):
    text = "Minoxidil regrew hair in men. The weather in Paris was rainy all week."
    spans = [(0, 29), (30, len(text))]
    _, late = embedder.encode_late([text], [spans])
    question = embedder.encode(["does minoxidil regrow hair?"])[0]
    sims = late[0] @ question
    assert sims[0] > sims[1] + 0.2  # the relevant sentence is clearly nearer the question


def test_index_stores_sentence_vectors_and_answers_do_not_encode_sentences(fixture_index):
    from assistant.api import answer

    stored = fixture_index.store.sentence_vectors(list(dict.fromkeys(fixture_index.lexical.study_ids)))
    assert stored and all(v.shape == (384,) for vecs in stored.values() for v in vecs.values())
    calls: dict[str, list[int]] = {"encode": [], "encode_queries": []}
    emb = fixture_index.embedder

    def spy(name: str):
        original = getattr(emb, name)

        def wrapped(texts):
            calls[name].append(len(texts))
            return original(texts)

        return wrapped

    emb.encode, emb.encode_queries = spy("encode"), spy("encode_queries")
    try:
        result = answer("is stem-cell mesotherapy safe?", index=fixture_index)
    finally:
        del emb.encode, emb.encode_queries
    assert result.citations
    assert calls["encode"] == []  # no sentence batches: every sentence vector came from the index
    assert calls["encode_queries"] and max(calls["encode_queries"]) == 1  # the query, the question


def test_queries_take_the_exact_fp32_path(embedder):
    """Only documents carry the int8 error: a question's vector matches plain fp32 sentence-transformers."""
    if embedder.fast is None:
        pytest.skip("the fast encoder is switched off in this environment")
    texts = ["is stem-cell mesotherapy safe for androgenetic alopecia?", "does minoxidil regrow hair in women?"]
    exact = embedder.model.encode(texts, normalize_embeddings=True)
    queries = np.sum(embedder.encode_queries(texts) * exact, axis=1)
    documents = np.sum(embedder.encode(texts) * exact, axis=1)
    assert queries.min() > 0.9999  # same graph in fp32: equal up to float rounding
    assert documents.max() < queries.min()  # the int8 document path is measurably further off


def test_chunks_fit_the_model_so_no_text_is_cut_off(embedder):
    # 170 words of long technical tokens: under the word limit, far over 256 word pieces
    text = " ".join(f"Dihydrotestosterone-{i} suppressed follicular keratinocyte proliferation." for i in range(34))
    chunks = chunk_study(Study(id="long", title="Androgens", summary=text), 180, 1, embedder.count_tokens, 256)
    assert len(chunks) > 1
    assert all(n + 2 <= 256 for n in embedder.count_tokens([c.embed_text for c in chunks]))  # + [CLS], [SEP]
    covered = " ".join(c.text for c in chunks)
    assert all(s in covered for s in text.split(". "))  # every sentence is in some chunk


def test_counting_tokens_while_the_encoder_runs_gives_the_same_counts(embedder):
    """A build counts tokens (to size chunks) while the encoder tokenizes the previous batch.

    With one shared tokenizer, each call's padding and truncation leaked into the other: counts
    came out padded (extra chunks in a SciFact build) and the encoder's batches unpadded (errors).
    """
    long_text = " ".join(["Minoxidil prolonged anagen in the treated scalp of every participant."] * 40)
    texts = [long_text, "Hair loss.", "Platelet-rich plasma injections were given monthly for six months."]
    expected = embedder.count_tokens(texts)
    assert expected[0] > embedder.max_tokens  # the case truncation would hide
    stop = threading.Event()
    errors: list[Exception] = []

    def encode() -> None:
        while not stop.is_set():
            try:
                embedder.encode_late(["Hair loss.", "Alopecia areata in children."] * 4, [((0, 5),), ((0, 8),)] * 4)
            except Exception as exc:  # noqa: BLE001 - the shared tokenizer lost its padding mid-call
                errors.append(exc)

    worker = threading.Thread(target=encode)
    worker.start()
    try:
        counts = [embedder.count_tokens(texts) for _ in range(1000)]
    finally:
        stop.set()
        worker.join()
    assert all(c == expected for c in counts)
    assert not errors
