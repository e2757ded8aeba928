"""Understand a question once: one typed record that every later step reads.

People ask in their own words ("does scalp cooling really stop your hair falling out on chemo?",
"is Rogaine or PRP better?", "and for women?"). ``understand`` turns the question, read in the
light of the conversation so far, into a ``Question``: its kind, the interventions it names (the
two sides of a comparison), the outcome and population words, and the question rewritten in the
index's vocabulary (``search_text``). The lay vocabulary is ``assistant/vocabulary.toml``, read and
matched by ``assistant/vocabulary.py``.

"or" makes a comparison only when its two sides are distinct interventions: "laser caps or
low-level laser therapy" names one treatment twice. A follow-up updates the previous record
instead of rewriting text: it keeps what it does not change.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace

from assistant.vocabulary import (
    ROUTE_NAMES,
    ROUTE_WORDS,
    ROUTES,
    WORD,
    Known,
    Vocabulary,
    find_interventions,
    known_all,
    phrase_pattern,
    rewrite,
    split_route,
    vocabulary,
)
from index.tokenize import QUESTION_WORDS, STOPWORDS, tokenize

KINDS = ("efficacy", "safety", "comparison", "dose", "mechanism", "general")


# "is it ok for teens?", "fine for someone my age?": whether a group or the asker may use it is whether it is
# safe for them ("ok for thinning hair?" names no one, and asks whether it works)
OK_FOR = (
    # "is it ok with high blood pressure?", "fine while breastfeeding?": whether it is safe in that state
    r"\b(?:ok|okay|alright|all right|fine) (?:with|while|whilst|during|when)\b|"
    r"\b(?:ok|okay|alright|all right|fine|suitable|appropriate) for (?:an? |my |your |ur |the |someone )?"
    r"(?:me|him|her|them|us|you|u|kids?|child|children|teens?|teenagers?|adolescents?|minors?|toddlers?|bab(?:y|ies)|"
    r"women|woman|men|man|girls?|boys?|ladies|guys?|females?|males?|seniors|older (?:people|adults)|people|someone|"
    r"anyone|everyone|sons?|daughters?|wife|husband|pregnant|breastfeeding|nursing|"
    r"(?:\w+ )?(?:age|\d+ ?(?:yr|year)s?[- ]olds?))\b"
)


SAFETY = re.compile(
    r"\b(safe|safer|safety|side[- ]?effects?|sides|adverse|aes|ae profile|"
    r"risks?|risky|harm\w*|toxic\w*|tolerat\w*|dangerous|"
    r"bad for|damage|cancer|sexual|libido|erectile|impotence|gyn[ae]?comastia|depression|problems|complications|"
    r"downsides?|drawbacks?|cons|dangers?|worried|scared|shock loss|itch\w*|irritat\w*|allerg\w*|poison\w*|"
    r"sick|hurts?|hurting|painful|pain|safely|(?:ok|okay|alright|fine) to (?:take|use|keep|be on|try|continue|start)|"
    r"mess(?:es|ing)? (?:with|up)|screw(?:s|ing)? (?:with|up)|sex drive|"
    # "can i do it at home?": whether one may do a procedure oneself is whether that is safe
    r"(?:can|could|should) (?:i|you|u|we|she|he) (?:do|use) (?:it|this|that|them|one) (?:myself )?at home)\b|" + OK_FOR,
    re.I,
)


# The words that ask whether something is safe, never what about it must be found ("is it too risky?"):
# a named harm (depression, sexual, cancer) stays an aspect the studies must speak of.
SAFETY_ASKS = re.compile(
    r"\b(safe|safer|safest|safety|side[- ]?effects?|adverse|aes|ae profile|"
    r"risks?|risky|riskier|harmful|harmless|toxic|toxicity|"
    r"tolerat\w*|dangerous|dangers?|bad for|downsides?|drawbacks?|cons|worried|scared|concern\w*|sick|"
    r"(?:ok|okay|alright|fine) to)\b|" + OK_FOR,
    re.I,
)


DOSE = re.compile(
    r"\b(doses?|dosage|dosing|how much|mg|milligrams?|concentration|strength|how often|how many times|"
    r"\d+\s?%|per day|daily|twice|\d+\s?mg|"
    r"how many (?:sessions|treatments|units|injections|times|drops|ml)|"
    # "how many hours a week do I wear a laser cap": how long it is used, per day or week, is how it is taken
    r"how many (?:hours|hrs|minutes|mins) (?:a|per|each|every) (?:day|week|night|session|time)|"
    r"sessions)\b",
    re.I,
)


MECHANISM = re.compile(
    r"\b(how does (?:it|this|that|\w+(?: \w+)?) work|how do (?:they|these|\w+) work|"
    r"why (?:does|do|would) (?:it|this|that|they|\w+(?: \w+)?) (?:work|help|cause|make|lead|trigger)|mechanism\w*|"
    r"pathway|what does \w+ do to|how it works|supposed to work|how (?:is|are) \w+(?: \w+)? supposed)\b|"
    # how or why a thing (not the asker) does what it does: "how does it do that?", "why does that happen?",
    # "how does finasteride stop hair loss?", "why do guys go bald?"
    r"\b(?:how|why) (?:does|do|did|would|could|is|are)\s+(?!(?:i|you|u|we|my|your|one)\b)(?:\w+\s+){1,3}?"
    r"(?:do (?:it|that|this|so)|happen\w*|cause\w*|block\w*|stop\w*|lower\w*|affect\w*|act|go bald|get bald|"
    r"lose (?:their|his|her) hair)\b",
    re.I,
)


# "is 5mg dangerous?", "is 1% safe for kids?": a strength said with a word that asks about harm asks whether that
# strength is safe, not which dose; "what dose is safe?" still asks an amount (its "dose" is no strength)
STRENGTH = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|%)(?!\w)", re.I)


LEADING_DOSE = re.compile(r"(?:low|lower|high|higher)[- ]?dosed?\s+", re.I)


HOW_LONG = re.compile(
    r"\b(how long|how many (?:months|weeks|years)|when (?:will|does|do|should|can) (?:it|this|that|my|the))\b", re.I
)


PER_USE = re.compile(
    r"\b(?:each|every|per|a|at a) (?:time|session|treatment|use|application|sitting)\b|\bat a time\b", re.I
)


NAME_DOSE = re.compile(
    rf"(?:\b(?:low|lower|high|higher|small|micro|mini)[- ]?dosed?|\d+(?:\.\d+)?\s?(?:%|mg|milligrams?))\s+"
    rf"(?:(?:{ROUTE_WORDS})\s+)?$",
    re.I,
)


# "make hair thicker", "makes your hair grow faster": an improvement, asked as efficacy, not a harm caused.
BETTER = r"(?:thick|full|dens|strong|long|grow|shin|soft)\w*"
EFFICACY = re.compile(
    r"\b(make (?:your |my |the )?hair " + BETTER + "|"
    r"work|works|working|worked|effective|effectiveness|efficacy|help|helps|helped|improve\w*|regrow\w*|"
    r"benefit\w*|results?|stop|stops|prevent\w*|reduce\w*|treat|treats|treatment|cure\w*|fix|thicken\w*|"
    r"grow|grows|growth|worth|any good|do anything|useful|reverse|restore\w*|boost\w*|options?|"
    r"what can (?:he|she|i|you|we|they) (?:take|use|do|try)|"
    r"what (?:he|she|i|you|we|they) (?:can|could|should) (?:take|use|do|try)|"
    r"what helps|what works|as good as|"
    # "best supplement for thinning hair?", "what treatments are there for AA?": what works for it is asked
    r"best (?:[\w'-]+ ){0,2}for|treatments|"
    r"legit|scam|hype|myth|snake oil|good for|any good|speed\w* (?:it |things |that |recovery |regrowth )?up|"
    # "will scalp cooling save my hair during chemo?": keeping the hair is what the treatment is for
    r"sav(?:e|es|ed|ing) (?:my |your |her |his |their |the |ur |u?r )?hair|"
    r"what (?:does|do|can|will|would) [\w' -]{1,30}? do for)\b",
    re.I,
)


PROGNOSIS = re.compile(
    r"\b(grows? back|come back|comes back|coming back|recover\w*|how long|normal|permanent\w*|temporary|go away|"
    r"goes away|last|(?:will|does|when will|when does|when) (?:it|this|that) (?:ever )?stop|"
    # "(will stop on its own)": the same ask as a follow-up's searched words, re-read without its pointer
    r"will (?:ever )?stop (?:on (?:its|it's|their) own|by itself|by themselves))\b",
    re.I,
)


LOSS_SINCE_STARTING = re.compile(
    r"\b(?:since|after) (?:i )?(?:start\w*|began|beginning|using|taking|applying)\b.{0,60}?"
    r"\b(?:shed\w*|hair loss|falling out|coming out|losing)|"
    r"\b(?:start\w*|began|begun)\b.{0,60}?\b(?:shed\w*|falling out more|coming out more|losing more)|"
    # "3 weeks into minoxidil and shedding like crazy", "2 months on fin and losing more": time on a treatment
    r"\b(?:days?|weeks?|wks?|months?|mos?)\s+(?:into|on|of using|of taking)\b.{0,60}?"
    r"\b(?:shed\w*|falling out|coming out|losing (?:more|hair|so much))",
    re.I,
)


CAN_TAKE = re.compile(
    r"\b(?:can|could|should) (?:you|i|u|we|one|women|men|he|she|they|(?P<child>kids|children|teens|teenagers|"
    r"toddlers|minors|(?:(?:my|a|an) )?\d{1,2}[- ]?(?:year|yr)s?[- ]old(?: \w+)?)|my \w+) "
    r"(?:even |still |really |actually |safely )?(?:take|use|try|be on|go on)\b",
    re.I,
)


CIRCUMSTANCE = re.compile(
    r"\b(?:while|when|if|during|whilst|with|after|before)\b|"
    r"\bat (?:that|this|his|her|my|your|their|such an?) (?:age|young age)\b",
    re.I,
)


# "can he take finasteride?", "can I use minoxidil on my dog?": whether that person may take it is whether it is
# safe for them ("should I take X?" asks advice, "what can he take?" asks what works, "can they use beard hair"
# speaks of surgeons)
PERSON_CAN = re.compile(
    r"(?<!what )(?<!which )\b(?:can|could) (?:i|he|she|u|my \w+) (?:even |still |really |actually |safely )?"
    r"(?:take|use|be on|go on)\b",
    re.I,
)
FOR_HAIR = re.compile(
    r"\bfor (?:my |his |her |the |u?r )?(?:hair|thinning|balding|bald|hairline|crown|alopecia)\b", re.I
)


STRONG_EFFICACY = re.compile(r"\b(work\w*|effective\w*|efficacy|help\w*|improve\w*|regrow\w*|benefit\w*)\b", re.I)


ADDS = re.compile(
    r"^\s*(?:and\s+)?(?:with|plus|combined with|together with|alongside)\b|"
    # "what about adding minoxidil to it?", "should I stack dut on top?": an add-on to the treatment discussed
    r"\b(?:adding|add|stack(?:ing)?|combin(?:e|ing))\s+(?:[\w'-]+\s+){1,3}?(?:to it|to that|to this|on top|with it)\b|"
    # "does adding minoxidil make it work better?": the add-on's gain to the treatment discussed, no comparison
    r"\b(?:adding|stacking|combining)\s+(?:[\w'-]+\s+){1,3}?(?:make|makes|help|helps|boost|boosts|improve|improves)\s+"
    r"(?:it|that|this|them|the results?)\b|"
    # "is it safe with minoxidil?", "can I use it alongside fin?": the treatment discussed, used with another
    r"\b(?:it|them|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:with|alongside|together with|combined with|on top of|plus)\s",
    re.I,
)


SUBLINGUAL = re.compile(r"\b(under the tongue|sublingual\w*)\b", re.I)


CAUSE = re.compile(
    r"\b(cause[sd]?|causing|makes? (?:your|my|you|me|the)? ?hair(?! " + BETTER + r")|"
    r"trigger\w*|linked|link|lead to|leads to|"
    r"result in|responsible|give (?:you|me)|gave me|"
    # "oral min giving me headaches": a harm the treatment is bringing on ("giving me my hairline back" is a gain)
    r"giv(?:es|ing) (?:you|me|u)(?!\s+(?:[\w']+\s+)?(?:hair\w*|results?|regrowth|growth|density|back)\b)|"
    r"(?:is|was|are|were) (?:this|that|it|these) (?:from|because of|due to)|"
    # "I wear a cap all the time. Is that why I'm balding?": whether the thing told is the cause
    r"(?:is|was|are|were|could|might|would) (?:this|that|it|these|those|they) (?:be )?(?:why|the reason|the cause))\b",
    re.I,
)

# A level or lack of a nutrient or hormone ("low vitamin d", "iron deficiency"): linked to hair loss is an association.
LEVEL = re.compile(r"\b(?:low|high|deficien\w*|lack of|levels?)\b", re.I)


# A price asked: "how much does it cost", "how much is a session", "what's the price"
COST = re.compile(
    r"\bhow much (?:does|do|did|is|are|would|will|should)\b.*?\b(?:cost\w*|charge\w*|pay|set (?:me|you) back)\b|"
    r"\b(?:costs?|price\w*|pricey)\b(?:\s+per\s+\w+)?",
    re.I,
)


# "at that dose", "on a high dose": the dose is the setting of what is asked
AT_DOSE = re.compile(
    r"\b(?:at|on) (?:that|this|the|a|such a|those|these|higher|lower|high|low) (?:doses?|dosages?)\b", re.I
)


COMPARE_CUES = re.compile(
    r"\b(vs\.?|versus|compared?|comparison|better than|safer than|worse than|stronger than|more effective than|"
    r"better|best|which (?:one|is)|or|instead of|rather than|than|switch(?:ing)? (?:from|to)|as good as|"
    r"as effective as|as well as|as much as|same as|vs|"
    # "Can I take saw palmetto instead? Is it anywhere near as good?": as good as the one named before
    r"(?:just|nearly|near|almost|quite) as (?:good|effective|strong)|as (?:good|effective|strong)(?=\W*$))\b",
    re.I,
)


# "vs PRP?", "or dutasteride?", "compared to the foam?": a turn that opens by setting something against
# what was discussed compares the two
# "is the topical one safer?": a bare comparative that sets another form against the one under discussion
THE_OTHER_ONE = re.compile(
    r"\bthe \w+ (?:one|version|kind|form) (?:is |be )?(?:safer|riskier|gentler|stronger|weaker|easier|better)\b", re.I
)
# "onion juice better?", "is dutasteride stronger?": a bare comparative after one treatment sets the new one against it
BARE_BETTER = re.compile(
    r"^\W*(?:is |are |would |will )?(?:the )?[\w' -]{1,30}?\s+(?:any )?(?:better|stronger|safer)\W*$", re.I
)
OPENS_COMPARE = re.compile(r"^\W*(?:and\s+)?(?:vs\.?|versus|compared (?:to|with)|against|or)\b", re.I)


# "ok completely different question: ...", "new topic -": the asker says it is not a follow-up
NEW_TOPIC = re.compile(
    r"\b(?:different|new|unrelated|separate|another|other) (?:question|topic|subject|thing)\b|"
    r"\bchang(?:e|ing) (?:the )?(?:subject|topic)\b",
    re.I,
)


FOLLOW_START = re.compile(r"^\s*(?:and|also|ok(?:ay)?|so|but|what about|how about|plus|then)\b", re.I)


# "is it safe for her?" after "my daughter is 9 ...": a pronoun for a person refers back as "it" does
REFERS = re.compile(
    r"\b(it|its|this|that|these|those|they|them|the same|the drug|the treatment|the pill|him|her|he|she)\b", re.I
)


NOT_OUTCOMES = {"oral", "efficacy", "injections", "COVID-19", "chemotherapy", "menopause postmenopausal"}


@dataclass(frozen=True)
class Question:
    """A question as understood: what every later step reads instead of matching the text again."""

    text: str  # as asked
    kind: str = "general"  # one of KINDS
    interventions: tuple[str, ...] = ()  # canonical names; the two sides of a comparison, in order
    outcome: tuple[str, ...] = ()  # outcome words in index vocabulary ("hair loss", "sexual", "regrowth")
    population: str | None = None  # women, men, children, older adults
    search_text: str = ""  # the question in index vocabulary: what is searched and shown as searched
    asked_text: str = ""  # the part that asks, in index vocabulary, without the asker's story ("" = search_text)
    aspect_text: str = ""  # what the studies must speak of: asked_text less an "or just ..." fallback ("" = asked)
    followed_up: bool = False  # read in the light of an earlier question
    unheard: tuple[str, ...] = ()  # what is asked about (or a side set against a named one) no indexed study has
    said: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # canonical -> the user's words

    @property
    def is_comparison(self) -> bool:
        """Two distinct interventions set against each other."""
        return self.kind == "comparison" and len(self.interventions) >= 2

    @property
    def main(self) -> str | None:
        """The intervention the question is about (the first side of a comparison)."""
        return self.interventions[0] if self.interventions else None


def _named(found: list[tuple[int, str, str]], vocab: Vocabulary | None = None) -> list[str]:
    """Canonical names, route included for drugs given more than one way, each once in order."""
    vocab = vocab or vocabulary()
    out: list[str] = []
    for _, name, route in found:
        entry = vocab.interventions.get(name)
        full = f"{route} {name}" if route and entry and route in entry.routes else name
        if route and name in out and full not in out and full != name:
            # "fin killed my libido. does topical fin avoid that?": the drug said again with its route is that form
            out[out.index(name)] = full
        elif not route and any(split_route(o, vocab) == (r, name) for o in out for r in ROUTE_NAMES):
            continue  # "my minoxidil foam itches, am I allergic to minoxidil itself?": the drug said again is that form
        elif full not in out and not (route and name in out):
            out.append(full)
    return out


def route_sides(text: str, vocab: Vocabulary | None = None) -> list[str] | None:
    """'oral or topical minoxidil', 'oral vs topical finasteride': two routes of one drug."""
    m = re.search(
        rf"(?<![\w-])({ROUTE_WORDS})\s+(?:or|vs\.?|versus|compared to|and)\s+({ROUTE_WORDS})\s+(\S+(?: \S+)?)",
        text,
        re.I,
    )
    found = find_interventions(m.group(3), vocab) if m else []
    if not found:
        # "minoxidil pill or liquid, which better?": the two forms said after the drug
        after = re.search(
            rf"(\S+(?: \S+)?)\s+({ROUTE_WORDS})\s+(?:or|vs\.?|versus|compared to)\s+({ROUTE_WORDS})\b", text, re.I
        )
        if not after:
            return None
        found = find_interventions(after.group(1), vocab)
        a, b = ROUTES[after.group(2).lower()], ROUTES[after.group(3).lower()]
        if not found or a == b or not _routes(found[-1][1]):
            return None
        return [f"{a} {found[-1][1]}", f"{b} {found[-1][1]}"]
    assert m is not None
    a, b = ROUTES[m.group(1).lower()], ROUTES[m.group(2).lower()]
    if not found or a == b:
        return None
    return [f"{a} {found[0][1]}", f"{b} {found[0][1]}"]


def population(text: str, vocab: Vocabulary | None = None, pronouns: bool = True) -> str | None:
    """The population the question is about, if it names one.

    An age under 18 ("my 9 year old daughter", "he's 14") says children whatever the pronouns and
    kin words around it say. A word inside the name of what is asked about is no statement of who
    asks: "birth control pills" is a product for women, "and pregnancy?" names a condition; only
    when the condition is said of a person ("I just had a baby", "my wife is pregnant") is she the
    population.
    """
    vocab = vocab or vocabulary()
    text = LIKE_KIN.sub(" ", _without_names(text, vocab))
    voiced = KIN_VOICE.sub(" ", KIN_SIDE.sub(" ", text))
    pronouns = pronouns and voiced == text  # "my aunt swears by it for her hair": "her" is the aunt's
    text = voiced
    if KIN_HISTORY.search(text) and (ASKER_SELF.search(KIN_HISTORY.sub(" ", text)) or GENETIC_ASK.search(text)):
        # "I'm 19 and my dad was bald by 30, and so was his dad": the asker asks of themself, not of them
        text = ANY_KIN.sub(" ", text)
        pronouns = False
    age = stated_age(text)
    if age is not None and age < 18:
        return "children"
    hits = [
        (m.start(), group) for phrase, group in vocab.population.items() for m in phrase_pattern(phrase).finditer(text)
    ]
    if re.search(r"\b(i'?m|i am|as) an? (woman|girl|female)\b", text, re.I):
        return "women"
    if hits and (m := AGE_SEX.search(text)) and all(KIN.fullmatch(text[i : i + 12].split()[0]) for i, _ in hits):
        # "28M on dutasteride. Wife and I are trying for a baby": who asks is said; the kin is the story
        return "children" if int(m.group(1)) < 18 else ("women" if m.group(2).lower() == "f" else "men")
    if hits:
        first = min(hits)
        if first[1] == "children" and age is not None and (sex := GROWN_CHILD.get(text[first[0] :].split()[0].lower())):
            return sex  # "my son is 19": a grown son is a man
        return first[1]
    if m := AGE_SEX.search(text):
        return "children" if int(m.group(1)) < 18 else ("women" if m.group(2).lower() == "f" else "men")
    # "will her hair grow back?": with no one else named, the person the question is about is a woman
    return "women" if pronouns and SHE.search(text) else None


# "my dad went bald at 30, am i screwed?", "my dad and both granddads are bald": kin said to be bald tell a family
# history. Kin words are filler (the asker's relatives are story), but a study of heredity says it through the
# family it followed ("often had a parent with early balding"), so its word is added to what is searched.
# (``assistant.members`` reads the same cue for the cause a study must name.)
KIN_BALD = re.compile(
    r"\b(?:both |all )?(?:of )?my (?:dad|father|grand(?:ad|dad|pa|father|ma|mother)|uncle|brother|mum|mom|mother|"
    r"parent)s?(?:\s+(?:and|&|or)\s+(?:both\s+)?(?:my\s+|his\s+|her\s+)?\w+)*"
    r"\s+(?:is|are|was|were|went|goes|gone|going|got|has|have|had)\b(?:\s+(?!my\b|your\b|me\b)\w+){0,2}?"
    r"\s+(?:bald\w*|thin\w*|reced\w*|lost (?:his|her|their|all (?:his|her|their)) hair)",
    re.I,
)
HEREDITY_WORDS = " parent"


# "will I go bald like my dad?": the kin the asker is likened to is not who the question is about
LIKE_KIN = re.compile(
    r"\blike (?:my|his|her|your) (?:dad|father|mum|mom|mother|brother|sister|grandad|grandpa)\b", re.I
)


# A relative in the story who is not who the question is about:
# - a voice: "my sister swears by it", "my uncle says finasteride ...", "my mum always said that ...";
# - a side of the family: "is baldness from your mom's side?";
# - family history, when the asker speaks of themself or asks whether it runs in families: "I'm 19 and my dad
#   was bald by 30", "my dad has heart issues so im paranoid" ("my mum has AA patches, does onion juice work?"
#   asks of her, and stays about her).
KIN_WORDS = (
    r"dad|dads|father|mum|mom|mother|brother|brothers|sister|sisters|grandad|grandads|granddad|grandpa|grandma|"
    r"grandmother|grandfather|nan|nana|uncle|uncles|aunt|aunts|auntie|cousin|wife|husband|girlfriend|boyfriend|"
    r"partner"
)
KIN = re.compile(rf"(?:{KIN_WORDS})\W*", re.I)
ANY_KIN = re.compile(rf"\b(?:my|his|her|their|our|your)\s+(?:{KIN_WORDS})\b", re.I)
KIN_VOICE = re.compile(
    rf"\b(?:my|his|her|our)\s+(?:{KIN_WORDS})\b(?:\s+(?:always|also|keeps?|just|even))?\s+"
    r"(?:says?|said|say|saying|swears?|swore|swearing|insists?|insisting|reckons?|thinks?|told|tells|telling|nagging|"
    r"claims?|believes?|bought|"
    r"is panicking|recommended|suggested)\b",
    re.I,
)
KIN_SIDE = re.compile(rf"\b(?:your|my|his|her|the)\s+(?:{KIN_WORDS})'?s?'?\s+side\b", re.I)
KIN_HISTORY = re.compile(
    rf"\b(?:my|his|her)\s+(?:{KIN_WORDS})\b(?:\s+and\s+(?:my\s+|his\s+|her\s+|both\s+)?(?:{KIN_WORDS}))?"
    r"(?:\s+(?:both|all|also|too))?\s+(?:is|was|were|are|went|got|has|had|have|both have|has been|had been)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:bald\w*|grey\w*|gray\w*|thin\w*|reced\w*|heart|cancer|diabetes|ffa|frontal|"
    r"alopecia|hair loss|high blood)\b",
    re.I,
)
ASKER_SELF = re.compile(
    r"\b(?:i|i'?m|im|i'?ve|ive|me|am i)\b|\bmy\s+(?:hair|hairline|temples|crown|scalp|parting|head)\b", re.I
)
GENETIC_ASK = re.compile(r"\b(?:genetic\w*|hereditary|inherit\w*|run(?:s)? in (?:the )?famil\w*)\b", re.I)


GROWN_CHILD = {"son": "men", "sons": "men", "daughter": "women", "daughters": "women"}


# Forum shorthand for who is asking: "28F", "35M", "(31 m)"; an age alone says no sex.
AGE_SEX = re.compile(r"\b(\d{1,2})\s?([fm])\b", re.I)
SHE = re.compile(r"\b(?:she|she'?s|shes|her|hers|herself)\b", re.I)


AGE = re.compile(
    r"\b(\d{1,2})\s*(?:-\s*)?(?:years?[- ]old|yrs?[- ]old|y/?o|yo)\b|"
    # "at 14" is an age, but not a level read back ("my levels came back at 14", "ferritin was at 12")
    r"\b(?:(?:is|am|i'?m|he'?s|she'?s|aged?|(?<!back )(?<!was )(?<!were )(?<!levels )(?<!level )at)\s+)(\d{1,2})\b"
    r"(?!\s*(?:%|mg|months?|weeks?|days?|times|ng|nmol|ug|mcg|iu))",
    re.I,
)


def stated_age(text: str) -> int | None:
    """The age a question states ("my 9 year old", "14 yo", "my son is 15", "I'm 25"), if any."""
    m = AGE.search(text)
    return int(m.group(1) or m.group(2)) if m else None


PERSON_BEFORE = re.compile(r"\b(?:i|i'?m|im|i'?ve|ive|my \w+|she|she'?s|her|we|we'?re)\W+(?:\w+\W+){0,3}$", re.I)


def _without_names(text: str, vocab: Vocabulary) -> str:
    """The text with every named intervention blanked, except a condition said of a person ("I had a baby")."""
    spans = []
    for pos, name, _ in find_interventions(text, vocab):
        said = _surface(text[pos:], name)
        if not said:
            continue
        entry = vocab.interventions.get(name)
        if entry and entry.exposure and PERSON_BEFORE.search(text[:pos]):
            continue  # "I just had a baby": said of the asker, so she is the population
        spans.append((pos, pos + len(said)))
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def outcome_words(text: str, vocab: Vocabulary | None = None) -> tuple[str, ...]:
    """The index words for the outcomes the question names (lay phrases rewritten)."""
    vocab = vocab or vocabulary()
    out: list[str] = []
    lowered = text.lower()
    for phrase, words in sorted(vocab.lay.items(), key=lambda kv: len(kv[0]), reverse=True):
        if phrase_pattern(phrase).search(lowered):
            lowered = phrase_pattern(phrase).sub(" ", lowered)
            if words not in out and words not in NOT_OUTCOMES and "adverse" not in words:
                out.append(words)
    for word in ("hair loss", "alopecia", "regrowth", "hair growth", "density", "sexual", "libido", "shedding"):
        if word in text.lower() and not any(word in o for o in out):
            out.append(word)
    return tuple(out)


# Text-message spellings of the asking words ("can covid make ur hair shed?", "how often r u meant to"): the
# kind rules read the words they stand for. Only words no other reading has ("u", "ur", "r" alone).
TEXT_SPEAK = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "rly": "really",
    "wat": "what",
    "wht": "what",
    "b4": "before",
    "hw": "how",
    "gud": "good",
    "abt": "about",
}
TEXT_SPEAK_WORD = re.compile(r"(?<![\w'-])(" + "|".join(TEXT_SPEAK) + r")(?![\w'-])", re.I)


def plain_words(text: str) -> str:
    """The text with text-message spellings of ordinary words written out ("ur" -> "your")."""
    return TEXT_SPEAK_WORD.sub(lambda m: TEXT_SPEAK[m.group(1).lower()], text)


# "why?", "how?", "but why tho?", "how come?": a bare why or how asks how what was just discussed works
BARE_WHY = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|hmm|wait)\W+)*(?:why|y|how|how come|how so|why so|why is that|why's that|"
    r"how does that work|how does it do that|why would that be|why does it|how does it)"
    r"(?:\W+(?:tho|though|exactly|then|actually|really))*\W*$",
    re.I,
)


# "my hair is falling out after covid", "shedding since my surgery, is that normal?": hair loss told as coming
# after an exposure blames it, and asks whether the exposure causes it (unless it asks how long or whether it
# stops or comes back: that is the time course)
BLAMED = re.compile(
    r"\b(?:fall(?:s|ing)? out|falls out|coming out|shedding|sheds?|thinning|hair loss|los(?:ing|t) (?:so much |"
    r"a lot of |lots of )?(?:my |her |his )?hair)\b[^?.!]{0,40}?\b(?:after|since|from|because of|due to)\b",
    re.I,
)
IS_IT_NORMAL = re.compile(r"\bnormal\b", re.I)


# "fin making me depressed??", "can minoxidil make you dizzy?": a state of mind or body a treatment is said to
# bring on (the kind reads it only when a treatment, not a condition or exposure, is named)
MADE_ME = re.compile(
    r"\b(?:make|makes|making|made|give|gives|giving|gave|turn|turns|turning|turned)\s+"
    r"(?:me|you|u|him|her|them|people|men|women|guys|someone|anyone(?: else)?|everyone)\s+"
    r"(?:feel\s+)?(?:so\s+|more\s+|really\s+|super\s+)?"
    r"(?:depressed|depressive|suicidal|anxious|moody|sad|foggy|tired|exhausted|fatigued|dizzy|lightheaded|"
    r"light-headed|impotent|infertile|emotional|numb|flat|puffy|bloated|swollen|nauseous|faint)\b",
    re.I,
)


# "thyroid problems", "thyroid issues": the words that name a condition are no harm asked about
CONDITION_TROUBLE = re.compile(r"\b(?:problems?|issues?)\b", re.I)


def kind_of(text: str, sides: list[str], exposures_only: bool = False) -> str:
    """efficacy, safety, comparison, dose, mechanism or general (the first that fits, in that order of checks).

    "Will it grow back after chemo?" asks what happens, not whether a treatment works: a
    question about an exposure (or nothing named) that asks about recovery is general.
    """
    text = plain_words(text)
    conditions = vocabulary().conditions
    if sides and all(s in conditions for s in sides):
        text = CONDITION_TROUBLE.sub(" ", text)  # "and thyroid problems?" asks no harm
    if len(sides) >= 2 and COMPARE_CUES.search(text):
        return "comparison"
    if BARE_WHY.search(text):
        return "mechanism"  # "why?" after "does saw palmetto work?": how it does what was asked
    if HOW_LONG.search(text) and PER_USE.search(text):
        return "dose"  # "how long does she have to wear it each time?": how long one use lasts is how it is used
    if (
        exposures_only
        and sides
        and not all(s in conditions for s in sides)
        and BLAMED.search(text)
        and not PROGNOSIS.search(IS_IT_NORMAL.sub(" ", text))
        and not EFFICACY.search(text)  # "thinning since the baby, what can I do?" asks what helps
        and not MECHANISM.search(text)
    ):
        return "safety"  # "my hair is falling out after covid (, is that normal?)": whether covid causes it
    if exposures_only and PROGNOSIS.search(text) and not STRONG_EFFICACY.search(text) and not SAFETY_ASKS.search(text):
        return "general"
    if MECHANISM.search(text):
        return "mechanism"
    if HOW_LONG.search(text) and not SAFETY.search(text):
        return "general"  # how long it takes or lasts is the time course, not whether it works
    if COST.search(text) and not DOSE.search(COST.sub(" ", text)):
        return "general"  # "how much does PRP cost per session?" asks a price, not an amount to take
    if (
        DOSE.search(text)
        and not (AT_DOSE.search(text) and SAFETY_ASKS.search(text))
        and not (SAFETY_ASKS.search(text) and not DOSE.search(STRENGTH.sub(" ", text)))
    ):
        return "dose"  # "what side effects at that dose?" asks the harms of a dose, not which dose
    if sides and all(s in conditions for s in sides) and CAUSE.search(text) and not SAFETY_ASKS.search(text):
        return "general"  # "can thyroid problems cause hair loss?": the "problems" name the condition, no harm asked
    if SAFETY.search(text):
        return "safety"
    if sides and not exposures_only and MADE_ME.search(text):
        return "safety"  # "fin making me depressed??": a harm blamed on a named treatment asks whether it causes it
    if sides and not exposures_only and LOSS_SINCE_STARTING.search(text):
        return "safety"  # hair loss since starting a treatment asks whether the treatment causes it
    if m := CAN_TAKE.search(text):
        # "can you take minoxidil under the tongue?" asks whether it can be used for this; "can I take it
        # while pregnant?" whether that is safe
        # "can kids take it?": whether a group may take it at all is whether it is safe for them
        person = PERSON_CAN.search(text) and not STRONG_EFFICACY.search(text) and not FOR_HAIR.search(text)
        return "safety" if m.group("child") or person or CIRCUMSTANCE.search(text, m.end()) else "efficacy"
    if EFFICACY.search(text):
        return "efficacy"
    if CAUSE.search(text):
        # "is low vitamin d linked to shedding?" asks an association with a level, not a harm of taking it
        # "does lupus cause hair loss?": of a condition of the body, too ("does covid cause it?" asks a harm)
        # "is it from his dad's side?", "is it genetic?": heredity asked as the cause is no harm of an exposure
        heredity = not sides and bool(KIN_SIDE.search(text) or HEREDITY_CAUSE.search(text))
        of_body = bool(sides) and all(s in conditions for s in sides)
        return "general" if LEVEL.search(text) or heredity or of_body else "safety"
    return "general"


HEREDITY_CAUSE = re.compile(
    r"\b(?:genes|genetic\w*|hereditary|inherit\w*|runs? in (?:the|my|his|her|our|your) family)\b", re.I
)


def parse(text: str, vocab: Vocabulary | None = None, known: Known | None = None, alone: bool = True) -> Question:
    """One question on its own: its record.

    An exposure named beside a treatment is the setting, not a side: in "does scalp cooling
    prevent chemo hair loss?" the intervention is scalp cooling. ``alone`` is False for a turn read
    after one about a treatment, where "the pill" may be the tablet of the drug discussed.
    """
    vocab = vocab or vocabulary()
    asked, text = text, plain_words(text)  # "hw long till results": read as the words it stands for
    if (
        alone
        and THE_PILL.search(text)
        and not any(not is_exposure(n, vocab) for n in _named(find_interventions(text, vocab), vocab))
    ):
        # "does the pill help women with pattern hair loss?": with no drug named, "the pill" is the contraceptive
        text = THE_PILL.sub("the oral contraceptives", text)
    found = [] if _story_named_only(text, vocab) else find_interventions(text, vocab)
    named = route_sides(text, vocab) or _named(found, vocab)
    said = _said(text, found, known)
    treatments = [n for n in named if not is_exposure(n, vocab)]
    if treatments:
        named = [n for n in named if n in treatments or n in _exposure_sides(text, found, vocab)]
    named = _sublingual(text, named) if SUBLINGUAL.search(text) else named
    named = _other_route(text, named) if len(named) == 1 and COMPARE_CUES.search(text) else named
    named = _two_forms(text, named)
    named = _without_class_of_members(named, vocab)
    named = _heard_of(text, found, named)
    named = _failed_in_story(text, found, named)
    named = _added_first(text, found, named)
    kind = _kind_asked(text, found, named, exposures_only=not treatments)
    if kind in ("efficacy", "general") and treatments and _sheds(text, found):
        kind = "safety"  # "will the minoxidil shed ever stop?": the shedding a treatment brings is its side effect
    if kind == "comparison" and len(named) > 2:
        named = named[:3] if MULTI_WAY.search(text) else named[:2]  # "PRP vs exosomes vs stem cells": three sides
    return Question(
        text=asked,
        kind=kind,
        interventions=tuple(named),
        outcome=outcome_words(text, vocab),
        population=population(text, vocab),
        search_text=_keeps_population(rewrite(text, vocab, known), population(text, vocab), vocab)
        + (HEREDITY_WORDS if not named and KIN_BALD.search(text) else ""),
        asked_text=rewrite(asking_part(text, harm_claimed=kind == "safety"), vocab, known),
        aspect_text=rewrite(
            without_alternative(asking_part(text, keep_story=kind != "efficacy", harm_claimed=kind == "safety")),
            vocab,
            known,
        )
        + (LASTING_WORDS if treatments and RESULTS_LAST.search(text) else ""),
        said=said,
        unheard=(unheard_subject(text, vocab, known) if not found else unheard_side(text, vocab, known))
        # "I have a pacemaker, can I use a laser cap?": whether the asker may use it is whether it is safe for them
        or (unheard_state(text, vocab, known) if (kind == "safety" or CAN_TAKE.search(text)) and treatments else ()),
    )


# "how long do results from exosome injections last?", "how long does the effect of botox hold?": how long a
# treatment's gain lasts is a topic of its own, spoken of only by a study that followed it up. The words of
# such a study are added to the aspect read from the question, so that a study of the treatment that never
# speaks of lasting does not answer it (the generic "how long" and "results" are no aspect).
RESULTS_LAST = re.compile(
    r"\bhow long (?:do|does|will|would|did|can|could)\s+(?:the\s+)?"
    r"(?:results?|effects?|gains?|regrowth|benefits?|improvements?)\b[^?.!]{0,60}?\b(?:last|lasts|stay|stays|"
    r"hold|holds|persist|persists)\b",
    re.I,
)
LASTING_WORDS = " (maintained sustained durable lasting relapse)"


def asks_lasting(q: Question) -> bool:
    """The question asks how long a treatment's results last (``RESULTS_LAST``)."""
    return bool(q.interventions) and LASTING_WORDS in (q.aspect_text or "")


