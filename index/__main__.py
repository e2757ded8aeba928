"""python -m index build|fetch|stats|show|export — the indexer's command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from index import cite
from index.build import build
from index.embed import ModelError
from index.eutils import PubMedError, PubMedUnreachable
from index.fetch import ESEARCH_LIMIT, fetch_pubmed, parse_since
from index.settings import IndexSettings
from index.stats import SAMPLE_DIR, stats
from index.store import Store, StoreError


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="data directory (default: $FOLLICLE_DATA_DIR or ./data)")
    parser.add_argument(
        "--model",
        help="embedding model name or path (default: $FOLLICLE_EMBEDDING_MODEL or the bundled all-MiniLM-L6-v2)",
    )
    parser.add_argument("--chroma-host", help="use a Chroma server at this host instead of embedded Chroma")
    parser.add_argument("--chroma-port", type=int, help="Chroma server port (default 8000)")


def settings_from(args: argparse.Namespace) -> IndexSettings:
    """Flags override environment, which overrides defaults."""
    overrides = {
        "data_dir": args.data_dir,
        "embedding_model": args.model,
        "chroma_host": args.chroma_host,
        "chroma_port": args.chroma_port,
    }
    return IndexSettings(**{k: v for k, v in overrides.items() if v is not None})


def parser() -> argparse.ArgumentParser:
    """The argument parser, with --help on every command."""
    top = argparse.ArgumentParser(prog="python -m index", description="Build and inspect the Follicle study index.")
    sub = top.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="parse, embed and store study files (incremental)",
        description="Index study files or folders: research-summary pages (.txt), "
        "PubMed MEDLINE (.nbib/.txt) and XML, JSONL, JSON arrays, CSV/TSV.",
    )
    b.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled sample corpus)")
    b.add_argument("--prune", action="store_true", help="remove indexed studies whose sources are gone")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    _common(b)
    f = sub.add_parser(
        "fetch",
        help="search PubMed, save and index what it finds (incremental)",
        description="Search PubMed through NCBI's E-utilities, save every record under "
        "DATA_DIR/sources/pubmed/ (one XML file per PMID) and index them. Rerunning a query fetches only "
        "records added or revised since its last complete run. Set FOLLICLE_NCBI_EMAIL (and NCBI_API_KEY "
        "for 10 requests/s instead of 3); FOLLICLE_EUTILS_URL points it at a mirror.",
    )
    f.add_argument("source", choices=["pubmed"], help="where to search (PubMed)")
    f.add_argument("query", help='PubMed query, e.g. "androgenetic alopecia AND minoxidil"')
    f.add_argument(
        "--max",
        type=int,
        default=ESEARCH_LIMIT,
        help=f"most records to fetch, most recent first (default and PubMed's limit: {ESEARCH_LIMIT:,})",
    )
    f.add_argument(
        "--since",
        type=_since,
        help="only records added or revised on or after YYYY/MM/DD (default: since this query last ran)",
    )
    f.add_argument("--quiet", action="store_true", help="no progress bars")
    _common(f)
    s = sub.add_parser("stats", help="count studies and chunks", description="Summarise the index.")
    s.add_argument("--json", action="store_true", help="print JSON")
    _common(s)
    w = sub.add_parser("show", help="print one study", description="Print the stored record of one study.")
    w.add_argument("id", help="study id, e.g. doi:10.1000/x or h:0123abcd")
    _common(w)
    e = sub.add_parser(
        "export",
        help="write every stored study as JSON lines, RIS, BibTeX or CSL-JSON",
        description="Write every stored study, sorted by id. --format jsonl (the default) gives one JSON "
        "object per line: the parsed record's fields with its provenance, so you can check exactly what was "
        "read; `python -m index build FILE.jsonl` reads it back unchanged. ris, bibtex and csl (CSL-JSON) "
        "are for reference managers (Zotero, EndNote, Mendeley, JabRef, Pandoc): title, authors, journal, "
        "year and month, DOI, PMID, URL, the TLDR as abstract, the summary as note, the design and MeSH "
        "terms as keywords.",
    )
    e.add_argument(
        "--format",
        choices=["jsonl", *cite.FORMATS],
        default="jsonl",
        help="jsonl (default), ris, bibtex or csl",
    )
    e.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write to FILE instead of printing (replaced whole, never half-written)",
    )
    _common(e)
    return top


def _since(text: str):  # argparse type: its error names the flag
    try:
        return parse_since(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--since ")) from None


def cmd_fetch(args: argparse.Namespace, settings: IndexSettings) -> int:
    """Fetch and index; one line when PubMed cannot be reached, nothing changed."""
    if args.max < 1:
        print("error: --max must be at least 1", file=sys.stderr)
        return 2
    try:
        report = fetch_pubmed(args.query, settings, max_records=args.max, since=args.since, quiet=args.quiet)
    except PubMedUnreachable as exc:
        print(f"error: {exc}; nothing was changed.", file=sys.stderr)
        return 3
    except PubMedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the data directory cannot be written at all
        print(f"error: cannot write under {settings.data_dir}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for rejection in report.build.rejections if report.build else []:
        print(f"rejected: {rejection}", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace, settings: IndexSettings) -> int:
    """Every stored study, sorted by id so two exports diff cleanly and BibTeX keys stay put."""
    studies = sorted(Store(settings).iter_studies(), key=lambda s: s.id)
    if args.format == "jsonl":
        text = "".join(json.dumps(_jsonl_record(s), ensure_ascii=False) + "\n" for s in studies)
    else:
        text = cite.export(studies, args.format)
    if not studies:
        print("The index is empty: run `python -m index build PATH` first.", file=sys.stderr)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    tmp = args.output.with_name(args.output.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(args.output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(studies)} studies as {args.format} to {args.output}", file=sys.stderr)
    return 0


def _jsonl_record(study) -> dict:
    record = study.to_dict()
    record.pop("content_hash", None)
    return record


def cmd_build(args: argparse.Namespace, settings: IndexSettings) -> int:
    """Build and print the summary; exit 1 only when nothing usable was found."""
    paths = args.paths or [SAMPLE_DIR]
    report = build(paths, settings, prune=args.prune, quiet=args.quiet)
    for rejection in report.rejections:
        print(f"rejected: {rejection}", file=sys.stderr)
    print(report.summary())
    if report.failure:
        print(f"error: {report.failure}", file=sys.stderr)
        return 1
    if not report.ok:
        print("error: no usable study found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    return 0


def cmd_stats(args: argparse.Namespace, settings: IndexSettings) -> int:
    """Print the index summary."""
    info = stats(settings)
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    print(f"{info['studies']} studies, {info['chunks']} chunks")
    print(f"last built: {info['built_at'] or 'not recorded'}")
    print(f"model: {info['model']} (collection {info['collection']} at {info['where']})")
    print("formats: " + (", ".join(f"{k} {v}" for k, v in info["formats"].items()) or "none"))
    print("designs: " + (", ".join(f"{k} {v}" for k, v in info["designs"].items()) or "none"))
    if not info["studies"]:
        print("The index is empty: run `python -m index build PATH` (no PATH indexes the sample corpus).")
    return 0


def cmd_show(args: argparse.Namespace, settings: IndexSettings) -> int:
    """Print one study's record as JSON."""
    study = Store(settings).get_study(args.id)
    if study is None:
        print(f"error: no study with id {args.id!r}; `python -m index stats` shows what is indexed", file=sys.stderr)
        return 1
    print(json.dumps(study.to_dict(), indent=2, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point; user mistakes print one line and exit non-zero, never a traceback."""
    args = parser().parse_args(argv)
    try:
        settings = settings_from(args)
        commands = {"build": cmd_build, "fetch": cmd_fetch, "stats": cmd_stats, "show": cmd_show, "export": cmd_export}
        return commands[args.command](args, settings)
    except (ModelError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # pydantic validation of settings from env or flags
        lines = str(exc).splitlines()
        print(f"error: invalid setting: {' '.join(line.strip() for line in lines[1:3])}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: studies written so far are kept; run the same command again to resume", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
