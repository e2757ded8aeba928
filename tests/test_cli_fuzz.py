"""Property-based tests for the command lines: any arguments give a result or a usage error."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assistant.__main__ as assistant_cli
import index.__main__ as index_cli

EXAMPLES = int(os.environ.get("FOLLICLE_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
TOKEN = st.one_of(
    st.sampled_from(
        [
            "build",
            "stats",
            "show",
            "ask",
            "chat",
            "--json",
            "--prune",
            "--quiet",
            "--model",
            "--data-dir",
            "--chroma-port",
            "--chroma-host",
            "--design",
            "--year-from",
            "--min-citations",
            "export",
            "--format",
            "--cite",
            "bibtex",
            "-h",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12),
)


def run(main, argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own usage errors and --help
        assert exc.code in (0, 2)
        return int(exc.code or 0)


@FUZZ
@given(argv=st.lists(TOKEN, max_size=6))
def test_index_parser_never_crashes(argv):
    try:
        index_cli.parser().parse_args(argv)
    except SystemExit as exc:
        assert exc.code in (0, 2)


@FUZZ
@given(model=TOKEN, port=st.one_of(st.integers(-5, 70000).map(str), TOKEN))
def test_stats_with_any_model_and_port_is_a_result_or_one_line_error(tmp_path_factory, capsys, model, port):
    data = tmp_path_factory.mktemp("d")
    code = run(index_cli.main, ["stats", "--data-dir", str(data), "--model", model or "x", "--chroma-port", port])
    assert code in (0, 2)
    assert "Traceback" not in capsys.readouterr().err


@FUZZ
@given(argv=st.lists(TOKEN, max_size=6))
def test_assistant_parser_never_crashes(argv):
    try:
        assistant_cli.parser().parse_args(argv)
    except SystemExit as exc:
        assert exc.code in (0, 2)


@pytest.mark.parametrize("value", ["rct", "meta", "cohort", "RCT"])
def test_design_aliases_are_accepted(value):
    assert assistant_cli.design(value) in assistant_cli.DESIGN_NAMES