# "keep hearing about pyrilutamide on here. has it worked in any trials?": a treatment the story hears about
# is what the asking clause's pointer is, not the one the asker is already on
HEARD_OF = re.compile(
    r"\b(?:hearing|reading|seeing|heard|read|seen|came across|come across|stumbled (?:on|upon|across))\s+"
    r"(?:(?:a lot|so much|lots|loads|good things|great things)\s+)?(?:about|of|on)?\s*"
    r"(?:(?:this|the|a|an|some|that)\s+)?(?:new\s+)?$",
    re.I,
)


def _heard_of(text: str, found: list[tuple[int, str, str]], named: list[str]) -> list[str]:
    """The one treatment the story says the asker keeps hearing about, when the question asks of it by a pointer.

    Only when the asking clause names no treatment and points back ("has it worked?"), and the story names
    another that the asker is on: the pointer is the new thing heard about, and its studies alone answer.
    """
    if len(named) < 2:
        return named
    asked = asking_part(text)
    if asked == text or find_interventions(asked) or not POINTS_BACK_ASK.search(asked):
        return named
    heard = [name for start, name, _ in found if name in named and HEARD_OF.search(text[max(0, start - 60) : start])]
    return heard[-1:] if len(heard) == 1 else named


# "Steroid injections did nothing. Do JAK inhibitors actually work?": a treatment the story says failed is the
# asker's history; the treatment the asking clause names is what is asked ("would adding fin help?" keeps both)
FAILED_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,4}?(?:did ?n[o']?t (?:do|work|help)|did nothing|does nothing|do nothing|done nothing|"
    r"ha(?:ve|s) ?n[o']?t (?:done|worked|helped|really)|(?:have|has|had) not (?:done|worked|helped)|failed|"
    r"stopped working|no luck|useless|not working|never worked|made no difference|was a waste|were a waste|"
    r"(?:did|done|do|does) (?:very |so |pretty |really )?little|barely (?:worked|helped|did anything))\b",
    re.I,
)
ADD_ON = re.compile(r"\b(?:add|adding|plus|on top|alongside|combin\w*|stack\w*|together)\b", re.I)
# "Tofacitinib for kids with alopecia, any results?": "with" adds a treatment only when one is named after it
WITH_POINTER = re.compile(r"\bwith\s+(?:it|them|that|this|those|these)\b", re.I)
WITH_NAMED = re.compile(r"\bwith\s+(?:(?:my|the|a|an|some|your|oral|topical)\s+)?", re.I)


def _adds_on(asked: str) -> bool:
    """Does the asking clause add a treatment to another ("would adding fin help?", "minoxidil with PRP")?"""
    if ADD_ON.search(asked) or WITH_POINTER.search(asked):  # "does finasteride work with it?": with the failed one
        return True
    return any(pos == 0 for m in WITH_NAMED.finditer(asked) for pos, _, _ in find_interventions(asked[m.end() :]))


POINTS_AT = re.compile(r"\b(?:they|it|them|those|these|this|that)\b", re.I)


def _failed_in_story(text: str, found: list[tuple[int, str, str]], named: list[str]) -> list[str]:
    """The treatments named, less those of the story (failed, or named before the ask) when the ask names another."""
    if len(named) < 2:
        return named
    asked = asking_part(text)
    in_ask = {name for _, name, _ in find_interventions(asked)} if asked != text else set()
    named_in_ask = bool(in_ask)
    if not in_ask and asked != text:  # "Tofacitinib for kids, any results?": a bare ask asks of its sentence
        last = re.split(r"(?<=[.?!])\s+", text.strip())[-1]
        in_ask = {name for _, name, _ in find_interventions(last)} if last != text.strip() else set()
        asked = last if in_ask else asked
    if not in_ask and asked != text and POINTS_AT.search(asked):
        # "steroid shots haven't worked. Our derm brought up JAK inhibitors. Are they used in teenagers?": the ask
        # points back ("they", "it") at the treatment the sentence before it names
        sents = re.split(r"(?<=[.?!])\s+", text.strip())
        before = sents[-2] if len(sents) >= 2 else ""
        in_ask = {name for _, name, _ in find_interventions(before)}
    if not in_ask or _adds_on(asked):
        return named
    if named_in_ask and not COMPARE_CUES.search(asked) and not _adds_on(text):
        # "derm wants to switch me to dutasteride. Is dut safe for someone my age?", "already on fin. They are pushing
        # stem cell injections. Is there any evidence they work?": the asking clause names what is asked; a treatment
        # the story names before it (or sets aside with "instead of") is the asker's history, failed or not
        cues = {m.group(0).lower() for m in COMPARE_CUES.finditer(text)}
        first_asked = min((pos for pos, name, _ in found if name in in_ask), default=0)
        before = all(pos < first_asked for pos, name, _ in found if name not in in_ask)
        if cues <= {"instead of", "rather than"} and (cues or before):
            return [n for n in named if split_route(n)[1] in in_ask] or named
    if COMPARE_CUES.search(text):  # "avodart vs propecia? fin stopped working"
        return named
    failed = set()
    for pos, name, _ in found:
        said = _surface(text[pos:], name)
        if said and name not in in_ask and FAILED_AFTER.match(text[pos + len(said) : pos + len(said) + 60]):
            failed.add(name)
    keep = [n for n in named if split_route(n)[1] not in failed]
    return keep or named


# "been on fin a year, does adding oral minox help?", "could switch to dut", "take saw palmetto instead?": the
# treatment added or taken instead is what is asked, and is named first; the one the asker is on is the setting
ADDED_BEFORE = re.compile(
    r"\b(?:adding|add|added|switch(?:ing|ed)? (?:over )?to|mov(?:e|ing) (?:over )?to)\s+"
    r"(?:(?:in|on|a|an|the|some|low|dose|low-dose|oral|topical)\s+){0,4}$",
    re.I,
)
INSTEAD_AFTER = re.compile(r"^\s*instead\b(?!\s+of)", re.I)


def _added_first(text: str, found: list[tuple[int, str, str]], named: list[str]) -> list[str]:
    """The treatments named, the one added to or taken instead of the others first (the label order)."""
    if len(named) < 2:
        return named
    for pos, name, route in found:
        said = _surface(text[pos:], name)
        if not said:
            continue
        added = ADDED_BEFORE.search(text[max(0, pos - 40) : pos]) or INSTEAD_AFTER.match(text[pos + len(said) :])
        side = (
            f"{route} {name}"
            if f"{route} {name}" in named
            else next((n for n in named if split_route(n)[1] == name), None)
        )
        if added and side and side != named[0]:
            return [side] + [n for n in named if n != side]
    return named


def says_what(clause: str) -> bool:
    """Does an asking clause hold at least two words of a topic, enough to measure a study's coverage by?

    "i pull my hair out when im anxious, i think its trichotillomania. how do i stop?": "how do i
    stop?" asks, but says nothing of what; every study that holds "stop" would cover it whole. So
    does "will it make it fall out?" (rewritten "hair loss"): every study of hair loss holds those.
    """
    words = set(tokenize([clause])[0]) - QUESTION_WORDS
    return len(words) >= 2 and bool(words - HAIR_WORDS)  # "why do men go bald?" says what: men


# The words of hair loss itself, in the index's words: every study holds some, so they name no topic
HAIR_WORDS = frozenset(tokenize(["hair loss alopecia bald balding baldness thinning shedding grow growth regrow"])[0])


# "and if it doesn't work, will her hair grow back?": a premise before the comma, not what is asked.
PREMISE = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:if|in case) (?:it|that|this|they|he|she) (?:does ?n[o']?t|do ?n[o']?t|didn'?t|"
    r"fails? to|won'?t|will not) (?:work|help)\w*\s*,",
    re.I,
)


