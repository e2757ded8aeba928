"""answer() latency (extractive, warm) at 1k, 10k and 50k studies, next to LangChain's EnsembleRetriever.

    .venv/bin/python bench/latency.py [--sizes 1000 10000 50000] [--queries 100]
    .venv/bin/python bench/latency.py --cold [--runs 5] [--baseline REF]

``--cold`` measures a fresh process instead, on the bundled sample: the wall time of
`python -m assistant ask`, and import time and first answer() of a script, with the
torch-free question encoder (the default), with sentence-transformers loading for the
question (FOLLICLE_QUERY_ONNX=0), and for the source tree at git ref REF (default: the last
commit whose answer path imported LangChain and the build pipeline), all in the same run, as ratios.

Uses the SciFact and NFCorpus indexes cached by bench/retrieval.py (run it first). Sizes past
the ~8.8k real abstracts are filled with generated variants: a real chunk's text with a variant
tag and its vector plus small noise, written straight to Chroma (no re-embedding), which is
enough for latency: search cost depends on counts and dimensions, not on meaning.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import CACHE, ROOT, load_beir, write_section

sys.path.insert(0, str(ROOT))

from assistant.api import answer  # noqa: E402
from assistant.retrieve import Index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.lexical import build_lexical, save_lexical  # noqa: E402
from index.settings import IndexSettings  # noqa: E402
from index.store import BULKY, Store, chunk_text  # noqa: E402


def real_chunks() -> list[tuple[str, str, dict, np.ndarray]]:
    """Every chunk of the cached BEIR indexes: (id, text, metadata, vector)."""
    out = []
    for name in ("scifact", "nfcorpus"):
        store = Store(IndexSettings(data_dir=CACHE / name))
        if store.count_chunks() == 0:
            raise SystemExit(f"no cached {name} index: run bench/retrieval.py first")
        offset = 0
        while True:
            page = store.collection.get(include=["documents", "metadatas", "embeddings"], limit=2000, offset=offset)
            texts = [chunk_text(m, d) for m, d in zip(page["metadatas"], page["documents"], strict=True)]
            records = store.records_of(page["ids"])  # the bulky companion, in either store layout
            metas = [{**m, **records.get(cid, {})} for cid, m in zip(page["ids"], page["metadatas"], strict=True)]
            out += list(zip(page["ids"], texts, metas, page["embeddings"], strict=True))
            if len(page["ids"]) < 2000:
                break
            offset += 2000
    return out


def variant(chunk: tuple, k: int, rng: np.random.Generator) -> tuple:
    """A generated study derived from a real chunk (distinct id, tagged text, nearby vector)."""
    cid, text, meta, vec = chunk
    sid = f"{meta['study_id']}~v{k}"
    meta = {**meta, "study_id": sid}
    if "study_json" in meta:
        record = json.loads(meta["study_json"])
        record["id"] = sid
        meta["study_json"] = json.dumps(record)
    v = np.asarray(vec) + rng.normal(0, 0.02, len(vec))
    return f"{sid}#{cid.rsplit('#', 1)[1]}", f"{text} [variant {k}]", meta, v / np.linalg.norm(v)


def fill(settings: IndexSettings, chunks: list[tuple], studies: int) -> Store:
    """Write chunks (and variants) until the index holds ``studies`` studies."""
    store = Store(settings)
    rng = np.random.default_rng(0)
    by_study: dict[str, list[tuple]] = {}
    for c in chunks:
        by_study.setdefault(c[2]["study_id"], []).append(c)
    groups = list(by_study.values())
    batch: list[tuple] = []
    for n in range(studies):
        group = groups[n % len(groups)]
        k = n // len(groups)
        batch += group if k == 0 else [variant(c, k, rng) for c in group]
        if len(batch) >= 2000 or n == studies - 1:
            store.put(  # as the indexer writes: text as the document, bulky data in the records
                [b[0] for b in batch],
                [list(b[3]) for b in batch],
                [b[1] for b in batch],
                [{k: v for k, v in b[2].items() if k not in (*BULKY, "text")} for b in batch],
                [{k: v for k, v in b[2].items() if k in (*BULKY, "study_id", "chunk")} for b in batch],
            )
            batch = []
    save_lexical(build_lexical(store, store.touch()), settings.lexical_dir)
    return store


def timed(fn, queries: list[str]) -> tuple[float, float]:
    """p50 and p95 in ms over the queries, after two warm-up calls."""
    fn(queries[0])
    fn(queries[1])
    times = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def ensemble(store: Store, embedder: Embedder):
    """LangChain's EnsembleRetriever over BM25Retriever + a Chroma retriever of the same collection."""
    from langchain_chroma import Chroma
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever

    rows = store.iter_all(["documents", "metadatas"])
    bm25 = BM25Retriever.from_texts(
        [c.text or "" for c in rows],
        metadatas=[{"study_id": c.metadata.get("study_id", "")} for c in rows],
        ids=[c.id for c in rows],
        k=10,
    )
    dense = Chroma(
        client=store.client, collection_name=store.settings.collection_name, embedding_function=embedder
    ).as_retriever(search_kwargs={"k": 10})
    # chunk text lives in metadata, so LangChain's Chroma documents have empty page_content: fuse by study id
    return EnsembleRetriever(retrievers=[bm25, dense], weights=[0.5, 0.5], id_key="study_id")


