"""The only module that imports chromadb: embedded PersistentClient or a Chroma server.

Each chunk is a Chroma record in the main collection: its vector, its text as the Chroma
document, and flat metadata (study id, content hash, the filterable facts, and on chunk 0 the
study's files and positions). That is what any LangChain ``Chroma`` over the collection sees:
real ``page_content`` and small metadata. The bulky per-chunk data answers need (the study's
full record as JSON on chunk 0, sentence spans and vectors) lives in a companion collection
``<name>-records`` under the same ids, written *before* the chunk, so a chunk in the main
collection always has its record. Chroma itself is the record of what is indexed: a rebuild
compares hashes and writes only what changed. The main collection's metadata carries a
``generation`` token, changed before and after every write, so the keyword index beside it can
tell when it is stale. Indexes written before (text and records in the chunk's metadata) still
read, and are rewritten in the new layout by the next build.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaError

from index.pooling import pack, unpack
from index.records import Chunk, Study
from index.settings import IndexSettings

GET_PAGE = 2000
WRITE_ERRORS = (OSError, ChromaError)  # what a failed write raises: the build keeps what was written
TEXT = "text"  # metadata key of a chunk's text in indexes written by store version 3
BULKY = ("study_json", "sentence_spans", "sentence_vectors")  # in the records collection since version 4
RECORD_VECTOR = [0.0, 0.0]  # the records collection is read by id only; Chroma still wants a vector


def chunk_text(meta: dict | None, document: str | None) -> str | None:
    """A chunk's text: the Chroma document, or the metadata field of an index of store version 3."""
    return document or (meta or {}).get(TEXT) or None


class StoreError(Exception):
    """Chroma cannot be reached or opened; the message says which and how to fix it."""


@dataclass(frozen=True)
class StoredStudy:
    """What the store knows about one indexed study."""

    content_hash: str
    chunk_ids: frozenset[str]
    files: tuple[str, ...]
    positions: tuple[str, ...] = ()


class StoredChunk(NamedTuple):
    """One stored chunk as read back: its id, its text (None when not asked for) and its flat metadata."""

    id: str
    text: str | None
    metadata: dict


class Neighbour(NamedTuple):
    """A chunk near a question vector, by cosine similarity."""

    id: str
    similarity: float


class ScoredChunk(NamedTuple):
    """A nearby chunk with what is stored about it."""

    id: str
    similarity: float
    metadata: dict
    text: str | None


def open_client(settings: IndexSettings):  # chromadb ClientAPI
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


def study_metadata(study: Study, chunk: Chunk) -> dict:
    """Flat Chroma metadata for one chunk: ids, hash and filterable facts; provenance on chunk 0.

    Provenance (files, formats, positions) is kept on chunk 0 only: nothing filters on it, and
    list values are the costliest metadata to write. Keys of the older layout are set to None,
    which removes them when an old chunk is rewritten (Chroma merges metadata on upsert).
    """
    meta: dict = {
        "study_id": study.id,
        "content_hash": study.content_hash,
        "chunk": chunk.index,
        "chunks": chunk.count,
        TEXT: None,
        **dict.fromkeys(BULKY),
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
        "direction",
    ):
        value = getattr(study, key)
        if value is not None:
            meta[key] = value
    if study.direction:  # Chroma metadata holds no None: the hedge is stored beside a direction only
        meta["direction_hedged"] = study.direction_hedged
    if study.mesh:  # lower-cased, so a filter matches "alopecia" and "Alopecia" alike
        meta["mesh"] = sorted({m.lower() for m in study.mesh})
    if study.retracted:
        meta["retracted"] = True
    return meta


def record_metadata(study: Study, chunk: Chunk, sentence_vectors: np.ndarray | None = None) -> dict:
    """The bulky companion of one chunk: the full study record (chunk 0) and its sentence vectors."""
    meta: dict = {"study_id": study.id, "chunk": chunk.index}
    if chunk.index == 0:
        meta["study_json"] = json.dumps(study.to_dict())
    if sentence_vectors is not None and len(sentence_vectors) == len(chunk.spans) and chunk.spans:
        shift = len(chunk.embed_text) - len(chunk.text)  # the header in front of the text
        meta["sentence_spans"] = json.dumps([[a - shift, b - shift] for a, b in chunk.spans])
        meta["sentence_vectors"] = pack(sentence_vectors)
    return meta