POINTERS = frozenset("it that this they them those these he she his her its their".split())
# "is one as good as the other?", "is either any good?": the subject is one of the sides named before it
SIDE_POINTERS = frozenset("one either both each neither".split())
# "Does the pill work as well as the solution?" after a story naming both: a form alone points back at the drug
FORM_SUBJECT = frozenset(
    "the a pill pills tablet tablets capsule capsules solution foam liquid cream gel spray lotion serum drops "
    "oral topical".split()
    # "and iron, do supplements help?": a supplement of what the clause before named
    + "supplement supplements supps".split()
)


def _story_named_only(text: str, vocab: Vocabulary) -> bool:
    """The only treatments named are in the story, and the asking clause has a subject of its own.

    "does scalp massage thicken hair? I do it every night with one of those silicone brushes": the
    brush is how the asker does it, and the question is about massage. When the asking clause says
    "that" or "it" ("my toddler licked my minoxidil, how dangerous is that?") the story's treatment
    is what it asks about, and stays.
    """
    asked = asking_part(text)
    if asked == text or find_interventions(asked, vocab) or not find_interventions(text, vocab):
        return False
    m = SUBJECT.search(asked)
    if not m:
        return False
    words = [w.lower() for w in WORD.findall(m.group("x"))]
    if words and words[0] in POINTERS:
        return False  # "will it ever grow back?": the subject points back into the story
    if words and words[0] in SIDE_POINTERS and len(_named(find_interventions(text, vocab), vocab)) >= 2:
        return False  # "Nizoral vs rogaine, is one as good as the other?": "one" is one of the two sides named
    if words and all(w in FORM_SUBJECT for w in words) and words[-1] not in ("the", "a"):
        return False  # "does the pill work as well?": a form of the drug the story named
    return any(w not in vocab.filler and w not in SUBJECT_FILLER and w not in STOPWORDS and len(w) > 2 for w in words)


