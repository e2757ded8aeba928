"""The lay vocabulary: how people name treatments, and reading those names in a text.

``assistant/vocabulary.toml`` maps people's words onto the index's (lay phrases, filler,
populations, interventions with their aliases, brands and misspellings, class, routes and whether
they are an exposure). This module reads it once, finds the interventions a text names (a word
scan, fast enough for every study text an answer counts), reads misspellings in questions, and
rewrites a question in the index's words. ``assistant/question.py`` builds the question record on it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from index.tokenize import STOPWORDS

VOCABULARY = Path(__file__).with_name("vocabulary.toml")


ROUTES = {
    "oral": "oral",
    "pill": "oral",
    "pills": "oral",
    "tablet": "oral",
    "tablets": "oral",
    "low-dose oral": "oral",
    "ldom": "oral",
    "topical": "topical",
    "foam": "topical",
    "solution": "topical",
    "lotion": "topical",
    "spray": "topical",
    "liquid": "topical",
    "cream": "topical",  # "what about a cream version?"
    "gel": "topical",
    "sublingual": "sublingual",
    "injectable": "injected",
    "injected": "injected",
    "injections": "injected",
}


ROUTE_WORDS = "|".join(sorted((re.escape(r) for r in ROUTES), key=len, reverse=True))


WORD = re.compile(r"[a-z0-9][a-z0-9'+-]*", re.I)


@dataclass(frozen=True)
class Intervention:
    """One entry of the vocabulary: a treatment or exposure, how people name it, the class it belongs to."""

    name: str
    aliases: tuple[str, ...]
    drug_class: str | None = None
    is_class: bool = False
    exposure: bool = False
    routes: tuple[str, ...] = ()  # the routes a question may name ("oral", "topical"); none: route is not kept
    default_route: str = ""  # what a study that names no route means ("minoxidil" alone is the solution)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The lay vocabulary file, read once."""

    lay: dict[str, str]
    filler: frozenset[str]
    population: dict[str, str]
    interventions: dict[str, Intervention]
    # exposures that are a condition of the body (thyroid disease, PCOS): whether one causes hair loss is an association
    conditions: frozenset[str] = frozenset()

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Words of any intervention's names: never dropped as filler ('saw' in 'saw palmetto')."""
        return frozenset(
            w
            for iv in self.interventions.values()
            for a in (iv.name, *iv.aliases)
            for w in a.lower().split()
            if w not in DETERMINERS  # "having my baby" must not keep "my" in every question
        )

    @cached_property
    def alias_table(self) -> list[tuple[str, str]]:
        """(alias, canonical name), longest alias first so "laser cap" wins over "laser"."""
        pairs = [(alias.lower(), iv.name) for iv in self.interventions.values() for alias in iv.aliases]
        return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


DETERMINERS = ("a", "an", "the", "my", "your", "her", "his", "our", "their")


def with_determiners(phrases: list[str]) -> list[str]:
    """Each phrase, then the same phrase with any other determiner: 'having a baby' also reads 'having my baby'.

    People say whose it is ("after having my baby", "losing her hair"); the vocabulary writes one
    form, and an entry must not miss a question for its 'a' or 'my'.
    """
    out = list(phrases)
    for phrase in phrases:
        words = phrase.split(" ")
        at = [i for i, w in enumerate(words) if w.lower() in DETERMINERS]
        for i in at:
            for d in DETERMINERS:
                variant = " ".join([*words[:i], d, *words[i + 1 :]])
                if variant not in out:
                    out.append(variant)
    return out


def _variants(table: dict[str, str]) -> dict[str, str]:
    """A phrase table with every determiner variant of its phrases (the written form wins a clash)."""
    out: dict[str, str] = {}
    for phrase, value in table.items():
        for variant in with_determiners([phrase]):
            out.setdefault(variant, value)
    return {**out, **table}