COLD_QUESTION = "is stem-cell mesotherapy safe?"
COLD_SCRIPT = (
    "import time, sys, json\n"
    "t0 = time.perf_counter()\n"
    "from assistant.api import answer\n"
    "t1 = time.perf_counter()\n"
    f"r = answer({COLD_QUESTION!r})\n"
    "t2 = time.perf_counter()\n"
    "print(json.dumps({'import': t1 - t0, 'first': t2 - t1, 'torch': 'torch' in sys.modules}))\n"
)


WARM_SCRIPT = (
    "import json, statistics, sys, time\n"
    "from pathlib import Path\n"
    "from assistant.api import answer\n"
    "from assistant.retrieve import Index\n"
    "from assistant.settings import Settings\n"
    "from index.settings import IndexSettings\n"
    "index = Index(Settings(index=IndexSettings(data_dir=Path(sys.argv[1]))))\n"
    "qs = json.loads(Path(sys.argv[2]).read_text())\n"
    "answer(qs[0], index=index); answer(qs[1], index=index)\n"
    "times = []\n"
    "for q in qs:\n"
    "    t = time.perf_counter(); answer(q, index=index); times.append((time.perf_counter() - t) * 1000)\n"
    "times.sort()\n"
    "print(json.dumps({'p50': statistics.median(times), 'p95': times[int(0.95 * (len(times) - 1))]}))\n"
)


def warm_in(tree: Path, data_dir: Path, queries: list[str]) -> tuple[float, float]:
    """p50 and p95 of answer() in a fresh process running the source tree ``tree`` on one index."""
    import os
    import subprocess

    qfile = data_dir.parent / f"{data_dir.name}-queries.json"
    qfile.write_text(json.dumps(queries))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", WARM_SCRIPT, str(data_dir), str(qfile)],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return got["p50"], got["p95"]


def lay_questions(n: int) -> list[str]:
    """Questions as patients write them (the lay dev set): they name treatments, so the body of evidence is gathered."""
    path = ROOT / "tests" / "data" / "lay" / "questions_dev.jsonl"
    return [json.loads(line)["question"] for line in path.read_text().splitlines() if line.strip()][:n]


LATER_FIELDS = ("direction", "direction_hedged")  # Study fields a tree before them cannot read


def _readable_by_older(chunk: tuple) -> tuple:
    """A chunk without the study fields added since the baseline, so both trees open the same index."""
    cid, text, meta, vec = chunk
    meta = {k: v for k, v in meta.items() if k not in LATER_FIELDS}
    if "study_json" in meta:
        record = {k: v for k, v in json.loads(meta["study_json"]).items() if k not in LATER_FIELDS}
        meta["study_json"] = json.dumps(record)
    return cid, text, meta, vec