def _kind_asked(text: str, found: list[tuple[int, str, str]], named: list[str], exposures_only: bool) -> str:
    """The kind of what the clause that asks asks, else of the whole text.

    "my mum starts chemo for breast cancer next week. does scalp cooling stop the hair falling
    out?": "cancer" is the story, and the question asks whether scalp cooling works. When the
    asking clause says no kind of its own ("is that normal?" after the story) the whole text decides.
    """
    text = PREMISE.sub(" ", text)
    whole = kind_of(_without_name_doses(text, found), named, exposures_only=exposures_only)
    asked = asking_part(text)
    if asked == text or (whole == "safety" and named and LOSS_SINCE_STARTING.search(text)):
        # "I started minoxidil and now I'm shedding, does that mean it's not working?": the story is the harm
        return whole
    own = kind_of(_without_name_doses(asked, find_interventions(asked)), named, exposures_only=exposures_only)
    if whole == "comparison" and WHICH.search(asked):
        return whole  # "finasteride vs dutasteride, which grows more hair?": the which asks between the two named
    if (
        whole == "safety"
        and own == "efficacy"
        and GOES_AWAY.search(asked)
        and not STRONG_EFFICACY.search(asked)
        and not HAIR_NAMED.search(asked)  # "will my hair come back if I stop?" asks of the hair, not of a harm
    ):
        return whole  # "fin gave me low libido, will it go away if i stop": whether the harm told lasts
    return own if own != "general" else whole


WHICH = re.compile(r"\bwhich\b", re.I)
# whether something told goes away: of a harm in the story ("gave me low libido"), whether the harm lasts
HAIR_NAMED = re.compile(r"\b(?:hair|hairline|crown)\b", re.I)
GOES_AWAY = re.compile(
    r"\b(?:go(?:es)? away|come back|comes back|wear(?:s)? off|permanent\w*|(?:ir)?reversible)\b", re.I
)


