"""python -m assistant ask|chat — answers from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.api import Assistant, EmptyIndexError, answer
from assistant.inputs import InputError
from assistant.records import Answer
from assistant.retrieve import Filters
from assistant.settings import Settings
from assistant.tools import DESIGN_ALIASES, design_name
from index import cite
from index.embed import ModelError
from index.facts import DESIGN_NAMES
from index.settings import IndexSettings
from index.store import StoreError

__all__ = ["DESIGN_ALIASES", "DESIGN_NAMES", "design", "main", "parser"]


def design(value: str) -> str:
    """Accept a design name or a short alias (rct, meta, sr)."""
    try:
        return design_name(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("design must be one of", "expected one of")) from None


def parser() -> argparse.ArgumentParser:
    """Arguments of both commands, each with --help."""
    top = argparse.ArgumentParser(prog="python -m assistant", description="Ask the Follicle index questions.")
    sub = top.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question", description="Answer one question with cited snippets.")
    ask.add_argument("question")
    out = ask.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print Answer.to_dict() as JSON")
    out.add_argument(
        "--cite",
        choices=cite.FORMATS,
        help="print only the answer's cited sources, as RIS, BibTeX or CSL-JSON, for a reference manager",
    )
    chat = sub.add_parser("chat", help="a terminal conversation", description="Ask questions and follow-ups.")
    for p in (ask, chat):
        p.add_argument("--data-dir", type=Path, help="data directory (default: $FOLLICLE_DATA_DIR or ./data)")
        p.add_argument("--year-from", type=int, help="only studies published in or after this year")
        p.add_argument("--year-to", type=int, help="only studies published in or before this year")
        p.add_argument("--min-citations", type=int, help="only studies cited at least this often")
        p.add_argument("--design", type=design, action="append", help="only this design (repeatable), e.g. rct")
        p.add_argument("--mesh", help="only studies with this MeSH term (PubMed records), e.g. Alopecia")
    return top


def with_notices(result: Answer) -> str:
    """The answer's text followed by its notices (a year filter that left studies out, a fallback)."""
    return result.text + "".join(f"\n\n> {notice}" for notice in result.notices)


def main(argv: list[str] | None = None) -> int:
    """Entry point; user mistakes print one line, never a traceback."""
    args = parser().parse_args(argv)
    index_settings = IndexSettings(**({"data_dir": args.data_dir} if args.data_dir else {}))
    settings = Settings(index=index_settings)
    filters = Filters(args.year_from, args.year_to, args.min_citations, tuple(args.design or ()), mesh=args.mesh)
    try:
        if args.command == "ask":
            result = answer(args.question, filters=filters, settings=settings)
            if args.cite:
                sys.stdout.write(result.citations_as(args.cite))
                if not result.citations:
                    print("no study cited: " + result.text.splitlines()[0], file=sys.stderr)
                return 0
            print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) if args.json else with_notices(result))
            return 0
        conversation = Assistant(settings, filters)
        print("Ask about hair-loss research (empty line or Ctrl-D to quit).")
        for line in sys.stdin:
            if not line.strip():
                break
            try:
                result = conversation.ask(line.strip())
            except InputError as exc:  # one bad line does not end the conversation
                print(f"error: {exc}", file=sys.stderr)
                continue
            print(f"\n(searched: {result.query_used})\n{with_notices(result)}\n")
        return 0
    except (EmptyIndexError, InputError, ModelError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
