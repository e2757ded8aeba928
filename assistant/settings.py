"""Settings: the answering fields plus an IndexSettings, with FOLLICLE_* overrides."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.settings import IndexSettings


class Settings(BaseSettings):
    """How questions are answered; ``index`` says where the studies are."""

    model_config = SettingsConfigDict(env_prefix="FOLLICLE_", extra="ignore")

    index: IndexSettings = Field(default_factory=IndexSettings, description="Where the studies live.")
    candidates: int = Field(default=50, ge=1, description="Chunks fetched from each retriever before fusion.")
    top_studies: int = Field(default=5, ge=1, description="Studies passed on to the answer.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal-rank-fusion constant.")
    use_prior: bool = Field(default=True, description="Let study design, size and citations re-rank close candidates.")
    prior_weight: float = Field(
        default=0.002, ge=0, description="Largest fused-score bonus the evidence prior may add."
    )
    abstain_below: float = Field(
        default=0.30,
        description="Abstain when the best study's dense cosine similarity to the question is below this.",
    )
    max_findings: int = Field(default=4, ge=1, description="Most snippets in the key findings.")
    answer_mode: Literal["extractive", "openai", "ollama"] = Field(
        default="extractive", description="extractive (no LLM), or an LLM behind LangChain."
    )