# one item of a list of treatments: a few words, none of them a verb that asks ("I am on fin, is PRP or ...")
LIST_ITEM = r"(?:(?!(?:is|are|am|was|does|do|did|should|would|will|can|could|i|i'?m|im|and)\b)[\w'-]+\s*){1,4}"
# Three set against each other: "A vs B vs C", "A, B or C - which works best?", "which of these three"
MULTI_WAY = re.compile(
    rf"\b(?:vs\.?|versus)\s.*\b(?:vs\.?|versus)\s|{LIST_ITEM},\s*{LIST_ITEM},?\s+or\s+{LIST_ITEM}|"
    r"\bwhich (?:one )?of (?:these|them|those|the (?:three|3))\b",
    re.I,
)


def _keeps_population(searched: str, pop: str | None, vocab: Vocabulary) -> str:
    """The searched text, saying the population when the rewrite dropped the words that stated it.

    "28F", "my mum" or "guys" are rewritten away as filler, but the searched text is what a
    follow-up re-reads as the conversation so far ("any side effects?" after a question about a
    woman is still about a woman), so it must still say who the question is about.
    """
    if not pop or population(searched, vocab) == pop:
        return searched
    return f"{searched} in {pop}"


SUBJECT = re.compile(
    r"(?:^|[.?!,]\s+)\W*(?:does|do|can|could|will|would|might|may|is|are|should)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:cause[sd]?|make|makes|trigger|lead|give|damage|ruin|help|helps|work|works|regrow|grow|stop|prevent|"
    r"cure|fix|thicken|improve|reduce|treat|speed|slow|good|safe|bad|effective|worth|dangerous|harmful)\b",
    re.I,
)


def _sheds(text: str, found: list[tuple[int, str, str]]) -> bool:
    """A treatment's name said just before shedding ("the minoxidil shed", "finasteride shedding")."""
    for pos, name, _ in found:
        said = _surface(text[pos:], name)
        if said and re.match(r"\s+(?:dread\s+)?shed\w*\b", text[pos + len(said) :], re.I):
            return True
    return False


def _without_name_doses(text: str, found: list[tuple[int, str, str]]) -> str:
    """The text without a dose said as part of a treatment's name, when something else asks.

    "low dose oral minoxidil - does it really regrow hair?", "is 5% minoxidil safe?": the dose
    names which product is meant; the asking verb (regrow, safe) says what is asked. When nothing
    but the dose asks ("is 1 mg finasteride enough?"), the dose is the question.
    """
    out = text
    for pos, _, _ in sorted(found, reverse=True):
        before = NAME_DOSE.search(out[:pos])  # "5% minoxidil", "low dose oral minoxidil"
        within = LEADING_DOSE.match(out[pos:])  # the route "low-dose oral" read as part of the name
        if before:
            out = out[: before.start()] + " " * (pos - before.start()) + out[pos:]
        elif within:
            out = out[:pos] + " " * within.end() + out[pos + within.end() :]
    if out != text and (EFFICACY.search(out) or SAFETY.search(out) or MECHANISM.search(out)):
        return out
    return text


CONTRACTION = re.compile(r"n't$|^(?:i|you|we|they|it|that|there|he|she)'\w+$", re.I)
POSSESSIVE = re.compile(r"'s$")


# "ru58841 worth trying? 23M, too scared of fin sides": what opens a clause before "worth trying" is what is
# asked about, whatever the story names after it
WORTH_ASKED = re.compile(
    r"(?:^|[.?!,]\s+)\W*(?:(?:is|are)\s+)?(?:the\s+)?(?P<x>[\w-]+)\s+(?:(?:really|actually|even|still)\s+)?"
    r"(?:worth\s+(?:trying|it|a\s+(?:try|shot|go)|taking|using|buying)|any good)\b",
    re.I,
)
# A bare ask tacked on after keywords, with no stop before it: "... for hair growth does it work"
TRAILING_ASK = re.compile(
    r"\W*\b(?:does|do|will|would|can|is|are)\s+(?:it|this|that|they)(?:\s+(?:really|actually|even))?\s+"
    r"(?:work|works|help|helps|do anything|any good|legit|worth it)\W*$",
    re.I,
)


def unheard_subject(text: str, vocab: Vocabulary, known: Known | None) -> tuple[str, ...]:
    """The words of what a question asks about, when it names no treatment and the index holds none of them.

    "Do hair dyes cause hair loss?", "does castor oil regrow hair?": the thing asked about stands
    between the opening verb and what it is asked to do. When the vocabulary names nothing there
    and not one of its own words (beyond a product form such as "oil") is in any indexed study, the
    index cannot speak of it, however well the rest of the question ("cause hair loss") matches.
    Without ``known`` nothing is unheard.
    """
    if known is None:
        return ()
    # "batana oil for hair growth does it work": a bare ask tacked on after the keywords asks of them
    core = TRAILING_ASK.sub("", text)
    keywords = KEYWORD_SUBJECT.search(core) if not OPENS_ANYWHERE.search(core) and len(core.split()) <= 8 else None
    asked_for = EVIDENCE_FOR.search(text)
    for m, first_only in (
        (SUBJECT.search(text), False),
        (TAKEN.search(text), True),
        (keywords, False),
        (asked_for, True),
        (WORTH_ASKED.search(text), True),
        (CLAIMED.search(text) if POINTS_BACK_ASK.search(asking_part(text)) else None, False),
        (HEADLINE.search(text), False),
    ):
        if not m:
            continue
        if m.re is HEADLINE and FORUM_TITLE.search(m.group("x")):
            continue  # "Update after 6 months: ...": a post's title says what kind of post, not what is asked
        # "isn't baldness from your mom's side?": a contraction is no name, and a possessive is its word
        subject = m.group("x") if m.group("x") is not None else m.group("y")
        words = [POSSESSIVE.sub("", w.lower()) for w in WORD.findall(subject) if not CONTRACTION.search(w)]
        own = [
            w
            for w in words
            if w not in vocab.filler
            and w not in SUBJECT_FILLER
            and w not in vocab.population
            and w not in STOPWORDS
            and len(w) > 2
        ]
        own = own[:1] if first_only else own  # "started ozempic last month": what was started is the first word
        # "castor oil", "tea tree oil": "oil" only says what kind of product; when the index holds
        # none of the words that name which one, no study is about it, whatever "oil" matches
        # ("do hair supplements work?" names only a form, and the studies of supplements answer it)
        naming = [w for w in own if w not in PRODUCT_FORMS and w not in ROUTES] or own
        if own and not any(known(w) for w in naming):
            return tuple(own)
        # "does hair gel cause balding?": a vehicle form alone ("gel", "spray") is in the index only as the
        # form of some drug ("minoxidil gel"), so it names no product any study is about
        if own and all(w in VEHICLE_FORMS for w in own):
            return tuple(own)
    return ()


# A remedy someone vouches for in the story: "my aunt swears an apple cider vinegar rinse stopped her hair
# falling out", "a friend says rubbing garlic regrew his patch". When the question then asks of it by a
# pointer ("is there anything to it?", "does that work?"), the remedy is what is asked about.
CLAIMED = re.compile(
    r"\b(?:swears?|swore|says?|said|claims?|claimed|reckons?|insists?|believes?|told me|tells me|thinks?|"
    r"is convinced)\s+(?:that\s+)?(?:by\s+)?(?:an?\s+|the\s+|some\s+|this\s+|her\s+|his\s+|their\s+|using\s+|"
    r"rubbing\s+|putting\s+|drinking\s+|taking\s+)?"
    r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:stopped|stops|cured|cures|fixed|fixes|regrew|regrows|grew|grows|saved|saves|helped|helps|works|worked|"
    r"thickened|thickens|reversed|reverses|brought|gave)\b",
    re.I,
)
POINTS_BACK_ASK = re.compile(r"\b(?:it|that|this|they|them|those|these)\b", re.I)


# A clinician's headline: "Topical valproic acid for AGA: what concentration was used?", "Drug X in women -
# outcomes?". What comes before "for" or "in" and the colon is what it is about.
HEADLINE = re.compile(
    r"^\W*(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:for|in|after|with)\s+[^:?.]{1,40}?\s*(?::|\s[-\u2013\u2014]\s)\s*\S",
    re.I,
)


# The words a forum post's title opens with when it says what kind of post it is
FORUM_TITLE = re.compile(
    r"\b(?:update|updates|question|questions|help|advice|story|journey|progress|experience|experiences|thoughts|"
    r"rant|vent|psa|results?|review|month|months|week|weeks|year|years|day|days|edit|newbie|beginner)\b",
    re.I,
)


VS_SIDES = re.compile(r"([\w-]+)\s+(?:vs\.?|versus)\s+([\w-]+)", re.I)
SET_AGAINST = re.compile(
    r"([\w-]+)\s+(?:or|compared (?:to|with)|better than|worse than|stronger than|as good as|as effective as)\s+"
    r"(?:the\s+|my\s+)?([\w-]+)",
    re.I,
)
WHICH_BETTER = re.compile(
    r"\b(?:better|best|which|stronger|safer|worse|vs\.?|versus|compar\w*|more effective|as good|the same)\b", re.I
)
OBJECT_AFTER = re.compile(r"\s+(?:it|them|that|this|me|him|her)\b", re.I)
# "can I use castor oil with my minoxidil?", "mixing aloe into my rogaine": what is used with the named one
USED_WITH = re.compile(
    r"\b(?:use|using|put|putting|apply|applying|mix|mixing|combine|combining|take|taking)\s+(?:a\s+|an\s+|some\s+)?"
    r"([\w-]+)(?:\s+[\w-]+)?\s+(?:with|into|alongside|together with|on top of)\s+(?:my\s+|the\s+|your\s+)?"
    r"(?=[\w-]+)",
    re.I,
)


def unheard_side(text: str, vocab: Vocabulary, known: Known | None) -> tuple[str, ...]:
    """A side set against a named treatment ("nanoxidil vs minoxidil") that no indexed study has the word of.

    The vocabulary names no such drug and the index holds not its name, so that side of the
    comparison is unanswerable however well the named side is covered. Without ``known`` nothing is unheard.
    """
    if known is None:
        return ()
    # "been on fin and min, thinking of adding RU58841": what is added to (or swapped for) the named
    # treatments is what is asked about, and they are its background
    # ("switched to a cheaper compounded minoxidil foam" adds minoxidil itself: a name in the next words is it)
    added = [m.group(1) for m in ADDED.finditer(text) if not find_interventions(m.group(0), vocab)]
    added += [m.group(1) for m in INTENDS.finditer(text) if not find_interventions(m.group(0), vocab)]
    # "is nutrafol or finasteride better?", "castor oil with my minoxidil": a thing set against or used with a
    # named treatment, when the other side of the "or" (or what it is used with) is named
    against = [
        _naming_word(a) if not find_interventions(a, vocab) else _naming_word(b)
        for m in SET_AGAINST.finditer(text)
        for a, b in [_with_forms(text, m)]
        if bool(find_interventions(a, vocab)) != bool(find_interventions(b, vocab))
        # "happy with it or regret it?" joins two verbs: an "or" sets two things against each other only
        # when the question asks which is better
        and (not m.group(0).lower().split()[1] == "or" or WHICH_BETTER.search(text))
        and not OBJECT_AFTER.match(text[m.end() :])
    ]
    against += [m.group(1) for m in USED_WITH.finditer(text) if not find_interventions(m.group(1), vocab)]
    against += [m.group("x") for m in WORTH_ASKED.finditer(text)]
    # "garlic juice vs onion juice": each side is named by the word beside its form, never by the form
    sides = [_naming_word(w) for m in VS_SIDES.finditer(text) for w in _with_forms(text, m)]
    for w in sides + added + against:
        w = w.lower()
        if (
            len(w) > 3
            and not w[0].isdigit()  # "adding 5mg": a dose, never a name
            and w not in vocab.name_words
            and w not in vocab.filler
            and w not in STOPWORDS
            and w not in SUBJECT_FILLER
            and w not in ROUTES
            and w not in GENERIC_TREATMENTS
            and not find_interventions(w, vocab)
            and not any(known(t) for t in re.findall(r"[a-z0-9]+", w))
            and not _misspelt_name_word(w, vocab)
        ):
            return (w,)
    return ()


def _with_forms(text: str, m: re.Match) -> tuple[str, str]:
    """Both sides of an "X better than Y" with the product form that goes with each ("garlic juice", "onion juice").

    One word on each side reads "juice better than onion": the form stands for the side before it and
    the name of the side after it wants its form, or neither side is found to be named.
    """
    a, b = m.groups()
    if a.lower() in PRODUCT_FORMS and (before := re.search(r"([\w-]+)\s+$", text[: m.start(1)])):
        a = f"{before.group(1)} {a}"
    if (after := re.match(r"\s+([\w-]+)", text[m.end(2) :])) and after.group(1).lower() in PRODUCT_FORMS:
        b = f"{b} {after.group(1)}"
    return a, b


