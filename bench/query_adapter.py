"""Does a learned query adapter help retrieval in general, or only on the data set it learned from?

    .venv/bin/python bench/query_adapter.py

A linear map W (384 x 384, started at the identity, L2-pulled towards it) is applied to the
question vector before the dense search; documents keep their stored vectors. It is trained on
one data set's training questions (softmax over every study of that corpus, temperature 0.05,
all relevant studies as positives) and then scored, dense only, on the test questions of the
same data set **and** of the other one. Settings (penalty 0.01, 30 epochs, Adam 1e-3) were
chosen on a held-out fifth of the SciFact training questions.

This is the lever that moves SciFact past its retrieval target. The transfer rows show why
Follicle does not ship it: the map learns where one corpus's relevant studies lie, not how
to match a question to a study, and it makes the other corpus worse. The table also gives how
many test pairs point at a study that was already relevant to a training question.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
import torch
from common import CACHE, ROOT, load_beir, ndcg, write_section

sys.path.insert(0, str(ROOT))

from assistant.glossary import expand  # noqa: E402
from assistant.retrieve import Index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.build import build  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

TRAIN = {"scifact": "train", "nfcorpus": "train"}
PENALTY, EPOCHS, LR, TAU = 0.01, 30, 1e-3, 0.05


class Corpus:
    """One data set's stored chunk vectors, with each chunk's study as a column number."""

    def __init__(self, name: str, embedder: Embedder) -> None:
        self.name = name
        corpus, _, _ = load_beir(name, "test")
        settings = Settings(index=IndexSettings(data_dir=CACHE / name))
        build([corpus], settings.index, quiet=True, embedder=embedder)
        self.index = Index(settings, embedder=embedder)
        ids = self.index.lexical.chunk_ids
        vectors = self.index.store.embeddings(ids)
        self.vectors = torch.tensor(np.stack([vectors[c] for c in ids]), dtype=torch.float32)
        owners = [c.rsplit("#", 1)[0].removeprefix("slug:") for c in ids]
        self.studies = sorted(set(owners))
        column = {s: i for i, s in enumerate(self.studies)}
        self.owner = torch.tensor([column[s] for s in owners])

    def questions(self, split: str) -> tuple[torch.Tensor, list[str], dict]:
        """Question vectors (expanded as the product expands them), their ids and the qrels."""
        _, queries, qrels = load_beir(self.name, split)
        qids = list(queries)
        texts = [expand(queries[q], self.index.lexical.abbreviations) for q in qids]
        return torch.tensor(self.index.embedder.encode_queries(texts)), qids, qrels

    def study_scores(self, questions: torch.Tensor, adapter: torch.Tensor) -> torch.Tensor:
        """Each study's best chunk cosine for each (adapted) question."""
        q = torch.nn.functional.normalize(questions @ adapter, dim=1)
        chunk = q @ self.vectors.T
        out = torch.full((len(q), len(self.studies)), -9.0)
        return out.scatter_reduce(1, self.owner.expand(len(q), -1), chunk, reduce="amax")

    def ndcg(self, split: str, adapter: torch.Tensor) -> float:
        """Mean dense nDCG@10 of a split's questions."""
        questions, qids, qrels = self.questions(split)
        with torch.no_grad():
            top = self.study_scores(questions, adapter).topk(10, dim=1).indices
        return float(np.mean([ndcg([self.studies[j] for j in top[i]], qrels[q]) for i, q in enumerate(qids)]))


def train(corpus: Corpus, split: str) -> torch.Tensor:
    """The adapter learned on one split: all relevant studies are positives, every study a candidate."""
    torch.manual_seed(0)
    questions, qids, qrels = corpus.questions(split)
    column = {s: i for i, s in enumerate(corpus.studies)}
    target = torch.zeros(len(qids), len(corpus.studies))
    for i, q in enumerate(qids):
        for doc in qrels[q]:
            if doc in column:
                target[i, column[doc]] = 1.0
    keep = target.sum(1) > 0
    questions, target = questions[keep], target[keep]
    eye = torch.eye(questions.shape[1])
    delta = torch.zeros_like(eye, requires_grad=True)
    opt = torch.optim.Adam([delta], lr=LR)
    for _ in range(EPOCHS):
        order = torch.randperm(len(questions))
        for start in range(0, len(order), 64):
            rows = order[start : start + 64]
            logp = (corpus.study_scores(questions[rows], eye + delta) / TAU).log_softmax(1)
            t = target[rows]
            loss = -(logp * t).sum(1).div(t.sum(1)).mean() + PENALTY * delta.pow(2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return (eye + delta).detach()


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    embedder = Embedder(IndexSettings())
    corpora = {name: Corpus(name, embedder) for name in TRAIN}
    eye = torch.eye(embedder.dimension)
    lines = [
        "| adapter trained on | scored on (test) | dense nDCG@10 without | with adapter | change |",
        "|---|---|---|---|---|",
    ]
    changes: dict[bool, list[str]] = {True: [], False: []}  # in-domain or transferred, for the summary table
    for source in TRAIN:
        adapter = train(corpora[source], TRAIN[source])
        for target, corpus in corpora.items():
            before, after = corpus.ndcg("test", eye), corpus.ndcg("test", adapter)
            lines.append(
                f"| {source} ({TRAIN[source]}) | {target} | {before:.4f} | {after:.4f} | {after - before:+.4f} |"
            )
            print(lines[-1], flush=True)
            changes[source == target].append(f"{after - before:+.4f}")
    lines += [""]
    for name in TRAIN:
        seen = {d for rel in load_beir(name, TRAIN[name])[2].values() for d in rel}
        test = [d for rel in load_beir(name, "test")[2].values() for d in rel]
        share = sum(d in seen for d in test) / len(test)
        lines.append(f"{name}: {share:.1%} of relevant (question, study) pairs in test name a study relevant in train.")
    lines += ["", "Rejected: a gain where it learned and a loss elsewhere is a corpus prior, not better retrieval."]
    title = "Learned query adapter: in-domain gain vs transfer (rejected lever)"
    figure = f"rejected: nDCG@10 {' / '.join(changes[True])} in-domain, {' / '.join(changes[False])} transferred"
    write_section(title, "python bench/query_adapter.py", lines, key="query-adapter", figure=figure)


if __name__ == "__main__":
    main()