class Store:
    """One collection of one embedding model, in embedded Chroma or a server."""

    def __init__(self, settings: IndexSettings | None = None, client=None) -> None:
        self.settings = settings or IndexSettings()
        self.client = client or open_client(self.settings)
        self.collection = self.client.get_or_create_collection(
            self.settings.collection_name,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": self.settings.embedding_model, "generation": "new"},
            embedding_function=None,
        )
        self.records = self.client.get_or_create_collection(
            f"{self.settings.collection_name}-records", metadata={"role": "records"}, embedding_function=None
        )

    @property
    def generation(self) -> str:
        """Token that changes whenever the collection's contents may have changed."""
        meta = self.client.get_collection(self.settings.collection_name, embedding_function=None).metadata or {}
        return str(meta.get("generation", ""))

    def touch(self) -> str:
        """Mark the collection as changed (before and after writes) and return the new token.

        Also records when (``built_at``, UTC): kept in the collection itself, so it is true for a
        Chroma server and for a copied data directory, where a file's modification time is not.
        """
        token = uuid.uuid4().hex
        built_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.collection.modify(
            metadata={"embedding_model": self.settings.embedding_model, "generation": token, "built_at": built_at}
        )
        return token

    @property
    def built_at(self) -> str | None:
        """When a build last changed the collection (ISO 8601, UTC); None for an index older than the record."""
        meta = self.client.get_collection(self.settings.collection_name, embedding_function=None).metadata or {}
        return meta.get("built_at")

    def count_chunks(self) -> int:
        """Number of stored chunks."""
        return self.collection.count()

    def iter_all(self, include: list[str]) -> list[StoredChunk]:
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
            out.extend(map(StoredChunk, page["ids"], docs, metas))
            if len(page["ids"]) < GET_PAGE:
                return out
            offset += GET_PAGE

    def get_chunks(self, chunk_ids: list[str]) -> list[StoredChunk]:
        """(id, text, metadata) of the given chunks, paged; ids not in the collection are left out."""
        out = []
        for start in range(0, len(chunk_ids), GET_PAGE):
            page = self.collection.get(ids=chunk_ids[start : start + GET_PAGE], include=["metadatas", "documents"])
            out.extend(
                StoredChunk(cid, chunk_text(m, d), m)
                for cid, d, m in zip(page["ids"], page["documents"], page["metadatas"], strict=True)
            )
        return out

    def stored_studies(self) -> dict[str, StoredStudy]:
        """Study id -> hash, chunk ids and files, read from the chunks' metadata."""
        hashes: dict[str, set[str]] = defaultdict(set)
        chunks: dict[str, set[str]] = defaultdict(set)
        files: dict[str, tuple[str, ...]] = {}
        positions: dict[str, tuple[str, ...]] = {}
        for chunk_id, _text, meta in self.iter_all(["metadatas"]):
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
        """Upsert chunks (records first), then delete the chunk ids these studies no longer have."""
        by_id = {s.id: s for s in studies}
        late = sentence_vectors or [None] * len(chunks)
        if chunks:
            self.put(
                [c.id for c in chunks],
                vectors,
                [c.text for c in chunks],
                [study_metadata(by_id[c.study_id], c) for c in chunks],
                [record_metadata(by_id[c.study_id], c, v) for c, v in zip(chunks, late, strict=True)],
            )
        if stale_ids:
            self.collection.delete(ids=stale_ids)
            self.records.delete(ids=stale_ids)

    def put(self, ids: list[str], vectors: object, texts: list[str], metas: list[dict], records: list[dict]) -> None:
        """Write chunks as they are stored: the records first, so every stored chunk has its record."""
        self.records.upsert(ids=ids, embeddings=[RECORD_VECTOR] * len(ids), metadatas=records)
        self.collection.upsert(ids=ids, embeddings=vectors, documents=texts, metadatas=metas)

    def delete_studies(self, study_ids: list[str]) -> None:
        """Remove every chunk of these studies (the chunks first, then their records)."""
        for start in range(0, len(study_ids), 500):
            where = {"study_id": {"$in": study_ids[start : start + 500]}}
            self.collection.delete(where=where)
            self.records.delete(where=where)

    def records_of(self, ids: list[str]) -> dict[str, dict]:
        """Companion records by chunk id; for an index of the older layout, the chunks' own metadata."""
        found: dict[str, dict] = {}
        for start in range(0, len(ids), GET_PAGE):
            part = ids[start : start + GET_PAGE]
            page = self.records.get(ids=part, include=["metadatas"])
            found.update(zip(page["ids"], page["metadatas"], strict=True))
            missing = [cid for cid in part if cid not in found]
            if missing:  # written before the records collection existed
                old = self.collection.get(ids=missing, include=["metadatas"])
                found.update(
                    (cid, m) for cid, m in zip(old["ids"], old["metadatas"], strict=True) if any(k in m for k in BULKY)
                )
        return found

    def iter_studies(self) -> Iterator[Study]:
        """Every stored study's full record (from its first chunk), a page at a time."""
        offset = 0
        while True:
            page = self.collection.get(where={"chunk": 0}, include=[], limit=GET_PAGE, offset=offset)
            records = self.records_of(page["ids"])
            for cid in page["ids"]:
                if cid in records:
                    yield Study.from_dict(json.loads(records[cid]["study_json"]))
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
        stored = set(self.collection.get(ids=[f"{sid}#0" for sid in study_ids], include=[])["ids"])
        records = self.records_of(sorted(stored))
        return {
            cid.rsplit("#", 1)[0]: Study.from_dict(json.loads(meta["study_json"]))
            for cid, meta in records.items()
            if "study_json" in meta
        }

    def sentence_vectors(self, study_ids: list[str]) -> dict[str, dict[str, np.ndarray]]:
        """{study id: {sentence: vector}} stored at index time (late chunking); empty where absent."""
        if not study_ids:
            return {}
        page = self.collection.get(where={"study_id": {"$in": list(study_ids)}}, include=["metadatas", "documents"])
        records = self.records_of(page["ids"])
        out: dict[str, dict[str, np.ndarray]] = {}
        for cid, meta, document in zip(page["ids"], page["metadatas"], page["documents"], strict=True):
            doc = chunk_text(meta, document)
            record = records.get(cid, {})
            if "sentence_vectors" not in record or doc is None:
                continue
            found = out.setdefault(str(meta["study_id"]), {})
            spans = json.loads(record["sentence_spans"])
            for (a, b), vec in zip(spans, unpack(record["sentence_vectors"]), strict=False):
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

    def nearest(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[Neighbour]:
        """Nearest chunks as (chunk id, cosine similarity), best first.

        Ids and distances only: returning metadata (which carries sentence vectors) and documents
        for every candidate cost ~20x more than the search itself.
        """
        n = max(n, 1)  # Chroma returns fewer when the collection holds fewer; counting first cost a call
        res = self.collection.query(query_embeddings=[vector], n_results=n, where=where or None, include=["distances"])
        return [Neighbour(cid, 1.0 - dist) for cid, dist in zip(res["ids"][0], res["distances"][0], strict=True)]

    def query(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[ScoredChunk]:
        """Nearest chunks as (chunk id, cosine similarity, metadata, document)."""
        n = max(n, 1)  # Chroma returns fewer when the collection holds fewer; counting first cost a call
        res = self.collection.query(
            query_embeddings=[vector],
            n_results=n,
            where=where or None,
            include=["metadatas", "distances", "documents"],
        )
        return [
            ScoredChunk(cid, 1.0 - dist, meta, chunk_text(meta, doc))
            for cid, dist, meta, doc in zip(
                res["ids"][0], res["distances"][0], res["metadatas"][0], res["documents"][0], strict=True
            )
        ]