def _naming_word(side: str) -> str:
    """The word of a side that says which product it is: "garlic" of "garlic juice" (the form names none)."""
    words = side.split()
    return next((w for w in words if w.lower() not in PRODUCT_FORMS), words[-1])


def _misspelt_name_word(word: str, vocab: Vocabulary) -> bool:
    """'palmeto' in "saw palmeto or fin": one word of a treatment's name, misspelt (the rewrite already read it)."""
    return bool(difflib.get_close_matches(word, vocab.name_words, n=1, cutoff=0.85))


# Words for a treatment in general, never the name of one ("switch to meds", "add a supplement")
GENERIC_TREATMENTS = frozenset(
    "meds medication medications medicine medicines drug drugs pill pills treatment treatments product products "
    "supplement supplements vitamins routine regimen something anything another other "
    # what a treatment is weighed against that is no treatment: "is biotin better than nothing?"
    "nothing none placebo alone either both each others everything".split()
)


# What is added to the treatments named, or taken instead of them: its first word names it
ADDED = re.compile(
    r"\b(?:adding|add|added|stack(?:ing|ed)?|switch(?:ing|ed)? (?:over )?to|mov(?:e|ing) (?:over )?to|"
    r"replac(?:e|ing) (?:it|them|that) with|combin(?:e|ing) (?:it|them) with|on top of (?:that|it|them) with)"
    r"\s+(?:in\s+|on\s+)?(?:a\s+|an\s+|the\s+|some\s+|topical\s+|oral\s+)?([\w-]+)(?:\s+[\w-]+){0,3}",
    re.I,
)


# A state of the asker told in the story ("I have a pacemaker.", "I've got epilepsy"): whether a treatment
# is safe for them is asked of that state
STATE = re.compile(
    r"\b(?:i\s+have|i'?ve\s+got|i\s+have\s+got|i\s+suffer\s+from|i'?m\s+(?:living\s+)?with|"
    r"(?:someone|somebody|people|anyone|those|patients)\s+with|"
    r"(?:i\s+was|i'?ve\s+been|been)\s+diagnosed\s+with)\s+"
    # "I have no idea", "I have noticed", "I have been": no state is told
    r"(?!(?:no|not|never|been|had|to|always|also|just|only|a lot|lots|tried|any|barely|hardly|almost|nearly|"
    r"very|quite|pretty|such|so|too|little|less|more|much|some)\b|\w+(?:ed|en|ly)\b)"
    r"(?:a\s+|an\s+|some\s+)?"
    r"(?P<x>[\w'-]+(?:\s+(?!and\b|but\b|so\b|for\b|since\b|which\b|that\b)[\w'-]+)?)",
    re.I,
)


ASKER = re.compile(r"\b(?:me|my|i|i'?m|im|someone like me|someone with|people with|in my case)\b", re.I)


def unheard_state(text: str, vocab: Vocabulary, known: Known | None) -> tuple[str, ...]:
    """The words of a state the asker says they have, when a safety question is asked of it and no study holds them.

    "I have a pacemaker. Is a laser cap safe for me?": what is safe for that asker depends on the
    pacemaker, and when no indexed study holds the word, the studies of the treatment cannot say.
    A state any study names (high blood pressure, PCOS, alopecia areata) is left to the body of evidence.
    """
    if known is None or not ASKER.search(asking_part(text)):
        return ()  # "is it safe to start?" asks of the treatment; "is it safe for me?" of the asker
    for m in STATE.finditer(text):
        x = m.group("x")
        if find_interventions(x, vocab):
            continue
        words = [POSSESSIVE.sub("", w.lower()) for w in WORD.findall(x) if not CONTRACTION.search(w)]
        own = [
            w
            for w in words
            if w not in vocab.filler
            and w not in SUBJECT_FILLER
            and w not in vocab.population
            and w not in STOPWORDS
            and not any(c.isdigit() for c in w)
            and len(w) > 2
        ]
        if own and not any(known(w) for w in own):
            return tuple(own)
    return ()


# A search typed as keywords, with no word that asks: "mounjaro hair loss??", "latanoprost regrowth results".
# What comes before the hair-loss words is what it is about.
KEYWORD_SUBJECT = re.compile(
    r"^\W*(?P<x>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:(?:and|for|causing|causes?|cause)\s+)?"
    r"(?:hair|shedding|shed|balding|baldness|alopecia|thinning|regrowth|side[- ]effects?|sides|results?)\b",
    re.I,
)


# The kind of product a thing is ("castor oil", "onion juice", "rice water"), never which one: a subject
# whose only words an index holds are these is a product no study is about.
PRODUCT_FORMS = frozenset(
    "oil oils shampoo shampoos serum serums cream creams lotion lotions gel gels spray sprays mask masks "
    "supplement supplements vitamin vitamins pill pills tablet tablets capsule capsules powder powders "
    "extract extracts juice juices tea teas water drops tincture tonic".split()
)


# The forms a drug is made up in, which an index holds as the form of a drug and never as a product of its own
VEHICLE_FORMS = frozenset("gel gels spray sprays lotion lotions cream creams mousse mousses wax waxes".split())


# "thinking about trying batana oil too", "considering starting castor oil": what the asker means to take up,
# when a product form, "too" or the end of the clause follows it (never "want to try harder to ...")
INTENDS = re.compile(
    r"\b(?:thinking|considering|planning|wanting|want|looking)\s+(?:about\s+|of\s+|on\s+|to\s+|into\s+)?"
    r"(?:trying|try|using|use|starting|start|buying|buy|taking|take|adding|add)\s+(?:a\s+|an\s+|some\s+|the\s+)?"
    r"([\w-]+)(?=\s+(?:" + "|".join(sorted(PRODUCT_FORMS)) + r"|too|also|as well|alongside|on top)\b|\s*[,.?!]|\s*$)",
    re.I,
)


# What the asker started, takes or is on, when the question names no treatment: "started ozempic and my
# hair is coming out, is that a side effect?" asks about that drug, whatever else the question says.
TAKEN = re.compile(
    r"\b(?:started|starting|began|begun|taking|took|been on|i'?m on|im on|went on|going on|using|tried|trying|"
    r"switched to|stopped|quit|coming off|came off|put (?:me|him|her) on|prescribed(?: me)?|given)\s+"
    r"(?!to\s)(?:taking\s+|using\s+|on\s+)?(?:a\s+|an\s+|the\s+|my\s+|some\s+)?"
    r"(?P<x>[\w'-]+(?:\s+(?!and\b|but\b|for\b|since\b|because\b|now\b)[\w'-]+)?)",
    re.I,
)


SUBJECT_FILLER = frozenset(
    "the a an my your his her their our this that these those some any "
    "using taking wearing drinking eating putting having doing getting being "
    "hair scalp head too much many lot lots often regular regularly daily "
    "you i it they there people someone men women guys girls kids "
    # how much or how fast, never what: "sudden hair loss", "excessive shedding"
    "sudden suddenly severe excessive extreme rapid massive random heavy bad crazy major serious "
    # what is asked for, never what about: "thoughts on hair oil?", "any tips for regrowth?"
    "thoughts opinion opinions views verdict feedback experience experiences info tips advice "
    # the evidence asked for, never what it is about: "is there any proof it works?", "bro science?"
    "proof evidence science research data".split()
)


OPENER = (
    r"(?:is|are|am|was|were|does|do|did|can|could|will|would|should|shall|has|have|how|what|whats|what's|why|"
    r"when|which|who|where|any)"
)
OPENS_ANYWHERE = re.compile(rf"\b{OPENER}\b", re.I)
# "any trial results for setipiprant?", "studies on X yet?": what the evidence is asked for is the subject
# "what do the studies say about garlic?", "thoughts on batana oil?", "anyone had experience with X?": what an
# opinion or the evidence is asked about
EVIDENCE_FOR = re.compile(
    r"\b(?:results?|trials?|studies|study|data|evidence|research|reviews?|science)\s+(?:(?:say|says|show|shows)\s+)?"
    r"(?:for|on|of|with|about|behind)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+)?)|"
    r"\b(?:thoughts|opinions?|views|experiences?|verdict|feedback|reviews)\s+(?:on|with|about|of)\s+"
    r"(?:the\s+|a\s+|an\s+|using\s+|taking\s+)?(?P<y>[\w'-]+(?:\s+[\w'-]+)?)",
    re.I,
)
ASKS = re.compile(rf"^\W*(?:(?:so|and|but|also|ok|okay|honestly|seriously|like|then)\W+)*{OPENER}\b", re.I)
# an emoji or a line break ends a clause as a full stop does: "coming out everywhere 😭 how long does this last??"
EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55"
CLAUSES = re.compile(
    rf"(?<=[.!?])\s+|[,;:]\s+(?={OPENER}\b)|\s+[-\u2013\u2014]+\s+(?={OPENER}\b)|\s*[{EMOJI}]+(?:\ufe0f)?\s*|"
    r"\s*\n\s*",  # a line break ends a clause: posts are written in lines without full stops
    re.I,
)
# a story clause that says the answer is for someone else than a person ("my cat licked it") is kept too, and
# so is one that says a baby is planned ("wife and I are trying for a baby"): that changes a drug's answer
# (a baby already born is the exposure itself, "just had a baby", and the rewrite names it postpartum)
KEEP_STORY = re.compile(
    r"pregnan|postpartum|breastfe|nursing|lactat|menopaus|pcos|polycystic|"
    r"\b(?:trying|try|plan\w*|want\w*) (?:for|to have|to get) (?:a )?(?:baby|kids?|pregnant)\b|conceiv|fertil|\bttc\b|"
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?)\b",
    re.I,
)


# A closing wish opens like a question ("would love to hear from anyone who's been on it", "would be
# great to hear", "any advice appreciated") but has no subject of its own: it asks nothing of the studies.
SIGN_OFF = re.compile(
    r"^\W*(?:would|i'?d|will|any)\s+(?:love|like|appreciate|be (?:great|grateful|nice|helpful|awesome)|"
    r"(?:advice|tips|input|help|thoughts|experiences?|info|information|insights?|answers?|replies|feedback)\b.*"
    r"\b(?:appreciated|welcome|helps?)\b)",
    re.I,
)


# A story told without its "I", opening like a question: "Was on finasteride 5 years, great at first",
# "Was diagnosed with PCOS last year". Without a question mark it tells; "was wondering if..." still asks.
TOLD = re.compile(
    r"^\W*(?:was|were|am|have|has|had)\s+(?!(?:wondering|curious|hoping|thinking|told|there|it|this|that|"
    r"they|you|he|she|we|i|my|the|a|an)\b)\w+",
    re.I,
)


# An asking clause with nothing of its own but a pronoun: "does it work?", "is it actually safe?", "do they help?"
BARE_ASK = re.compile(
    r"^\W*(?:(?:so|and|but|also|ok|okay|honestly|seriously|like|then)\W+)*"
    r"(?:does|do|did|is|are|will|would|can|could|has|have)\s+(?:it|this|that|they|these|those)"
    r"(?:\s+(?:really|actually|even|honestly|genuinely|truly|ever|still))?"
    r"\s+(?:work|works|help|helps|do anything|any good|safe|worth it|legit|effective)\W*$",
    re.I,
)


# A clause that asks only whether what came before is so: "is that true?", "is this real?", "true or false?"
IS_IT_TRUE = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|honestly|seriously)\W+)*(?:(?:is|was)\s+(?:that|this|it)\s+)?"
    r"(?:(?:really|actually|even)\s+)?(?:true|real|right|correct|a fact|accurate|legit)"
    r"(?:\s+or\s+(?:not|false|a myth))?\W*$",
    re.I,
)


def asking_part(text: str, keep_story: bool = True, harm_claimed: bool = False) -> str:
    """The clauses that ask, without the story around them: what a question's own aspect words are read from.

    People tell their story before they ask ("I'm 31, my crown has been thinning and my dad is bald.
    does finasteride keep working?", "my toddler got into my minoxidil and licked some, how dangerous
    is that?"). The story's words say who is asking and why, not what the studies must be about; the
    clause that asks (it ends in '?' or opens like a question) does. A story clause that names a
    condition that changes the answer (pregnant, breastfeeding, menopause) is kept. With no clause that
    asks, or nothing else, the whole text is the question.
    """
    clauses = [c for c in CLAUSES.split(text.strip()) if c and c.strip()]
    asking = [
        c
        for c in clauses
        if c.rstrip().endswith("?") or (ASKS.search(c) and not SIGN_OFF.search(c) and not TOLD.search(c))
    ]
    # "PRP for patchy beard growth, does it work?": a clause that asks only of "it" asks of the clause before it
    asking += [b for b, c in zip(clauses, clauses[1:], strict=False) if c in asking and BARE_ASK.search(c)]
    # "I read it causes depression. Is that true?": of a harm, a clause that asks only whether it is true asks of
    # the claim (advice doubted, "you should get your loss stable first. is that true?", stays the story)
    if harm_claimed:
        asking += [b for b, c in zip(clauses, clauses[1:], strict=False) if c in asking and IS_IT_TRUE.search(c)]
    if not asking or len(set(asking)) == len(clauses):
        return text
    # Whether a treatment works is not changed by the asker's state ("50F, menopause hit. do marine
    # protein supplements make hair thicker?"): any study of it in people like her answers. Whether it
    # is safe, or how much to take, is (``keep_story`` is False for an efficacy question's aspects).
    return " ".join(c for c in clauses if c in asking or (keep_story and KEEP_STORY.search(c)))