def versus(sizes: list[int], n: int, ref: str, rounds: int = 3) -> None:
    """answer() p50 of this tree and of the tree at ``ref`` on the same indexes and questions, as a ratio.

    Both run in fresh processes, alternately, ``rounds`` times; each tree's figure is the median of
    its rounds' p50s, so one noisy round on a busy machine does not decide the ratio.
    """
    base = baseline_tree(ref)
    if base is None:
        raise SystemExit(f"no baseline tree at {ref}")
    chunks = real_chunks()
    older = [_readable_by_older(c) for c in chunks]
    sets = {"SciFact claims": list(load_beir("scifact", "test")[1].values())[:n], "lay questions": lay_questions(n)}
    lines = [
        f"| studies | questions | this tree p50 ms | p95 ms | `{ref}` p50 ms | p95 ms | ratio (p50) |",
        "|---|---|---|---|---|---|---|",
    ]
    ratios = []
    for size in sizes:
        # Each tree answers from the index its own build writes: this tree's carries each study's
        # direction of finding; the older tree's lacks the field, which it cannot read. The same
        # studies, chunks and vectors otherwise. (Stripping the field from both made this tree work
        # out every direction again at answer time, which no index it builds asks of it.)
        mine = IndexSettings(data_dir=Path(tempfile.mkdtemp(prefix=f"follicle-vs-{size}-")))
        theirs = IndexSettings(data_dir=Path(tempfile.mkdtemp(prefix=f"follicle-vs-{size}-older-")))
        fill(mine, chunks, size)
        fill(theirs, older, size)
        for name, queries in sets.items():
            runs = [
                (warm_in(ROOT, mine.data_dir, queries), warm_in(base, theirs.data_dir, queries)) for _ in range(rounds)
            ]
            now = (statistics.median(r[0][0] for r in runs), statistics.median(r[0][1] for r in runs))
            then = (statistics.median(r[1][0] for r in runs), statistics.median(r[1][1] for r in runs))
            ratios.append((size, name, now[0] / then[0]))
            lines.append(
                f"| {size:,} | {name} | {now[0]:.0f} | {now[1]:.0f} | {then[0]:.0f} | {then[1]:.0f} | "
                f"{now[0] / then[0]:.2f} |"
            )
            print(lines[-1], flush=True)
        for data_dir in (mine.data_dir, theirs.data_dir):  # ~250 MB each at 10,000 studies
            shutil.rmtree(data_dir, ignore_errors=True)
            data_dir.with_name(f"{data_dir.name}-queries.json").unlink(missing_ok=True)
    shutil.rmtree(base, ignore_errors=True)
    lines += [
        "",
        "Target (issue 20): p50 at 10,000 studies within 1.2x of the tree before the question record. Both trees "
        f"answer the same studies, chunks and vectors, in fresh processes, alternately, {rounds} rounds (medians), "
        "each from the index its own build writes (the older tree's lacks the direction of finding, a field it "
        "cannot read).",
    ]
    at = [f"{r:.2f}x ({name})" for size, name, r in ratios if size == 10000] or [f"{r:.2f}x" for *_, r in ratios]
    figure = f"answer() p50 at 10,000 studies {', '.join(at)} of `{ref}` (target ≤ 1.2x)"
    command = (
        f"python bench/latency.py --versus {ref} --sizes {' '.join(map(str, sizes))} --queries {n} --rounds {rounds}"
    )
    write_section(
        "answer() against the tree before the question record", command, lines, key="latency-versus", figure=figure
    )


BEFORE_LAZY = "356e057"  # the last commit whose answer path imported LangChain and index.build


