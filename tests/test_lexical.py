"""The keyword index's text side: abbreviation mining."""

import random

from index.abbreviations import DEFINITION, definitions, mine_abbreviations


def test_definitions_are_found_where_the_plain_regex_finds_them():
    # The fast path only starts the regex near each "(SHORT)"; it must find exactly what the
    # regex finds when tried everywhere, in the same order, on awkward spacing and near misses.
    rng = random.Random(7)
    tokens = ["alpha", "Beta", "gamma-2", "x", "(AB)", "(Ab)", "(A)", "(ABC-1)", "(p<0.05)", "(", "AB)", "=b", "5a"]
    gaps = [" ", "", "\n", "  ", "\t"]
    for _ in range(3000):
        text = "".join(rng.choice(tokens) + rng.choice(gaps) for _ in range(rng.randint(1, 25)))
        assert definitions(text) == DEFINITION.findall(text), text


def test_long_forms_are_mined_from_many_words_back():
    text = "We treated male androgenetic alopecia (AGA) and then (PRP) with platelet-rich plasma (PRP)."
    assert mine_abbreviations([text]) == {"AGA": "androgenetic alopecia", "PRP": "platelet-rich plasma"}