ALTERNATIVE = re.compile(
    r"\s*,?\s*\bor\s+(?:(?:is it\s+|does it\s+|do they\s+)?(?:just|only|merely|simply)\b|"
    # the other half of a yes/no ask, about the same thing by a pronoun: "or is it all marketing?",
    # "or am I overthinking it?", "or is it one of those spa things?"
    r"(?:is|are|was|am|were)\s+(?:it|that|this|they|i|these|those)\b(?!\s+(?:safe|ok|okay|dangerous|harmful|risky)\b)|"
    # or a verb put to the same thing by a pronoun at the end: "are most happy with it or regret it?"
    r"(?:do\s+(?:they|most|people)\s+|did\s+you\s+)?\w+\s+(?:it|that|them)\s*(?=\?))"
    r"[^?]*",
    re.I,
)


# "is there any proper evidence in humans, not just adverts?": what the asker sets aside is no topic either
NOT_JUST = re.compile(r"\s*,?\s*\bnot (?:just|only|merely|simply)\b[^?]*", re.I)


# "does olumiant work for regular pattern baldness, not AA?": what the asker sets apart at the end of the clause is
# what the studies need not be about (the studies of the excluded thing are no answer)
EXCLUDED = re.compile(
    r"\s*,\s*(?:but\s+|and\s+)?not\s+(?!just\b|only\b|merely\b|simply\b|sure\b)[^,?.!]{1,40}(?=[?.!]|$)", re.I
)


def without_alternative(text: str) -> str:
    """'does nizoral help hair loss or just dandruff?': the fallback the asker fears is not what must be found.

    So is the other half of a yes/no ask put about the same thing by a pronoun ("does it work or is it
    all marketing?", "could the finasteride be causing depression or am I overthinking it?"): its
    words are the asker's doubt, never what a study must speak of.

    The question is whether it does the first thing; a study that shows it does answers it, whether
    or not it mentions the "or just ..." alternative.
    """
    return EXCLUDED.sub("", NOT_JUST.sub("", ALTERNATIVE.sub("", text)))


def _said(text: str, found: list[tuple[int, str, str]], known: Known | None) -> dict[str, str]:
    """The user's own name for each intervention, when the index holds those words."""
    out: dict[str, str] = {}
    for pos, name, _ in found:
        phrase = _surface(text[pos:], name)
        if phrase and known is not None and known_all(phrase, known):
            out.setdefault(name, phrase)
    return out


def _surface(rest: str, name: str) -> str | None:
    """The alias of ``name`` that ``rest`` starts with, as written."""
    for alias, canonical in vocabulary().alias_table:
        if canonical == name and phrase_pattern(alias).match(rest):
            return rest[: len(alias)]
    return None


def _sublingual(text: str, named: list[str]) -> list[str]:
    """'minoxidil under the tongue': the route said after the drug."""
    first = [f"sublingual {n}" if not split_route(n)[0] and "sublingual" in _routes(n) else n for n in named[:1]]
    return first + named[1:]


def _without_class_of_members(named: list[str], vocab: Vocabulary) -> list[str]:
    """'5-ARI choice: dutasteride vs finasteride': a class named beside two of its members is what they share."""
    entries = {n: vocab.interventions.get(split_route(n, vocab)[1]) for n in named}
    members = [e.drug_class for e in entries.values() if e and not e.is_class and e.drug_class]
    keep = [n for n in named if not ((e := entries[n]) and e.is_class and members.count(e.drug_class) >= 2)]
    return keep if keep else named


def _members_of(previous: Question, new: Question, vocab: Vocabulary) -> bool:
    """Every treatment the new question names belongs to the class the previous one asked about."""
    classes = {e.drug_class for i in previous.interventions if (e := vocab.interventions.get(i)) and e.is_class}
    return bool(classes and new.interventions) and all(
        (e := vocab.interventions.get(split_route(i)[1])) is not None and e.drug_class in classes
        for i in new.interventions
    )


def _default_route(name: str) -> str:
    entry = vocabulary().interventions.get(split_route(name)[1])
    return entry.default_route if entry else ""


def _routes(name: str) -> tuple[str, ...]:
    entry = vocabulary().interventions.get(split_route(name)[1])
    return entry.routes if entry else ()


def _other_route(text: str, named: list[str]) -> list[str]:
    """'is topical finasteride as good as the tablet?': a second route of the same drug is the other side."""
    route, _, base = named[0].partition(" ")
    if route not in ROUTES.values() or not base:
        return named
    others = {ROUTES[m.group(1).lower()] for m in re.finditer(rf"(?<![\w-])({ROUTE_WORDS})\b", text, re.I)} - {route}
    return [named[0], f"{sorted(others)[0]} {base}"] if others else named


# "minoxidil pills or the liquid, which is better?", "LOM or rogaine for women?", "prefer the pill over the topical
# stuff": two forms of the one drug named, set against each other, are the two sides (in the order said)
FORM_BRANDS = {"loniten": "oral", "lom": "oral", "rogaine": "topical", "regaine": "topical", "kirkland": "topical"}
FORM_WORD = re.compile(rf"(?<![\w-])({ROUTE_WORDS}|{'|'.join(FORM_BRANDS)})(?![\w-])", re.I)
FORMS_JOINED = re.compile(r"\b(?:or|vs\.?|versus|over|than|compared (?:to|with)|and)\b", re.I)
PREFER = re.compile(r"\bprefer\w*\b", re.I)


def _two_forms(text: str, named: list[str]) -> list[str]:
    """The one drug named, as its two forms when the question sets them against each other."""
    if len(named) != 1 or not (COMPARE_CUES.search(text) or PREFER.search(text)):
        return named
    base = split_route(named[0])[1]
    routes = _routes(base)
    if len(routes) < 2:
        return named
    forms: list[tuple[int, str]] = []
    for m in FORM_WORD.finditer(text):
        route = FORM_BRANDS.get(m.group(1).lower()) or ROUTES.get(m.group(1).lower())
        if route in routes and route not in (r for _, r in forms):
            forms.append((m.start(), route))
    if len(forms) != 2 or not FORMS_JOINED.search(text[forms[0][0] : forms[1][0]]):
        return named
    return [f"{forms[0][1]} {base}", f"{forms[1][1]} {base}"]


# "Spironolactone or birth control pills for female hair loss?": an exposure set against a treatment by "or" or
# "vs" is taken as a treatment, and is a side; asked as a cause ("is it the stress or the fin causing it?") it is not
SIDE_JOIN = re.compile(r"^\W*(?:or|vs\.?|versus|compared (?:to|with))\s+(?:the\s+|a\s+)?$", re.I)
CAUSE_ASKED = re.compile(r"\b(?:caus\w*|trigger\w*|blame\w*|due to|because|from|fault)\b", re.I)


def _exposure_sides(text: str, found: list[tuple[int, str, str]], vocab: Vocabulary) -> set[str]:
    """Exposures said right beside a treatment with "or"/"vs" between, when no cause is asked."""
    if CAUSE_ASKED.search(text):
        return set()
    spans = []
    for pos, name, _ in found:
        said = _surface(text[pos:], name)
        spans.append((pos, pos + len(said) if said else pos, name, is_exposure(name, vocab)))
    sides = set()
    for (_, end_a, a, exp_a), (start_b, _, b, exp_b) in zip(spans, spans[1:], strict=False):
        if exp_a != exp_b and SIDE_JOIN.match(text[end_a:start_b]):
            sides.add(a if exp_a else b)
    return sides


def is_exposure(name: str, vocab: Vocabulary) -> bool:
    """Whether a named intervention is an exposure (stress, covid-19, a drug blamed), its route said or not."""
    entry = vocab.interventions.get(name) or vocab.interventions.get(split_route(name, vocab)[1])
    return bool(entry and entry.exposure)


def is_follow_up(text: str, new: Question) -> bool:
    """A turn that leans on the previous one: short, starts like a follow-up, or refers back."""
    words = WORD.findall(text)
    if NEW_TOPIC.search(text):
        return False
    if (
        FOLLOW_START.search(text)
        or ADDS.search(text)
        or (REFERS.search(text) and (len(words) <= 12 or not new.interventions))
    ):
        return True
    if not new.interventions and (len(words) <= 6 or not new.outcome):
        return True  # nothing of its own to search: it asks about the treatment under discussion
    return len(words) <= 5 and not (new.interventions and new.kind != "general")


# Openings that only continue a conversation ("so", "ok" and "but" also open first questions).
LEANS_BACK = re.compile(r"^\s*(?:and|also|plus|what about|how about)\b", re.I)


def orphan_follow_up(question: str, asked: Question, history: list[str] | None) -> bool:
    """A follow-up ("what about side effects?", "is it safe?") asked with nothing before it.

    A one-shot ``ask`` or the first turn of a chat has no thread to follow: "does it work for
    women?" would be answered from whatever studies its other words find, about no treatment in
    particular. It is refused and the refusal says why, instead of leaving the user to guess.
    """
    if history or asked.interventions:
        return False
    short = len(question.split()) <= 6  # "is it normal to shed 100 hairs a day?" asks about no treatment
    return bool(LEANS_BACK.search(question) or (short and REFERS.search(question)))


# "ok forget that.", "never mind.", "different question:": what follows starts over, whoever it was about
START_OVER = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|anyway|alright)\W+)*"
    r"(?:forget (?:that|it|about (?:that|it))|never ?mind(?: that)?|(?:new|different|unrelated|separate) question|"
    r"change of (?:topic|subject))\b[\s.,;:!-]*",
    re.I,
)


def _only_setting(text: str, new: Question, previous: Question, vocab: Vocabulary) -> bool:
    """A follow-up naming only an exposure and pointing back at the treatment discussed: the exposure is its setting."""
    exposure_after_treatment = (
        bool(new.interventions)
        and all(is_exposure(i, vocab) for i in new.interventions)
        and bool(previous.interventions)
        and not any(is_exposure(i, vocab) for i in previous.interventions)
    )
    if (
        exposure_after_treatment
        and (PEOPLE_IN_STATE.search(text) or DURING.search(text))
        and not PROGNOSIS.search(text)
    ):
        return True  # "what about pregnant women?", "and during pregnancy?" after a drug: the drug in that state
    return (
        exposure_after_treatment
        and REFERS.search(text) is not None
        and re.search(r"\b(?:it|they|them|that|this)\b", text, re.I) is not None
        and not PROGNOSIS.search(text)  # "if it doesn't work, will her hair grow back after chemo?" asks of chemo
    )


DURING = re.compile(r"\b(?:during|while|whilst|when|if (?:i'?m|im|you'?re|she'?s|i am|you are|she is))\b", re.I)
# A state said as a kind of people ("pregnant women", "women with PCOS", "breastfeeding mums"): who is asked about
PEOPLE_IN_STATE = re.compile(
    r"\b(?:pregnant|breastfeeding|nursing|postpartum|menopausal|postmenopausal|expecting)\s+"
    r"(?:women|woman|mums?|moms?|mothers?|ladies|girls?|people|patients|wives|wife)\b|"
    r"\b(?:women|woman|mums?|moms?|mothers?|ladies|girls?|people|patients|someone)\s+"
    r"(?:with|who (?:are|is|have|has|had)|going through)\b",
    re.I,
)


TWO_ROUTES = re.compile(rf"(?<![\w-])({ROUTE_WORDS})\s+(?:or|vs\.?|versus|compared to)\s+({ROUTE_WORDS})\b", re.I)


def _two_routes(text: str, base: str) -> tuple[str, str] | None:
    """'oral or topical better?' after a question about minoxidil: both routes of the drug under discussion."""
    m = TWO_ROUTES.search(text)
    if not m or not base:
        return None
    a, b = ROUTES[m.group(1).lower()], ROUTES[m.group(2).lower()]
    if a == b or a not in _routes(base) or b not in _routes(base):
        return None
    return (f"{a} {base}", f"{b} {base}")