def baseline_tree(ref: str) -> Path | None:
    """The source tree at ``ref`` (``git archive``, no worktree made), or None without git history."""
    import subprocess

    dest = Path(tempfile.mkdtemp(prefix="follicle-base-"))
    archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True)
    if archive.returncode:
        print(f"no baseline: git archive {ref} failed ({archive.stderr.decode().strip()})", file=sys.stderr)
        return None
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def cold(runs: int, baseline: str | None) -> None:
    """Fresh-process timings on the sample index, each mode in turn in every round.

    Modes: this tree (the torch-free question encoder, the default), this tree with
    sentence-transformers for questions (FOLLICLE_QUERY_ONNX=0), and the tree at ``baseline``
    (before answering stopped importing LangChain and the build pipeline), so the ratios compare
    runs made side by side on the same busy machine.
    """
    import os
    import subprocess

    data = Path(tempfile.mkdtemp(prefix="follicle-cold-"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "FOLLICLE_DATA_DIR": str(data)}
    subprocess.run([sys.executable, "-m", "index", "build", "--quiet"], env=env, cwd=ROOT, check=True)
    modes = {
        "now": ("this tree, question encoder: tokenizers + onnxruntime (default)", ROOT, "1"),
        "st": ("this tree, sentence-transformers for questions", ROOT, "0"),
    }
    base = baseline_tree(baseline) if baseline else None
    if base:
        modes["base"] = (f"baseline `{baseline}` (imports LangChain and index.build to answer)", base, "1")
    results: dict[str, dict[str, list[float]]] = {m: {} for m in modes}
    for _ in range(runs):
        for mode, (_name, tree, onnx) in modes.items():
            menv = {**env, "FOLLICLE_QUERY_ONNX": onnx, "PYTHONPATH": str(tree)}
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "assistant", "ask", COLD_QUESTION],
                env=menv,
                cwd=tree,
                check=True,
                capture_output=True,
            )
            results[mode].setdefault("ask", []).append(time.perf_counter() - start)
            out = subprocess.run(
                [sys.executable, "-c", COLD_SCRIPT], env=menv, cwd=tree, check=True, capture_output=True, text=True
            )
            got = json.loads(out.stdout.strip().splitlines()[-1])
            results[mode].setdefault("import", []).append(got["import"])
            results[mode].setdefault("first", []).append(got["first"])
            results[mode].setdefault("torch", []).append(float(got["torch"]))
    med = {m: {k: statistics.median(v) for k, v in r.items()} for m, r in results.items()}
    lines = [
        f"Bundled sample (8 studies), {runs} fresh processes per mode, medians (modes alternate in every round):",
        "",
        "| | `python -m assistant ask` wall | `import assistant.api` | first `answer()` | torch imported |",
        "|---|---|---|---|---|",
    ]
    for mode, (name, _tree, _onnx) in modes.items():
        m = med[mode]
        lines.append(
            f"| {name} | {m['ask']:.2f} s | {m['import']:.2f} s | {m['first']:.2f} s | "
            f"{'yes' if m['torch'] else 'no'} |"
        )
    lines += [
        "",
        "Target: cold `ask` ≤ 1.5 s (median). Default vs sentence-transformers: cold `ask` "
        f"{med['st']['ask'] / med['now']['ask']:.1f}x faster.",
    ]
    if base:
        lines.append(
            f"Default vs baseline `{baseline}`: cold `ask` {med['base']['ask'] / med['now']['ask']:.2f}x faster "
            f"({med['base']['ask']:.2f} s -> {med['now']['ask']:.2f} s), `import assistant.api` "
            f"{med['base']['import'] / med['now']['import']:.2f}x faster."
        )
    every = (f"{mode} {', '.join(f'{x:.2f}' for x in results[mode]['ask'])} s" for mode in modes)
    lines.append("All ask runs: " + "; ".join(every))
    command = f"python bench/latency.py --cold --runs {runs}" + (f" --baseline {baseline}" if baseline else "")
    figure = f"cold `python -m assistant ask` {med['now']['ask']:.2f} s median" + (
        f", {med['base']['ask'] / med['now']['ask']:.2f}x faster than `{baseline}`" if base else ""
    )
    write_section("Cold start", command, lines, key="cold-start", figure=figure)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--cold", action="store_true", help="fresh-process timings on the sample instead")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per mode with --cold")
    ap.add_argument(
        "--baseline",
        default=BEFORE_LAZY,
        help=f"with --cold, also time the tree at this git ref (default {BEFORE_LAZY}; '' for none)",
    )
    ap.add_argument("--rounds", type=int, default=3, help="with --versus, alternating rounds per tree (medians)")
    ap.add_argument("--versus", metavar="REF", help="time answer() of this tree against the tree at REF instead")
    args = ap.parse_args()
    if args.versus:
        versus(args.sizes, args.queries, args.versus, args.rounds)
        return
    if args.cold:
        cold(args.runs, args.baseline or None)
        return
    chunks = real_chunks()
    queries = list(load_beir("scifact", "test")[1].values())[: args.queries]
    embedder = Embedder(IndexSettings())
    lines = [
        "| studies | chunks | Follicle answer() p50 ms | p95 ms | LangChain EnsembleRetriever p50 ms | p95 ms | "
        "process peak RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    p50s: dict[int, tuple[float, float]] = {}  # size -> (ours, ensemble), for the summary table
    for size in args.sizes:
        settings = IndexSettings(data_dir=Path(tempfile.mkdtemp(prefix=f"follicle-lat-{size}-")))
        store = fill(settings, chunks, size)
        index = Index(Settings(index=settings), embedder=embedder)
        ours = timed(lambda q, index=index: answer(q, index=index), queries)
        theirs = timed(ensemble(store, embedder).invoke, queries)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        p50s[size] = (ours[0], theirs[0])
        lines.append(
            f"| {size} | {store.count_chunks()} | {ours[0]:.0f} | {ours[1]:.0f} | {theirs[0]:.0f} | "
            f"{theirs[1]:.0f} | {peak:.0f} |"
        )
        print(lines[-1], flush=True)
    lines += [
        "",
        "Follicle's time is the whole answer (retrieval, sentence scoring, composition); the ensemble's is "
        "retrieval only. Target: p50 ≤ 100 ms at 10k studies. Sizes past 8.8k use generated variants.",
    ]
    sizes = " / ".join(f"{s:,}" for s in p50s)
    figure = (
        f"answer() p50 {' / '.join(f'{o:.0f}' for o, _ in p50s.values())} ms at {sizes} studies (target ≤ 100 ms "
        f"at 10,000); LangChain ensemble retrieval {' / '.join(f'{t:.0f}' for _, t in p50s.values())} ms"
    )
    write_section("Latency of answer()", "python bench/latency.py", lines, key="latency", figure=figure)


if __name__ == "__main__":
    main()
