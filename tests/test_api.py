"""answer(), Assistant and the Runnable, on the fixture corpus with the real model and Chroma."""

from __future__ import annotations

import re

import pytest

from assistant.api import Assistant, answer, as_runnable
from assistant.prompts import CANNOT_ANSWER
from assistant.render import quoted_findings
from assistant.retrieve import Filters, search

QUESTIONS = [
    "is stem-cell mesotherapy safe?",
    "does minoxidil work for female pattern hair loss?",
    "what causes balding? DHT and DKK-1",
    "is PRP effective for androgenetic alopecia?",
    "side effects of finasteride",
    "does low-level laser therapy regrow hair?",
    "hair loss after chemotherapy",
    "cold plasma for hair loss",
    "tofacitinib for alopecia areata",
    "compare oral and topical minoxidil",
]


def ask(fixture_index, question, **kw):
    return answer(question, index=fixture_index, **kw)


def test_mesotherapy_cites_the_neonatal_msc_study_and_its_safety_sentence(fixture_index):
    result = ask(fixture_index, "is stem-cell mesotherapy safe?")
    assert not result.abstained and result.intent == "safety"
    first = result.citations[0]
    assert "neonatal mesenchymal stem cells" in first.text
    snippets = [c.snippet for c in result.citations]
    assert "No major adverse events were reported" in result.text
    assert snippets[0].startswith("No major adverse events were reported")
    assert "**Safety:** No serious adverse events reported [1]" in result.text
    assert "retrospective observational study of 40 participants [1]" in result.text


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_quote_is_verbatim_text_of_the_study_it_cites(fixture_index, question):
    result = ask(fixture_index, question)
    assert not result.abstained, question  # every question here is answerable from the fixtures
    by_n = {c.n: c for c in result.citations}
    quotes = quoted_findings(result.text)
    assert quotes
    for quote, n in quotes:
        assert quote in by_n[int(n)].text
    for c in result.citations:
        assert c.snippet in c.text


@pytest.mark.parametrize("question", QUESTIONS)
def test_sources_are_exactly_the_cited_studies_numbered_in_order(fixture_index, question):
    result = ask(fixture_index, question)
    assert not result.abstained, question  # every question here is answerable from the fixtures
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", result.text)]
    order = sorted(set(cited))
    assert order == list(range(1, len(order) + 1))
    assert [c.n for c in result.citations] == order
    sources = result.text.split("**Sources**")[1].strip().splitlines()
    assert len(sources) == len(result.citations)
    assert [r.n for r in result.evidence] == order


def test_out_of_scope_question_abstains_with_nearest_topics(fixture_index):
    result = ask(fixture_index, "what is the capital of France?")
    assert result.abstained and result.text.startswith(CANNOT_ANSWER)
    assert not result.citations and "Nearest topics" in result.text


def test_an_unknown_treatment_abstains_even_when_its_common_words_match(fixture_index):
    # Dense similarity alone finds "hair" and "men" close enough to answer; the rarity-weighted
    # coverage sees that the one word that matters is in no study.
    result = ask(fixture_index, "does zzyzxumab regrow hair in men?")
    assert result.abstained and not result.citations
    top = search(fixture_index, "does zzyzxumab regrow hair in men?")[0]
    assert top.dense > 0.3  # the old dense-only rule (cosine >= 0.30) would have quoted this study
    assert top.support < fixture_index.settings.abstain_below


@pytest.mark.parametrize("question", ["what about the side effects?", "does it work for women?", "and in men?"])
def test_a_follow_up_with_nothing_before_it_says_there_is_no_thread(fixture_index, question):
    result = answer(question, history=[], index=fixture_index)
    assert result.abstained and not result.citations
    assert "no earlier question" in result.text
    followed = answer(question, history=["is stem-cell mesotherapy safe?"], index=fixture_index)
    assert "no earlier question" not in followed.text


def test_a_general_question_with_a_pronoun_is_no_follow_up(fixture_index):
    result = answer("is it normal for hair to thin a little with age after forty?", index=fixture_index)
    assert "no earlier question" not in result.text


def test_follow_ups_retrieve_the_right_studies(fixture_settings, fixture_index, monkeypatch):
    import assistant.api as api

    monkeypatch.setattr(api, "open_index", lambda settings=None: fixture_index)
    chat = Assistant(fixture_settings)
    chat.ask("is stem-cell mesotherapy safe?")
    treated = chat.ask("how many patients were treated?")
    assert "mesotherapy" in treated.query_used
    assert "40 patients" in treated.citations[0].text
    prp = chat.ask("what about PRP?")
    assert "PRP" in prp.query_used or "platelet-rich plasma" in prp.query_used
    assert "platelet-rich plasma" in prp.citations[0].text.lower() + prp.citations[0].title.lower()


