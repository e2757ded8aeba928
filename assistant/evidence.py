"""The body of evidence for a question: every indexed study of the intervention asked about.

The nearest chunks speak for the question's wording, not for the evidence: "does finasteride
work?" is answered from every indexed study whose own text is about finasteride (and about the
outcome asked, when the question names one), found through the keyword index and the vocabulary,
up to ``Settings.max_body`` studies, strongest designs first. Studies of a different drug of the
same class, or of the drug combined with another treatment, are kept apart as indirect evidence.
For a comparison each side is gathered on its own, and studies that name both are head to head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.abstain import distinct
from assistant.glossary import abbreviations_spelled_out
from assistant.question import POINTS_BACK_ASK, SAFETY_ASKS, Question, asks_lasting, is_exposure
from assistant.records import Hit
from assistant.retrieve import DESIGN_TIER, Filters, Index, search
from assistant.vocabulary import ROUTES, Intervention, Vocabulary, find_interventions, split_route, vocabulary
from index.facts import sentences
from index.records import Study
from index.tokenize import QUESTION_WORDS, tokenize

COMBINED = re.compile(
    r"\b(combin\w*|plus|together with|added to|adding|add-on|adjuvant|adjunct\w*|alongside)\b|\s\+\s", re.I
)
VERSUS = re.compile(r"\b(versus|vs\.?|compared (?:with|to)|instead of)\b", re.I)
HEAD_TO_HEAD = re.compile(
    r"\b(compar\w*|versus|vs\.?|than|head-to-head|randomi[sz]ed to|superior|inferior|non-?inferior|"
    r"equivalent|as effective as|as well as|as much as|similar|alternative to|either|"
    r"both (?:groups|arms|treatments))\b",
    re.I,
)
# Words that say what hair-loss questions are about in general: never a specific aspect.
GENERIC = set(
    tokenize(
        [
            "hair loss alopecia grow growth regrow regrowth regrowing bald balding baldness thinning thin shedding "
            "scalp follicle follicles treatment treatments therapy use using take taking taken start starting stop "
            "stopping prevent reduce reduced cure fix help work good worth effect effects evidence study studies "
            "research science new best option options long term long-term really actually anything get need "
            "year years old age hairline androgenetic pattern male female men women man woman people person "
            "chemotherapy induced patients cause causes make makes fall falling out going should would could "
            "there any way ways can much many often well better worse more less safer faster stronger "
            "oral topical pill pills tablet injections injection dose doses dosage mg daily "
            "about after again against all also always am another anyone anything around away back bad because "
            "before being below between both bit came come comes coming could day days did didn doesn don done "
            "down during each early else enough ever every everything far few first found give go goes gone good "
            "got great guy guys half happen happens happened hard having here him his hers herself himself however "
            "just keep kind know last later least left like likely little look lot lots made maybe me mean might "
            "mine month months most much must my near never next nothing now off old once one only other others "
            "our out over own part place point pretty probably put quite rather real right said same say see seem "
            "seems since sign signs so some something sometimes soon sort still such sure take tell thing things "
            "think though thought through time times today too took true try trying twice two under until up upon "
            "us usually very want was way week weeks went whether while whole why will within without worth yet "
            "young younger yes you your yourself normal okay ok stuff tho though guy girl lady bro dude everyday "
            "every day night morning forever paying pay cost money cheap expensive buy bought brand recommend "
            "recommended doctor doctors derm dermatologist prescribe prescribed available approved legit legal "
            "together both link linked links known switch switching switched add adding added call called "
            "natural nature turn turned hit waste wasting gummies gummy capsules capsule tablets cream gel "
            "foam spray tongue under putting put real fear myth true false sign signs shower march april june "
            "exhausted tired start started quit quitting thinking wondering worried scared shedding shed result "
            "happen happening used use uses supposed works worked guy's "
            "rather instead also else exactly really seriously honestly anymore already event events adverse "
            "density thickness thicker thick "
            # measures, comparisons, frequencies and general nouns: how a question is put, never its topic
            "level levels amount amounts count counts number numbers rate rates percent percentage "
            # which way a measure moves is how it is asked: "does finasteride lower sperm count?" asks of sperm
            "lower lowers lowered lowering raise raises raised raising increase increases increased "
            "decrease decreases decreased "
            "gain gains gained regain regained "
            "different difference differences differ similar same compare comparison "
            "common commonly rare rarely usual usually typical typically frequent frequently often "
            "drug drugs medicine medicines medication medications product products problem problems issue issues "
            "top wear wearing worn "  # "on top" of another; a device is worn: for a cap, wearing it is using it
            # contractions written without the apostrophe ("whats", "doesnt"): the words that ask, misspelt
            "whats hows whys wheres whens whos thats theres dont doesnt didnt isnt arent wasnt cant wont "
            "wouldnt shouldnt couldnt havent hasnt ive im youre theyre "
            # how a question is framed, never what it is about: what the asker expects, a dose's unit,
            # one treatment set beside another ("either one alone"), and where hair grows (head, body)
            "expect expected expecting per alone either head body she he "
            # a reflexive says who, never what: "will it come back by itself?" is "on its own"
            "itself themselves myself ourselves yourselves oneself "
            # an age said in words is who asks, as "25 year old" is
            "twenties thirties forties fifties sixties seventies someone somebody "
            # how two treatments are put together is how the question is framed
            "alongside combined combination combo plus "
            # a trial is a study: "how much was used in the trial?" asks for the evidence, as "study" does
            "trial trials "
            # failing is not working, and "meant to" is "supposed to": how efficacy and dose are asked
            "fail fails failed failing failure failures succeed success successful meant "
            # losing hair is hair loss said as a verb ("will I lose everything I gained?", "losing more hair")
            "lose loses losing lost "
            # how long a device is worn is its dose, in the units of a week: "how many hours a week?"
            "hour hours minute minutes "
            # the usual form of a treatment set against a new one: "sublingual min vs regular oral"
            "regular standard ordinary plain classic "
            # where on the scalp the loss is, as "hairline" and "top" are: "fin vs dut which 1 is better for crown??"
            "crown crowns vertex "
            # which way a dose or measure should move, as "lower" and "raise": "should it be higher?" asks the dose
            "higher highest lowest bigger smaller"
        ]
    )[0]
)


KIND_TEXT = {
    "dose": re.compile(
        r"\b\d+(?:\.\d+)?\s*(?:mg|milligrams?|ml|mL|mcg|µg|IU|units?|sessions?|injections?|treatments?)\b|"
        r"\b\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:once|twice|three times) (?:a|per) (?:day|week|month)\b|"
        r"\b(?:daily|weekly|monthly) (?:dose|doses)\b|\bdos(?:e|es|age|ing)\b|"
        r"\b(?:one|two|three|four|five|six|eight|ten|twelve|\d+) (?:sessions?|treatments?|injections?|times)\b|"
        r"\b(?:times|sessions?) (?:a|per|each) (?:day|week|month)\b|\bevery (?:other )?(?:day|week|month)\b|"
        r"\b\d+ (?:minutes?|weeks apart|months apart)\b",
        re.I,
    ),
    "mechanism": re.compile(
        r"\b(mechanism\w*|pathway\w*|receptor\w*|signal\w*|channel\w*|enzyme\w*|convert\w*|"
        r"vasodilat\w*|blood flow|wnt|sulfotransferase|"
        r"works by|acts? (?:by|on)|mode of action|explanations?|neurosteroid\w*|"
        # a change in the body's own chemistry is how something acts: "changes in brain steroid levels"
        r"(?:hormone|steroid|androgen|dht|testosterone|prostaglandin) levels|"
        r"levels of (?:\w+ ){0,2}(?:hormones?|steroids?|androgens?|dht|testosterone))\b",
        re.I,
    ),
}


HARM_TEXT = re.compile(r"\b(side[- ]effects?|syndrome|symptoms|adverse|complaints|harms?|risks?)\b", re.I)


def states(kind: str, study: Study, question: str = "") -> bool:
    """Does the study state what a dose or mechanism question asks? Lab and animal work speak to mechanism.

    A study of how a harm comes about ("men with lasting symptoms after finasteride showed changes in
    brain steroid levels") explains the harm, not how the treatment works: it answers "how does
    finasteride cause lasting side effects?", not "how does finasteride work?".
    """
    if kind == "mechanism" and study.study_type in ("in vitro", "animal"):
        return True
    if kind == "mechanism" and HARM_TEXT.search(_main_text(study)) and not HARM_TEXT.search(question):
        return False
    text = study.text()
    if kind == "dose":
        text = _without_other_doses(text, question)
        if HOW_OFTEN_STATED.search(text):
            return True  # "weekly microneedling": how often it was done is what "how often" asks
    return KIND_TEXT[kind].search(text) is not None


HOW_OFTEN_STATED = re.compile(r"\b(?:daily|weekly|monthly|fortnightly|(?:once|twice)[- ](?:daily|weekly))\b", re.I)


# "rosemary oil gave results similar to 2% minoxidil": a strength written before another treatment's name is
# that treatment's dose, never one of the treatment asked about
DOSE_OF = re.compile(
    r"(?:\b(?:(?:once|twice|three times)[- ])?(?:daily|weekly)\s+)?"
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|mg)\s+(?:(?:topical|oral)\s+)?(?P<x>[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)


def _without_other_doses(text: str, question: str) -> str:
    """The study text without doses bound to a treatment the question does not name."""
    vocab = vocabulary()
    asked = {name for _, name, _ in find_interventions(question, vocab)}
    if not asked:
        return text

    def other(m: re.Match) -> str:
        named = {name for _, name, _ in find_interventions(m.group("x"), vocab)}
        return " " if named and not named & asked else m.group(0)

    return DOSE_OF.sub(other, text)


@dataclass
class Member:
    """A study counted in the answer: whom it speaks for and whether it is only indirect evidence."""

    hit: Hit
    side: str | None = None  # the intervention it is about (the side of a comparison)
    indirect: str | None = None  # why it is indirect evidence ("dutasteride, another 5-alpha reductase inhibitor")
    head_to_head: bool = False  # names both sides of a comparison and sets them against each other

    @property
    def study(self) -> Study:
        """The study record."""
        return self.hit.study


@dataclass
class Body:
    """Every study the answer counts, in the order they are numbered."""

    members: list[Member] = field(default_factory=list)
    found: dict[str, int] = field(default_factory=dict)  # intervention -> direct studies indexed (before the cap)
    mentioned: int = 0  # studies naming any asked intervention at all, whatever the aspect asked
    missing_side: str | None = None  # a side of a comparison that no indexed study names
    unstated: int = 0  # studies of it left out because they state no dose (or mechanism) for such a question
    capped: bool = False  # more direct studies were indexed than ``max_body``
    aspects: frozenset[str] = frozenset()  # the question's own topic words (stems) beyond the intervention
    on_aspect: int = 0  # studies naming the intervention that hold one of those words
    held_elsewhere: frozenset[str] = frozenset()  # aspect words the index holds, though no such study does
    other_sex: str | None = None  # every direct study names only this sex, not the one asked about
    other_age: str | None = None  # a question about children: every direct study names only grown-ups

    @property
    def aspect_elsewhere(self) -> bool:
        """The asked aspect is a topic the index holds, but never in a study of the intervention asked about."""
        return bool(self.aspects) and not self.on_aspect and bool(self.held_elsewhere)

    @property
    def direct(self) -> list[Member]:
        """Members that are direct evidence."""
        return [m for m in self.members if not m.indirect]

    @property
    def indirect(self) -> list[Member]:
        """Members counted apart as indirect evidence."""
        return [m for m in self.members if m.indirect]


def strength(study: Study) -> tuple[float, int]:
    """Design tier, then size: the order in which evidence is quoted and numbered."""
    return (DESIGN_TIER.get(study.study_type or "", 0.25), study.participants or 0)


def _study_text(study: Study) -> str:
    return f"{study.title or ''}\n{study.text()}"


def _main_text(study: Study) -> str:
    """Where a study names what it is about: the title and the TLDR (the summary mentions context too).

    A page's lead study often has neither; its summary's first sentence then says what it studied
    ("This trial compared dutasteride with finasteride…").
    """
    if not (study.title or study.tldr):
        return next(iter(sentences(study.summary or "")), "")
    return f"{study.title or ''}\n{study.tldr or ''}"


@lru_cache(maxsize=65536)
def _named_in(text: str, vocab: Vocabulary) -> tuple:
    """The interventions a study's text names, exactly spelt, once per text.

    Every question about a treatment classifies up to ``body_candidates`` studies, each several
    times (direct, combination, comparator, in passing); reading each text once keeps that cheap.
    """
    return tuple(find_interventions(text, vocab, fuzzy=False))


def mentions(study: Study, name: str, vocab: Vocabulary) -> bool:
    """The study names the intervention (route included: 'oral minoxidil' needs 'oral' near 'minoxidil')."""
    route, base = split_route(name, vocab)
    found = _named_in(_study_text(study), vocab)
    if not route:
        return any(n == base for _, n, _ in found)
    entry = vocab.interventions.get(base)
    default = entry.default_route if entry else ""
    return any(n == base and (r or default) == route for _, n, r in found)


def about(study: Study, name: str, vocab: Vocabulary) -> bool:
    """The study names the intervention, and not only in passing (see ``classify``)."""
    return mentions(study, name, vocab) and classify(study, name, vocab)[0] != "passing"


def _others(study: Study, name: str, vocab: Vocabulary) -> list[str]:
    """Other interventions the study's title or TLDR names (what a combination adds, or the drug studied)."""
    base = split_route(name, vocab)[1]
    return list(dict.fromkeys(n for _, n, _ in _named_in(_main_text(study), vocab) if n != base))


def _subject(study: Study, vocab: Vocabulary) -> str | None:
    """The first treatment the title (else the TLDR, else the summary's opening) names: what it is mainly about."""
    texts = (study.title or "", study.tldr or "") if study.title or study.tldr else (_main_text(study),)
    for text in texts:
        found = [n for _, n, _ in _named_in(text, vocab) if not vocab.interventions[n].exposure]
        if found:
            return found[0]
    return None


def _compares(study: Study, entry: Intervention | None, subject: str) -> bool:
    """The study's own subject is another drug of the class, or another treatment set against this one.

    "Rosemary oil gave results similar to 2% minoxidil" is a study of rosemary oil: what it found is
    not a finding about minoxidil.
    """
    same_class = bool(entry and entry.drug_class and vocabulary().interventions[subject].drug_class == entry.drug_class)
    return same_class or HEAD_TO_HEAD.search(_main_text(study)) is not None


def _in_passing(study: Study, base: str, entry: Intervention | None, vocab: Vocabulary) -> bool:
    """The title and TLDR are about another treatment, and only the summary names this one.

    "An overview of alopecia areata treatments, from corticosteroid injections to JAK inhibitors"
    under the TLDR "JAK inhibitors are the most promising option" says nothing of what steroid
    injections did: naming a treatment in passing is not evidence on it. A review of the treatment's
    own class ("JAK inhibitors ..." for baricitinib) does speak for it. An exposure asked about
    ("does testosterone speed up balding?") is only the setting of a study whose title or TLDR names
    a treatment first ("caffeine reversed testosterone's effect on follicles").
    """
    if entry is not None and entry.exposure:
        first = _first_named(study, vocab)
        if first and first != base and not vocab.interventions[first].exposure:
            return True  # "caffeine reversed testosterone's effect on follicles" is a study of caffeine
    subject = _subject(study, vocab)
    if any(n == base for _, n, _ in _named_in(_main_text(study), vocab)):
        return False
    if not subject or subject == base:
        return False
    other = vocab.interventions[subject]
    return not (other.is_class and entry is not None and other.drug_class == entry.drug_class)


def _first_named(study: Study, vocab: Vocabulary) -> str | None:
    """The first intervention or exposure the title (else the TLDR) names."""
    for text in (study.title or "", study.tldr or ""):
        found = _named_in(text, vocab)
        if found:
            return found[0][1]
    return None


def classify(study: Study, name: str, vocab: Vocabulary) -> tuple[str | None, str | None]:
    """(how the study bears on ``name``, why it is indirect): 'direct', 'combination', 'comparator', 'class', None.

    'combination' (name plus another treatment) and 'direct' studies name the intervention as what
    they study; a 'comparator' study is mainly about another treatment (another drug of the class, or
    one set against this one), a 'class' study
    names only other drugs of the class. All but 'direct' are indirect evidence. 'passing' (no
    evidence on it at all) is a study about another treatment that names this one only in its summary.
    """
    base = split_route(name, vocab)[1]
    entry = vocab.interventions.get(base)
    if mentions(study, name, vocab):
        if _in_passing(study, base, entry, vocab):
            return "passing", None
        others = [o for o in _others(study, name, vocab) if not vocab.interventions[o].exposure]
        main = _main_text(study)
        if others and COMBINED.search(main) and not VERSUS.search(main):
            if len(others) > 2:  # a review of many treatments: naming them all says nothing more
                named = ", ".join(others[:2])
                return "combination", f"{base} together with {len(others)} other treatments ({named}, …)"
            return "combination", f"{base} combined with {' and '.join(others)}"
        subject = _subject(study, vocab)
        other_subject = subject and subject != base and not vocab.interventions[subject].is_class
        if other_subject and _compares(study, entry, subject):
            return "comparator", f"mainly about {subject}, with {base} as the comparison"
        return "direct", None
    if entry and entry.drug_class and not entry.is_class:
        same = [
            o
            for o in _others(study, name, vocab)
            if vocab.interventions[o].drug_class == entry.drug_class and not vocab.interventions[o].is_class
        ]
        if same:
            return "class", f"{' and '.join(same)}, another of the {entry.drug_class}, not {base}"
    return None, None


@lru_cache(maxsize=65536)
def _words_of(text: str) -> frozenset[str]:
    """A study text's keyword-index words, once per text (an aspect is looked for in every candidate).

    With the abbreviations of what it spells out: a study of "scalp dihydrotestosterone" speaks of the
    "DHT" a question asks about, and one of "low-level laser therapy" of "LLLT".
    """
    words = set(tokenize([text])[0])
    words.update(*(tokenize([short])[0] for short in abbreviations_spelled_out(text)))
    return frozenset(words)


# Shedding is a hair-loss word like any other for "what stops shedding?", but in a safety question about a
# treatment ("started minoxidil and now I'm shedding, is that bad?") it is the harm asked about: the studies
# of that treatment which speak of shedding answer it, not the treatment's whole body of evidence.
HARM_SHED = "shed"


def aspect_terms(question: Question, vocab: Vocabulary) -> set[str]:
    """The question's own topic words beyond the intervention and generic hair-loss words ('crown', 'heart')."""
    # the words that ask whether it is safe are the kind of question, not a topic ("too risky at my age?")
    asked = _blamed_clause(question, vocab) or question.aspect_text or question.asked_text or question.search_text
    text = SAFETY_ASKS.sub(" ", asked)
    text = NOT_TOPICS.sub(" ", text)
    words = set(tokenize([text])[0])
    names = {w for iv in question.interventions for w in tokenize([iv])[0]}
    names |= {
        w
        for iv in question.interventions
        for entry in [vocab.interventions.get(split_route(iv, vocab)[1])]
        if entry
        for a in entry.aliases
        for w in tokenize([a])[0]
    }
    # another treatment the question names beside them ("does adding oral minoxidil help, or should I switch
    # to dut?") is an alternative asked about, never what a study of these must speak of
    names |= {
        w
        for _, name, _ in find_interventions(question.text, vocab)
        if not vocab.interventions[name].exposure
        for a in (name, *vocab.interventions[name].aliases)
        for w in tokenize([a])[0]
    }
    said = _said_words(vocab)  # filler and route words ("pills") never name an aspect
    out = {
        w
        for w in words - names - GENERIC - QUESTION_WORDS - said
        if not any(c.isdigit() for c in w) and "-" not in w and len(w) > 2  # a compound's parts are checked
    }
    if question.interventions and POINTS_FOR.search(question.asked_text or ""):
        # "my derm mentioned tofacitinib for my vitiligo, does it work for that?": what "that" is, the story says
        told = " ".join(STORY_FOR.findall(question.search_text))
        out |= {
            w
            for w in set(tokenize([told])[0]) - names - GENERIC - QUESTION_WORDS - said
            if not any(c.isdigit() for c in w) and "-" not in w and len(w) > 2
        }
    out -= set(tokenize([" ".join(WORTH_THE.findall(question.text))])[0])
    out -= set(tokenize([" ".join([*SCAM_OF.findall(question.text), *CALLED.findall(question.text)])])[0])
    if question.kind == "safety" and question.interventions and HARM_SHED in _words_of(question.search_text):
        out.add(HARM_SHED)
    points_back = POINTS_BACK_ASK.search(question.asked_text or "")
    if question.interventions and points_back and BOUGHT_ONLINE.search(question.text):
        out.add(ONLINE)  # "bought fin off a website, is that a bad idea?": where it came from is what is asked
    if asked_lasting(question):
        out |= LASTING_TEXT  # the asker's other words ("a top-up session") are no answer without a follow-up
    if asked_tolerance(question):
        out |= TOLERANCE_TEXT  # only a study that followed it for years says whether it wears out
    if question.interventions and POINTS_BACK.search(question.asked_text or ""):
        out |= BODY_PARTS & _words_of(question.text)  # "my knees are shot, would PRP help them?"
    return out


# an ask that points back at what the treatment was given for: "does it work for that?", "is it any good for this?"
POINTS_FOR = re.compile(r"\bfor (?:that|this|it|them)\W*$", re.I)
# what the story says it was given for: "mentioned tofacitinib for my vitiligo" (the search text has no "my")
STORY_FOR = re.compile(r"\bfor (?:(?:my|her|his|their|your|the|a) )?([a-z][\w-]*(?: [a-z][\w-]*)?)", re.I)


# asking whether a condition named is behind the loss: "is the PCOS causing the thinning?", "could my thyroid be
# to blame?", "is it because of the PCOS?"
BLAMES = re.compile(r"\b(?:caus\w*|to blame|behind|responsible|because of|due to|linked|trigger\w*)\b", re.I)


def _blamed_clause(question: Question, vocab: Vocabulary) -> str | None:
    """The last sentence alone, when it asks whether the exposure it names is behind the loss.

    "Diagnosed with PCOS last year (irregular periods, acne) and now my ponytail is half as thick.
    Is the PCOS causing the thinning?": the symptoms of the diagnosis are its story, not what a study
    of PCOS must speak of; the asking sentence names the exposure and blames it. A state of the asker
    said in the story ("pregnant", "breastfeeding") stays an aspect (``CONDITION_WORDS``).
    """
    whole = question.aspect_text or question.asked_text or question.search_text
    last = ASKING_ONLY.sub("", whole)
    if last == whole or not BLAMES.search(last):
        return None
    exposures = [iv for iv in question.interventions if is_exposure(iv, vocab)]
    if not any(n in exposures for _, n, _ in _named_in(last, vocab)):
        return None
    story = ASKING_ONLY.match(whole)
    kept = " ".join(w for w in (story.group(0) if story else "").split() if CONDITION_WORDS.search(w))
    return f"{kept} {last}".strip()


# Words of a post that say how or whether it is asked, never what a study must speak of:
# - manner adverbs ("properly", "mostly", "biologically", "genuinely"): they qualify the asking;
# - prognosis asks ("is this permanent?", "is it normal?", "temporary"): they are the kind of a general
#   question, answered by any study of what happens after the exposure;
# - "a waste of 800 bucks", "worth the money": the efficacy ask in money words;
# - "meds", "medication": a treatment in general, as "treatment" is;
# - "been shown to", "watch out for", "best time", "wait until": asking for evidence, for harms, for
#   timing; they say what kind of answer is wanted, and the rest of the clause says what it is about.
NOT_TOPICS = re.compile(
    r"\b\w+(?:ally|ously|ively|ently|antly|erly|ostly|ully|inly|ately|tely|ely)\b|"
    r"\b(?:permanent|temporary|normal|forever)\b|"
    # whether it lasts, in verbs: "will it go away or stick around?", "does it wear off?"
    r"\b(?:go(?:es)? away|stick(?:s)? around|wear(?:s)? off|linger\w*|clear(?:s)? up|settle(?:s)? down|"
    r"hold(?:s)? up)\b|"
    r"\b(?:waste|worth) (?:of )?(?:the |my |your |\$?\d+ )?(?:money|bucks|dollars|quid|euros|pounds|cash)\b|"
    r"\bwaste\b|\b(?:meds|medications?|medicines?)\b|"
    # "a waste of my time" is "a waste of money" in other coin (``WORTH_THE`` reads "worth the pain")
    r"\b(?:of|my|your) time\b|"
    # what the asker fears it is, when it does not work, is the efficacy ask: "a rip off?", "a gimmick or legit?"
    r"\brip[- ]?offs?\b|\bgimmick\w*|\bsnake oil\b|\bover-?(?:hyped|rated|priced)\b|\bfads?\b|"
    r"\bpointless\b|\b(?:money|cash)[- ]grabs?\b|"
    # whether the one who advised it knows is how the evidence is asked for: "any data on it or is he just guessing?"
    r"\bguess(?:ing|es|ed|work)?\b|\bmaking (?:it|this|that|things|stuff) up\b|\bmade (?:it|this|that) up\b|"
    # spending on it is paying for it ("is spending money on PRP pointless?"); a price asked is ``PRICE_ASK``'s
    r"\bspen(?:d|ds|ding|t)\b|"
    # asking for evidence is the kind of question, not its topic: "has it been shown to regrow hair?"
    r"\b(?:been |be )?(?:shown|proven|demonstrated)\b|"
    # asking what to look out for is the safety ask itself: "anything else I should watch out for?"
    r"\b(?:watch|look|lookout|keep an eye) (?:out )?for\b|"
    # asking when is how it is asked: "when is the best time", "should I wait until my loss stops"
    r"\b(?:best|right|ideal|good) (?:time|age)\b|\bwait(?:ing)?\b|"
    # what other people say or end up with is how a post asks: "the shed people talk about", "end up happy"
    r"\b(?:talks?|talked|talking|hear|heard|speak|spoken|mentioned) about\b|\bend(?:s|ed)? up\b|"
    # a clinician asks for the evidence in its own words: "any efficacy data yet?", "any trial data?", "an RCT"
    r"\b(?:any\s+)?(?:(?:efficacy|trial|clinical|published|outcome|safety)\s+data|(?:head-to-head\s+)?rcts?)\b(?:\s+yet\b)?|"
    # when the story began and how much is the asker's telling, not a topic: "3 month ago", "hair fall alot"
    r"\bago\b|\balot\b|\ba lot\b|"
    # the scalp-coverage score alopecia areata trials report is how regrowth is measured, not a topic of its own
    r"\bsalt scores?\b|"
    # asking for good evidence is the kind of question: "is there any proper evidence in humans?"
    r"\b(?:proper|real|good|hard|solid|actual|scientific|strong|reliable|decent|any)\s+"
    r"(?:evidence|proof|science|research|studies|data|trials?)(?:\s+(?:in|on)\s+(?:humans|people|real people))?|"
    # whether what someone said holds is asking for the evidence: "is there any truth to that?"
    r"\b(?:any |some |a grain of )?truth (?:to|in|behind)\b|"
    # a motive suspected of whoever advised is how the post asks: "or is he just trying to sell me pills?"
    r"\b(?:trying |want(?:s|ing)? |out )?to (?:sell|upsell|push)\b|\bupsell\w*|"
    # whether advice has grounds asks for the evidence: "is there any basis for that?", "what's the rationale?"
    r"\b(?:basis|grounds|rationale|reasoning) (?:for|to|in|behind)\b|\b(?:the )?rationale\b|"
    # who advised, and that they did, is the story of a post: "her nurse mentioned cold caps", "my GP suggested it"
    r"\b(?:nurses?|gps?|pharmacists?|surgeons?|trichologists?|hairdressers?|barbers?|physicians?)\b|"
    r"\b(?:mention|suggest|advis)(?:e|ed|es|s|ing)?\b|"
    # where it is offered, and that it is, is the story too: "the hospital offers a cold cap", "my clinic sells it"
    r"\b(?:hospitals?|clinics?|oncologists?|oncology (?:team|unit|ward))\b|\b(?:offer|recommend|sell)(?:ed|s|ing)?\b|"
    # whether it settles, in other verbs: "will this calm down?", "when does it die down / ease off?"
    r"\b(?:calm(?:s|ing)? down|die(?:s)? down|dying down|eas(?:e|es|ing) (?:off|up))\b|"
    # how much, said loudly, is the telling: "shedding like crazy", "falling out like mad" ("like" is filler, so
    # the search text holds "crazy" alone)
    r"\b(?:like )?(?:crazy|mad|hell|nuts)\b|\binsanely\b|"
    # the fear it does not work, in money words: "the real deal or just clinics cashing in on desperate people?"
    r"\b(?:the )?real deal\b|\bcash(?:ing|es)? in\b|\bdesperate\b|\bprey(?:s|ing)? on\b|"
    # whether people are pleased with what it did is whether it works: "are people happy with the results afterwards?"
    # (read after the lay rewrite, which says "happy with" as "satisfied satisfaction")
    r"\b(?:happy|satisfied|pleased)(?: satisfaction)? (?:with )?(?:the |their |its |my |your )?results?"
    r"(?: afterwards?)?\b|"
    # how the product looks beside its pictures is how the asker doubts it, not a topic ("pills look different
    # from the pics": whether it is the right dose is what is asked)
    r"\b(?:looks?|looked|looking) (?:\w+ )?(?:different|odd|weird|off|wrong|fake)"
    r"(?: (?:from|to|than) (?:the |their |its )?(?:pics?|pictures?|photos?|images?))?|"
    # a contraction is how a clause is negated, never its topic: "anything for AA that isn't steroids"
    r"\b\w+n['’]t\b|"
    # whether it makes a difference is whether the outcome depends on it: "does it matter if my hair loss is still
    # going?", "would it make any difference if I waited?" (what it depends on is the rest of the clause)
    r"\b(?:it|that|this|timing) (?:even |really |still )?matters?\b|\bmake[s]? (?:a|any) difference\b|"
    # whether it is wise is how a post asks of what its story did: "bought it off a website, is that a bad idea?"
    r"\b(?:a )?(?:bad|good|smart|dumb|stupid|wise|terrible|safe|sensible) idea\b|"
    # keeping one's hair is whether it works: "will a cold cap save her hair?"
    r"\b(?:save|saving|keep|keeping) (?:(?:my|her|his|your|their|our|the|any|some of (?:my|her|his|your|their)) )?"
    r"hair\b|"
    # whether it is all right is the safety ask: "is that dangerous or fine?", "am I fine to keep using it?"
    # ("fine hair" is thin hair, a topic)
    r"\b(?:fine|alright|all right)\b(?! hairs?\b)|"
    # how the result looks to others is the efficacy ask of a cosmetic treatment: "does it look fake up close?"
    # ("fake" is read as the studies' word for counterfeit pills, which is no meaning for looks)
    r"\b(?:looks?|looked|looking) (?:\w+ )?(?:unlicensed counterfeit|obvious|noticeable|unnatural|artificial|painted"
    r"|convincing|realistic)\b|"
    r"\b(?:up close|close up|from (?:a distance|afar|far away)|in person|in real life|irl|in daylight)\b|"
    # chance offered as the other answer is the efficacy ask again: "does it really work or is it mostly luck?"
    r"\b(?:luck|lucky|chance|coincidence|random)\b|"
    # how near one is to another is how a comparison is asked: "is it anywhere near as good?", "on par with fin?"
    r"\b(?:any|no)where (?:near|close)(?: to)?\b|\bon (?:a )?par\b|\bin the same league\b|\bholds? a candle\b",
    re.I,
)


# "is microneedling worth the pain?", "worth the hassle?": what it costs in other coin than money asks whether it
# works. Read from the question as asked, since "worth" is filler and gone from the text in index words.
WORTH_THE = re.compile(
    r"\bworth (?:the |all the |my |your |it for the )?(pain|effort|hassle|time|trouble|hype|wait|bother)\b", re.I
)


# "legit or another supplement scam?", "just a tiktok fad": what kind of scam it is feared to be is the same fear as
# the scam (the efficacy ask), never a topic a study must hold. Read from the question as asked, since "scam" is
# filler and gone from the text in index words.
SCAM_OF = re.compile(r"\b(?:another|a|just a|some) (\w+) (?:scams?|fads?|gimmicks?|marketing ploys?)\b", re.I)
# "is pumpkin seed oil another overhyped supplement?": what the treatment asked about is called is no topic either
# (a supplement taken beside it, "with another supplement", is not what is called so)
CALLED = re.compile(
    r"\b(?:is|are) (?:it|this|that|they|these|[\w-]+(?: [\w-]+){0,3}) (?:just |yet |only |really )?(?:another|an?) "
    r"(?:[\w-]+ )?(supplements?|products?)\b",
    re.I,
)


@lru_cache(maxsize=4)
def _said_words(vocab: Vocabulary) -> frozenset[str]:
    """Filler, route words and the people a question is about ("my wife"): never an aspect asked about.

    Population words that name a condition ("pregnant", "menopause") stay aspects: a study of
    finasteride says nothing about taking it while pregnant unless it says so.
    """
    people = [p for p in vocab.population if not CONDITION_WORDS.search(p)]
    phrases = [*vocab.filler, *ROUTES, *people]
    return frozenset(w for p in phrases for w in tokenize([p])[0])


CONDITION_WORDS = re.compile(
    r"pregnan|postpartum|baby|birth|conceiv|fertil|menopaus|pcos|polycystic|breastfe|nursing|lactat", re.I
)


# "is it safe to dye my hair while on minoxidil?", "can I drink while taking finasteride?": the question is
# about something done alongside the treatment; a study of the treatment that never names that thing says
# nothing about it, however near it comes.
CO_USE = re.compile(r"\b(?:while|whilst) (?:i'?m |i am |im |you'?re |you are |still )?(?:on|taking|using)\b", re.I)


def co_use(question: Question) -> str | None:
    """What the asker does alongside the treatment, when the treatment is only the background.

    "dye my hair while on minoxidil": the treatment follows "while on" and what comes before names
    no treatment. "use minoxidil while on finasteride" names one before it (a combination is asked
    about), and "does minoxidil work if I'm using it daily" is a condition on the treatment itself.
    """
    m = CO_USE.search(question.text)
    if not m or not find_interventions(question.text[m.end() :]) or find_interventions(question.text[: m.start()]):
        return None
    return question.text[: m.start()]


def co_used(question: Question, aspects: set[str] | frozenset[str]) -> frozenset[str]:
    """The aspect words of what is done alongside the treatment: a study answers only if it names them all.

    In "can I donate blood while taking finasteride?" the question is about donating blood; a study
    of finasteride that names one of those words in passing ("lower blood levels") does not answer it.
    """
    activity = co_use(question)
    return frozenset(aspects) & frozenset(tokenize([activity])[0]) if activity else frozenset()


def condition_aspects(aspects: frozenset[str]) -> frozenset[str]:
    """Aspect words that name a state of the person asking (pregnant, breastfeeding, menopause).

    Such a state changes the answer and has no everyday paraphrase: a study that speaks to it says so.
    """
    return frozenset(a for a in aspects if CONDITION_WORDS.search(a) or a.startswith(("nurs", "lactat", "babi")))


def asked_conditions(question: Question, vocab: Vocabulary) -> frozenset[str]:
    """The states the asking clause itself names ("can I use it while breastfeeding?"): a study must name each.

    A state of the asker changes the answer (``condition_aspects``), and when the question asks about
    it, a study of the treatment that names only another of its words (pregnancy, shedding, told in
    the story) says nothing about it.
    """
    asked = question.aspect_text or question.asked_text
    if not asked or not question.interventions:
        return frozenset()
    own = frozenset(tokenize([ASKING_ONLY.sub(" ", asked)])[0])
    return condition_aspects(frozenset(aspect_terms(question, vocab))) & own


# "how much does PRP cost per session?", "what's the price of a transplant?": a price is asked for
PRICE_ASK = re.compile(
    r"\b(?:how much|what) (?:does|do|is|would|will|did)\b.*\bcosts?\b|\bprices?\b|\bpriced\b|\bcosts? (?:per|of|for)\b|"
    r"\bhow much (?:\w+ ){0,4}spen[dt]\b",
    re.I,
)


# "Bought finasteride off a random overseas website because it was cheaper. Is that a bad idea?": the asking
# clause points back at the story, and what the story did (bought it online) is what it asks of; a study of the
# drug that never speaks of where it was bought answers another question. The lay rewrite says where in the
# studies' word ("website" -> "online website"), so the cue is a purchase told beside it.
BOUGHT_ONLINE = re.compile(
    r"\b(?:bought|buy|buying|ordered|order|ordering|purchased|purchase|got)\b[^.?!]{0,60}?"
    r"\b(?:online|website|websites|internet|overseas|abroad|amazon|ebay)\b",
    re.I,
)
ONLINE = tokenize(["online"])[0][0]  # in the keyword index's stemmed form


# "does minoxidil stop working after a few years because your scalp gets used to it?", "does finasteride keep
# working or does it stop after a few years?": whether a treatment wears out is a topic of its own, spoken of only
# by a study that followed it for years ("kept hair counts stable for ten years"). "working", "years" and "stop"
# are generic words, so without this the whole body of the treatment would answer. A story of it having stopped
# ("fin stopped working for me, should I add minoxidil?") asks nothing of the kind, so the cue is a question's.
TOLERANCE_ASK = re.compile(
    r"\b(?:does|do|will|would|could|can|did)\s+(?:it|they|[\w-]+(?:\s[\w-]+)?)\s+(?:\w+\s+)?"
    r"(?:stop|quit|cease)\s+(?:working|helping)\b|"
    # "keep working ... or does it just stop?": the stop is of its working, not of a harm or a shed
    r"\bkeeps? (?:on )?(?:working|helping)\b[^?.!]{0,60}?\bor (?:does|do|will|would) (?:it|they) "
    r"(?:just |eventually |ever )?(?:stop|quit|cease)\b|"
    # what gets used to it is the body, not the asker ("I got used to applying it" is a story)
    r"\b(?:scalp|body|hair|follicles?|skin|it|they)\s+(?:get|gets|getting|got|become|becomes|grow|grows)\s+"
    r"(?:used|accustomed|immune|resistant)\s+to\b|"
    r"\b(?:build|builds|building|develop|develops|developing)\s+(?:up\s+)?(?:a\s+)?tolerance\b|"
    r"\blose[s]? (?:its|their) (?:effect|effectiveness|power)\b|\bless effective over time\b",
    re.I,
)
# the words of a study that followed a treatment's effect over years ("tolerance" would stem as "well tolerated")
TOLERANCE_TEXT = frozenset(tokenize(["stable maintained sustained durable decade"])[0])  # not "lasting": lasting harms


def asked_tolerance(question: Question) -> bool:
    """The question asks whether a treatment it names stops working over time (``TOLERANCE_ASK``)."""
    return bool(question.interventions) and TOLERANCE_ASK.search(question.text) is not None


# "how long do PRP results last before a top-up?": how long a treatment's gain lasts, with the treatment (or a word
# or three) between "how long do" and "results" (``question.RESULTS_LAST`` reads only "how long do results ...").
LASTING_ASK = re.compile(
    r"\bhow long (?:do|does|will|would|did|can|could)\s+(?:the\s+|my\s+|your\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:results?|effects?|gains?|regrowth|benefits?|improvements?)\b[^?.!]{0,60}?\b(?:last|lasts|stay|stays|"
    r"hold|holds|persist|persists)\b",
    re.I,
)
# a study that followed the gain up says so in these words; "lasting" alone is said of lasting harms too
LASTING_TEXT = frozenset(
    tokenize(["stable maintained sustained durable durability decade relapse relapsed maintenance"])[0]
)


def asked_lasting(question: Question) -> bool:
    """The question asks how long a named treatment's results last: only a study that followed them up answers."""
    return bool(question.interventions) and (asks_lasting(question) or bool(LASTING_ASK.search(question.text)))


def asked_price(question: Question) -> frozenset[str]:
    """The word a study must hold when the asking clause asks what a treatment costs.

    "cost" and "money" are words of how an efficacy question is put ("worth the money?"), so they are
    no aspect in general; but when the clause asks for a price, a study of the treatment that never
    speaks of cost ("raised hair density over three sessions") says nothing about what was asked.
    """
    asked = question.asked_text or question.text
    return frozenset({"cost"}) if question.interventions and PRICE_ASK.search(asked) else frozenset()


# "what happens if I stop using rogaine?", "can stopping birth control do that?": what stopping a treatment
# does is asked, and a study of taking it that never speaks of stopping says nothing about that.
STOP_WORD = r"(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|discontinu\w*|c[oa]me off|coming off|going off|giv(?:e|ing) up)"
STOP_AFTER = re.compile(
    rf"\b(?:after|if|when|once|since|before)\s+(?:(?:i|you|he|she|we|they|u)\s+)?{STOP_WORD}\b", re.I
)
STOP_VERB = re.compile(rf"\b{STOP_WORD}\b", re.I)
STOP_OBJECT = re.compile(r"^\s+(?:taking|using)\b", re.I)
STOP_DETERMINER = re.compile(r"^\s*(?:(?:the|my|your|her|his|their)\s+)?", re.I)
# what happened once it was stopped, never who stopped it ("1.7% stopped treatment because of side effects")
STOP_TEXT = re.compile(
    r"\b(?:after|once|when|since|following)\s+(?:\w+\s+){0,3}?"
    r"(?:stop\w*|discontinu\w*|withdr[ae]w\w*|cessation|ceas\w*|quit\w*)\b|"
    r"\b(?:after|off) (?:the )?(?:drug|treatment) (?:ended|stopped)\b|"
    r"\bpersist\w*|\blasting\b|\blinger\w*",  # what outlasts the treatment is what stopping it leaves
    re.I,
)
# What lasts while it is taken: "kept hair counts stable for ten years in men who stayed on it" says what the
# hair does for as long as the treatment goes on. That answers a question that asks it beside stopping ("if I stop
# will I lose it? how long does it keep working if I stay on it?"), never one about stopping alone (dev d118).
STAYED_ON = re.compile(
    r"\b(?:stay(?:ed|s)?|remain(?:ed|s)?|kept) on (?:it|the drug|treatment|therapy)\b|"
    r"\bcontinu(?:ed|ing) (?:to take|taking|using|use of|treatment|therapy)\b",
    re.I,
)
STAYING_ASKED = re.compile(
    r"\b(?:stay(?:ing)? on|keep(?:s)? (?:on )?(?:taking|using|working)|continu\w+ (?:taking|using|on|with)|"
    r"long[- ]term)\b",
    re.I,
)


def asked_stopping(question: Question) -> bool:
    """The asking clause asks what stopping the treatment does ("if you stop using it", "stopping the pill").

    "Does minoxidil stop hair loss?" stops the loss, not the drug: only a stop said after "if", "after",
    "when" ..., or followed by taking/using or the treatment's own name, is the treatment being stopped.
    """
    asked = question.asked_text or question.text
    if not question.interventions or not asked:
        return False
    if STOP_AFTER.search(asked):
        return True
    for m in STOP_VERB.finditer(asked):
        rest = asked[m.end() :]
        named = rest[STOP_DETERMINER.match(rest).end() :]  # "stopping the pill", never "stop the hair fall"
        if STOP_OBJECT.match(rest) or any(pos == 0 for pos, _, _ in find_interventions(named[:60])):
            return True
    return False


# What a sentence about stopping must say happened: to the hair, or (asked about harms) to the side effects.
HAIR_AFTER = re.compile(r"\b(?:hair\w*|shed\w*|loss|lost|regrow\w*|gain\w*|densit\w*|counts?|balding)\b", re.I)
HARM_AFTER = re.compile(
    r"\b(?:side[- ]effects?|symptoms?|complaints?|problems?|effects?|syndrome|sexual|libido)\b", re.I
)


# a question about harms that outlast the treatment ("my libido is down, will it come back if I stop?")
HARM_ASKED = re.compile(
    r"\b(?:side[- ]?effects?|sides|symptoms?|libido|sex\w*|erect\w*|depress\w*|mood|fog|gyno\w*|pfs|"
    r"post[- ]finasteride|adverse|harms?)\b",
    re.I,
)


def speaks_of_stopping(study: Study, question: Question) -> bool:
    """The study says what happened once the treatment was stopped, to what the question asks about.

    "His symptoms resolved after the drug was stopped" says what stopping did to a side effect, which
    answers "do the side effects go away after stopping?", not "does the hair I gained fall out?".
    """
    harms = question.kind == "safety" or HARM_ASKED.search(question.text) is not None
    said = HARM_AFTER if harms else HAIR_AFTER
    staying = STAYING_ASKED.search(question.asked_text or question.text) is not None
    return any(said.search(s) for s in _stop_sentences(_study_text(study), staying))


@lru_cache(maxsize=65536)
def _stop_sentences(text: str, staying: bool = False) -> tuple[str, ...]:
    """A study text's sentences that say what followed stopping (or, when asked, staying on it), once per text."""
    return tuple(s for s in sentences(text) if STOP_TEXT.search(s) or (staying and STAYED_ON.search(s)))


# Parts of the body that are not the scalp ("would PRP help my knees?", "does microneedling fix stretch
# marks?"): a treatment's hair studies say nothing about them, and none may stand in for one that does.
BODY_PARTS = frozenset(
    tokenize(
        [
            "knee knees joint joints elbow elbows shoulder shoulders hip hips ankle ankles wrist wrists tendon "
            "tendons muscle muscles toenail toenails fingernail fingernails nail nails eyelash eyelashes lashes "
            "eyebrow eyebrows stretch marks acne pimples wrinkles prostate liver kidney kidneys stomach lung "
            "lungs teeth tooth gums arthritis beard beards migraine migraines"
        ]
    )[0]
)
# "my knees are shot, would PRP help them?": the asking clause points back at what the story named
POINTS_BACK = re.compile(
    r"\b(?:help|fix|treat|heal|cure|work (?:on|for)|good for|do for|use (?:it )?on)\s+(?:them|those|these|it|that)\b",
    re.I,
)


def body_aspects(aspects: frozenset[str] | set[str]) -> frozenset[str]:
    """Aspect words that name a part of the body other than the scalp."""
    return frozenset(aspects) & BODY_PARTS


# The sex a question is about, and the sexes a study names: a study of men alone does not speak for women.
SEXES = {
    "women": re.compile(r"\b(?:women|woman|females?|girls?|female pattern|FPHL)\b", re.I),
    "men": re.compile(r"\b(?:men|man|males?|boys?|male pattern)\b", re.I),
}
CHILD_SEX = {
    "men": re.compile(r"\b(?:son|boy|he|his|him)\b", re.I),
    "women": re.compile(r"\b(?:daughter|girl|she|her)\b", re.I),
}


def asked_sex(question: Question) -> str | None:
    """'women' or 'men' when the question states who, a child's sex from 'my son' or 'my daughter'."""
    if question.population in SEXES:
        return question.population
    if question.population == "children":
        said = [sex for sex, words in CHILD_SEX.items() if words.search(question.text)]
        return said[0] if len(said) == 1 else None
    return None


def studied_sexes(study: Study) -> frozenset[str]:
    """The sexes a study's own text names ('men', 'women'); empty when it names none."""
    return _sexes_in(_study_text(study))


@lru_cache(maxsize=65536)
def _sexes_in(text: str) -> frozenset[str]:
    return frozenset(sex for sex, words in SEXES.items() if words.search(text))


def other_sex(question: Question, members: list[Member]) -> str | None:
    """The sex every direct study names, when none names the one asked about ("pumpkin seed oil for women")."""
    sex = asked_sex(question)
    if not sex or not members or any(w.search(question.text) for s, w in SEXES.items() if s != sex):
        return None  # "most before/afters online are men. do women get good results?" names both
    named = [studied_sexes(m.study) for m in members]
    if all(n and sex not in n for n in named):
        return " and ".join(sorted(frozenset().union(*named)))
    return None


# Who is grown up, and who is a child, in a study's own words: "in 101 women receiving chemotherapy" names adults
# ("males"/"females" and "patients" may be of any age, so they name neither).
GROWN = re.compile(r"\b(?:adults?|women|woman|men|man|postmenopausal|elderly|older (?:adults|people|patients))\b", re.I)
YOUNG = re.compile(
    r"\b(?:child|children|childhood|p(?:a)?ediatrics?|adolescents?|adolescence|infants?|kids?|teen\w*|girls?|boys?|"
    r"juvenile|young (?:people|patients)|school-?age\w*)\b",
    re.I,
)


# A teenager asked about: nearly grown, so a study of women speaks for a girl of 16 ("my daughter is 16, should
# she take iron?"); only a younger child is set apart from grown-ups.
TEEN = re.compile(
    r"\b(?:teen\w*|adolescents?|1[3-9] ?(?:yo|y/o|y\.o\.|years? old|yrs? old)|(?:is|aged?|turned) 1[3-9])\b", re.I
)


# A young child's age said: "my son is 10", "my 7 year old", "2yo", "aged 9" (a teenager is ``TEEN``)
YOUNG_AGE = re.compile(
    r"\b(?:[1-9]|1[0-2]) ?(?:yo|y/o|y\.o\.|years? old|yrs? old|year-old)\b|"
    r"\b(?:son|daughter|child|kid|boy|girl) (?:is|was|turned|aged?) (?:[1-9]|1[0-2])\b(?! ?(?:%|mg|months?|weeks?))",
    re.I,
)
# "38F", "24 M", "I'm 40": the asker's own grown-up age
ASKER_AGE = re.compile(r"\b(?:[2-9]\d) ?[mf]\b|\bi'?m (?:[2-9]\d)\b|\bi am (?:[2-9]\d)\b", re.I)


def other_age(question: Question, members: list[Member]) -> str | None:
    """'adults' when a question asks of a young child and every direct study names grown-ups and no child.

    "Does scalp cooling work for kids?" answered from a study of women only is an answer about women.
    Requiring a study to name children refuses every question about a child whose studies name no
    age at all; this refuses only when each study says it is of grown-ups (round 1 measured ~12
    refusals for the stricter rule). A teenager is not set apart (``TEEN``).
    """
    if question.population != "children" or not members or TEEN.search(question.text):
        return None
    # a grown-up said to be asked about ("do laser caps work for women?") or the asker's own age ("38F, since my
    # second kid") makes the child part of the story, not whom the question is about
    if GROWN.search(question.text) or ASKER_AGE.search(question.text):
        return None
    texts = [_study_text(m.study) for m in members]
    if any(YOUNG.search(t) for t in texts):
        return None
    grown = sum(1 for t in texts if GROWN.search(t))
    if grown == len(texts):
        return "adults"
    # a young child's age said ("my son is 10 ... can he take finasteride?"): a drug whose studies mostly say they
    # are of grown-ups, and none of a child, has none that speaks for him; the studies that name no one (a review
    # of reported cases, pills sold online) are of grown-ups too, only unsaid. Two cues: the age, and the majority.
    if YOUNG_AGE.search(question.text) and 2 * grown > len(texts):
        return "adults"
    return None


def names_a_child(study: Study) -> bool:
    """The study's own text names a child, a teenager or a paediatric group."""
    return bool(YOUNG.search(_study_text(study)))


# The clause that asks: the question-mark clause itself, without story clauses kept beside it.
ASKING_ONLY = re.compile(r"^.*[.!]\s+(?=[^.!]*\?\s*$)", re.S)


def _candidates(index: Index, name: str, vocab: Vocabulary, filters: Filters | None, n: int) -> list[str]:
    """Study ids whose chunks the keyword index finds for the intervention's names, best first."""
    base = split_route(name, vocab)[1]
    entry = vocab.interventions.get(base) or vocab.interventions.get(name)
    names = [name, *(entry.aliases if entry else ())]
    if entry and entry.drug_class:
        names += [iv.name for iv in vocab.interventions.values() if iv.drug_class == entry.drug_class]
    lexical = index.lexical
    allowed = index.allowed_chunks(filters)
    if allowed is not None and not allowed:
        return []
    ranked = lexical.search(" ".join(dict.fromkeys(names)), n, allowed)
    return list(dict.fromkeys(cid.rsplit("#", 1)[0] for cid, _ in ranked))


def _as_hit(study: Study, hits: dict[str, Hit]) -> Hit:
    return hits.get(study.id) or Hit(study, 0.0, 0.0, 0.0, study.text())


# what asks for a dose in the asking clause itself: a strength, an amount, how much, how often, how long a session
DOSE_ASKED = re.compile(
    rf"{KIND_TEXT['dose'].pattern}|\bhow (?:much|many|often|frequently|long)\b|\b(?:strength|strong|enough|too much|"
    r"amount|frequency|schedule|times|ml|mg|%)\b",
    re.I,
)


def dose_in_story_only(question: Question) -> bool:
    """A dose question whose dose is only in its story: studies that state no dose still answer it.

    "applying it twice a day is a pain. Do most people stick with minoxidil or give up?" tells how often it
    was used and asks whether people keep using it (the dose is the asker's telling, not the ask).
    """
    asked = question.asked_text or ""
    if question.kind != "dose" or not asked or asked == question.search_text:
        return False
    return not DOSE_ASKED.search(asked)


def side_body(
    index: Index, question: Question, name: str, hits: dict[str, Hit], filters: Filters | None, limit: int
) -> tuple[list[Member], int, int, int, int]:
    """(members, direct found, studies naming it, left out for stating no dose, naming it and an aspect word).

    Members are the direct studies, strongest first, then the indirect ones.
    """
    vocab = vocabulary()
    ids = _candidates(index, name, vocab, filters, index.settings.body_candidates)
    studies = index.studies(ids)
    aspects = aspect_terms(question, vocab)
    # a body part asked about ("AA of the beard") too: a study of the scalp is no answer for it
    required = (
        co_used(question, aspects) | asked_conditions(question, vocab) | asked_price(question) | body_aspects(aspects)
    )
    stopping = asked_stopping(question)
    lasting = asked_lasting(question)
    stated_kind = None if dose_in_story_only(question) else question.kind
    direct: list[Member] = []
    indirect: list[Member] = []
    named = unstated = on_aspect = 0
    for sid in ids:
        study = studies.get(sid)
        if study is None:
            continue
        how, why = classify(study, name, vocab)
        of_it = how in ("direct", "combination")  # the study itself is of this intervention
        named += of_it
        words = _words_of(_study_text(study))
        holds = required <= words  # a price asked for, a state of the asker, what is done alongside
        holds = holds and (not stopping or speaks_of_stopping(study, question))  # what stopping it does
        holds = holds and (not lasting or bool(LASTING_TEXT & words))  # how long its results last
        has_aspect = bool(aspects & words) and holds
        on_aspect += of_it and has_aspect
        if how in (None, "passing") or (aspects and not has_aspect):
            continue
        if stated_kind in KIND_TEXT and not states(stated_kind, study, question.text):
            unstated += 1
            continue  # a dose or mechanism question is answered only by studies that state one
        if not holds:
            continue  # "how much does a laser cap cost?": only a study that speaks of cost answers
        if why and question.is_comparison:
            other = next((iv for iv in question.interventions[:2] if iv != name), None)
            if other and _sets_against(study, name, other, vocab):
                why = None  # indirect only because of the other side: it is the comparison asked for
        elif how == "combination" and _combines_asked(study, name, question, vocab):
            why = None  # "can I use ketoconazole while using minoxidil?": their combination is what is asked
        (indirect if why else direct).append(Member(_as_hit(study, hits), name, why))
    direct = _distinct(direct)
    direct.sort(key=lambda m: (strength(m.study), m.hit.score), reverse=True)
    indirect.sort(key=lambda m: strength(m.study), reverse=True)
    return direct[:limit] + indirect[: max(2, limit // 4)], len(direct), named, unstated, on_aspect


def _distinct(members: list[Member]) -> list[Member]:
    keep = {id(h) for h in distinct([m.hit for m in members])}
    return [m for m in members if id(m.hit) in keep]


def held_elsewhere(aspects: frozenset[str], hits: list[Hit], sides: list[str]) -> frozenset[str]:
    """Aspect words that the studies the question retrieved hold, among those not about what it names.

    "Will a laser cap help alopecia areata?" retrieves alopecia areata studies of other treatments:
    the index holds that topic, and holds it apart from laser caps. An everyday word that happens to
    be in some study ("stay", "top") does not bring that study up, so it never counts.
    """
    vocab = vocabulary()
    held: set[str] = set()
    for hit in hits:
        if aspects and not any(mentions(hit.study, name, vocab) for name in sides):
            held |= aspects & _words_of(_study_text(hit.study))
    return frozenset(held)


def _combines_asked(study: Study, name: str, question: Question, vocab: Vocabulary) -> bool:
    """A combination study whose other treatments are all ones the (non-comparison) question also names."""
    asked = {split_route(iv, vocab)[1] for iv in question.interventions} - {split_route(name, vocab)[1]}
    others = {o for o in _others(study, name, vocab) if not vocab.interventions[o].exposure}
    return bool(asked) and bool(others) and others <= asked


def _sets_against(study: Study, side: str, other: str, vocab: Vocabulary) -> bool:
    """A study kept apart from one side only for what it does with the other: in that comparison it is head to head.

    "Ketoconazole shampoo as an add-on ... improved density about as much as 2% minoxidil" and
    "combining finasteride and minoxidil worked better than either alone" are indirect evidence on
    either drug alone, but they are exactly what "is nizoral as good as minoxidil?" or "are fin and
    minox together better than either alone?" ask for, when their own title or TLDR sets the two
    against each other.
    """
    how, _ = classify(study, side, vocab)
    if how not in ("combination", "comparator") or not mentions(study, other, vocab):
        return False
    base = split_route(other, vocab)[1]
    named = {n for _, n, _ in _named_in(_main_text(study), vocab)}
    return base in named and HEAD_TO_HEAD.search(_main_text(study)) is not None


def gather(index: Index, question: Question, hits: list[Hit], filters: Filters | None = None) -> Body:
    """The body of evidence for a question that names an intervention; empty when it names none."""
    if not question.interventions:
        return Body()
    limit = index.settings.max_body if not question.is_comparison else max(2, index.settings.max_body // 2)
    by_id = {h.study.id: h for h in hits}
    sides = question.interventions[:2] if question.is_comparison else question.interventions[:1]
    body = Body()
    seen: set[str] = set()
    per_side = [side_body(index, question, name, by_id, filters, limit) for name in sides]
    body.aspects = frozenset(aspect_terms(question, vocabulary()))
    body.held_elsewhere = held_elsewhere(body.aspects, hits, sides)
    for name, (_, found, named, unstated, on_aspect) in zip(sides, per_side, strict=True):
        body.on_aspect += on_aspect
        body.unstated += unstated
        body.found[name] = found
        body.mentioned += named
        if question.is_comparison and not named:
            body.missing_side = name
        body.capped = body.capped or found > limit
    asked = question.asked_text
    if body.aspects and not body.on_aspect and not body.held_elsewhere and asked and asked != question.search_text:
        # the story steered the search ("my hair is thinning at the front. does minoxidil grow a beard?"):
        # what the asking clause alone brings up says whether the index holds its topic elsewhere
        body.held_elsewhere = held_elsewhere(body.aspects, search(index, asked, filters), sides)
    if question.is_comparison:
        pooled = [m for members, *_ in per_side for m in members]
        vocab = vocabulary()
        for m in pooled:
            other = sides[1] if m.side == sides[0] else sides[0]
            if not m.indirect and mentions(m.study, other, vocab) and HEAD_TO_HEAD.search(_study_text(m.study)):
                m.head_to_head = True
        ordered = sorted((m for m in pooled if m.head_to_head), key=lambda m: strength(m.study), reverse=True)
        ordered += [m for m in pooled if not m.head_to_head and not m.indirect]
        # a study of the other side is that side's direct evidence, never this side's indirect evidence
        ordered += [m for m in pooled if m.indirect and not any(mentions(m.study, s, vocab) for s in sides)]
    else:
        ordered = per_side[0][0]
    for m in ordered:
        if m.study.id not in seen:
            seen.add(m.study.id)
            body.members.append(m)
    body.other_sex = other_sex(question, body.direct)
    body.other_age = other_age(question, body.direct)
    return body
