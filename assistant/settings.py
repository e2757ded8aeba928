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
    candidates: int = Field(
        default=100, ge=1, description="Chunks fetched from each retriever before fusion (100 > 50 on train/dev)."
    )
    top_studies: int = Field(default=5, ge=1, description="Studies passed on to the answer.")
    fusion: Literal["zscore", "rrf"] = Field(
        default="zscore",
        description="How dense and BM25 scores are combined: zscore (weighted sum of standardised scores, "
        "chosen on the SciFact train / NFCorpus dev splits, see docs/benchmarks.md) or rrf (reciprocal rank).",
    )
    dense_weight: float = Field(default=0.5, ge=0, le=1, description="Weight of the dense score in zscore fusion.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal-rank-fusion constant.")
    use_prior: bool = Field(default=True, description="Let study design, size and citations re-rank close candidates.")
    prior_weight: float = Field(
        default=0.2,
        ge=0,
        description="Largest bonus the evidence prior may add, as a share of the spread of fused scores.",
    )
    abstain_below: float = Field(
        default=0.524,
        description="Abstain when no study's support (see support_dense_weight) reaches this; calibrated by "
        "bench/pubmedqa.py.",
    )
    abstain_below_unnamed: float = Field(
        default=0.49,
        description="The abstain threshold for questions that name no treatment or exposure ('why do men go "
        "bald?'); calibrated on the lay question sets (bench/lay.py). Questions that name a treatment are "
        "answered from its studies (assistant/evidence.py), and when their own words narrow those to none, "
        "from its nearest studies that reach abstain_below.",
    )
    abstain_below_cause: float = Field(
        default=0.40,
        description="A question that names no treatment but blames a life event for losing hair ('since the baby', "
        "'the menopause', 'genes') is also answered by a study whose title or TLDR names that cause and whose "
        "support reaches this: below abstain_below_unnamed, since the story's words dilute coverage, above what a "
        "study sharing only the cause word reaches; calibrated on the lay question sets (bench/lay.py).",
    )
    abstain_dense_alone: float = Field(
        default=0.64,
        description="A question that names no treatment is also answered by a study whose best chunk's cosine "
        "reaches this, whatever its keyword coverage: a long post's story words ('19 and my temples are going, "
        "my dad was bald by 30') dilute coverage, not meaning. Calibrated on the lay question sets (bench/lay.py): "
        "no unanswerable question there reaches it.",
    )
    support_dense_weight: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Support = this x dense cosine + the rest x rarity-weighted share of the question's terms "
        "the study contains; calibrated by bench/pubmedqa.py.",
    )
    relevance_margin: float = Field(
        default=0.2,
        ge=0,
        description="Quote only studies whose cosine is within this of the best supported one (assistant/abstain.py).",
    )
    max_body: int = Field(
        default=12,
        ge=1,
        description="Most studies of one intervention an answer counts (half each for the two sides of a comparison); "
        "the answer says when more are indexed (assistant/evidence.py).",
    )
    body_candidates: int = Field(
        default=150, ge=1, description="Chunks the keyword index returns when gathering an intervention's studies."
    )
    max_findings: int = Field(default=4, ge=1, description="Most snippets in the key findings.")
    max_question_chars: int = Field(
        default=2000, ge=1, description="Longest question accepted; longer ones are refused with this limit."
    )
    answer_mode: Literal["extractive", "openai", "ollama"] = Field(
        default="extractive",
        description="extractive (no LLM), openai (any OpenAI-compatible server: llama.cpp, vLLM, LM Studio, "
        "OpenAI) or ollama.",
    )
    llm_model: str = Field(default="", description="Model name passed to the chat model (e.g. llama3.2).")
    llm_base_url: str | None = Field(default=None, description="Server URL, e.g. http://127.0.0.1:8080/v1.")
    llm_api_key: str = Field(default="not-needed", description="API key for OpenAI-compatible servers.")
    llm_timeout: float = Field(
        default=60.0,
        gt=0,
        description="Seconds the chat model's client waits on the server before the extractive answer is shown.",
    )
    llm_max_tokens: int = Field(default=400, ge=16, description="Longest LLM answer.")
    llm_threads: int = Field(default=2, ge=1, description="CPU threads for an in-process llama.cpp model.")
    support_threshold: float = Field(
        default=0.55, ge=0, le=1, description="Least support score for an LLM sentence to be kept (see verify.py)."
    )
    unsupported: Literal["drop", "mark"] = Field(
        default="drop", description="What to do with LLM sentences the sources do not support."
    )