@lru_cache(maxsize=4)
def vocabulary(path: Path = VOCABULARY) -> Vocabulary:
    """The vocabulary at ``path`` (the bundled file by default)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    ivs = {
        name: Intervention(
            name,
            tuple(with_determiners(entry.get("aliases", [name]))),
            entry.get("class"),
            bool(entry.get("is_class", False)),
            bool(entry.get("exposure", False)),
            tuple(entry.get("routes", ())),
            entry.get("default_route", ""),
        )
        for name, entry in data.get("interventions", {}).items()
    }
    for alias, name in data.get("aliases", {}).items():  # more names of an entry above, appended to the file
        iv = ivs[name]
        ivs[name] = replace(iv, aliases=(*iv.aliases, *(a for a in with_determiners([alias]) if a not in iv.aliases)))
    return Vocabulary(
        _variants({k.lower(): v for k, v in data.get("lay", {}).items()}),
        frozenset(w.lower() for w in data.get("filler", {}).get("words", [])),
        _variants({k.lower(): v for k, v in data.get("population", {}).items()}),
        ivs,
        frozenset(n for n in data.get("conditions", {}).get("names", []) if n in ivs),
    )


ROUTE_NAMES = ("oral", "topical", "sublingual")


def split_route(name: str, vocab: Vocabulary | None = None) -> tuple[str, str]:
    """('oral', 'minoxidil') for 'oral minoxidil'; ('', 'oral contraceptives') for a name the vocabulary has whole."""
    vocab = vocab or vocabulary()
    route, _, base = name.partition(" ")
    if route in ROUTE_NAMES and base and name not in vocab.interventions:
        return route, base
    return "", name


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern:
    """A phrase as a whole-word, any-case pattern (compiled once)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.I)


@lru_cache(maxsize=64)
def _one_pass(pairs: tuple[tuple[str, str], ...]) -> re.Pattern:
    """One alternation of every phrase, longest first, so a replacement is never itself rewritten."""
    return re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p, _ in pairs), re.I)


def _fuzzy(word: str, vocab: Vocabulary, two: bool = False, words: int = 2) -> str | None:
    """A misspelt name ("finastride", "saw palmeto", "platlet rich plasma"): close to one alias of 6+ letters.

    ``two`` compares a run of ``words`` words with the aliases of that many words, more strictly,
    so that ordinary words never read as a treatment.
    """
    if len(word) < 6:
        return None
    word = word.lower()
    aliases = _multi_word_aliases(vocab, words) if two else _one_word_aliases(vocab)
    # a misspelling keeps the first letter and about the length: compare only those
    pool = [a for a in aliases.get(word[0], ()) if abs(len(a) - len(word)) <= 2]
    if not pool:
        return None
    match = difflib.get_close_matches(word, pool, n=1, cutoff=0.88 if two else 0.84)
    if not match:
        return None
    return dict(vocab.alias_table)[match[0]]