THE_PILL = re.compile(r"\bthe pill\b", re.I)


def _pill_of_the_drug(text: str, previous: Question, vocab: Vocabulary) -> bool:
    """'the pill' set against a drug asked of in another form that also comes as a tablet is its tablet.

    "topical finasteride" -> "does it work as well as the pill?": the other side is oral finasteride,
    not the contraceptive pill. Only when the turn compares and the drug was asked of in a said route
    other than oral; of a drug that is a pill anyway the pill stays the contraceptive.
    """
    if not THE_PILL.search(text) or not previous.main:
        return False
    route, base = split_route(previous.main, vocab)
    return bool(route and route != "oral" and "oral" in _routes(base) and COMPARE_CUES.search(text))


def follow_up(previous: Question, text: str, vocab: Vocabulary | None = None, known: Known | None = None) -> Question:
    """The previous record updated by a follow-up: it keeps what the follow-up does not change."""
    vocab = vocab or vocabulary()
    asked, text = text, plain_words(text)
    over = START_OVER.search(text)
    if over and text[over.end() :].strip():
        return replace(parse(text[over.end() :], vocab, known), text=asked)  # "ok forget that. does X help?"
    new = parse(text, vocab, known, alone=not previous.interventions)
    said_route = re.search(rf"(?<![\w-])({ROUTE_WORDS})\b", text, re.I)
    base = split_route(previous.main, vocab)[1] if previous.main else ""
    # "what about the pill version?", "does the spray …": a route of the drug under discussion, if it has routes
    route = said_route if said_route and ROUTES[said_route.group(1).lower()] in _routes(base) else None
    if (
        route
        and not new.interventions
        and THE_PILL.search(text)
        and _default_route(base) == "oral"
        and not _pill_of_the_drug(text, previous, vocab)  # "as good as the pill?" after topical finasteride
    ):
        # "is spironolactone better than the pill?": of a drug that is a pill anyway, the pill is the contraceptive
        new, route = replace(new, interventions=("oral contraceptives",)), None
    setting = _only_setting(text, new, previous, vocab)
    if not is_follow_up(text, new) and not (route and not new.interventions) and not setting:
        same = new.interventions == previous.interventions
        # "how common is thinning in women after menopause" -> "does spironolacton help?": a short question
        # naming only a treatment, after one about no treatment, asks it for the people already asked about
        short_named = not previous.interventions and new.interventions and len(WORD.findall(text)) <= 6
        # "ritlecitinib specifically, any safety signal?" after JAK inhibitors in adolescents: a member of
        # the class asked about narrows the same thread
        member = _members_of(previous, new, vocab)
        # "what dose of dut?" after dutasteride vs finasteride in men: one side of the thread, asked alone
        narrowed = bool(new.interventions) and set(new.interventions) < set(previous.interventions)
        if (same or short_named or member or narrowed) and previous.population and not new.population:
            # "any side effects from the cold cap?" after a question about my mum's chemo: the same
            # treatment asked again is the same thread, and it is still about her
            return replace(
                new,
                population=previous.population,
                search_text=_keeps_population(new.search_text, previous.population, vocab),
            )
        return new
    kind = new.kind if new.kind != "general" else previous.kind
    if BARE_WHY.search(plain_words(text)) and previous.is_comparison:
        kind = "comparison"  # "is oral better than topical?" -> "why?": why one does better is the comparison
    if (HOW_LONG.search(text) or COST.search(text)) and new.kind == "general":
        kind = (
            "general"  # "how long does it take for the grafts to grow?", "how much does it cost?": whatever came before
        )
    resolved = new.interventions or previous.interventions
    if new.kind == "general" and resolved and PROGNOSIS.search(text) and all(is_exposure(i, vocab) for i in resolved):
        kind = "general"  # "will her hair grow back after chemo?" names its exposure and asks what happens
    interventions = new.interventions or previous.interventions
    if setting:
        interventions = previous.interventions  # "my mum starts chemo next week, would it help her?": "it" is the cap
    if not new.interventions and route:
        interventions = (f"{ROUTES[route.group(1).lower()]} {base}",)
    both = _two_routes(text, base) if not new.interventions else None
    if both:
        interventions, kind = both, "comparison"  # "oral or topical better?": two routes of the drug discussed
    if new.kind == "general" and previous.kind == "comparison" and len(interventions) < 2:
        kind = "efficacy"
    if (
        new.kind == "efficacy"
        and previous.kind == "safety"
        and not STRONG_EFFICACY.search(text)
        and not new.interventions
    ):
        kind = "safety"  # "does it go away after you stop?" still asks about the side effects
    asks_compare = (
        OPENS_COMPARE.search(text)
        or BARE_BETTER.search(text)
        or THE_OTHER_ONE.search(text)
        or (COMPARE_CUES.search(text) and (REFERS.search(text) or FOLLOW_START.search(text) or "than" in text))
    )
    if ADDS.search(text) and new.interventions and previous.interventions:
        interventions = tuple(dict.fromkeys([*previous.interventions, *new.interventions]))
        kind = new.kind if new.kind not in ("general", "comparison") else previous.kind  # "is it safe with X?"
    elif len(new.interventions) == 1 and previous.interventions and asks_compare:
        if new.interventions[0] != previous.interventions[0]:
            interventions = (previous.interventions[0], new.interventions[0])
            kind = "comparison"
    elif not new.interventions and route and asks_compare and interventions[0] != previous.main:
        interventions = (previous.main, interventions[0])
        kind = "comparison"
    elif not new.interventions and previous.is_comparison and new.kind == "safety" and WHICH.search(text):
        kind = "safety"  # "which one itches more?" after a comparison: the harms of both sides
    elif not new.interventions and previous.is_comparison and COMPARE_CUES.search(text):
        kind = "comparison"
    elif kind == "comparison" and len(interventions) < 2:
        kind = "efficacy"
    if not new.interventions and previous.is_comparison and BOTH_TOGETHER.search(text) and not SAFETY_ASKS.search(text):
        kind = "efficacy"  # "can i take both together?" after "X vs Y": what the two do combined
    setting_of = _hair_back_after(text, new, previous, vocab)
    if setting_of:
        # "will scalp cooling save my hair during chemo?" -> "will it grow back after?": the hair after the chemo
        interventions, kind = (setting_of,), "general"
    exposures = bool(interventions) and all(is_exposure(i, vocab) for i in interventions)
    if new.kind == "general" and kind == "efficacy" and exposures:
        kind = "safety"  # "and sunscreen?": of something that causes hair loss, the question is whether it does
    outcome = new.outcome if (new.outcome or new.interventions) else previous.outcome
    record = Question(
        text=asked,
        kind=kind,
        interventions=tuple(interventions),
        outcome=outcome,
        # "is it safe for her?" after "my 12 year old daughter": a pronoun refers back, it states no one new
        population=population(text, vocab, pronouns=not previous.population) or previous.population,
        followed_up=True,
        said={**previous.said, **new.said},
    )
    own = _own_words(text, vocab, known) if new.kind == "general" and not new.interventions else ""
    if setting and not own:
        # "what about pregnant women?": the state stays in what is searched and re-read as the conversation
        own = " ".join(dict.fromkeys(n for n in new.interventions if is_exposure(n, vocab)))
        own = f"({own})" if own else ""
    return replace(record, search_text=f"{render(record, known)} {own}".strip())


# "can i take both together?", "should I just combine them?": the two sides discussed, used at once
BOTH_TOGETHER = re.compile(
    r"\b(?:both|the two|them|em)\b(?:\s+[\w'-]+){0,2}?\s+(?:together|at once|at the same time|combined)\b|"
    r"\b(?:combine|stack) (?:them|both|the two)\b",
    re.I,
)


# "will it grow back after?", "will my hair grow back if it doesn't work?": whether the hair comes back
HAIR_BACK = re.compile(
    r"\b(?:will|does|would|do|can|could)\s+(?:my |her |his |their |the |your |ur )?(?:hair|it|they)\s+"
    r"(?:ever\s+|all\s+|fully\s+)*(?:(?:grow|come)s?\s+back|regrow)\b",
    re.I,
)
# the exposure a treatment is only ever used against, when the conversation did not name it
SETTING = {"scalp cooling": "chemotherapy"}


def _hair_back_after(text: str, new: Question, previous: Question, vocab: Vocabulary) -> str | None:
    """The exposure whose hair loss a bare "will it grow back?" asks about, after a treatment used against it.

    Scalp cooling keeps the hair during chemotherapy; whether the hair grows back afterwards is a
    question about chemotherapy, not about the cap. The exposure is the one the earlier question
    named ("during chemo"), else the one the treatment is for.
    """
    if new.interventions or not previous.interventions or not HAIR_BACK.search(text):
        return None
    if any(is_exposure(i, vocab) for i in previous.interventions):
        return None  # "how long after covid?" -> "will it grow back?": already about the exposure
    named = [n for n in _named(find_interventions(previous.text, vocab), vocab) if is_exposure(n, vocab)]
    if named:
        return named[0]
    return next((SETTING[i] for i in previous.interventions if i in SETTING), None)


def _own_words(text: str, vocab: Vocabulary, known: Known | None) -> str:
    """What a follow-up asks beyond the record ('how many patients were treated'), to search with it."""
    text = rewrite(text, vocab, known)
    # "how long" stays whole, so that the searched text, read again as history, still asks the time course
    words = [w for w in re.findall(r"[\w'-]+", HOW_LONG.sub("how_long", text)) if w.lower() not in FOLLOW_WORDS]
    words = [w.replace("how_long", "how long") for w in words]
    content = [w for w in words if w.lower() not in vocab.population and len(w) > 2]
    return f"({' '.join(words)})" if len(content) >= 2 else ""


FOLLOW_WORDS = {
    "and",
    "also",
    "ok",
    "okay",
    "so",
    "but",
    "what",
    "about",
    "how",
    "plus",
    "then",
    "it",
    "this",
    "that",
    "they",
    "them",
    "is",
    "are",
    "does",
    "do",
    "the",
    "in",
    "for",
    "of",
    "a",
    "an",
    "any",
    "with",
}


TEMPLATES = {
    "efficacy": "does {x} work{outcome}{pop}?",
    "safety": "is {x} safe{pop}? side effects{outcome}",
    "dose": "what dose of {x}{pop}?",
    "mechanism": "how does {x} work{pop}?",
    "general": "{x}{outcome}{pop}",
}


def render(q: Question, known: Known | None = None) -> str:
    """A self-contained question for a record: what is searched, shown as searched, and re-read the same way.

    Each intervention is written as the index writes it: the name the user used when the index
    holds it ("stem-cell mesotherapy"), else the canonical name.
    """
    pop = f" in {q.population}" if q.population else ""
    outcome = f" for {' '.join(q.outcome)}" if q.outcome else ""
    names = [q.said.get(iv, iv) if known else iv for iv in q.interventions]
    if q.is_comparison:
        return f"{' versus '.join(names)}{outcome}{pop}"
    x = " and ".join(names) or "hair loss"
    return TEMPLATES.get(q.kind, TEMPLATES["general"]).format(x=x, outcome=outcome, pop=pop).strip()


def understand(
    text: str, history: list[str] | None = None, vocab: Vocabulary | None = None, known: Known | None = None
) -> Question:
    """The record of ``text`` read after the earlier questions of the conversation (oldest first)."""
    vocab = vocab or vocabulary()
    record: Question | None = None
    for earlier in [*(history or []), text]:
        record = parse(earlier, vocab, known) if record is None else follow_up(record, earlier, vocab, known)
        if len(history or []) == 0 or earlier is (history or [None])[0]:
            record = _keyword_efficacy(record, vocab)
    assert record is not None
    return record


# "are exosomes for hair?": a bare "is/are" before "X for <hair>" asks what the keyword search
# "exosomes for hair" asks (the searched text of "are exosomes legit for hair?", re-read as history)
COPULA_FOR = re.compile(r"^\W*(?:is|are)\b(?=(?:\s+[\w'-]+){1,4}\s+for\s+(?:hair|thinning|balding|bald)\b)", re.I)


def _keyword_efficacy(record: Question, vocab: Vocabulary) -> Question:
    """A keyword search for a treatment with no word of another kind ("minoxidil for women") asks whether it works.

    Only for a first question: a short follow-up ("and dutasteride?") keeps the kind it follows.
    """
    text = record.text
    if (
        record.kind != "general"
        or OPENS_ANYWHERE.search(COPULA_FOR.sub("", text, count=1))
        or len(text.split()) > 8
        or not record.interventions
        or any(is_exposure(i, vocab) for i in record.interventions)
    ):
        return record
    return replace(record, kind="efficacy")
