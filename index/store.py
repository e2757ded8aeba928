"""The only module that imports chromadb: embedded PersistentClient or a Chroma server.

Each chunk is stored with its study's metadata and a content hash, so Chroma itself is the
record of what is indexed. The chunk's text is a metadata field, not Chroma's document: embedded
Chroma builds a trigram full-text index of every document (we never query it) while holding the
GIL, which stalled the encoder for ~35% of each write; older indexes with documents still read. The
rest: a rebuild compares hashes and writes only what changed. The
collection's metadata carries a ``generation`` token, changed before and after every write,
so the keyword index beside it can tell when it is stale.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from index.pooling import pack, unpack
from index.records import Chunk, Study
from index.settings import IndexSettings

GET_PAGE = 2000
TEXT = "text"  # metadata key of a chunk's text


def chunk_text(meta: dict | None, document: str | None) -> str | None:
    """A chunk's text: the metadata field, or the document of an index written before it existed."""
    return (meta or {}).get(TEXT) or document or None


class StoreError(Exception):
    """Chroma cannot be reached or opened; the message says which and how to fix it."""


@dataclass(frozen=True)
class StoredStudy:
    """What the store knows about one indexed study."""

    content_hash: str
    chunk_ids: frozenset[str]
    files: tuple[str, ...]
    positions: tuple[str, ...] = ()