def _alias_spans(text: str, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every alias in the text, longest first at each word, never overlapping.

    Text and aliases are compared as runs of letters and digits, so "low-level laser", "low level
    laser" and "post-finasteride" all read; a dictionary from each alias's first word keeps this a
    scan of the text's words rather than of every alias at every character (study texts are long).
    """
    words = list(TOKEN.finditer(text.lower()))
    tokens = [w.group(0) for w in words]
    by_first = _aliases_by_first_word(vocab)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for alias, name in by_first.get(tokens[i], ()):
            if tuple(tokens[i : i + len(alias)]) == alias:
                if (
                    len(alias) == 1
                    and alias[0] in ORDINARY_ALIASES
                    and ordinary_use(text, words[i].start(), words[i].end())
                ):
                    continue  # "10 min a day": the unit, not minoxidil
                out.append((words[i].start(), words[i + len(alias) - 1].end(), name))
                i += len(alias)
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=4)
def _aliases_by_first_word(vocab: Vocabulary) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (alias words, canonical name), longest alias first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for alias, name in vocab.alias_table:
        words = tuple(TOKEN.findall(alias.lower()))
        if words:
            table.setdefault(words[0], []).append((words, name))
    for entries in table.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return table


@lru_cache(maxsize=4096)
def _misspelt(text: str, vocab: Vocabulary) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical name) of misspelt names: two-word names first ("saw palmeto"), then single words."""
    blanked = text
    for start, end, _ in _alias_spans(text, vocab):
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    words = list(WORD.finditer(blanked))
    lower = [m.group(0).lower() for m in words]
    # a run holding an ordinary word ("the", "my") is no name, unless that word is part of one
    ordinary = STOPWORDS | vocab.filler
    plain = [w in ordinary and w not in vocab.name_words for w in lower]
    out: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for n in (3, 2):  # "platlet rich plasma" before "saw palmeto"
        for i in range(len(words) - n + 1):
            if any(plain[i : i + n]) or used.intersection(range(i, i + n)):
                continue
            run = words[i : i + n]
            if not all(text[a.end() : b.start()].strip() == "" for a, b in zip(run, run[1:], strict=False)):
                continue
            name = _fuzzy(" ".join(lower[i : i + n]), vocab, two=True, words=n)
            if name:
                out.append((run[0].start(), run[-1].end(), name))
                used |= set(range(i, i + n))
    for i, m in enumerate(words):
        name = _fuzzy(m.group(0), vocab) if i not in used else None
        if name:
            out.append((m.start(), m.end(), name))
    return tuple(sorted(out))


def _by_first_letter(aliases: list[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for a in aliases:
        table.setdefault(a[0], []).append(a)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=4)
def _one_word_aliases(vocab: Vocabulary) -> dict[str, tuple[str, ...]]:
    return _by_first_letter([a for a, _ in vocab.alias_table if " " not in a and len(a) >= 6])


@lru_cache(maxsize=16)
def _multi_word_aliases(vocab: Vocabulary, words: int) -> dict[str, tuple[str, ...]]:
    return _by_first_letter([a for a, _ in vocab.alias_table if a.count(" ") == words - 1 and len(a) >= 8])


def find_interventions(text: str, vocab: Vocabulary | None = None, fuzzy: bool = True) -> list[tuple[int, str, str]]:
    """(position, canonical name, route) of every intervention named, in order of appearance.

    One left-to-right scan with the longest alias first at each place, so "red light therapy" is
    one mention, not "red light" plus "light therapy". A route said just before ("oral
    minoxidil") becomes part of the mention. ``fuzzy`` also reads misspelt drug names, which
    questions have and study texts do not.
    """
    vocab = vocab or vocabulary()
    return list(_found(text, vocab, fuzzy))


TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def _found(text: str, vocab: Vocabulary, fuzzy: bool) -> tuple[tuple[int, str, str], ...]:
    found = [
        (start, name, _route_before(text, start) or _route_after(text, start) or _route_within(text[start:end]))
        for start, end, name in _alias_spans(text, vocab)
    ]
    if fuzzy:
        found += [(pos, name, _route_before(text, pos)) for pos, _, name in _misspelt(text, vocab)]
    return tuple(sorted(found))


AFTER = re.compile(
    r"^[\w-]*\s+(cream|gel|foam|solution|spray|lotion|serum|drops|tablets?|pills?|capsules?|liquid|"
    # a searched text read back as history says the route after the drug ("the minoxidil oral he saw")
    r"oral|topical)\b(?!\s+(?:or|and|vs\.?|versus)\b)",
    re.I,
)


AFTER_ROUTES = {
    "cream": "topical",
    "gel": "topical",
    "foam": "topical",
    "solution": "topical",
    "spray": "topical",
    "lotion": "topical",
    "serum": "topical",
    "liquid": "topical",
    "drops": "topical",
    "topical": "topical",
    "oral": "oral",
}


def _route_after(text: str, start: int) -> str:
    """'spironolactone cream', 'minoxidil tablets': a form said right after the drug."""
    m = AFTER.match(text[start:])
    if not m:
        return ""
    form = m.group(1).lower()
    return AFTER_ROUTES.get(form) or ("oral" if form.startswith(("tablet", "pill", "capsule")) else "")


BEFORE = re.compile(rf"(?<![\w-])({ROUTE_WORDS})(?:\s+(?:or|and|vs\.?|versus)\s+(?:{ROUTE_WORDS}))?\s+$", re.I)


def _route_before(text: str, start: int) -> str:
    """'oral minoxidil', 'oral or topical minoxidil': a route said just before the drug (the last few words only)."""
    window = text[max(0, start - 40) : start]
    m = BEFORE.search(window)
    return ROUTES[m.group(1).lower()] if m else ""


def _route_within(alias: str) -> str:
    """'oral min', 'LOM': an alias that says its route itself, since the short name alone ('min') names nothing."""
    if alias.lower() in ROUTED_ALIASES:
        return ROUTED_ALIASES[alias.lower()]
    m = re.match(rf"({ROUTE_WORDS})\s", alias, re.I)
    return ROUTES[m.group(1).lower()] if m else ""


# clinicians' initialisms that carry their route: LOM / LDOM is low-dose oral minoxidil
ROUTED_ALIASES = {"lom": "oral", "ldom": "oral"}


Known = Callable[[str], bool]


# Street names that are also an ordinary word: "min" is minoxidil in "fin and min" and "does min work?",
# but minutes in "10 min a day" and minimum in "the min dose"
ORDINARY_ALIASES = frozenset({"min"})
COUNT_BEFORE = re.compile(
    r"(?:\d|/|\b(?:a|per|every|each|few|several|couple|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|"
    r"sixty|\w+teen))\s*-?\s*$",
    re.I,
)
MEASURE_AFTER = re.compile(
    r"^\s*(?:[-/]\s*max|(?:dose|dosage|amount|age|effective|max|requirements?|per|read)\b)", re.I
)


def ordinary_use(text: str, start: int, end: int) -> bool:
    """An alias in ``ORDINARY_ALIASES`` said as its ordinary word: a count before it, or a measure after it."""
    return bool(COUNT_BEFORE.search(text[:start]) or MEASURE_AFTER.match(text[end:]))


def rewrite(text: str, vocab: Vocabulary | None = None, known: Known | None = None) -> str:
    """The question in index vocabulary: lay phrases and brand names replaced, filler words dropped.

    ``known`` says whether the index holds a word. An alias the index uses ("photobiomodulation",
    "stem-cell mesotherapy") is kept, since it is the index's own word; one it does not hold (a
    brand, a misspelling, "laser cap") is replaced by the canonical name, so a word no study
    contains never makes a question look uncovered. Without ``known`` every alias is replaced.
    """
    vocab = vocab or vocabulary()
    for start, end, name in reversed(_misspelt(text, vocab)):  # "finastride" -> "finasteride"
        text = text[:start] + name + text[end:]
    table = _rewrite_table(vocab, known)
    out = _one_pass(tuple(sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True))).sub(
        lambda m: (
            m.group(0)
            if m.group(0).lower() in ORDINARY_ALIASES and ordinary_use(m.string, m.start(), m.end())
            else table[m.group(0).lower()]
        ),
        text,
    )
    names = vocab.name_words
    kept = [w for w in re.findall(r"[\w'%.-]+|\?", out) if w.lower() not in vocab.filler or w.lower() in names]
    return re.sub(r"\s+\?", "?", " ".join(kept)).strip()


_TABLES: dict[tuple, tuple[object, object, dict[str, str]]] = {}  # key -> (vocabulary, index, table)


def _rewrite_table(vocab: Vocabulary, known: Known | None) -> dict[str, str]:
    """Alias and lay phrase -> what replaces it, for one vocabulary and one index.

    Built once per keyword index (its words change only when the index is rebuilt, and a rebuilt
    index is a new object with a new generation), not on every question: checking 300 aliases
    against the index cost about 1.5 ms a rewrite, three rewrites a question.
    """
    owner = getattr(known, "__self__", known)
    key = (id(vocab), id(owner), getattr(owner, "generation", None))
    cached = _TABLES.get(key)
    if cached is not None:
        return cached[-1]
    table = {
        alias: name if alias != name and (known is None or not known_all(alias, known)) else alias
        for alias, name in vocab.alias_table
    }
    for alias, route in ROUTED_ALIASES.items():  # "LOM" -> "oral minoxidil": the route is part of what it names
        if alias in table:
            table[alias] = f"{route} {table[alias]}"
    for alias, name in vocab.alias_table:  # "oral min" -> "oral minoxidil": a route said in the alias stays said
        said = re.match(rf"({ROUTE_WORDS})\s", alias)
        route = ROUTES[said.group(1)] if said else ""
        if route and table.get(alias) == name and route in vocab.interventions[name].routes:
            table[alias] = f"{route} {name}"
    for phrase, words in vocab.lay.items():
        table.setdefault(phrase, words)
    if len(_TABLES) > 16:  # a long-lived process that rebuilt its index many times
        _TABLES.clear()
    _TABLES[key] = (vocab, owner, table)  # holding both keeps their ids from being reused
    return table


def known_all(phrase: str, known: Known) -> bool:
    """Every word of the phrase (hyphenated parts apart) is in the index."""
    return all(known(w) for w in re.findall(r"[a-z0-9]+", phrase.lower()))