def test_filters_narrow_what_is_cited(fixture_index):
    rct = ask(fixture_index, "minoxidil for hair loss", filters=Filters(designs=("randomised controlled trial",)))
    assert rct.evidence and all(r.design == "randomised controlled trial" for r in rct.evidence)
    recent = ask(fixture_index, "stem cells for hair growth", filters=Filters(year_from=2019))
    assert all(r.year and r.year >= 2019 for r in recent.evidence)
    none = ask(fixture_index, "stem cells", filters=Filters(year_from=2090))
    assert none.abstained


def test_answer_is_json_serialisable_and_runnable_batches(fixture_settings, fixture_index, monkeypatch):
    import json

    import assistant.api as api

    monkeypatch.setattr(api, "open_index", lambda settings=None: fixture_index)
    runnable = as_runnable(fixture_settings)
    results = runnable.batch(["cold plasma for hair loss", "DKK-1 in balding scalp"])
    assert "Cold plasma" in results[0].citations[0].text and "DKK-1" in results[1].citations[0].text
    assert json.loads(json.dumps(results[0].to_dict()))["citations"][0]["n"] == 1


def test_stream_renders_progressively_and_ends_with_the_same_answer(fixture_index):
    from assistant.api import stream

    steps = list(stream("is stem-cell mesotherapy safe?", index=fixture_index))
    assert len(steps) > 2 and all(result is None for _, result in steps[:-1])
    final_text, final = steps[-1]
    assert final is not None and final_text == final.text
    for partial, _ in steps[:-1]:
        assert final.text.startswith(partial)
    assert final.text == ask(fixture_index, "is stem-cell mesotherapy safe?").text


def test_runnable_stream_yields_the_pieces_stream_yields(fixture_settings, fixture_index, monkeypatch):
    import assistant.api as api

    monkeypatch.setattr(api, "open_index", lambda settings=None: fixture_index)
    pieces = list(as_runnable(fixture_settings).stream("is stem-cell mesotherapy safe?"))
    direct = list(api.stream("is stem-cell mesotherapy safe?", index=fixture_index))
    assert len(pieces) > 1
    assert [text for text, _ in pieces] == [text for text, _ in direct]
    assert (
        pieces[-1][1] is not None
        and pieces[-1][1].text == as_runnable(fixture_settings).invoke("is stem-cell mesotherapy safe?").text
    )


@pytest.mark.parametrize(
    ("question", "history", "message"),
    [
        (None, None, "question must be text"),
        (3, None, "question must be text"),
        ("  ", None, "Please type a question."),
        ("x" * 5000, None, "the limit is 2,000"),
        ("minoxidil", "earlier", "history must be a list"),
        ("minoxidil", [None], "history[0] must be text"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(fixture_index, question, history, message):
    from assistant.inputs import InputError

    with pytest.raises(InputError, match=re.escape(message)):
        answer(question, history, index=fixture_index)


def test_retracted_sources_get_a_notice_unless_the_answer_already_says_so():
    from assistant.api import retraction_notice
    from assistant.records import Answer, Citation

    def cited(n: int, retracted: bool) -> Citation:
        return Citation(n, f"s{n}", "t", None, None, None, None, "snippet", 0.5, retracted=retracted)

    llm_text = Answer("q", "Tablets worked [1][2].", [cited(1, False), cited(2, True)])
    assert retraction_notice(llm_text) == (
        "Source [2] has been retracted (PubMed lists it as a retracted publication): do not rely on it."
    )
    both = Answer("q", "x", [cited(1, True), cited(2, True)])
    assert retraction_notice(both).startswith("Sources [1], [2] have been retracted")
    assert retraction_notice(Answer("q", "[2] has been retracted: do not rely on it.", [cited(2, True)])) is None
    assert retraction_notice(Answer("q", "x", [cited(1, False)])) is None


def test_a_first_question_opening_with_so_is_no_follow_up(fixture_index):
    result = answer("so what makes men go bald at the crown, is it hormones?", index=fixture_index)
    assert "no earlier question" not in result.text


def test_an_empty_index_is_refused_with_how_to_build_one(tmp_path, embedder):
    from assistant.api import EMPTY_INDEX, EmptyIndexError
    from assistant.retrieve import Index
    from assistant.settings import Settings
    from index.settings import IndexSettings

    empty = Index(Settings(index=IndexSettings(data_dir=tmp_path / "nothing")), embedder=embedder)
    with pytest.raises(EmptyIndexError, match="python -m index build"):
        answer("does minoxidil work?", index=empty)
    assert "The index is empty" in EMPTY_INDEX