def open_client(settings: IndexSettings):  # noqa: ANN201 - chromadb ClientAPI
    """Embedded Chroma under the data directory, or a server when a host is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except Exception as exc:  # chromadb raises several unrelated types for one cause
        where = (
            f"server {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(settings.chroma_path)
        )
        raise StoreError(f"cannot open Chroma at {where}: {exc}") from None


def study_metadata(study: Study, chunk: Chunk, sentence_vectors: np.ndarray | None = None) -> dict:
    """Flat Chroma metadata for one chunk: text, filterable facts, and on chunk 0 the full record.

    Provenance (files, formats, positions) is kept on chunk 0 only: nothing filters on it, and
    list values are the costliest metadata to write.
    """
    meta: dict = {
        "study_id": study.id,
        "content_hash": study.content_hash,
        "chunk": chunk.index,
        "chunks": chunk.count,
        TEXT: chunk.text,
    }
    if chunk.index == 0:
        meta["files"] = sorted({p.file for p in study.provenance})
        meta["formats"] = sorted({p.format for p in study.provenance})
        meta["positions"] = sorted({f"{p.file}:{p.line}" for p in study.provenance})
    for key in (
        "title",
        "journal",
        "year",
        "month",
        "citations",
        "url",
        "doi",
        "pmid",
        "study_type",
        "participants",
        "followup_months",
        "safety",
    ):
        value = getattr(study, key)
        if value is not None:
            meta[key] = value
    if chunk.index == 0:
        meta["study_json"] = json.dumps(study.to_dict())
    if sentence_vectors is not None and len(sentence_vectors) == len(chunk.spans) and chunk.spans:
        shift = len(chunk.embed_text) - len(chunk.text)  # the header in front of the text
        meta["sentence_spans"] = json.dumps([[a - shift, b - shift] for a, b in chunk.spans])
        meta["sentence_vectors"] = pack(sentence_vectors)
    return meta


class Store:
    """One collection of one embedding model, in embedded Chroma or a server."""

    def __init__(self, settings: IndexSettings | None = None, client=None) -> None:  # noqa: ANN001
        self.settings = settings or IndexSettings()
        self.client = client or open_client(self.settings)
        self.collection = self.client.get_or_create_collection(
            self.settings.collection_name,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": self.settings.embedding_model, "generation": "new"},
            embedding_function=None,
        )

    @property
    def generation(self) -> str:
        """Token that changes whenever the collection's contents may have changed."""
        meta = self.client.get_collection(self.settings.collection_name, embedding_function=None).metadata or {}
        return str(meta.get("generation", ""))

    def touch(self) -> str:
        """Mark the collection as changed (before and after writes) and return the new token."""
        token = uuid.uuid4().hex
        self.collection.modify(metadata={"embedding_model": self.settings.embedding_model, "generation": token})
        return token

    def count_chunks(self) -> int:
        """Number of stored chunks."""
        return self.collection.count()

    def iter_all(self, include: list[str]) -> list[tuple[str, str | None, dict]]:
        """Every chunk as (id, text, metadata), paged so large collections stay bounded.

        Asking for "documents" gives each chunk's text (which lives in its metadata).
        """
        out = []
        offset = 0
        if "documents" in include and "metadatas" not in include:
            include = [*include, "metadatas"]
        while True:
            page = self.collection.get(include=include, limit=GET_PAGE, offset=offset)
            metas = page.get("metadatas") or [{}] * len(page["ids"])
            docs = page.get("documents") or [None] * len(page["ids"])
            if "documents" in include:
                docs = [chunk_text(m, d) for m, d in zip(metas, docs, strict=True)]
            out.extend(zip(page["ids"], docs, metas, strict=True))
            if len(page["ids"]) < GET_PAGE:
                return out
            offset += GET_PAGE

    def get_chunks(self, chunk_ids: list[str]) -> list[tuple[str, str | None, dict]]:
        """(id, text, metadata) of the given chunks, paged; ids not in the collection are left out."""
        out = []
        for start in range(0, len(chunk_ids), GET_PAGE):
            page = self.collection.get(ids=chunk_ids[start : start + GET_PAGE], include=["metadatas", "documents"])
            out.extend(
                (cid, chunk_text(m, d), m)
                for cid, d, m in zip(page["ids"], page["documents"], page["metadatas"], strict=True)
            )
        return out

    def stored_studies(self) -> dict[str, StoredStudy]:
        """Study id -> hash, chunk ids and files, read from the chunks' metadata."""
        hashes: dict[str, set[str]] = defaultdict(set)
        chunks: dict[str, set[str]] = defaultdict(set)
        files: dict[str, tuple[str, ...]] = {}
        positions: dict[str, tuple[str, ...]] = {}
        for chunk_id, _doc, meta in self.iter_all(["metadatas"]):
            sid = meta.get("study_id", chunk_id.split("#")[0])
            hashes[sid].add(meta.get("content_hash", ""))
            chunks[sid].add(chunk_id)
            if "files" in meta:  # chunk 0 (every chunk, in indexes written before that rule)
                files[sid] = tuple(meta.get("files") or ())
                positions[sid] = tuple(meta.get("positions") or ())
        return {
            sid: StoredStudy(
                next(iter(h)) if len(h) == 1 else "mixed",
                frozenset(chunks[sid]),
                files.get(sid, ()),
                positions.get(sid, ()),
            )
            for sid, h in hashes.items()
        }

    def write(
        self,
        studies: list[Study],
        chunks: list[Chunk],
        vectors: np.ndarray,
        stale_ids: list[str],
        sentence_vectors: list[np.ndarray | None] | None = None,
    ) -> None:
        """Upsert chunks (with their sentence vectors), then delete the chunk ids these studies no longer have."""
        by_id = {s.id: s for s in studies}
        late = sentence_vectors or [None] * len(chunks)
        if chunks:
            self.collection.upsert(
                ids=[c.id for c in chunks],
                embeddings=vectors,
                documents=[""] * len(chunks),  # text is in the metadata; "" keeps LangChain's Chroma working
                metadatas=[study_metadata(by_id[c.study_id], c, v) for c, v in zip(chunks, late, strict=True)],
            )
        if stale_ids:
            self.collection.delete(ids=stale_ids)

    def delete_studies(self, study_ids: list[str]) -> None:
        """Remove every chunk of these studies."""
        for start in range(0, len(study_ids), 500):
            self.collection.delete(where={"study_id": {"$in": study_ids[start : start + 500]}})

    def iter_studies(self) -> Iterator[Study]:
        """Every stored study's full record (from its first chunk), a page at a time."""
        offset = 0
        while True:
            page = self.collection.get(where={"chunk": 0}, include=["metadatas"], limit=GET_PAGE, offset=offset)
            for meta in page["metadatas"]:
                yield Study.from_dict(json.loads(meta["study_json"]))
            if len(page["ids"]) < GET_PAGE:
                return
            offset += GET_PAGE

    def get_study(self, study_id: str) -> Study | None:
        """The full record of one study, from its first chunk."""
        return self.get_studies([study_id]).get(study_id)

    def get_studies(self, study_ids: list[str]) -> dict[str, Study]:
        """Full records of several studies in one round trip (missing ids are left out)."""
        if not study_ids:
            return {}
        page = self.collection.get(ids=[f"{sid}#0" for sid in study_ids], include=["metadatas"])
        return {
            cid.rsplit("#", 1)[0]: Study.from_dict(json.loads(meta["study_json"]))
            for cid, meta in zip(page["ids"], page["metadatas"], strict=True)
        }

    def sentence_vectors(self, study_ids: list[str]) -> dict[str, dict[str, np.ndarray]]:
        """{study id: {sentence: vector}} stored at index time (late chunking); empty where absent."""
        if not study_ids:
            return {}
        page = self.collection.get(where={"study_id": {"$in": list(study_ids)}}, include=["metadatas", "documents"])
        out: dict[str, dict[str, np.ndarray]] = {}
        for meta, document in zip(page["metadatas"], page["documents"], strict=True):
            doc = chunk_text(meta, document)
            if not meta or "sentence_vectors" not in meta or doc is None:
                continue
            found = out.setdefault(str(meta["study_id"]), {})
            for (a, b), vec in zip(json.loads(meta["sentence_spans"]), unpack(meta["sentence_vectors"]), strict=False):
                if vec.any():
                    found.setdefault(doc[a:b], vec)
        return out

    def allowed_chunks(self, where: dict) -> set[str]:
        """Ids of the chunks whose metadata passes a ``where`` clause."""
        return set(self.collection.get(where=where, include=[])["ids"])

    def embeddings(self, chunk_ids: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given chunks."""
        if not chunk_ids:
            return {}
        page = self.collection.get(ids=chunk_ids, include=["embeddings"])
        return {
            cid: np.asarray(vec, dtype=np.float32) for cid, vec in zip(page["ids"], page["embeddings"], strict=True)
        }

    def nearest(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (chunk id, cosine similarity), best first.

        Ids and distances only: returning metadata (which carries sentence vectors) and documents
        for every candidate cost ~20x more than the search itself.
        """
        n = min(n, max(self.count_chunks(), 1))
        res = self.collection.query(query_embeddings=[vector], n_results=n, where=where or None, include=["distances"])
        return [(cid, 1.0 - dist) for cid, dist in zip(res["ids"][0], res["distances"][0], strict=True)]

    def query(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float, dict, str]]:
        """Nearest chunks as (chunk id, cosine similarity, metadata, document)."""
        n = min(n, max(self.count_chunks(), 1))
        res = self.collection.query(
            query_embeddings=[vector],
            n_results=n,
            where=where or None,
            include=["metadatas", "distances", "documents"],
        )
        return [
            (cid, 1.0 - dist, meta, chunk_text(meta, doc))
            for cid, dist, meta, doc in zip(
                res["ids"][0], res["distances"][0], res["metadatas"][0], res["documents"][0], strict=True
            )
        ]
