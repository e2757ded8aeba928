"""What a study found about its main intervention, read from its own conclusion by word rules.

A direction is one of ``benefit`` (it works, improves, helps), ``no benefit`` (no effect, no better
than placebo, no evidence that it works), ``harm`` (it causes or worsens hair loss, or a harm is the
point of the sentence) and ``mixed`` (it works in some and not others, or a caveat on the size or
reach of the effect is part of the finding: "modest", "in half of patients", "only in mild cases",
"less effective than minoxidil"). ``hedged`` marks a finding stated with reserve ("may help",
"promising but more research is needed").

Answers count studies by these directions, so a wrong one is a wrong claim shown to a patient.
The rules therefore abstain (``None``) whenever the text does not state a direction: descriptive
sentences ("this review discusses ..."), prevalence, mechanism, safety alone ("well tolerated") and
anything they cannot read with confidence. There is no model here: no NLI model installs on this
machine (docs: issues/notes), and word rules are auditable, fast and measured on labelled sets
(``bench/directions.py``: tests/data/directions_labelled.jsonl for tuning, directions_heldout.jsonl
kept apart).

The labelled sets are TLDR-style sentences, the text of summary sites. Conclusions of full abstracts
(PubMed) are longer and more often about mechanism or method: sentences over ``MAX_WORDS`` are not
read, and verbs count only with a hair or clinical object, but precision there is lower (see
docs/benchmarks.md, "Direction of findings").

Labelling conventions the rules follow (the labelled sets use the same):
- a comparison with an active treatment that comes out equal or better ("as effective as
  minoxidil", "works faster than", "not inferior to") is ``benefit``; equal to placebo/sham is
  ``no benefit``; "less effective than <active>" is ``mixed`` (it presupposes some effect but loses);
- an exposure linked to a harm ("smoking is associated with early balding", "linked to
  depression") is ``harm``; a denied link ("no link between", "not associated with") is no direction;
- a low level or lack of a nutrient linked to hair loss ("low vitamin D was linked to more severe
  alopecia areata", "vitamin D deficiency is common in hair loss") is no direction: it is not a harm
  of taking the supplement, nor evidence that taking it helps, and the direction is about the study's
  main intervention. A harm read in the same clause as such a deficiency is dropped; a benefit of
  correcting it ("raising ferritin reduced shedding") still counts, and an excess is still a harm
  ("high-dose vitamin A caused shedding");
- a finding that is mixed in itself ("gave mixed results", "the evidence is conflicting") is
  ``mixed`` without a benefit word, unless the sentence is about an association or a harm;
- "generally safe" / fewer side effects than a comparator is no direction: safety has its own
  classes in ``index.facts``;
- a qualifier on the evidence ("may", "small studies", "more research is needed") is a hedge,
  a qualifier on the effect ("modest", "some benefit", "in a third") makes it ``mixed``;
- a contrast clause ("but", "though", "whereas", "yet") that takes something back from a benefit makes
  it ``mixed``: an outcome, site or group it missed ("but not thickness", "did little for scalp hair",
  "rarely in totalis"), a gain that did not last ("fell out again", "faded"), a smaller effect than an
  active comparator ("less so than finasteride"), or a harm or worry ("raised concerns"). A contrast
  clause about the placebo arm ("while placebo did not"), one about the evidence ("but larger trials are
  needed") and "not only ... but also" take nothing back; a gain taken back as not significant or no
  better than placebo ("but the difference was not significant") is ``no benefit``;
- a share of half or less, in digits or words ("in 9 of 25", "three of ten", "forty percent of
  patients", "about half"), qualifies a benefit; "more than half" and "31 of 40" do not;
- other studies' results quoted by this one ("earlier trials cited by the review had reported ...")
  are not its finding and are blanked before reading;
- a suppressed hair outcome reported as a result ("halted fur regrowth") is ``harm``; a mechanism in
  the present tense ("PGD2 inhibits hair growth") is no direction;
- clause polarity comes last (``_polarity``): the main clause and each contrast clause are read on
  their own, and a direction stands only when they agree. A benefit joined to a clause that fails
  (another trial "missed its main goal", another site "showed no change", a dropout "stopped because
  of side effects") is ``mixed``, as is a failure joined to a benefit ("can halt further loss but
  rarely brings back hair"); a harm joined to a benefit is no direction;
- an outcome equal to the control's is ``no benefit`` without a negator ("rose by the same small
  amount as with the base shampoo", "improved similarly in both arms", "matched the carrier oil");
  the control may be a plain base, carrier oil or tap water as well as placebo, sham or vehicle;
- an exposure (chemotherapy, a diet, a dye, bleach, a hairstyle) whose group lost hair or had not
  regrown it is ``harm`` ("one in ten still had not regrown their hair after docetaxel"), not a
  failed treatment, unless a treatment is named in the sentence;
- set E families: less or slower growth of a good outcome ("regrew far less fur", "grew more slowly"), a
  shortened growth phase, more resting hairs, damage to the fibre, cells killed in culture, hair-growth
  proteins lowered and hair made to sprout on the body are ``harm``, as are odds with the comparator between
  ("more likely than those on other SSRIs to report hair loss"); a protective link ("linked to lower odds of
  baldness") is ``benefit``; a few non-responders beside a majority response, and a measure "returned to
  normal", take nothing back; "lend no support to the idea that X protects" is ``no benefit``; advice to test
  ("thyroid tests are recommended", "should rule out") and another registry's report are no direction;
- cues whose words serve other fields too ("an alternative to", "encouraging", "a role in treating",
  "beat", "increased density") count only in a sentence about hair (``LOOSE_BENEFIT``);
- set F families (tests/data/directions_heldout_f.md, "Conventions added"): a benefit joined to a contrast
  clause the rules cannot read gives no direction, unless the clause is reserve about the evidence, safety
  no worse than the comparator's or an addition; the comparator arm's clause qualifies nothing; a share at
  least twice the comparator's and 15 points above it is the result, not a caveat; a nutrient level linked
  either way is no direction; a claim
  reported to deny it ("nothing to back the claim that ...") is ``no benefit`` (a denied harm: none);
  an outcome unchanged from baseline, both arms alike, or an add-on equal to the treatment alone is
  ``no benefit``; a group named by what it lacks ("mice lacking the gene") is no negator; a reporting
  frame ("the study concluded that") is read past.
- tests/data/CONVENTIONS_directions.md (settled calls 1 and 2): hair loss itself as the exposure with a worse
  outcome ("men with vertex baldness had a higher risk of heart disease") is ``harm``, with no link ``no benefit``,
  with a link in one group only ``mixed``, with a lower risk of something none; an exposure found not to go with
  hair loss ("hair dye use was not associated with hair loss") is ``no benefit``, a drug's side effect not linked
  to it none;
- set G families (tests/data/directions_heldout_g1.md, _g2.md; tuned on, then checked by rewording every burned
  row without changing its meaning and by joining caveats and neutral clauses to it): both arms moved by about the
  same number, or a gain judged of no clinical value, is ``no benefit``; a hair harm that fell is a benefit, and
  the level it fell to no share of responders; a double negative read as a comparison negates nothing after it;
  a harm after a gain the cues cannot read, a failure joined to one, and a harm of few or none are no direction;
  a lead-in ("Overall,", "In this cohort,") is read past; "compared with" and "versus" bring in a comparator as
  "than" does; frequent or shared harms, a trial stopped for toxicity, hair loss that resumed and other words for
  a small effect or share are caveats; few trials, mild harms in a few and safety like placebo's take nothing back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

LABELS = ("benefit", "no benefit", "harm", "mixed")
MAX_WORDS = 40  # a longer sentence is an abstract's discussion, too tangled for word rules to read


@dataclass(frozen=True)
class Direction:
    """A study's finding: its label, whether it was stated with reserve, and the sentence it came from."""

    label: str  # "benefit" | "no benefit" | "harm" | "mixed"
    hedged: bool
    sentence: str  # the verbatim sentence it was read from


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# Outcomes that are bad for the reader: losing hair, and the harms studies of hair-loss drugs report.
HARM_OUTCOME = (
    r"(?:hair ?loss|hairline loss|hair (?:and|or) \w+ loss|loss of (?:the |their )?hair|hair ?fall(?:ing)?(?: out)?|"
    r"alopecia|shedding|thinning|balding|baldness|bald (?:patches|spots|areas)|(?:go|goes|going|went|gone|become"
    r"|became) bald|telogen effluvium|"
    r"breakage|dermatitis|allergic (?:\w+ )?reactions?|hypersensitivity reactions?|irritation|itch\w*|matting"
    r"|sexual\W+(?:\w+\W+){0,3}?"
    r"(?:symptoms|problems|issues|side effects|dysfunction|impairment|adverse (?:events|effects))|"
    r"(?:erectile|ejaculat\w*) (?:dysfunction|problems|difficult\w*|issues|disorders?)|"
    r"(?:low |reduced )?libido|depressi\w*|mood(?: changes)?|suicid\w*|anxiety|pericardial effusion|effusion|swelling|"
    r"(?:hairline )?recession|receding(?: hairlines?)?|hair (?:fell|falls|fall|came|comes|coming|falling) out|"
    r"fast heart rate|tachycardia|palpitations|unwanted (?:\w+ ){0,3}?hair(?: growth)?|(?:facial"
    r"|body) hair(?: growth)?|"
    r"hypertrichosis|side effects?|adverse (?:events?|effects?)|scarring|"
    r"(?:hair|follicle|scalp|shaft)\w* damage|"
    r"(?:scalp|skin|cold|follicle) injur(?:y|ies)|frostbite|(?:scalp|skin) ulcer(?:s|ation)?)"
)
# The hair harms a treatment can reduce or prevent (its side effects are not among them).
HAIR_HARM = (
    r"(?:hair ?loss|loss of (?:the |their )?hair|hair ?fall(?:ing)?(?: out)?|alopecia|shedding|thinning|"
    r"balding|baldness|telogen effluvium|breakage|miniaturi[sz]ation|"
    r"progression of (?:\w+ )?(?:hair loss|alopecia|balding|baldness))"
)
# Good outcomes: more hair, thicker hair, a longer growth phase.
GOOD_CORE = (
    r"(?:hair[\w-]*|fur\b|thickness|diameter|coverage|hair growth|regrowth|anagen|"
    r"shafts?|lashes|eyelashes|eyebrows?|growth phase)"
    r"(?![- ](?:loss|shedding|thinning|fall|breakage|damage|shaft damage))"
)
# Words between a verb and its hair object are modifiers ("the mean terminal hair counts"), never a verb or
# a conjunction: "raised stress hormones kept hair follicle stem cells resting" has no hair object of "raised".
FILLER = (
    r"(?!(?:and|or|but|than|that|which|who|was|were|is|are|be|been|has|have|had|did|does|kept|keeps|made|led|"
    r"caused|halted|stopped|blocked|left|let|gave|indistinguishable|identical|similar|comparable|equal|same|matching"
    r"|risks?|odds|chances?|likelihood|incidence|rates?|prevalence)\b)"
    r"\w+"
)
GOOD_OUTCOME = rf"(?:(?:{FILLER}[- ]){{0,3}}?{GOOD_CORE})"
NEGATOR = _rx(
    r"\b(?:not(?! only)|no|never|neither|nor|cannot|without|fail(?:s|ed)? to|unable to|rather than|"
    r"ineffective|not effective|lack\w*|absence of|rarely|seldom|hardly|barely)\b|n't\b"
)
CLAUSE_BREAK = _rx(r"[,;:]|\b(?:but|whereas|while|although|though|yet|however)\b")

# Sentences that describe rather than find: abstain whatever words they hold.
NO_FINDING = _rx(
    r"^(?:this|the|our|a|an)\s+(?:narrative\s+|systematic\s+|scoping\s+)?(?:review|article|overview|paper|"
    r"chapter|protocol|commentary|editorial)\s+(?:\w+\s+){0,2}?(?:discuss|describ|summari[sz]|outlin|review|"
    r"examin|explor|look|cover|present|highlight|provid|focus|gather|weigh|consider)\w*"
    r"|\bthe authors? (?:describe|review|discuss|outline|compare|propose|present|weigh|argue)\w*"
    r"|\bprotocol\b|\bwill (?:compare|assess|test|evaluate|examine)\b|\bwhether\b"
    # a belief, hope, purpose or proposal states no finding: "it remains unclear if", "has been proposed to",
    # "many patients believe that", "the authors hoped that", "the goal of treatment is to", "is known to"
    r"|\b(?:unclear|unknown|uncertain|not (?:yet )?(?:known|clear)|undetermined)\s+if\b"
    r"|\b(?:has|have|had) been (?:proposed|suggested|claimed|hypothesi[sz]ed|touted|marketed|promoted|advertised"
    r"|said)\b|\b(?:hoped|hope|hopes|wished|expected) (?:that|to)\b"
    r"|\b(?:many|some|most) (?:patients|people|users|men|women) (?:believe|think|feel|hope|claim|say)\b"
    r"|\b(?:goals?|aims?|purposes?|objectives?) (?:of (?:[\w-]+ ){1,4}?)?(?:is|was|are|were) to\b"
    r"|\b(?:is|are) (?:well[- ])?known to\b"
    r"|\bmechanisms? (?:by which|of|behind|underlying)\b"
    r"|\brole in (?:causing|driving|the (?:development|onset|cause)|triggering|hair loss|balding|alopecia)\b"
    r"|(?<!difference to )(?<!difference in )\bhow\b|\bwhy\b|\?\s*$|\b(?:aims?|aimed) to\b"
    r"|\b(?:confirm|determine|know|establish|clarify|see|tell|assess|understand|prove|show)\s+if\b"
    r"|\b(?:tests?|testing|screening|checks?|monitoring|work-?up|panels?|blood work|(?:iron|thyroid|hormone"
    r"|blood) studies)\b(?:\s+[\w-]+){0,3}?\s+(?:is|are|should be)\s+"
    r"(?:\w+\s+)?(?:recommended|advised|suggested|warranted)\b|\bshould (?:first )?(?:rule out|check|test|screen)\b"
)

# What a treatment can improve: hair, and the clinical outcomes a hair study reports.
IMPROVED = (
    rf"(?:{GOOD_OUTCOME}|{HAIR_HARM}|results?|outcomes?|symptoms?|appearance|scores?|satisfaction|"
    r"(?:the )?condition|quality of life|response|scalp|alopecia|eyebrows?|lashes|density)(?![\w-])"
)
# What a denied "speed", "hasten", "induce", "restore" ... must act on to be a denied benefit: hair, hair
# loss, recovery ("failed to induce the heat-shock response" is no finding).
NEG_OBJECT = rf"(?:{GOOD_OUTCOME}|{HAIR_HARM}|recovery|regrowth|remission|density|(?:cuticle|shaft|fibre|fiber) damage)"
# Benefit cues — each is checked for a negator earlier in its clause. Every verb needs a hair or
# clinical object: "improved understanding", "increased growth of tumour cells", "the success of
# these drugs" and "might benefit from assessment" (abstract discussion sentences) are no findings.
BENEFIT = [
    # new follicles made, and a scalp disease cleared: "grew new follicles inside healed wounds", "seem to regenerate
    # hair-producing follicles", "cleared scalp plaques faster than either ingredient"
    _rx(
        r"\b(?:grew|grow(?:s|n|ing)?|regrew|form(?:s|ed|ing)?|generat\w*|regenerat\w*|produc(?:e|es|ed|ing)|creat\w*"
        r"|induc(?:e|es|ed|ing)|sprout\w*)\s+(?:(?:more|many|dozens|hundreds|of|numerous|the|their) ){0,2}"
        r"(?:new|de novo|hair-producing|functional|(?:fully )?formed) (?:(?:hair|fur|scalp|mouse|human) )?follicles\b"
        r"|\bregenerat\w* (?:(?:the|their|damaged|hair|scalp) ){0,2}?(?:hair-producing )?(?:hair )?follicles\b"
        r"|\bclear(?:ed|s|ing)\s+(?:(?:the|their|most|all|scalp|skin|its) ){0,3}(?:plaques|lesions|scal(?:e|es|ing)"
        r"|flak(?:es|ing)|dandruff|psoriasis|dermatitis|inflammation|folliculitis|pustules)\b"
    ),
    # hair gained, patches that responded: "had gained terminal hairs", "scalp patches responded to DPCP"
    _rx(
        r"\b(?:gained|gain|gains|grew) (?:\w+ ){0,2}?(?:hairs|hair counts?)\b"
        r"|(?<!few )(?<!no )(?<!not )\b(?:patches|lesions|patients|children|men|women|most|many)\s+(?:\w+\s+)?"
        r"responded (?:well )?(?:to|within|after|by|in)\b"
    ),
    # an animal's fur or a patient's hair grown; patients pleased: "grew fur on shaved mice faster than saline"
    _rx(
        r"\b(?:grew|regrew) (?:more |new |thicker )?(?:fur|hair)\b(?! (?:on (?:the |their )?(?:face|body)|loss))"
        r"|\bpleased (?:most|many|nearly all|almost all|the) (?:\w+ )?(?:patients|users|men|women|people|clients)\b"
    ),
    # a scalp disease brought under control: "quieted the signs of lichen planopilaris", "settled the lupus"
    _rx(
        r"\b(?:settl|quiet|calm|sooth)\w*\s+(?:the\s+)?(?:\w+\s+){0,5}?(?:lichen planopilaris|lupus|alopecia areata"
        r"|frontal fibrosing alopecia|folliculitis|lpp|ffa|scalp inflammation|disease activity)\b"
        r"|\b(?:halt|stop|slow|arrest|prevent)\w*\s+(?:any\s+)?(?:further|more|continued|ongoing)\s+(?:hair\s+)?loss\b"
    ),
    # keeping hair: "kept most of their hair", "saved the hair of", "preserved density", "kept counts above baseline"
    _rx(
        r"\b(?:kept|keep(?:s|ing)?|retain\w*|preserv\w*|sav(?:e|es|ed|ing)|held on to|hold(?:s|ing)? on to"
        r"|protect\w*)\s+"
        r"(?:(?:most|much|all|some|more|nearly|almost|bulk|majority|part|half|the|of|their|his|her|its|men's|women's"
        r"|patients'|people's) ){0,4}"
        r"(?:hair(?! follicle)\w*|density|coverage|fur|eyebrows|lashes)\b"
        r"|\b(?:kept|keep\w*|stay\w*|remain\w*|held|stood)\s+(?:\w+\s+){0,3}?(?:above|over) (?:the )?(?:baseline"
        r"|starting (?:level|point|values?)|"
        r"pre-?treatment (?:levels?|values?)|initial (?:levels?|values?))\b"
    ),
    # a longer or faster growth phase: "stayed in the growth phase longer", "lengthened faster than control"
    _rx(
        r"\b(?:stay\w*|remain\w*|kept|held)\s+(?:\w+\s+){0,4}?(?:in|within) (?:the )?(?:\w+ )?(?:growth phase|anagen)"
        r"(?: phase)? (?:\w+ )?longer\b"
        r"|\b(?:lengthen\w*|elongat\w*|grew|grow\w*|regrew|recover\w*|thicken\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:faster|quicker|sooner|more (?:quickly|rapidly)|longer) than\b"
    ),
    # less hair lost than a comparator: "lost fewer hairs than", "less shedding than placebo"
    _rx(
        rf"\b(?:lost|los(?:e|es|ing)|shed(?:s|ding)?)\s+(?:\w+\s+)?(?:fewer|less)\s+(?:\w+\s+)?(?:hairs?\b"
        rf"|than (?:those|the|men|women|patients|users|people|"
        rf"participants|controls?|placebo|untreated)\b)"
        rf"|\b(?:fewer|less|lower|smaller|milder)\s+(?:\w+\s+){{0,2}}?(?:hairs? (?:lost|shed)|{HAIR_HARM})"
        rf"\s+(?:\w+\s+){{0,6}}?than\b"
    ),
    # grafts that took: "the grafts took in most patients", "transplants in scarring alopecia took well at first"
    _rx(r"\b(?:grafts?|transplants?|implants?)\b(?:\s+[\w-]+){0,6}?\s+took\b(?=\s+(?:well|in|at|and|,|$))"),
    # follicles sent back into the growth phase: "pushed resting follicles back into anagen"
    _rx(
        r"\b(?:push\w*|return\w*|brought|bring\w*|mov\w*|switch\w*|shift\w*|sent|send\w*|re-?enter\w*|entered|"
        r"induc\w*)\s+(?:\w+\s+){0,3}?(?:back )?(?:in)?to (?:the |an |a )?(?:active |new )?(?:growth phase|anagen)\b"
    ),
    # correcting a deficiency reduced what it caused: "restoring them can reduce it"
    _rx(
        r"\b(?:restor|correct|replac|replenish|treat|rais|supplement)(?:ing|ed|e|es)?\s+(?:them|it|levels|stores|the "
        r"(?:deficiency|levels?|stores))\s+(?:\w+\s+){0,2}?"
        r"(?:can |may |could |did |does |will )?(?:reduc\w*|improv\w*|stop\w*|revers\w*|lessen\w*|eas\w*|cur\w*|"
        r"resolv\w*)\s+(?:it|this|them|that)\b"
    ),
    # few or none lost much: "no patient lost more than half of their hair"
    _rx(r"\b(?:no|none of the|not one)\s+(?:\w+\s+){0,5}?(?:lost|shed|had lost)\s+(?:more than|over|much|a lot)\b"),
    _rx(
        rf"\b(?:improv\w*|increas\w*|enhanc\w*|boost\w*|lift(?:s|ed|ing)?|promot\w*|stimulat\w*|induc\w*|accelerat\w*|"
        rf"restor\w*|thicken\w*|produc\w*|rais\w*|encourag\w*|sped up|speeds? up|prolong\w*|extend\w*|lengthen\w*|"
        rf"brought back|brings? back|bringing back|doubl\w*|tripl\w*)"
        rf"\s+(?:the\s+|their\s+|mean\s+|early\s+|visible\s+|significant\s+)?{GOOD_OUTCOME}"
    ),
    _rx(rf"\bimprov(?:ed|es|e|ing)\s+(?:\w+[\s-]+){{0,3}}?{IMPROVED}"),
    _rx(rf"\b(?:improvements?|benefits?) (?:in|of|for|on) (?:\w+[\s-]+){{0,3}}?{IMPROVED}"),
    _rx(rf"\b(?:{IMPROVED}|patients?)\s+(?:\w+\s+){{0,3}}?(?:improved|got better)\b"),
    _rx(
        r"\b(?:showed|show|shows|had|found|provided|offered|gave|with|significant|clear|some|modest|slight|small|"
        r"greater|additional|added|meaningful|noticeable|marked|partial|visible) (?:\w+ )?(?:improvements?|benefits?)\b"
        r"|\b(?:improvements?|benefits?) (?:was|were) (?:\w+ )?(?:observed|seen|found|noted|reported)\b"
    ),
    _rx(
        rf"\b(?:reduc\w*|prevent\w*|stop\w*|slow\w*|halt\w*|decreas\w*|lessen\w*|lower\w*|counteract\w*|cut|cuts"
        rf"|curb\w*|"
        rf"revers\w*|stabili[sz]\w*|protect\w* against|minimi[sz]\w*|limit\w*|arrest\w*|delay\w*|eas(?:e|es|ed|ing)"
        rf"|halv(?:ed|es|ing)|halve)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?"
        rf"{HAIR_HARM}"
    ),
    _rx(
        r"\b(?:kept|keep(?:s|ing)?|held|hold(?:s|ing)?) (?:\w+ ){0,3}?(?:stable|steady|constant)\b"
        r"|\bworth (?:trying|a try|considering)\b|\bmaintain\w* (?:\w+ )?(?:hair|density|counts?)\b"
        r"|\b(?:kept|keeps|keep) (?:on )?working\b|\bcontinu(?:ed|es) to work\b"
    ),
    _rx(r"\b(?:revers\w*|counteract\w*)\s+(?:\w+\s+){0,3}?(?:effect|suppression|miniaturi[sz]ation)\w*"),
    _rx(r"\breduc\w*\s+(?:\w+\s+){0,2}?miniaturi[sz]ation|\bkeep (?:their|his|her|more) hair\b"),
    # a protective association: "was linked to lower odds of male pattern baldness" (an exposure that protects)
    _rx(
        rf"\b(?:linked|associated|tied)\s+(?:to|with)\s+(?:a\s+)?(?:lower|reduced|decreased|smaller)\s+(?:odds|risk"
        rf"|likelihood|chances?|rates?|incidence)\s+of\s+(?:[\w-]+\s+){{0,3}}?{HAIR_HARM}"
    ),
    # people kept from losing hair: "protected most women from losing their hair", "spared patients from hair loss"
    _rx(
        rf"\b(?:protect\w*|spar(?:e|es|ed|ing)|shield\w*)\s+(?:\w+\s+){{0,4}}?from (?:(?:severe|visible|major|further"
        rf"|significant) )?(?:losing|{HAIR_HARM}|going bald|needing a wig)"
    ),
    # no hair harm among the treated: "none of the treated mice went bald", "there was no further thinning"
    _rx(
        r"\b(?:none of the|no)\s+(?:treated\s+)?(?:(?!(?:placebo|sham|vehicle|controls?|untreated)\b)\w+\s+){0,3}?"
        r"(?:went bald|lost (?:any |their |its )?(?:hair|fur|coat)|developed (?:\w+ )?(?:alopecia|hair loss|bald\w*))\b"
        rf"|\bno (?:further|new) (?:\w+ )?{HAIR_HARM}\b(?!.*\bthan\b)"
    ),
    # a gain after the exposure: "dupilumab was followed by regrowth in a patient with alopecia totalis"
    _rx(r"\bfollowed by (?:\w+ ){0,3}?(?:regrowth|hair growth|new hair|remission|improvement)\b"),
    # follicle cells shielded: "could protect hair follicle stem cells from the damage caused by fasting"
    _rx(
        r"\bprotect\w*\s+(?:the\s+)?(?:hair\s+)?(?:follicles?|follicle stem cells|(?:dermal papilla|stem|hair"
        r"|follicle) cells)"
        r"\s+(?:from|against)\b"
    ),
    # more hairs by a share: "had about a third more hairs in the marked area"
    _rx(
        r"\b(?:had|grew|gained|showed|with)\s+(?:about |roughly |nearly |some |almost )?(?:a (?:third|quarter"
        r"|fifth|half)"
        r"|one[- ](?:third|quarter|fifth)|\d+(?:\.\d+)?\s?%|twice as many|\w+ per ?cent) more (?:terminal )?hairs?\b"
    ),
    # a gain that rose to a peak: "the extra density from PRP peaked at three months" (a fade after it is mixed)
    _rx(r"\b(?:extra|added) (?:hair |terminal )?(?:density|regrowth|hairs?|coverage)\s+(?:\w+\s+){0,4}?peaked\b"),
    # a hair measure back to normal after treatment: "hair density returned to normal once the thyroid was treated"
    _rx(
        r"\b(?:hair|density|hair density|hair cycle|follicles?|hair counts?)\s+(?:\w+\s+){0,2}?"
        r"(?:returned|went back|came back) to normal\b"
    ),
    _rx(
        rf"\b{HARM_OUTCOME}\s+(?:\w+\s+){{0,3}}?(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:reduced|decreased|lower|"
        rf"slowed|stopped|prevented|halted|stabili[sz]ed|improved)\b"
    ),
    _rx(
        rf"\b{HARM_OUTCOME}\s+(?:\w+\s+){{0,2}}?(?:stopped|stabili[sz]ed|improved|settled)\b"
        rf"|\b{HAIR_HARM}\s+(?:\w+\s+){{0,1}}?(?:eased?|subsided?|slowed|lessened|declined|dropped|diminished|waned"
        rf"|fell(?! out)|decreased|halved|shrank|"
        rf"eased off|settled down)\b"
        rf"|\b{GOOD_CORE}\s+(?:\w+\s+){{0,1}}?(?:came back|grew back|recovered)\b"
        rf"|\b{HARM_OUTCOME}\s+(?:did not|didn't|does not|never) (?:recur|return|progress|worsen)\b"
    ),
    _rx(
        rf"\b{GOOD_CORE}\s+(?:\w+\s+){{0,4}}?(?:rose|increased|improved|grew|went up|climbed|doubled|tripled|rebounded|"
        rf"thickened|(?:was|were) "
        rf"(?:significantly )?(?:higher|greater|better))\b"
        # the verb's own object a harm: "made hair dry and brittle and increased breakage" is no gain of hair
        rf"(?!\s+(?:the |their |its )?(?:\w+\s+)?(?:{HAIR_HARM}|{HARM_OUTCOME}))"
    ),
    _rx(
        r"\b(?:regrew|regrow(?:s|n)?|grew back|grow back|grew (?:more |new )?hair|grow (?:more |new )?hair|"
        r"hair grew|hair regrew|regain\w* (?:\w+ )?(?:hair|density|coverage|eyebrows|eyelashes|lashes)|"
        r"(?:grew|grow|grows|regrew|brought|bring|brings) (?:their|its|the|his|her) (?:\w+ )?(?:hair|fur|coat|eyebrows"
        r"|lashes) back)\b"
    ),
    _rx(
        r"\b(?:led to|produced|resulted in|showed|saw|achieved|induced|promoted|faster|greater|more|visible|"
        r"significant|substantial|complete|marked|partial|some)\s+(?:\w+\s+){0,2}?regrowth\b"
    ),
    _rx(
        r"\b(?:(?:is|are|was|were|be|been|proved|proven|remained|appears?|appeared|seems?|seemed|highly|very|"
        r"equally|similarly|clinically|most|both) (?:\w+ )?effective\b(?! than)|effective (?:in|for|at|against) "
        r"|effectively (?:treat(?:s|ed)?|regrew|reduced?s?|improved?s?|increased?s?|prevented?s?|stopped|stops|slowed|"
        r"slows|restored?s?)|treat(?:s|ed) (?:\w+ ){0,4}?(?:effectively|successfully)"
        r"|efficacious|(?:is|are|was|were|be|proved|remains?) (?:\w+ )?beneficial|benefit(?:ed|ted)\b|work(?:s|ed)\b|"
        r"(?:was|were|proved) successful|"
        r"successfully (?:treated|regrew|restored|grew)|success rates?|satisf(?:ied|action)|"
        r"response rates?|responses? (?:were|was) seen)\b"
        r"|\b(?:patients?|men|women|people|children|adults|participants|subjects|cases|\d+%?|half|most|many|all|"
        r"some|majority|who) (?:\w+ ){0,4}?respon(?:ded|d)\b"
    ),
    _rx(
        r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:hair|regrow|grow|reduce|prevent|slow|stop|keep|"
        r"patients?|men|women|people|children|adults|teenagers|those|some|most|many|only|with|thin|thinning|"
        r"alopecia|shedding|lichen\w*|frontal|scarring|areata|androgenetic|pattern|patchy|eyebrows?|lashes)"
    ),
    _rx(
        r"\b(?:judged|rated) (?:as )?(?:good|excellent)\b|"
        r"\b(?:good|excellent|satisfactory|favou?rable|high|natural[- ]looking|pleasing|cosmetically acceptable) "
        r"(?:\w+ )?(?:results|outcomes|graft survival)\b"
    ),
    _rx(
        r"\b(?:work\w*|grew|grow\w*|perform\w*|did|respond\w*|regrew)\s+(?:\w+\s+){0,3}?better\b"
        r"|\bbetter (?:results|outcomes|regrowth|hair growth|improvements?|responses?|hair counts?) than\b"
    ),
    _rx(
        r"\b(?:regrew|grew|work\w*|respond\w*|act\w*|improv\w*|regrowth|hair)\s+(?:\w+\s+){0,3}?faster than"
        r"|\bfaster (?:hair )?(?:regrowth|growth|results|response)\b"
    ),
    _rx(
        r"\b(?:superior to|outperform\w*|more effective than|best (?:results|hair growth)|(?:works?|worked) best|"
        r"worked best|(?<!lost )(?<!lose )(?<!losing )(?<!shed )(?<!shedding )"
        r"more hair(?! loss| fall| shedding| thinning)|"
        r"more than (?:placebo|sham|vehicle|control)|"
        r"(?:hair|count|density) gains?|gains? in (?:\w+ )?(?:hair|density|counts?)|gained (?:\w+ )?hair)\b"
    ),
    _rx(
        r"\b(?=recommend|endorse)(?<!the )(?<!current )(?<!currently )(?:recommend(?:s|ed)?|endorse[sd]?) "
        r"(?:\w+ ){0,3}?(?:for|as|in)\b"
    ),
    _rx(
        r"\b(?:is|are|was|were|be|as|offers?|provides?|represents?|remains?|becomes?|became)\s+(?:[\w-]+,?\s+){0,3}?"
        r"(?:good|useful|effective|viable|promising|valuable|reasonable|potential|new|novel)\s+"
        r"(?:(?!(?:for|in|of|to|with)\b)[\w-]+\s+){0,2}?"
        r"(?:option|alternative|treatment|therapy|remedy|add-on|adjunct|choice)\b"
    ),
    _rx(
        r"\bpromising (?:\w+ ){0,2}?(?:results?|option|treatment|therapy|efficacy|hair growth|regrowth|approach|"
        r"candidate|effects?|outcomes?|alternative|(?:first )?steps?|start|avenue|lead|direction)\b"
        r"|\bshows? promise|\bshowed promise|\bholds? promise"
        r"|\b(?:is|are|was|were|seems?|seemed|appears?|appeared|looks?|looked) (?:\w+ )?promising\b(?! [a-z])"
    ),
    _rx(
        r"\b(?:is|are|was|were|be) (?:\w+ )?(?:useful|helpful) (?:for|in|against) (?:the )?(?:treatment|treating|"
        r"management|hair|alopecia|patients|men|women|people|children|adults|\w+ (?:alopecia|hair loss))"
    ),
    _rx(
        r"\b(?:likely|expected|shown|able) to benefit\b|\bbenefits? (?:patients?|men|women|people|children|adults|"
        r"those|some|most|many)\b|\bless effective than\b|(?<!not )(?<!non-)\binferior to\b"
        r"|\b(?:the|this|its|their) (?:\w+ )?(?:benefits?|improvements?) (?:of [\w-]+(?: [\w-]+)? )?"
        r"(?:was|were)\b(?! not)"
    ),
]
# Cues whose words also serve other fields ("a novel approach", "beat spontaneously", "an alternative to",
# "encouraging", "responses were observed"): read only when the sentence is about hair.
HAIR_CONTEXT = _rx(
    r"\b(?:hair\w*|alopecia|scalp|follic\w*|shedding|bald\w*|fur|eyebrows?|eyelash\w*|lashes|regrowth|anagen|telogen|"
    r"minoxidil|finasteride|dutasteride|effluvium|areata|thinning|crown|hairline|temples|vertex)\b"
)
LOOSE_BENEFIT = [
    # bald areas closed and full coverage reached: "bald patches filled in", "had near-complete scalp coverage"
    _rx(
        r"\b(?:bald |hairless )?(?:patches|spots|areas|lesions)\s+(?:\w+\s+)?(?:filled in|filled out|closed|regrew|grew"
        r" back|grew in)\b"
        r"|\b(?:near-?complete|nearly complete|almost complete|complete|full|total)\s+(?:or (?:near-?)?complete\s+)?"
        r"(?:scalp\s+|hair\s+)?(?:coverage|recovery)\b"
    ),
    # a gain stated as a noun: "a modest rise in hair counts", "an increase in hair density" (the size is QUALIFIER's)
    _rx(
        r"\b(?:rise|rises|increase|increases|gain|gains|improvement|improvements|boost|jump)\s+in\s+(?:\w+\s+){0,2}?"
        r"(?:hair counts?|hair density|density|hair thickness|thickness|hair growth|coverage|hair mass"
        r"|shaft diameter)\b"
    ),
    # less of a hair harm noticed: "most patients noticed less shedding"; an option to consider
    _rx(
        rf"\b(?:reported|noticed|saw|had|experienced|observed)\s+(?:\w+\s+)?(?:less|reduced|decreased"
        rf"|lower)\s+{HAIR_HARM}"
        rf"|\b(?:can|could|may|should) be (?:considered|used|offered|tried|recommended) (?:as|for) (?!(?:the )?diagnos)"
    ),
    # density without "hair" before it: "increased density", "density rose" (capillary density is no hair)
    _rx(
        r"\b(?:increas\w*|improv\w*|rais\w*|boost\w*|doubl\w*|restor\w*)\s+(?:the\s+)?(?:\w+\s+)?density\b"
        r"|\bdensity\s+(?:\w+\s+){0,3}?(?:rose|increased|improved|climbed|doubled|(?:was"
        r"|were) (?:significantly )?higher)\b"
    ),
    # a result that was common: "regrowth under methotrexate was common", "responses were frequent"
    _rx(
        r"\b(?:regrowth|hair growth|responses?|remissions?|improvements?)\s+(?:\w+\s+){0,3}?(?:was|were|is|are)\s+"
        r"(?:\w+\s+)?(?:common|frequent|usual|the rule|widespread)\b"
    ),
    # a result seen in patients: "regrowth was seen in 31 of 40", "improvement was observed in most"
    _rx(
        r"\b(?:regrowth|hair growth|improvements?|responses?|remission|benefits?|success)\s+(?:\w+\s+){0,2}?"
        r"(?:(?:was|were|is|are|has been|have been)\s+(?:\w+\s+)?(?:seen|observed|noted|achieved|reported|found|"
        r"recorded|documented|obtained)|occurred|happened|appeared)\s+(?:in|among|for)\b"
        r"|\b(?:saw|showed|had|noticed|achieved|developed|reported)\s+(?:\w+\s+){0,2}?new (?:hair )?growth\b"
    ),
    # more or better hair than before or than a comparator: "clearly higher density", "thicker hair"
    _rx(
        r"(?<!with )(?<!had )(?<!have )\b(?:higher|greater|better|larger|bigger|thicker|denser|fuller|longer)\s+"
        r"(?:(?:mean|total|terminal|overall|final|scalp|hair) ){0,3}(?:hair (?:counts?|density|growth|thickness|"
        r"diameter|mass|regrowth)|density|regrowth|hair|fur|coverage|counts?)\b(?![- ](?:loss|shedding|thinning|fall))"
    ),
    # as much as an active comparator (one settled against placebo is in EQUAL): "grew about as much hair as"
    _rx(
        r"\bas (?:much|many) (?:new |terminal )?(?:hair|hairs|regrowth|growth|improvement|density|gain)s? as\b"
        r"|\bas good (?:results? )?as\b|\b(?:just|equally) as well\b|\bequally well\b"
    ),
    # beating a comparator: "beat minoxidil alone", "outdid the control"
    _rx(
        r"\b(?:beat|beats|beating|outdid|outdoes|outdo|surpass\w*|bettered|outshone|trumped|outpac\w*|outstripp?\w*"
        r"|outran|outrun\w*)\s+\w+"
    ),
    # an option beside an established one: "might be an alternative to minoxidil"
    _rx(
        r"\b(?:be|is|are|was|were|as|offers?|offered|provides?|represents?|remains?)\s+(?:a |an )?(?:\w+ ){0,2}?"
        r"alternatives? to\b"
    ),
    # adding to another treatment: "may boost the effect of minoxidil", "enhanced the response to"
    _rx(
        r"\b(?:boost\w*|enhanc\w*|amplif\w*|increas\w*|improv\w*|strengthen\w*|potentiat\w*|add\w* to)\s+"
        r"(?:the |its |their )?(?:\w+ )?(?:effects?|efficacy|effectiveness|results?|response|benefits?) (?:of|to)\b"
    ),
    # a judgement with its object between: "judged the data on spironolactone encouraging"
    _rx(
        r"\b(?:judged|considered|found|called|rated|deemed|thought|described)\s+(?:the |these |its |their )"
        r"(?:[\w-]+\s+){0,8}?(?:encouraging|promising)(?=\s*(?:$|[,;.]|\b(?:but|and|though|although|yet)\b))"
    ),
    # a place in care: "may have a role in treating hair loss"
    _rx(
        r"\b(?:has|have|had|play\w*) (?:a |an )?(?:\w+ )?role in (?:treating|the treatment of|managing|preventing|"
        r"slowing)\b"
    ),
    # reserved praise: "judged encouraging", "encouraging results", "a positive effect on hair"
    _rx(
        r"\b(?:is|are|was|were|be|been|seems?|seemed|appears?|appeared|looks?|looked|judged|considered|deemed|rated|"
        r"called|described as|proved|remains?)\s+(?:\w+\s+)?(?:encouraging|promising)(?=\s*(?:$|[,;.]|\b(?:but|and|"
        r"though|although|for|in|as|while|yet)\b))"
        r"|\bencouraging (?:\w+ )?(?:results?|outcomes?|regrowth|findings?|response)\b"
        r"|\bpositive (?:\w+ )?effects? on (?:\w+ )?(?:hair|regrowth|density)"
    ),
]
# Cue words that are no finding: help to tell A from B, a population that did not respond, an aim.
NOT_BENEFIT = _rx(
    r"\bhelps? (?:to |us |them |clinicians |researchers )?(?:tell|distinguish|diagnos\w*|identify|understand|"
    r"explain|predict|guide|choose|select)\b"
    # a benefit only reported as weakly evidenced: "the evidence that biotin helps hair is weak"
    r"|\bevidence (?:that|for) .{0,80}?\b(?:is|are|was|were|remains?) (?:still |very |too )?"
    r"(?:weak|limited|poor|scarce|thin|inconclusive|low[- ]quality|uncertain|unclear)\b"
    r"|\bwho (?:did not|didn't|do not|does not|have not|had not|failed to|cannot|could not) \w+"
    r"|\bnon-?responders?\b|\b(?:which|who|whether) (?:\w+ ){0,3}?(?:would |will |might |could )?respond\w*"
    r"|\b(?:future|more|further) work\b|\b\w+-induced\b"
    r"|\b(?:unwanted|excess|excessive) (?:\w+ ){0,3}?hair(?: growth)?\b|\b(?:facial|body) hair(?: growth)?\b"
    r"|\bhair growth (?:on|in) (?:the )?(?:face|body)\b"
    r"|\bto(?<!shown to)(?<!found to)(?<!appeared to)(?<!appears to)(?<!seemed to)(?<!seems to)(?<!seem to)"
    r"(?<!appear to)(?<!likely to)"
    r"(?<!able to)(?<!failed to)(?<!fails to)(?<!fail to)(?<!helped to)(?<!helps to)(?<!help to)(?<!proved to)"
    r"(?<!tended to)(?<!tends to)(?<!tend to) (?:further )?(?:improve|increase|reduce|prevent|enhance|promote|regrow"
    r"|thicken|stimulate|restore|boost)\b"
    r"|\bwork(?:s|ed)?,? (?:at least in part,? )?by\b"
    r"|\b(?:may|might|could|would|will) benefit from\b|\bsupport or refute\b|\bcost[- ]effective\w*"
    r"|\bto be (?:most |more )?effective\b"
    # less or slower growth of a good outcome, and hairs that are bad to have more of: read as harms (HARM)
    r"|\b(?:re)?gr[eo]w\w*\s+(?:\w+\s+)?(?:far |much |markedly |significantly )?"
    r"(?:less|fewer) (?:new |terminal )?(?:hair|hairs|fur)\b"
    r"|\b(?:re)?gr[eo]w\w*\s+(?:\w+\s+){0,4}?more slowly\b"
    r"|\b(?:resting|telogen|catagen|shed|broken|dead|club) hairs?\b"
    r"|\b(?:growth phase|anagen(?: phase)?)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:shortened|cut short|curtailed)\b"
    r"|\b\w+ (?:lost|loss|leak\w*) from (?:the )?hair(?: \w+)?"
    r"|^far from \w+ing\b[^,]*"
    # a few who did not respond beside a majority who did: "and only a handful showed no response"
    r"|\b(?:only |just )?(?:a handful|a few|very few|a small minority|one|two|three)(?: of (?:them|the \w+))? "
    r"(?:showed|had|gave|saw|demonstrated|displayed|achieved|experienced) no (?:\w+ )?(?:response|benefit|improvement"
    r"|change)\b"
    r"|\bhair (?:sprout\w*|grow|grew|appear\w*) on\b"
)
# The words that bring in a comparator: "no better than", "no better compared with", "no more effective versus".
THAN = r"(?:than|compared (?:with|to)|versus|vs\.?|relative to)"
# Comparisons settled before negation is looked at ("no less effective" is a double negative).
EQUAL = _rx(
    r"\b(?:(?:work\w*|perform\w*|did|does|do|effective)\s+(?:about |just |almost |nearly |roughly )?as well as|"
    r"as effective as|(?:results?|effects?|improvements?|gains?|outcomes?|efficacy|density|counts?|regrowth|hair \w+)"
    r" (?:\w+ ){0,3}?similar to|similar (?:results?|effects?|improvements?|gains?|outcomes?|efficacy|regrowth) "
    r"(?:to|as)|comparable (?:to|with)|"
    r"on par with|equivalent to|non-?inferior|not inferior|no less effective|no worse than|"
    r"to a degree comparable|matched(?= (?:the )?(?:(?:topical|oral|low-dose|\d+(?:\.\d+)?%|\d+ ?mg) ){0,2}"
    r"(?:minoxidil|finasteride|dutasteride)\b))\b"
)
EFFICACY = _rx(
    r"\b(?:effective\w*|efficacy|work\w*|results?|hair\w*|density|counts?|regrowth|growth|improv\w*|outcomes?|"
    r"respon\w*|gains?|increase\w*|thickness)\b"
)
# A named active treatment a new one is compared with ("comparable to topical minoxidil").
ACTIVE = _rx(
    r"\s+(?:that of |those (?:on|given|using) )?(?:the )?(?:(?:topical|oral|low-dose|standard|daily|\d+% "
    r"|\d+ ?mg) ){0,3}"
    r"(?:minoxidil|finasteride|dutasteride|spironolactone|ketoconazole|corticosteroids?|steroid injections?|"
    r"triamcinolone|platelet-rich plasma|prp|standard (?:care|treatment|therapy))\b"
)
RISK_OR_LINK = _rx(
    r"\b(?:risks?|side effects?|adverse|safety|infections?|toxicity|complications?|associat\w*|link\w*|correlat\w*|"
    r"relationship)\b"
)
RISK = _rx(r"\b(?:risks?|side effects?|adverse|safety|infections?|toxicity|complications?|rates? of)\b")
PLACEBO = (
    r"(?:placebo|sham|vehicle|control|controls|untreated|saline|inactive|dummy|sugar pills?|dummy pills?|"
    r"(?:plain |unmedicated )?base (?:shampoo|cream|lotion|formula|oil)|plain shampoo|carrier oil|tap water"
    r"|(?:shampoo|serum|cream|lotion|foam|gel|oil|formula) base\b)"
)
# A result said not to be significant: a denied benefit, unless its clause is about a risk or a link.
NOT_SIGNIFICANT = _rx(
    r"\b(?:was|were|is|are|proved|remained)\s+not\s+(?:statistically\s+)?significant\b(?!ly)"
    r"|\b(?:did not|didn't|failed to|does not|do not)\s+reach\s+(?:statistical\s+)?significance\b"
    r"|\b(?:fell|falls|fall) short of (?:statistical )?significance\b|\bbut not significantly\b"
    r"|\b(?:non-?significant|nonsignificant|insignificant)\s+(?:\w+\s+)?(?:change|difference|effect|increase|"
    r"improvement|gain|trend|benefit)"
)
# An outcome equal to the control's: "counts rose by the same small amount as with the base shampoo"
SAME_AS_CONTROL = _rx(
    rf"\b(?:the )?(?:same|similar|equal|identical|comparable) (?:(?!side|adverse|risk|safety|complication|infection"
    rf"|irritation)[\w-]+ ){{0,3}}?(?:amount|degree|extent|rate|gains?|growth|regrowth|counts?|density"
    rf"|increases?|rises?|changes?|improvements?|results?|effects?)\s+(?:\w+\s+){{0,6}}?(?:as|to) (?:with |in |on "
    rf"|for |from |that of |those (?:of|on|with) )?(?:the |a |an |its )?(?:\w+ ){{0,2}}?{PLACEBO}\b"
    # the control's arm named straight after the amount: "and by about the same amount with the sham comb"
    rf"|\b(?:the )?(?:same|similar|equal|identical|comparable) (?:amount|degree|extent|margin) (?:with|in|on|for|among)"
    rf" (?:the |a |an |its |those (?:on|given|using) )?(?:[\w-]+ ){{0,2}}?{PLACEBO}\b"
    rf"|\b(?:similarly|equally|alike)\b(?= in (?:both|all|either) (?:groups|arms)| in the (?:[\w-]+ ){{1,3}}?and "
    rf"(?:the )?{PLACEBO})"
    rf"|\band in the (?:\w+ )?{PLACEBO}(?:-\w+)?(?: \w+)? (?:alike|too|as well)\b"
    rf"|\b(?:was|were) (?:\w+ )?(?:similar|alike|the same|comparable|identical) (?:with|in|for|between|on) (?:the )?"
    rf"(?:[\w-]+ ){{1,4}}?and (?:the )?(?:\w+ )?{PLACEBO}\b"
    rf"|\b(?:matched|mirrored|equalled|equaled) (?:that|those|the \w+) (?:\w+ ){{0,3}}?(?:with|in|on|of|for) "
    rf"(?:the |a )?(?:\w+ )?{PLACEBO}\b"
)
# Both arms of a "neither ... nor" left unchanged: "neither the low nor the high dose changed hair density"
NEITHER_NOR = _rx(
    r"\bneither\b(?:\s+[\w-]+){1,8}?\s+nor\b(?:\s+[\w-]+){1,10}?\s+(?:changed|improved|increased|affected"
    r"|altered|raised|reduced|slowed|helped|regrew)\b"
    r"|\b(?:helped|improved|changed|affected|reduced|increased|slowed|altered)\s+neither\b"
)
# Both arms, joined by "and", ending alike: "caffeine shampoo and plain shampoo produced indistinguishable hair
# counts", "the supplement group and the placebo group ended the trial with the same hair density"
ARMS_ALIKE = _rx(
    rf"\b(?:and|or) (?:the |a |an )?(?:[\w-]+ )?{PLACEBO}(?: (?:group|arm|users|patients))?\b(?:\s+[\w-]+){{0,6}}?\s+"
    rf"(?:the same|similar|indistinguishable|identical|comparable|equal|matching|near-identical)\s+(?:[\w-]+\s+)?"
    rf"(?:{GOOD_CORE}|counts?|density|results?|outcomes?|gains?|regrowth|scores?)"
    rf"|\b{PLACEBO}(?: (?:group|arm))? and (?:the )?(?:[\w-]+ ){{1,3}}?(?:group|arm)s?\b(?:\s+[\w-]+){{0,6}}?\s+"
    rf"(?:the same|similar|indistinguishable|identical|comparable|equal|matching)\s+(?:[\w-]+\s+)?"
    rf"(?:{GOOD_CORE}|counts?|density|results?|outcomes?|gains?|regrowth|scores?)"
)
NO_BENEFIT = [
    SAME_AS_CONTROL,
    ARMS_ALIKE,
    # the outcome went the way the control's did: "stayed at its baseline value ..., just as it did with placebo"
    _rx(
        rf"\bjust as (?:it|they|those|that) (?:did|was|were|had|does|do) (?:with|in|on"
        rf"|for) (?:the )?(?:\w+ )?{PLACEBO}\b"
    ),
    NEITHER_NOR,
    # nothing added over the comparator: "gave no extra hair over minoxidil alone"
    # nothing added over the comparator, whatever the outcome: "no extra graft survival", "no further drop in pulling"
    _rx(
        r"\bno (?:extra|additional|more|further|added) (?:hair|regrowth|density|gain|growth)\b"
        r"|\bno (?:extra|additional|further|added) (?:[\w-]+ ){0,2}?(?:survival|coverage|thickness|counts?|gains?)\b"
        r"|\bno (?:extra|additional|further|added) (?:drop|reduction|decrease|fall|decline|easing) in\b"
        r"(?! (?:\w+ ){0,2}?(?:hair counts?|density|thickness|coverage|hair growth|regrowth))"
    ),
    # an outcome left where it started: "unchanged from baseline", "pulled out just as easily as at baseline"
    _rx(
        r"\b(?:unchanged|no different|not (?:different|changed)|did not change|didn't change)\s+(?:from|since|compared"
        r" (?:with|to)) (?:the |their |its )?(?:baseline|the start|pre-?treatment)\b"
        r"|\bas \w+ as (?:at|before|in) (?:the )?(?:baseline|start|outset|beginning)\b"
        r"|\b(?:the same|similar|no different) (?:as|to) (?:at )?(?:the )?baseline\b"
    ),
    # a trial that missed its goal: "the phase 3 trial missed its main goal"
    _rx(r"\bmiss(?:ed|es)? (?:its|their|the) (?:\w+ ){0,2}?(?:goals?|end ?points?|targets?|outcomes?)\b"),
    # failure stated outright: "failed in most women", "proved useless", "none of the supplements changed"
    _rx(
        r"\b(?:failed|was unsuccessful|were unsuccessful|did not work) (?:in|for) (?:most|many|all|the majority"
        r"|nearly all|"
        r"every|almost all)\b|\b(?:proved|was|were|is|are) (?:largely |mostly |essentially )?(?:useless|unhelpful|"
        r"of no (?:use|value|benefit))\b|\bnone of (?:the )?(?:\w+ ){0,3}?(?:improved|increased|reduced|changed"
        r"|altered|"
        r"affected|helped|worked|slowed|prevented|stopped|regrew)\b"
    ),
    # no faster, no thicker, no more hair than
    _rx(
        r"\b(?:was|were|grew|is|are|became) no (?:faster|quicker|thicker|denser|fuller|greater|higher)\b"
        rf"|\bno more (?:hair|regrowth|growth|improvement|density|gain|fur|coat|follicle|coverage)s? {THAN}\b"
    ),
    NOT_SIGNIFICANT,
    # a loss that went on despite the treatment, an outcome that barely moved
    _rx(
        rf"\b{HARM_OUTCOME}\s+(?:\w+\s+)?(?:progressed|worsened|continued|advanced|went on|persisted)\s+despite\b"
        r"|\b(?:barely|hardly|scarcely) (?:moved|changed|budged|shifted|rose|improved)\b|\bdid(?: not|n't) budge\b"
    ),
    # no more than the comparator, wherever the comparison stands: "hair gains no greater than those seen with vehicle"
    _rx(
        rf"\b(?:no|not) (?:greater|larger|bigger|higher|better|faster|more|thicker|denser)\b"
        rf"(?!(?:\s+[\w-]+){{0,3}}?\s+(?:side|adverse|irritation|itch\w*|risks?|complications?|infections?|harms?"
        rf"|problems|dropouts?|reactions?|shedding|hair loss))(?:\s+[\w-]+){{0,3}}?\s+than"
        rf"\s+(?:(?:those|that|the ones?|what)\s+)?(?:\w+\s+){{0,3}}?{PLACEBO}\b"
        # an add-on equal to the treatment it was added to: "gave the same results as minoxidil alone"
        rf"|\b(?:the )?(?:same|similar|equal|identical|comparable) (?:\w+ ){{0,2}}?(?:results?|gains?|outcomes?|density"
        rf"|counts?|regrowth|effects?|improvements?) (?:\w+ ){{0,3}}?(?:as|to) (?:with |those (?:of|with|on) )?"
        rf"(?:[\w-]+ ){{1,3}}?alone\b"
    ),
    # doing nothing or little: "do nothing for hair growth", "did little to slow shedding"
    _rx(
        r"\b(?:do|does|did|doing|done|achiev\w*|offer\w*|add\w*)\s+(?:nothing|(?:very )?little|next to nothing)\b"
        r"(?! (?:harm|wrong|damage|else))(?!\s+(?:\w+\s+)?(?:harm|damage))"
    ),
    # no different from, or indistinguishable from, placebo or sham
    _rx(
        rf"\b(?:no|not|hardly|barely)\s+(?:\w+\s+)?(?:different|distinguishable|better)\s+(?:from|{THAN}|to)\s+"
        rf"(?:\w+\s+){{0,4}}?{PLACEBO}\b|\bindistinguishable from (?:\w+\s+){{0,4}}?{PLACEBO}\b"
        rf"|\b(?:equal to|same as|mirrored) (?:that of |those (?:of|on|with) )?(?:the )?{PLACEBO}\b"
    ),
    # a denied protective effect: "did not support the idea that vitamin D protects", "no sign that zinc prevents"
    _rx(
        r"\b(?:did not|didn't|does not|doesn't|do not|don't|failed to|fail to)\s+(?:\w+\s+)?(?:support|confirm|show"
        r"|back|bear out|substantiate)\s+"
        r"(?:the |any )?(?:idea|hypothesis|notion|view|claim|theory|belief"
        r"|suggestion)?\s*(?:that\s+)?(?:\w+[\s-]+){0,6}?"
        r"(?:protects?|prevents?|helps?|improves?|benefits?|reduces?|lowers?|slows?|works?|regrows?|stops?)\b"
        r"|\b(?:lend|lends|lent|give|gives|gave|offer|offers|offered|provide|provides|provided)\s+(?:no|little)\s+"
        r"support\s+(?:to|for)\s+(?:the |any )?(?:idea|hypothesis|notion|view|claim|theory|belief|suggestion)\s+"
        r"(?:that\s+)?(?:\w+[\s-]+){0,6}?"
        r"(?:protects?|prevents?|helps?|improves?|benefits?|reduces?|lowers?|slows?|works?|regrows?|stops?)\b"
        r"|\b(?:did not|didn't|does not|doesn't|do not|don't)\s+(?:\w+\s+)?support\s+(?:the\s+)?(?:routine\s+)?"
        r"(?:use of|using|giving|prescribing|taking|offering|adding)\b"
    ),
    _rx(
        rf"\b(?:(?:work|perform|fare|do|did|does)\w*\s+)?(?:no|not) better {THAN}\b|\b(?:no|not|hardly"
        rf"|barely) more (?:effective|useful|helpful|beneficial|successful|efficacious) {THAN}\b"
        rf"|\bsimilar (?:to|in the \w+ and) {PLACEBO}"
        rf"|\bsame as {PLACEBO}|\b{PLACEBO} and (?:treatment|active) groups had similar"
    ),
    _rx(
        rf"\b(?:did not|didn't|does not|do not|were not|was not) (?:\w+ )?differ\b(?=.*\b{PLACEBO})"
        rf"|\bno (?:significant |statistically significant |meaningful )?difference\b(?=.*\b{PLACEBO})"
        r"|\bmade no (?:\w+ )?difference (?:to|in)\b"
    ),
    _rx(
        r"\b(?:ineffective|not effective|no (?:(?:significant|statistically significant|measurable|meaningful|clear"
        r"|added|"
        r"additional|extra|further|real|discernible|visible|detectable|appreciable|obvious|clinical|noticeable|useful|"
        r"hair|new|overall|protective|preventive|beneficial|positive|therapeutic|lasting|long-term"
        r"|consistent) ){0,2}(?:effect|benefit|improvement|change|regrowth|response|gain|growth|impact|advantage"
        r"|influence|bearing)s?)\b"
    ),
    _rx(
        r"\b(?:did not|didn't|does not|doesn't|do not|don't|failed to|fails? to|could not|couldn't|cannot|can't)\s+"
        r"(?:significantly |meaningfully |further |clearly |consistently )?(?:change|alter|affect|differ|work|"
        r"reduce|improve|increase|help|prevent|stop|slow|outperform|benefit|lead to|regrow|respond)\w*"
        r"(?!\s+(?:the\s+)?(?:risk|rates?|odds|incidence|side|adverse|sexual))"
    ),
    _rx(r"\b(?:was|were|is|are) not (?:significantly )?(?:reduced|improved|increased|changed|effective|helpful)\b"),
    # "did not speed regrowth", "failed to hasten recovery": verbs that are a benefit only with a hair object
    _rx(
        rf"\b(?:did|does|do|could|would|can|will)(?: not|n't)\s+(?:significantly |meaningfully |further |clearly |"
        rf"consistently |noticeably |measurably )?(?:speed\w*(?: up)?|hasten\w*|accelerat\w*|shorten\w*|boost\w*|"
        rf"enhanc\w*|restor\w*|revers\w*|promot\w*|stimulat\w*|induc\w*|thicken\w*|preserv\w*|halt\w*|rais\w*|"
        rf"grow|lessen\w*|decreas\w*|lower\w*|protect\w* against)\s+(?:\w+[\s-]+){{0,3}}?"
        rf"{NEG_OBJECT}(?![\w-])"
        rf"|\b(?:cannot|can't|failed to|fails? to|unable to)\s+(?:significantly |meaningfully |further |clearly )?"
        rf"(?:speed\w*(?: up)?|hasten|accelerate|shorten|boost|enhance|restore|reverse|promote|stimulate|induce|"
        rf"thicken|preserve|halt|raise|grow|lessen|decrease|lower)\s+(?:\w+[\s-]+){{0,3}}?"
        rf"{NEG_OBJECT}(?![\w-])"
    ),
    _rx(
        r"\b(?:unlikely|not likely) to (?:\w+ )?(?:help|work|benefit|improve|increase|reduce|regrow|grow|prevent|stop|"
        r"slow|restore|be (?:an? |of )?(?:\w+ )?(?:effective|useful|helpful|beneficial|benefit|value|use))\w*"
    ),
    _rx(r"\bneither\b.*\bnor\b.*\b(?:improv|increas|reduc|help)\w*"),
    _rx(r"\b(?:absence|lack) of (?:\w+ )?(?:benefit|effect|efficacy|improvement|response)\b"),
    _rx(
        r"\b(?:no|little|insufficient|scant|not enough|lack of|lacks|lacking)\s+(?:good |clear |strong |convincing |"
        r"reliable |robust |high-quality |scientific |real )?evidence\b.*"
    ),
    _rx(r"\bevidence (?:that|for|of|on|behind|supporting)\b.*\b(?:is|are|was|remains?) (?:lacking|missing|absent)\b"),
    _rx(
        r"\b(?:made|making|make|makes) no (?:\w+ )?(?:dent|headway|inroads?)\b|\bno match for\b"
        r"|\b(?:ended|finished|stayed|remained|stood|were|was) (?:\w+ )?(?:right |just |exactly )?where (?:they|it) "
        r"(?:started|began|had started|had begun|was|were)\b"
        r"|\bleft (?:\w+ ){1,3}?(?:exactly |just |right )?where (?:it|they) (?:was|were)\b"
        r"|\bmade no (?:\w+ )?difference\b|\b(?:did not|didn't|does not|doesn't|do not|don't) make (?:any|much|a) "
        r"(?:\w+ )?difference\b|\b(?:is|are|was|were|remains?) (?:still )?unproven\b"
        r"|\bnot supported by (?:the |any )?(?:[\w-]+ ){0,2}?(?:evidence|studies|trials|data|research)\b"
        r"|\b(?:evidence|data|studies|trials|research)\s+(?:\w+\s+){0,2}?(?:does|do|did)(?: not|n't) support\b"
        r"(?!\s+(?:withhold|stop|discontinu|avoid|restrict|delay|the (?:idea|hypothesis)))"
        r"(?!.{0,80}\b(?:associat|link|relationship|correlat|causal|role)\w*)"
        r"|\blacks? (?:evidence|efficacy)\b"
        r"|\bevidence (?:for [\w\s-]+ )?is lacking\b|\b(?:advis\w*|recommend\w*|warn\w*|argue[sd]?) against\b"
        r"|\bdiscourag\w* (?:the )?use\b|\bnot recommended\b"
    ),
]
# A qualifier on the size or reach of the effect; with a benefit (or a denied one) the finding is mixed.
QUALIFIER = _rx(
    r"\b(?:modest\w*|slight\w*|(?<!same )(?<!similar )small (?:amount|margin|degree|extent)|"
    r"small(?:,? but (?:\w+ )?[\w-]+)? (?:improvement|benefit|effect|increase|gain"
    r"|change|"
    r"difference|rise)s?|"
    # set G rewordings: other words for a small effect or a small share
    r"(?<!same )(?<!similar )(?:clinically |very )?(?:tiny|trivial|negligible|minimal|minor) (?:amount|margin|degree"
    r"|extent)|(?:weak|trivial|negligible|minimal|tiny)\s+(?:(?!side\b|adverse\b)\w+\s+)?(?:benefit|effect|improvement"
    r"|response|gain|increase|rise|change)s?|in (?:a |the )?(?:small )?minority\b|a (?:little|bit)(?![\w-])|"
    r"one (?:\w+ )?in (?:three|four|five|six|seven|eight|nine|ten)\b|"
    r"only (?:at|on|among|within|during|while|until)\b|less (?:effective|successful|useful|helpful|beneficial)\b|"
    r"some benefit|partial(?:ly)? (?:[\w-]+ )?(?:response|regrowth|improvement|benefit|effect|improved|effective"
    r"|responded)|"
    r"somewhat|marginal\w*|limited (?:benefit|effect|improvement|efficacy|response)|"
    r"little (?:benefit|effect|improvement|response)|benefited little|mixed(?![- ](?:with|race|ethnic"
    r"|tocotrienols?|tocopherols?|carotenoids?|herbs|berries))|"
    r"variable(?![- ](?:dose|doses|regimens?|schedules?|frequency|intervals?))|varied|vary\w*|inconsistent|"
    r"not all|only (?:effective|beneficial|useful|helped|worked|improved|in|some|a|for|when|with|those|patients"
    r"|participants|people|"
    r"partly|partially|slightly|modest\w*|mild|a minority)|"
    r"some (?:patients|women|men|people) but|but not (?:in|for|with|on|at)(?! (?:the |a "
    r"|an )?(?:\w+ )?" + PLACEBO + r"\b)|while others|the rest|"
    r"(?:in|for) others|in (?:only )?some of (?:them|those|the (?:patients|participants|men|women))|only some|"
    # one arm or dose of several worked: "only the highest dose improved hair counts"
    r"only (?:the|one|two) (?:[\w-]+ ){0,2}?(?:doses?|arms?|groups?|formulations?|concentrations?|strengths?"
    r"|regimens?)|"
    # a gain that did not last: "early gains in density were lost once treatment stopped"
    r"(?:gains?|improvements?|regrowth|benefits?|effects?|density) (?:[\w-]+ ){0,3}?(?:was|were|had been) lost|"
    # a half or third that is a share, not a side of a split scalp, a dose strength or an ordinal session
    r"(?<!more than )(?<!over )(?<!by )(?<!treated )(?<!untreated )(?<!other )(?<!one )(?<!each )(?<!left )"
    r"(?<!right )half(?! the time| as long)(?![- ](?:strength|dose|doses|life|lives|head|side|scalp|face|way))"
    r"(?! (?:of|on) (?:the |their |each )?(?:scalp|head|face|body))|"
    r"(?<!by )a third(?! more)(?! (?:sessions?|doses?|course|treatments?|visits?|months?|years?|weeks?|rounds?"
    r"|cycles?|injections?|trials?|times?|groups?|arms?|day))|(?<!by )one third(?! more)"
    r"|(?<!by )a quarter(?! more)"
    r"|one in (?:three|four|five)|"
    r"faded|wore off|disappeared|vanished|short-lived|transient|did not persist|(?:was|were|only) temporar\w*"
    r"|(?<!who )(?<!which )(?<!that )returned(?! to (?:normal|anagen|the growth phase))(?! for\b)|"
    r"(?:benefits?|effects?|improvements?|gains?|changes?|differences?|increases?) (?:[\w-]+ ){0,4}?(?:was|were|is|are|"
    r"remained) (?:\w+ )?(?:small|slight|modest|minor|marginal|limited|weak)|less effective than"
    r"|(?<!lost )(?<!lose )(?<!losing )(?<!shed )less (?:hair|regrowth) than|"
    r"(?:fell out|was lost|were lost|came out|thinned|receded|lost) again|"
    r"less (?:improvement|benefit|regrowth)|"
    r"many (?:men|women|patients|people) stopped|side effects were common|(?:than|with) (?:some|others)|"
    r"inferior to|smaller (?:improvement|benefit|effect|increase|gain|change)s? than)\b"
    # a treatment that helped fewer people than an active comparator lost the comparison
    rf"|\bfewer (?:\w+ )?(?:patients|men|women|people|participants|subjects|children|users)\b"
    rf"(?=.*\bthan\b)(?!.*\bthan (?:\w+ ){{0,3}}?{PLACEBO}\b)"
)
PERCENT = _rx(
    r"\b(\d{1,3}(?:\.\d+)?|[a-z]+(?:[ -][a-z]+)?)(?:\s?%|\s+per ?cent)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:patients|"
    r"participants|people|men|women|children|subjects|cases|users|patches|lesions|sites|scalps)"
)
# Harms: a verb that brings a bad outcome, an exposure linked to one, a report of lasting effects.
# "damaged" after a verb or preposition is an adjective ("helps damaged follicles regrow", "repair of damaged
# hair"), not a harm done.
NOT_ADJECTIVE = (
    r"(?<!help )(?<!helps )(?<!helped )(?<!the )(?<!of )(?<!in )(?<!on )(?<!to )(?<!with )(?<!repair )"
    r"(?<!repairs )(?<!repaired )(?<!heal )(?<!heals )(?<!healed )(?<!protect )(?<!protects )(?<!protected )"
)
HARM = [
    # damage done: "burned the scalp", "left patches of hair loss", "weakened the shafts", "lost fur faster"
    _rx(
        rf"\b(?=burn|scarred|damag){NOT_ADJECTIVE}(?:burn(?:ed|t|s)?|scarred|damag(?:ed|es))\s+"
        r"(?:the |their )?(?:hair )?"
        r"(?:scalp|skin|follicles?|cuticles?|shafts?|fibres?|fibers?|strands?)\b"
        r"|\bleft (?:\w+ ){0,2}?(?:patches of hair loss|bald (?:patches|spots)|scarring)\b"
        r"|\bweaken\w*\s+(?:the |their )?(?:hair )?shafts?\b"
        r"|\bmade (?:them|it|the hairs?|hair|(?:the )?(?:strands|shafts|fibres|fibers)) (?:break|snap|fall)\b"
        r"|\blost (?:\w+ )?(?:fur|hair) (?:faster|sooner|earlier|more quickly)\b"
        r"|\b(?:lost|shed|losing|shedding) more (?:hair|fur)\b"
        r"|\b(?:developed|grew|got) (?:\w+ ){0,3}?(?:facial|body|unwanted) hair\b"
        r"|\bgave\s+(?:(?!(?:and|but|while|with)\b)[\w'-]+,?\s+){0,8}?(?:facial|body|unwanted|excess\w*) hair\b"
        # a complication of a procedure: "transplanted eyebrows became ingrown", "the grafts became infected"
        r"|\b(?:hairs?|grafts?|eyebrows|eyelashes|follicles|wounds?|sites?|scalps?)\s+(?:\w+\s+)?(?:became|become|becomes"
        r"|turned|grew) (?:\w+ )?(?:ingrown|infected|inflamed|necrotic)\b"
        r"|\bdeveloped (?:\w+ ){0,2}?hypertrichosis\b"
        r"|\bhairlines? (?:\w+ )?receded\b|\b(?:had|has|have) thinned (?:at|in|around|along|over)\b"
    ),
    _rx(
        rf"\b(?:(?<!the )(?<!its )(?<!a )caus(?:e[sd]?|ing)\b(?! of)|trigger\w*|led to|leads? to|lead to|"
        rf"resulted in|resulting in|induc\w*|worsen\w*|aggravat\w*|"
        rf"exacerbat\w*|accelerat\w*|hasten\w*|contribut\w* to|speed\w* up|sped up|provok\w*|precipitat\w*|"
        rf"set(?:s|ting)? off|brought on|brings? on|bringing on|brought about|brings? about|bringing about|spark\w*"
        rf"|prompt\w*|gave (?:\w+ )?rise to)\s+"
        rf"(?:\w+[\s-]+){{0,4}}?{HARM_OUTCOME}"
    ),
    # hair taken away: "cost her most of her hair", "left him with patchy baldness", "made her hair fall out"
    _rx(
        r"\b(?:cost|costing|robbed|stripped)\s+(?:him|her|them|patients|users|women|men|people|\w+ patients?)\s+"
        r"(?:(?:most|much|all|some|part|half|of|the|his|her|their) ){0,4}(?:hair|eyebrows|lashes|scalp hair)\b"
        r"|\bmade (?:\w+ ){0,3}?hair (?:fall|come) out\b"
    ),
    # a hair harm seen after an exposure: "hair loss after surgery was seen in 60% of patients"
    _rx(
        rf"^(?:\w+[\s-]+){{0,2}}?{HAIR_HARM}\s+(?:after|following|with|from|due to)\s+(?:\w+[\s-]+){{1,4}}?"
        rf"(?:was|were|is|are)\s+(?:\w+\s+)?(?:seen|observed|reported|noted|found|recorded|common|frequent|usual)\b"
    ),
    # hair coming out after an event: "her hair fell out after a keratin treatment", "came out in clumps within days"
    _rx(
        r"\bhair (?:fell out|came out|comes out|falls out|thinned|receded)\s+(?:\w+\s+){0,6}?(?:after|following|within|"
        r"soon after|days after|once|when)\b"
        rf"|\bleft (?:\w+ ){{0,2}}?with (?:\w+[\s-]+){{0,2}}?{HARM_OUTCOME}"
    ),
    # follicles pushed out of the growth phase: "entered the resting phase early", "premature catagen"
    _rx(
        r"\b(?:entered|enter|entering|pushed into|went into|shifted into|switched to"
        r"|moved into)\s+(?:the\s+)?(?:resting|"
        r"telogen|catagen|regression) phase (?:early|prematurely|sooner|too soon)\b|\bpremature(?:ly)? (?:entry into )?"
        r"(?:the )?(?:catagen|telogen|resting phase|regression)\b"
        # an exposure that drove follicles there, as a result: "shifted most scalp follicles into the resting phase"
        r"|\b(?:pushed|shifted|drove|forced|sent|moved|switched|tipped)\s+(?:(?:most|many|more|the|its|their|of|scalp"
        r"|hair|growing|all) ){0,4}(?:follicles|hairs)\s+(?:in)?to (?:the )?(?:resting|telogen|catagen|regression)"
        r"(?: phase)?\b"
    ),
    # losing one's hair: "she lost most of her scalp hair", "patients lose their eyebrows"
    _rx(
        r"\b(?:shed|sheds|shedding)\s+(?:(?:large|huge|great|big) (?:amounts|quantities)|clumps|handfuls|a lot|much"
        r"|most|masses) of (?:(?:her|his|their|the) )?hair\b"
        r"|(?<!who )(?<!which )(?<!that )\b(?:lost|los(?:e|es|ing))\s+(?:(?:most|much|all|some|part|half|a lot"
        r"|large amounts?|clumps|patches) (?:of )?)?"
        r"(?:(?:her|his|their|the|its) )?(?:scalp |head |body )?(?:hair|eyebrows|eyelashes|lashes|fur|coat)\b"
    ),
    # an exposure that makes a harm more likely: "twice as likely to have early baldness", "at greater risk of"
    _rx(
        rf"\b(?:(?:twice|thrice|(?:\w+|\d+(?:\.\d+)?) times) as|more|much more|far more|significantly more)\s+"
        rf"likely (?:than (?:[\w-]+ ){{1,6}}?)?to (?:(?:have|develop|get|show|report|experience|suffer|lose|notice"
        rf"|be diagnosed with)\s+"
        rf"(?:(?:from|with) )?(?:\w+[\s-]+){{0,4}}?)?{HARM_OUTCOME}"
        rf"|\b(?:more|far more|much more) (?:prone|susceptible|vulnerable) to\s+(?:\w+[\s-]+){{0,2}}?{HAIR_HARM}"
        rf"|\bat (?:a )?(?:higher|greater|increased|raised|elevated|double|twice the) risk (?:of|for)\s+"
        rf"(?:\w+[\s-]+){{0,3}}?{HARM_OUTCOME}"
        # a multiple of the comparator's odds: "had roughly three times the odds of telogen effluvium", "2.5-fold risk"
        rf"|\b(?:twice|double|triple|thrice|(?:\w+|\d+(?:\.\d+)?) times|\d+(?:\.\d+)?-fold|\w+-fold) (?:the |a |an )?"
        rf"(?:higher |greater |raised |increased )?(?:odds|risk|rate|likelihood|incidence|chance) (?:of|for)\s+"
        rf"(?:\w+[\s-]+){{0,3}}?{HARM_OUTCOME}"
    ),
    # a harm that came after the exposure or outlasted it: "hair loss followed surgery", "erectile problems persisted"
    _rx(
        rf"\b{HARM_OUTCOME}\s+(?:\w+\s+){{0,3}}?(?:followed|follows|came after|occurred after|developed after|"
        rf"appeared after|began after|started after|set in after|emerged after|persisted|persists|lasted|"
        rf"lingered|outlasted|did not (?:resolve|go away|recover|disappear)|never (?:resolved|went away)|"
        rf"(?:began|started|set in|appeared|developed|occurred|emerged) (?:within|after|following"
        rf"|soon after))\b(?!.*\bdespite\b)"
    ),
    # a suppressed good outcome, reported as a result (past tense): "halted fur regrowth", "reduced hair density".
    # The present tense ("PGD2 inhibits hair growth") is a mechanism, left alone.
    _rx(
        r"\b(?:halted|stopped|blocked|suppressed|inhibited|impaired|delayed|arrested|curbed|prevented|reduced|"
        r"lowered|decreased|shut down|switched off|held back)\s+(?:the\s+)?(?:(?:fur|hair|scalp|new|mean"
        r"|terminal) ){0,2}"
        r"(?:regrowth|hair growth|growth of (?:new )?hair|hair counts?|hair density|density|fur growth"
        r"|hair-growth (?:proteins?|factors?|signals?|genes?|markers?))\b"
        r"(?![- ](?:loss|decline|reduction|drop|fall))"
    ),
    _rx(
        rf"\b(?:linked|associated|tied|related|correlated|connected)\s+(?:\w+\s+)?(?:to"
        rf"|with)\s+(?:(?!and \w+ed\b)\w+[\s-]+){{0,6}}?"
        rf"{HARM_OUTCOME}"
    ),
    _rx(rf"\b{HARM_OUTCOME}\s+(?:\w+\s+){{0,5}}?(?:linked|associated|tied|related|attributed)\s+(?:to|with)\b"),
    _rx(
        rf"\b(?:higher|greater|increased|increases?|increasing|raised|raises?|elevated|doubl\w*|tripl\w*) "
        rf"(?:the |a |an )?(?:\w+ )?"
        rf"(?:risk|rates?|odds|incidence|chances?|likelihood|probability) of"
        rf"\s+(?:\w+\s+){{0,3}}?"
        rf"{HARM_OUTCOME}"
    ),
    _rx(
        rf"\b(?:develop\w*|report\w*|experienc\w*|suffer\w*|had|got|noticed|showed)\s+(?:\w+[\s-]+){{0,5}}?"
        rf"{HARM_OUTCOME}(?=.*\b(?:after|from|to|with|while|on|following|due to|because of|taking|using|"
        rf"that (?:continue|persist|last)))"
    ),
    # the exposure named before the harm: "women wearing cold caps developed scalp injuries"
    _rx(
        rf"\b(?:wearing|using|taking|receiving|given|treated with|on|after|who (?:used|took|wore|received))\s+"
        rf"(?:\w+[\s-]+){{1,5}}?(?:(?:develop\w*|suffer\w*|got|experienc\w*|had|reported|noticed)\s+(?:\w+[\s-]+){{0,4}}?"
        rf"(?:{HAIR_HARM}|(?:scalp|skin)\w* (?:injur\w*|burns?|ulcers?|blisters?)|frostbite|dermatitis|breakage|"
        rf"allergic (?:\w+ )?reactions?)"
        rf"|(?:went|go|goes|became|become) bald|lost (?!(?:less|fewer|no|little|hardly"
        rf"|almost no)\b)(?:\w+ ){{0,2}}?hair)"
    ),
    _rx(rf"\b(?:persist\w*|lasting|long-lasting|permanent|irreversible|continu\w*)\s+(?:\w+\s+){{0,2}}?{HARM_OUTCOME}"),
    _rx(rf"\bfollowed by\s+(?:\w+\s+){{0,3}}?{HARM_OUTCOME}"),
    # more of a hair harm, or damage done to hair: "increased hair shedding", "damaged the hair shaft". Words
    # that slow or inhibit hair growth are left alone: they are mostly mechanisms ("PGD2 inhibits hair growth").
    _rx(
        rf"\b(?:increas\w*|rais\w*|doubl\w*|tripl\w*|worsen\w*)\s+(?!in\s)(?:the\s+)?(?:\w+\s+)?"
        rf"(?:{HAIR_HARM}|hair damage)"
    ),
    _rx(
        rf"\b(?=harm|damag){NOT_ADJECTIVE}(?:harm(?:s|ed)|damag(?:es|ed|ing))\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:hair|hair[- ]growth cells|hair cells?|hair shafts?|hair follicles?|follicles?)\b"
        r"(?![- ](?:loss|miniaturi|shrink|death|regression|apopto))"
    ),
    _rx(rf"\bmore (?:\w+ ){{0,2}}?{HARM_OUTCOME}"),
    _rx(
        rf"^(?:\w+[\s-]+){{0,2}}?{HARM_OUTCOME}\s+(?:\w+\s+){{0,3}}?(?:was|were|is|are)?\s*(?:common|frequent"
        rf"|increased|"
        rf"rose|occurred|began|more common|developed)\b(?=.*\b(?:after|following|among users|in users|with use|"
        rf"among (?:\w+ )?(?:patients|people|users|men|women|those) (?:on|taking|using|given|treated with|receiving)))"
    ),
    _rx(
        rf"\b{HARM_OUTCOME}\s+(?:\w+\s+){{0,3}}?(?:a |the )?(?:common |frequent |main |serious |known )?"
        rf"(?:side effect|adverse effect|adverse event|complication)s? of\b"
    ),
    _rx(r"\b(?:reduc\w*|lower\w*|decreas\w*)\s+(?:\w+\s+)?(?:sperm\w*|libido|fertility|sexual desire|bone density)"),
    _rx(r"\b(?:was|were|been|be) hospitali[sz]ed\b|\bneeded hospital care\b|\badmitted to hospital\b"),
    _rx(r"\bstopped (?:treatment|the drug|taking \w+)? ?because of (?:side effects|adverse)"),
    # less or slower growth than the comparator, reported as a result: "regrew far less fur than mice that ate freely"
    _rx(
        r"\b(?:regrew|grew)\s+(?:\w+\s+)?(?:far |much |markedly |significantly )?less (?:fur|hair)\b"
        r"(?!.*\b(?:minoxidil|finasteride|dutasteride|spironolactone)\b)"
        r"|\b(?:hair|fur) (?:re)?grew (?:\w+ ){0,4}?more slowly\b"
    ),
    # a hair cycle pushed the wrong way: "the growth phase was shortened", "the share of resting hairs rose"
    _rx(
        r"\b(?:growth phase|anagen(?: phase)?)\s+(?:was|were)\s+(?:\w+\s+)?(?:shortened|cut short|curtailed)\b"
        r"|\b(?:telogen|resting|catagen|club) hairs\s+(?:\w+\s+)?(?:rose|increased|doubled|tripled|climbed|went up)\b"
        r"|\b(?:share|proportion|percentage|number|fraction) of (?:resting|telogen|catagen) (?:hairs|follicles)\s+"
        r"(?:\w+\s+)?(?:rose|increased|doubled|climbed|went up)\b"
    ),
    # damage to the fibre: "doubled the protein lost from hair", "may leave hair brittle and prone to snapping"
    _rx(
        r"\b(?:increas|rais|doubl|tripl)\w*\s+(?:the\s+)?(?:\w+\s+)?(?:protein|lipids?|moisture|colou?r|pigment)s?\s+"
        r"(?:lost|loss|leak\w*) from (?:the )?hair\b"
        r"|\b(?:leav\w*|left|made|makes?|render\w*)\s+(?:the\s+)?(?:hair|shafts?|strands?)\s+(?:\w+,?\s+(?:and\s+)?){0,2}?"
        r"(?:brittle"
        r"|fragile"
        r"|prone to (?:snapping|breaking|breakage))\b"
    ),
    # a disease made worse, or no hair left after an exposure: "turned patchy alopecia into total hair loss"
    _rx(
        rf"\bturned\s+(?:[\w'-]+\s+){{0,6}}?into\s+(?:\w+\s+){{0,3}}?{HARM_OUTCOME}"
        r"|\bstill had no (?:\w+ )?hair\b"
    ),
    # cells killed in a lab study: "killed keratinocytes and fibroblasts in culture", "cut cell survival by half"
    _rx(
        r"\b(?:cut|cuts|reduced|lowered|decreased|halved|impaired)\s+(?:the\s+)?(?:cell\s+)?(?:survival|viability"
        r"|proliferation)\s+(?:of\s+)?(?:\w+\s+)?(?:dermal papilla|keratinocytes?|follic\w*|hair|outer root sheath)\b"
        r"|\b(?:dermal papilla|keratinocyte|follicle|hair) cells\b[^.;]{0,60}?\b(?:cut|cuts|reduced|lowered|decreased"
        r"|halved|impaired)\s+(?:the\s+)?(?:cell\s+)?(?:survival|viability|proliferation)\b"
    ),
    _rx(
        r"\b(?:killed|destroyed)\s+(?:the\s+)?(?:cultured\s+)?(?:keratinocytes|fibroblasts|melanocytes"
        r"|(?:hair|follicle|dermal papilla|scalp|skin|stem) cells)\b"
    ),
    # hair where it is unwanted: "made thick new hair sprout on a man's chest, limbs and face"
    _rx(
        r"\b(?:made|make|makes|caused|causes|let)\s+(?:\w+\s+){0,3}?hair\s+(?:sprout|grow"
        r"|appear)\s+on\s+(?:[\w']+\s+){0,3}?"
        r"(?:chest|face|body|limbs|back|arms|legs|cheeks|forehead|chin)\b"
        r"|\bhair (?:sprouted|appeared) on (?:[\w']+ ){0,3}?(?:chest|face|body|limbs|back|arms|legs|cheeks"
        r"|forehead|chin)\b"
    ),
]
# A claim reported in order to deny it: "finds nothing to back the claim that ...", "no basis for the belief that
# ...", "dispels the myth that ...". What the claim says is not the study's finding; its denial is.
CLAIM_DENIAL = (
    r"\b(?:nothing|no|little|not|never|lacks?|lacking|without|fail\w* to|refut\w*|contradict\w*|against|dispel\w*"
    r"|debunk\w*|challeng\w*|undermin\w*|doubt on)\b(?:\s+[\w-]+){0,4}?\s+(?:the\s+|a\s+|any\s+)?(?:\w+\s+)?"
    r"(?:claims?|ideas?|notions?|beliefs?|views?|hypothes[ie]s|suggestions?|assertions?|theory|theories|contention"
    r"|myths?|promises?)\s+that\b|\bthe myth that\b"
    # evidence looked for and not found: "found nothing in the eleven pooled trials to show that onion lotions regrow"
    r"|\b(?:found|find|finds|saw|see|sees|there (?:is|was|were))\s+(?:nothing|no (?:sign|proof|indication))\b"
    r"(?:\s+[\w-]+){0,6}?\s+to (?:show|suggest|support|indicate|prove|confirm)\s+that\b"
)
DENIED_CLAIM = _rx(CLAIM_DENIAL)
# A harm word that is not a harm: fewer of it, less of it, none of it, or a denied link.
NOT_HARM = _rx(
    rf"\b(?:fewer|less|lower|no|without|reduc\w*|prevent\w*|counteract\w*|decreas\w*)\s+(?:\w+[\s-]+){{0,4}}?"
    rf"{HARM_OUTCOME}|\b(?:people|patients|men|women|children|adults|those|participants|users) with "
    rf"(?:\w+[\s-]+){{0,3}}?{HARM_OUTCOME}|\bno (?:link|association|relationship|increase)\b.*"
    rf"|\bnot (?:linked|associated|related|tied)\b.*"
    rf"|\b(?:did not|didn't|does not|do not|failed to|could not)\s+(?:support|confirm|show|find|establish|prove)\b.*"
    rf"|\b\w+-induced\b|(?:{CLAIM_DENIAL}).*"
    # a hair harm that fell: "the share reporting heavy daily hair fall dropped from 78% to 19%"
    rf"|\b{HARM_OUTCOME}\s+(?:\w+\s+){{0,2}}?(?:dropped|fell|declined|decreased|eased|lessened|shrank|halved"
    rf"|subsided)\b"
    rf"|\b(?:protect\w*|spar(?:e|es|ed|ing)|shield\w*|kept|keep\w*|stopp?\w*|prevent\w*|sav(?:e|es|ed|ing))\s+"
    rf"(?:\w+\s+){{0,4}}?from (?:\w+\s+)?(?:losing|going bald)\b(?:\s+(?:their|her|his|the|most|much|of|scalp|hair)\b)*"
)  # "protected most women from losing their hair" is the harm kept away
# A sentence whose subject is hair loss itself reports its consequences, not a treatment's harm.
HAIR_LOSS_SUBJECT = _rx(
    r"^(?:men|women|people|patients|children|teenagers|adults|those) who (?:lost|lose|losing|had lost) (?:\w+ )?hair\b|"
    rf"^(?:(?:men|women|people|patients|children|teenagers|adults) with )?"
    rf"(?!(?:\w+[\s-]+){{0,1}}(?:for|against|treating|to treat)\s)(?:\w+[\s-]+){{0,2}}?{HAIR_HARM}\b"
)  # "finasteride for hair loss increases the risk of ..." is about the drug, not what hair loss leads to
# A finding stated as mixed in itself, with no benefit word: "gave mixed results", "the results were
# inconsistent", "evidence on X is conflicting", "outcomes varied". Read only when the sentence is not
# about an association (a prevalence study's "results were inconsistent" is about the link, not a treatment).
MIXED_WORD = (
    r"(?:mixed(?![- ](?:with|race|ethnic|methods?|models?|effects? (?:models?|regression|logistic|analys\w*)))|"
    r"inconsistent|conflicting|contradictory|variable|equivocal)(?! with)"
)  # "mixed-effects regression", "inconsistent with the model" are no findings
RESULT_NOUN = r"(?:results?|findings?|outcomes?|evidence|data|effects?|responses?|efficacy|effectiveness|benefits?)"
MIXED_FINDING = _rx(
    rf"(?<!previous )(?<!prior )(?<!earlier )(?<!existing )(?<!past )\b{MIXED_WORD}\s+(?:\w+\s+)?{RESULT_NOUN}\b"
    rf"(?! (?:of|from|in) (?:the )?(?:previous|prior|earlier|other|past|existing)\b)"
    rf"|\b{RESULT_NOUN}\s+(?:[\w-]+\s+){{0,8}}?(?:were|was|are|is|have been|has been|remain\w*|seem\w*|appear\w*)\s+"
    rf"(?:\w+\s+)?{MIXED_WORD}"
    rf"|\b{RESULT_NOUN}\s+(?:[\w-]+\s+){{0,6}}?var(?:ied|y|ies) "
    rf"(?:widely|greatly|considerably|markedly|substantially)\b"
)  # "the conflicting results of previous studies" is about the literature, not this study
# Sentences about other studies ("earlier trials gave conflicting results") say nothing of this one.
LITERATURE = _rx(
    r"\b(?:previous|prior|earlier|past|existing|other) (?:\w+ )?(?:studies|trials|reports|research|work)\b"
)
ASSOCIATION = _rx(
    r"\b(?:associat\w*|link\w*|correlat\w*|(?<!-)levels?|deficien\w*|prevalen\w*|more common|more likely|more often|"
    r"risk|odds|predict\w*)\b"
)
# A low level or lack of a nutrient. "Low vitamin D was linked to more severe hair loss" is an association
# of a deficiency, not a harm of taking the supplement: a harm read in the same clause is dropped, so a
# question "does vitamin D help?" never counts such a study as harm (issue 20). "Low-level laser" and
# "low-dose minoxidil" are not deficiencies (the hyphen, and no nutrient).
NUTRIENT = (
    r"(?:vitamin\s+[a-z]\d*|vitamins|iron|ferritin|zinc|biotin|folate|folic acid|b12|cobalamin|selenium|copper|"
    r"magnesium|protein|amino acids?|l-lysine|lysine|omega-3s?|fatty acids|25-?\(?oh\)?d\w*|"
    r"25-hydroxy\w*(?:\s+vitamin\s+d\d?)?|calcidiol|calcifediol|micronutrients?|nutrients?|h(?:a)?emoglobin|"
    r"minerals?|trace elements?)"
)
DEFICIENCY = _rx(
    r"\b(?:[\w-]+\s+)?deficien(?:cy|cies|t)\b|\b[\w-]+ insufficiency\b"
    rf"|\b(?:low|lower|lowest|reduced|decreased|insufficient|inadequate|poor|suboptimal|diminished|depleted)\s+"
    rf"(?:in\s+)?(?:\w+\s+){{0,2}}?(?:levels?\s+of\s+)?{NUTRIENT}(?![\w-])"
    rf"|\b{NUTRIENT}\s+(?:\w+\s+){{0,2}}?(?:levels?|status|stores|concentrations?)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:low|lower|reduced|decreased|insufficient|deficient)\b"
    rf"|\b(?:lack|shortage|depletion) of (?:\w+ )?{NUTRIENT}(?![\w-])|\b{NUTRIENT}[- ](?:deprived|depleted|starved)\b"
    # a level linked either way is an association of the level: "vitamin D levels were inversely linked to severity"
    rf"|\b{NUTRIENT}\s+(?:\w+\s+){{0,2}}?(?:levels?|status|stores|concentrations?)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:(?:inversely|negatively|positively|closely|strongly|weakly) )?(?:linked|associated|correlated|related|tied)\b"
)

SAFE = _rx(r"\b(?:generally safe|safe and well tolerated|well tolerated|well-tolerated|was safe|were safe|is safe)\b")
HEDGE = _rx(
    r"\b(?:may|might|could|possibl[ey]|potential(?:ly)?|appears? to|appeared to|seems? to|seemed to|suggest\w*|"
    r"promis\w*|(?<!more )(?<!less )(?<!as )likely|unlikely|preliminary|more (?:research|studies|trials|evidence|data)"
    r"|further (?:research|studies|trials)|"
    r"larger (?:\w+ )?(?:trials|studies)|(?:is|are|was|were|remains?) (?:still )?(?:needed|required|warranted)|"
    r"deserves?|pending|(?:evidence|data) (?:(?:for|on) [\w\s-]{1,40}? )?(?:is|are|was|were|remains?) (?:still )?"
    r"(?:limited|weak|scarce|preliminary)|"
    r"(?:trials|studies|data) (?:are|were) (?:lacking|missing)|studies were small|small and weak|"
    r"hold promise|holds promise)\b"
)


def sentence_direction(sentence: str) -> Direction | None:
    """The direction one sentence states, or None when it states none (or the rules are unsure).

    Benefit and no-benefit cues are read clause by clause: a negator earlier in the same clause
    ("did not significantly improve", "failed to reduce") turns a benefit into no benefit, but a
    double negative ("no less effective", "not inferior") is settled first. Harms need an outcome
    that is bad (hair loss, lasting sexual effects, ...) brought by a verb or a link; "fewer side
    effects" and "no link" are not harms. Two findings that pull apart make ``mixed``.
    """
    if not sentence or not sentence.strip() or len(sentence.split()) > MAX_WORDS:
        return None
    label, hedged = _read(sentence.strip())
    return Direction(label, hedged, sentence.strip()) if label else None


# A reporting frame before the finding: "the study concluded that", "the authors found that". The finding's own
# subject comes after it, and rules that read a subject ("hair loss after surgery was seen in ...") start there.
# The frame's reserve ("these results suggest that") is still read as a hedge.
REPORT_FRAME = _rx(
    r"^(?:overall,?\s+|in conclusion,?\s+|in summary,?\s+)?(?:the|this|our|these|its|their) (?:[\w-]+ ){0,2}?"
    r"(?:study|studies|authors?|researchers|results?|findings|data|review|trial|analysis|investigators|report|paper)"
    r" (?:\w+ )?(?:concluded|conclude|concludes|found|find|finds|showed|show|shows|suggest|suggests|suggested"
    r"|indicate|indicates|indicated|reported|reports|demonstrated|demonstrates|confirmed|confirms|noted|note)"
    r" that\s+"
)


# A sentence adverbial before the subject: "Overall,", "In this cohort,", "Taken together,". Rules that read the
# subject of a finding (hair loss as the exposure, a harm seen after an exposure) start after it.
LEAD_IN = _rx(
    r"^(?:overall|in (?:conclusion|summary|short|sum|practice|general)|taken together|all in all|together|thus"
    r"|therefore"
    r"|in (?:this|the|our|their|a) (?:[\w-]+ ){0,2}?(?:trial|study|cohort|sample|review|analysis|survey|series"
    r"|population|group|registry))\s*,\s+"
)


@lru_cache(maxsize=4096)
def _read(sentence: str) -> tuple[str | None, bool]:
    text = sentence.lower().replace("’", "'")
    if NO_FINDING.search(text):
        return None, False
    text = _without_literature(text)
    if not re.search(r"[a-z]", text):
        return None, False
    plain = REPORT_FRAME.sub("", text)  # "the study concluded that hair loss after surgery was seen ...": its subject
    plain = LEAD_IN.sub("", plain)  # "overall, baldness was linked to ...": rules that read a subject start after it
    label = _hair_loss_exposure(plain)
    if label == "":
        return None, False
    label = label or _polarity(plain, _label(plain))
    # a question used as a title ("Could saffron grow hair? In cultured cells ...") and "mice that could eat
    # freely" are no reserve about the finding
    reserve = re.sub(r"^[^?]*\?\s+(?=\S)", "", text)
    reserve = re.sub(r"\b(?:that|who|which) could (?!be\b|help|work|improve|reduce|protect|slow|prevent)", "", reserve)
    return label, bool(label and HEDGE.search(reserve))


# Hair loss itself as the exposure (tests/data/CONVENTIONS_directions.md, settled call 2): "men with vertex baldness
# had a 36% higher risk of heart disease", "alopecia areata was linked to depression" are harm; no link is no
# benefit; a link in one group only is mixed; a lower risk of something is none. The outcome must be a disease or
# a state of health, so "hair loss was linked to isotretinoin use" (an exposure as the object) is read as before.
ILLNESS = (
    r"(?:diseases?|disorders?|syndromes?|depressi\w*|anxiety|cancers?|tumou?rs?|diabetes|obesity|hypertension"
    r"|high blood pressure|insulin resistance|self-esteem|heart attacks?|strokes?|mortality|death|dementia|illness\w*"
    r"|infections?|comorbidit\w*|distress|suicid\w*|vitiligo|psoriasis|lupus|eczema|atopy)"
)
ILLNESS_LINK = _rx(
    rf"\b(?:higher|greater|increased|raised|elevated|excess|double|doubled|triple|tripled|twice the"
    rf"|\d+(?:\.\d+)?% higher|\d+(?:\.\d+)?-fold (?:higher )?)\s+(?:\w+\s+)?"
    rf"(?:risks?|rates?|odds|incidence|prevalence|likelihood|chances?)\s+(?:of|for)\s+(?:[\w-]+\s+){{0,3}}?{ILLNESS}\b"
    rf"|\b(?:(?:twice|thrice|(?:\w+|\d+(?:\.\d+)?) times) as|more|much more|far more|significantly more)\s+likely\s+"
    rf"(?:than (?:[\w-]+ ){{1,6}}?)?to\s+(?:have|develop|get|report|experience|suffer from|be diagnosed with|die of)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{ILLNESS}\b"
    rf"|\b(?:linked|associated|tied|related|correlated)\s+(?:\w+\s+)?(?:to|with)\s+(?:a |an |the )?"
    rf"(?:[\w-]+\s+){{0,3}}?{ILLNESS}\b"
)
LOWER_LINK = _rx(
    r"\b(?:lower|reduced|decreased|smaller|less|fewer|diminished)\s+(?:\w+\s+)?(?:risks?|rates?|odds|incidence"
    r"|prevalence|likelihood|chances?)\b|\bless likely\b|\bprotect\w*\b"
)
DENIED_LINK = _rx(
    r"\b(?:not|no|never|neither|nor)\b(?:\s+[\w-]+){0,3}?\s+(?:associated|linked|tied|related|correlated|more likely"
    r"|link|association|relationship|correlation|higher|greater|increased|excess)\b"
)
ONE_GROUP_ONLY = _rx(
    r"\b(?:but|and|yet) not (?:in|among|for|with)\b|\bonly (?:in|among|for)\b"
    r"|\b(?:but|yet) not (?:the )?(?:[\w-]+ ){0,2}?(?:men|women|people|patients|children|adults|teenagers|those|groups?"
    r"|ones|others|cohorts?)\b"
)


# An exposure found not to go with hair loss (settled call 1: "smoking was not associated with hair loss" is no
# benefit, no effect). A treatment's side effect not linked to it ("no link between finasteride and depression")
# is a safety statement and stays none: the outcome here must be hair loss, and the subject no hair-loss drug.
NO_HAIR_LOSS_LINK = _rx(
    rf"\b(?:was|were|is|are) not (?:significantly |independently |clearly )?(?:associated|linked|tied|related"
    rf"|correlated) (?:with|to) (?:any |more |an? |the )?(?:increased |higher |greater )?(?:risk of )?(?:\w+ )?"
    rf"{HAIR_HARM}\b"
    rf"|\bno (?:significant |clear |consistent )?(?:link|association|relationship|correlation) (?:was found )?between"
    rf" (?:[\w-]+ ){{1,5}}?and (?:\w+ )?{HAIR_HARM}\b"
)
HAIR_LOSS_DRUG = _rx(
    r"\b(?:minoxidil|finasteride|dutasteride|spironolactone|ketoconazole|prp|platelet-rich plasma|laser|jak|baricitinib"
    r"|tofacitinib|ritlecitinib|steroids?|corticosteroids?|triamcinolone|microneedling|transplant\w*|treatment|therapy"
    r"|drug|supplement\w*)\b"
)


def _hair_loss_exposure(text: str) -> str | None:
    """The label when hair loss itself is the exposure and an illness the outcome; "" for none, None to read on."""
    denied = NO_HAIR_LOSS_LINK.search(text)
    if (
        denied
        and not HAIR_LOSS_SUBJECT.match(text)
        and not HAIR_LOSS_DRUG.search(text[: denied.start()])
        and not (CONTRAST.search(text) or DEFICIENCY.search(text) or NUTRIENT_LINKED.search(text))
    ):
        return "no benefit"  # "hair dye use was not associated with hair loss": no effect of the exposure
    if not HAIR_LOSS_SUBJECT.match(text):
        return None
    link = ILLNESS_LINK.search(text)
    if not link or DEFICIENCY.search(text) or NUTRIENT_LINKED.search(text):
        return None
    if LOWER_LINK.search(text):
        return ""  # "hair loss was associated with a reduced risk of skin cancer": found a benefit would mislead
    if DENIED_LINK.search(_clause(text, link.start(), link.end())):
        return "no benefit"  # "baldness was not associated with a higher risk of prostate cancer"
    if ONE_GROUP_ONLY.search(text):
        return "mixed"  # "linked to heart disease in men under 55 but not in older men"
    if any(m.start() >= 8 for m in CONTRAST.finditer(text)):
        return ""  # "linked to heart disease, but the link vanished once age was allowed for": no rule settles it
    return "harm"


# A nutrient level as what hair loss goes with: "women with hair loss were more likely to have low iron stores".
NUTRIENT_LINKED = _rx(
    r"\b(?:low|lower|reduced|insufficient|deficient|poor)\s+(?:\w+\s+){0,2}?(?:levels?|stores|status)\b"
)


# The cause of a harm corrected, as the intervention: "and treating it improves the hair", "correcting the
# deficiency reversed the shedding". The harm before it is the background of that benefit (set D call 10).
CORRECTED = _rx(
    r"\b(?:treat|correct|restor|replac|replenish|rais|supplement|fix|manag|revers|normali[sz])(?:ing|ed|es|e|s)?\s+"
    r"(?:it|them|this|that|the (?:deficiency|condition|disease|cause|underlying \w+|levels?|stores|thyroid))\b"
)


# A gain taken back in an appositive after a comma: "regrew hair, no more than with placebo".
TRAILING_DENIAL = _rx(
    rf",\s*(?:which was |though |but )?(?:no|not|hardly|barely) (?:\w+ )?(?:more|better|different|greater|higher)\s+"
    rf"(?:than|from)\s+(?:with |in |on |that (?:with|of|on|in) |those (?:with|on|given|in) )?(?:the |a )?(?:\w+ )?"
    rf"{PLACEBO}\b"
)


# The gain over the control judged too small to matter: "a difference the investigators judged to be of no clinical
# value", "which was not clinically meaningful", "too small to be noticed".
NO_CLINICAL_VALUE = _rx(
    r"\b(?:differences?|gains?|changes?|improvements?|increases?|effects?|benefits?|margins?|which|this|that)\b"
    r"(?:\s+[\w-]+){0,6}?\s+(?:(?:to be|as|was|were|is|are) )?(?:of (?:no|little|doubtful|questionable) "
    r"(?:clinical |practical |real )?(?:value|importance|relevance|meaning|consequence|use)"
    r"|not (?:clinically|practically) (?:meaningful|relevant|important|significant|noticeable|worthwhile)"
    r"|clinically (?:meaningless|irrelevant|unimportant|insignificant)"
    r"|too small to (?:matter|be (?:noticed|seen|noticeable|visible|meaningful|of (?:any )?(?:use|value))))\b"
)


# Both arms moved by about the same number: "rose by 11% with the spray and by 10% with its vehicle", "fell by about
# 10% with the serum and by about 10% with the serum base". Read by ``_arms_alike``.
ARM_NUMBERS = _rx(
    rf"\bby (?:about |around |roughly |some |nearly |almost |just )?(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+(?:with|in|on"
    rf"|for|among|using)\b[^,;]{{1,60}}?\s+(?:and (?:by )?|against |versus |vs\.? |compared with |over )"
    rf"(?:about |around |roughly |some |nearly |almost |just )?(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+"
    rf"(?:with|in|on|for|among|using)\s+"
    rf"(?:the |a |an |its |their )?(?:[\w-]+ ){{0,2}}?{PLACEBO}\b"
)


def _arms_alike(text: str) -> bool:
    """Both arms changed by nearly the same amount: within 2 points, or the control's at least 80% of the treated."""
    for match in ARM_NUMBERS.finditer(text):
        before = text[: match.start()]
        if RISK.search(before) or not re.search(rf"{GOOD_CORE}|{HAIR_HARM}|\bcounts?\b|\bdensity\b", before):
            continue  # "side effects rose by 10% with both": safety, not an effect; the outcome must be hair
        treated, control = float(match.group(1)), float(match.group(2))
        if abs(treated - control) <= 2 or (treated > 0 and 0.8 <= control / treated <= 1.25):
            return True
    return False


def _label(text: str) -> str | None:
    """The label of the word cues over the whole text (see ``sentence_direction``)."""
    benefit, denied, rest = _benefits(text)
    harm = _harms(text)
    own = _own(rest)  # "while the placebo group got slightly worse": the comparator's words qualify nothing
    qualified = bool(QUALIFIER.search(own)) or _minority(_own(text)) or (benefit and _caveat(rest))
    if harm and benefit and CORRECTED.search(text):
        harm = False  # "hypothyroidism is linked to shedding, and treating it improves the hair": the cause treated
    if harm and SAFE.search(text) and not benefit:
        harm = False  # "generally safe, with unwanted hair growth the most common side effect"
    label = _combine(benefit, denied, harm, qualified)
    if (
        label in ("benefit", "mixed")
        and not harm
        and (NOT_SIGNIFICANT_GAIN.search(text) or TRAILING_DENIAL.search(text) or NO_CLINICAL_VALUE.search(text))
    ) or (label in (None, "benefit", "mixed") and not harm and _arms_alike(text)):
        label = "no benefit"  # "counts rose, but the difference from placebo was not significant": the gain is denied
    if MIXED_FINDING.search(rest) and not (
        ASSOCIATION.search(text) or DEFICIENCY.search(text) or LITERATURE.search(text)
    ):
        if label == "harm":
            return None, False  # "reports linking X to depression were conflicting": unsure, so no direction
        label = label or "mixed"  # "gave mixed results", "the evidence is conflicting"
    if label in (None, "no benefit", "mixed") and not benefit and _lasting_loss(text):
        label = "harm"  # "one in ten still had not regrown their hair after docetaxel": the exposure's harm
    return label


# An exposure whose group loses hair or fails to regrow reports a harm, not a failed treatment.
EXPOSURE = _rx(
    r"\b(?:chemotherapy|chemo|docetaxel|paclitaxel|taxanes?|cyclophosphamide|doxorubicin|epirubicin|anthracyclines?"
    r"|radiotherapy|radiation"
    r"|diets?|dyes?|bleach\w*|relaxers?|straighteners?|hairstyles?|braids|ponytails?|isotretinoin|anabolic steroids?)\b"
)
NOT_REGROWN = _rx(
    r"\b(?:still )?(?:had |has |have )?(?:not|never|failed to) (?:\w+ )?(?:regr[eo]wn?|grown back|grow back|grew back"
    r"|recovered)\b|\bstill had (?:\w+ )?thin(?:ning)? hair\b"
)
TREATMENT_WORD = _rx(r"\b(?:cooling|cap|minoxidil|finasteride|treated with|treatment with|given|supplement\w*)\b")


def _lasting_loss(text: str) -> bool:
    """Hair not regrown after an exposure (chemotherapy, a diet, a dye), with no treatment in the sentence."""
    return bool(EXPOSURE.search(text) and NOT_REGROWN.search(text) and not TREATMENT_WORD.search(text))


SEMICOLON = _rx(r";\s*")


def _parts(text: str) -> list[str]:
    """The main clause and each contrast clause ("but", "while", "though", ...) of a sentence."""
    # "improved density in early thinning; men with advanced baldness gained almost nothing": two clauses
    found = [*CONTRAST.finditer(text), *SEMICOLON.finditer(text)]
    cuts = sorted((m for m in found if m.start() >= 8), key=lambda m: m.start())
    if not cuts:
        return [text]
    bounds = [0, *(m.start() for m in cuts), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


# A contrast clause that denies the gain itself against the comparator, not another outcome, site or trial.
TAKES_GAIN_BACK = _rx(
    rf"^\W*(?:it|this|that|these|they|the (?:\w+ )?(?:gain|difference|change|increase|effect|improvement|benefit)s?)\b"
    rf".*\b(?:{PLACEBO}|significan\w*)\b"
)


# A blood level raised is no hair gain: "raised blood zinc but did not improve hair growth" is no benefit.
LAB_GAIN = _rx(r"\b(?:rais|increas|boost|restor|normali[sz])\w*\s+(?:the\s+)?(?:\w+\s+)?(?:blood|serum|plasma)\b")
# A main clause that sounds like a loss the cues do not read ("hair shedding worsened in the first month").
WORSE = _rx(
    rf"\b(?:wors\w*|declin\w*|deteriorat\w*|fell|dropped|intensif\w*|flared|relaps\w*)\b|\b{HAIR_HARM}\s+(?:\w+\s+)?"
    r"(?:rose|increased|grew|spread|got)\b"
)
# A main clause that sounds like a gain the cues do not read ("seemed to help the scalp").
POSITIVE = _rx(
    r"\b(?:help\w*|aid(?:s|ed|ing)?|enhanc\w*|hasten\w*|improv\w*|benefit\w*|boost\w*|rais\w*|increas\w*|better"
    r"|work(?:s|ed)|effective|grew|regr[eo]w\w*|thicker|fuller|denser|rose|climbed|went up"
    r"|thicken\w*|restor\w*|regenerat\w*|promot\w*|stimulat\w*)\b"
)


# A contrast clause that takes nothing back from the effect: reserve about the evidence ("though human trials are
# lacking", "although only one small trial supports it"), and safety no worse than the comparator's ("while side
# effects were similar in both groups", "with only mild side effects").
SAFETY_NEUTRAL = _rx(
    r"\b(?:side effects?|adverse (?:events?|effects?)|tolerability|safety)\b(?:\s+\w+){0,4}?\s+(?:were|was|remained)?"
    r"\s*(?:similar|comparable|the same|alike|no (?:different|worse|more)|equal|mild|rare|few|minor|uncommon|"
    r"infrequent|transient)\b"
    r"|\b(?:no|few|only mild|only minor|mild|minor|rare|minimal|negligible|little) (?:serious )?"
    r"(?:side effects?|adverse (?:events?|effects?))\b"
    r"|\bno (?:increase|rise|excess) in (?:\w+ ){0,2}?(?:side effects?|adverse (?:events?|effects?))"
    # few had any: "although few patients had side effects"
    r"|\b(?:few|no|none of the|hardly any|very few|only a few) (?:\w+ ){0,2}?(?:had|reported|developed|experienced"
    r"|suffered|noted) (?:any )?(?:serious |notable |major )?(?:side effects?|adverse (?:events?|effects?))\b"
    # the same rates as the comparator's: "with similar rates of side effects"
    r"|\b(?:similar|comparable|the same|equal|identical) (?:rates?|numbers?|frequenc\w+|incidences?|levels?) of "
    r"(?:\w+ )?(?:side effects?|adverse (?:events?|effects?)|complications?)\b"
    # the side effect named as the profile's main one: "with extra facial hair the main side effect"
    r"|\b(?:the )?(?:main|most common|commonest|only|chief|usual) (?:side effects?|adverse (?:events?|effects?))\b"
)
NEUTRAL_CLAUSE = _rx(
    # complaints about use, not about the effect: "though some disliked the smell"; reporting of harms
    r"\b(?:disliked|complained|smell|odou?r|greasy|sticky|messy|costs?|price|expensive|inconvenient|time-consuming"
    r"|(?:poorly|rarely|under-?|seldom|not) reported)\b|"
    r"\b(?:trials?|studies|study|evidence|data|research|samples?|follow-up|control (?:group|arm)|participants were few"
    rf"|the authors?|replicat\w*|confirm\w*|blind\w*|unblinded|placebo|also)\b|{SAFETY_NEUTRAL.pattern}"
)  # "but it is also used for high blood pressure": an addition, not a caveat


def _gain_word(clause: str) -> bool:
    """A clause that sounds like a gain the cues do not read: a POSITIVE word whose object is no risk or harm.

    "rivalled minoxidil for regrowth" and "density rose in the subgroup" sound like gains; "may increase
    complications" and "caused an increased risk of pregnancy loss" do not.
    """
    if NEGATOR.search(clause) or WORSE.search(clause):
        return False
    for match in POSITIVE.finditer(clause):
        after = " ".join(clause[match.end() :].split()[:4])
        if not (RISK.search(after) or re.search(HARM_OUTCOME, after)):
            return True
    return False


def _polarity(text: str, label: str | None) -> str | None:
    """The label once the clauses about this study are read one by one; precision first.

    A direction stands only when the clauses agree. A benefit joined to a clause that takes it back
    (another outcome, site, trial or group that failed, a harm, a dropout) is ``mixed``; so is a
    failure joined to a benefit ("can halt further loss but rarely brings back hair"). A harm joined
    to a benefit has no rule to settle it, so no direction is given. Clauses about the comparator
    arm ("while placebo did nothing") and reserve alone ("though trials are small") are not read.
    """
    parts = _parts(text)
    if len(parts) < 2 or label not in ("benefit", "no benefit", "harm"):
        return label
    main = _label(parts[0])
    if (
        label == "no benefit"
        and main is None
        and POSITIVE.search(parts[0])
        and not NEGATOR.search(parts[0])
        and not NOT_SIGNIFICANT_GAIN.search(text)
        and not LAB_GAIN.search(parts[0])
    ):
        return None  # "seemed to help the scalp, but made no difference to counts": a gain the cues do not read
    if label == "harm" and main is None and _gain_word(parts[0]):
        return None  # "kept pace with the drug for regrowth, but it caused more itching": a gain the cues do not read
    if label == "benefit" and main is None and (NEGATOR.search(parts[0]) or WORSE.search(parts[0])):
        return None  # "shedding worsened in the first month, but density was higher by month six": clauses disagree
    others: set[str] = set()
    bodies: list[str] = []
    unread = unread_gain = False
    for part in parts[1:]:
        body = CONTRAST.sub(" ", part, count=1)
        opening = " ".join(body.split()[:4])
        if COMPARATOR_CLAUSE.search(opening) or _about_comparator(body) or HEDGE_ONLY.search(body):
            continue
        found = _label(body)
        if found:
            others.add(found)
            bodies.append(body)
        elif not NEUTRAL_CLAUSE.search(body):
            unread = True
        if not found and _gain_word(body):
            unread_gain = True
    if label == "benefit" and main == "benefit" and not others and unread:
        return None  # "regrew scalp hair, whereas eyebrows lagged far behind": a caveat the cues cannot read
    if label == "no benefit" and main == "no benefit" and not others and unread_gain:
        return None  # "no better than placebo, although density rose in the subgroup": a gain the cues cannot read
    if not others or main is None:
        return label
    if label == "no benefit" and main == "benefit" and any(TAKES_GAIN_BACK.search(b) for b in bodies):
        return label  # "improved density, but it was no better than placebo": the gain itself is denied
    if main == "benefit" and others & {"no benefit", "harm", "mixed"}:
        return "mixed"
    if main == "no benefit" and "benefit" in others:
        return "mixed"
    if main == "harm" and others & {"benefit", "mixed"}:
        return None
    if main != label and main not in others:
        return None  # the whole reads one way, its clauses another: no rule decides
    return label


# Other studies' results, quoted by this one: "earlier trials cited by the review had reported ...", "previous
# studies had suggested ...". The past perfect and "cited" mark a report that is not the study's own finding.
LITERATURE_REPORT = _rx(
    r"\b(?:the|its|their) introduction(?: of the (?:case )?(?:report|paper|article|study|review))? (?:notes|recalls"
    r"|mentions|says|states|reports)\b|\bin (?:the|their|its) introduction\b|"
    r"\b(?:earlier|previous|prior|past|older|other|existing) (?:\w+ ){0,2}?(?<!\bto )(?:study|trial|report|review"
    r"|paper|registry|"
    r"registries|survey|surveys|cohort|cohorts|case series|"
    r"studies|trials|reports|research|"
    r"work|reviews|papers|authors)\b|\bcited (?:by|in)\b|\b(?:studies|trials|reports|authors|research|work|reviews"
    r"|papers|"
    r"they|others|researchers)\s+(?:\w+\s+){0,4}?had (?:previously |once |long )?(?:been )?"
    r"(?:reported|shown|found|suggested|claimed|proposed)\b"
)
LITERATURE_CLAUSE = _rx(
    r"(?:^|(?<=[;:])|(?<=\bbut)|(?<=\bwhereas)|(?<=\bwhile)|(?<=\balthough)|(?<=\bthough)|"
    r"(?<=\bhowever))[^;:]*?(?=$|[;:]|,?\s*\b(?:but|whereas|while|although|though|however)\b)"
)


def _without_literature(text: str) -> str:
    """The text with clauses reporting other studies' results blanked.

    "Unlike earlier trials, ..." is blanked up to its comma; "earlier trials had reported that X regrew hair"
    alone states nothing of this study.
    """
    text = re.sub(
        r"^(?:unlike|contrary to|in contrast to|as in|like)\s+[^,]*\b(?:studies|trials|reports|research|work"
        r"|reviews)\b[^,]*,",
        lambda m: "_" * len(m.group(0)),
        text,
    )
    return LITERATURE_CLAUSE.sub(
        lambda m: "_" * len(m.group(0)) if LITERATURE_REPORT.search(m.group(0)) else m.group(0), text
    )


# A gain taken back as not significant: the clause refers to the gain itself ("the difference", "this", "which").
NOT_SIGNIFICANT_GAIN = _rx(
    r"\b(?:but|although|though|however|yet)\s+(?:the |this |these |that |its |which )?(?:\w+ )?(?:difference|change"
    r"|gain|"
    r"increase|improvement|effect|benefit|rise|trend|result)s?\b(?:\s+\w+){0,4}?\s+(?:was|were|is|are|proved"
    r"|remained)\s+"
    r"not\s+(?:statistically\s+)?significant\b|\bbut not significantly\b"
    r"|\b(?:but|although|though|yet|however)\s+there (?:was|were) no (?:significant |statistically significant )?"
    r"differences? between (?:the )?(?:two |treatment |study )?(?:groups|arms)\b"
    r"|\b(?:but|although|though|yet)\s+(?:this|it|these|the \w+)\s+(?:did not|didn't"
    r"|failed to) reach (?:statistical )?significance\b"
    rf"|\b(?:but|although|though|yet|however)\s+(?:this|it|these|they|that|the (?:\w+ )?(?:gains?|effects?"
    rf"|improvements?|"
    rf"increases?|changes?|benefits?|results?))\s+(?:\w+\s+){{0,2}}?(?:was|were|is|are|proved|did)\s+(?:not|no)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:better|greater|different|larger|more \w+)\s+(?:than|from)\s+(?:\w+\s+){{0,3}}?{PLACEBO}\b"
)


def _combine(benefit: bool, denied: bool, harm: bool, qualified: bool) -> str | None:
    """One label from the cues: harm wins over a denied benefit, a benefit with a caveat is mixed."""
    if harm and not benefit:
        return "harm"
    if benefit and (denied or harm or qualified):
        return "mixed"
    if benefit:
        return "benefit"
    if denied:
        return "mixed" if qualified else "no benefit"  # "did not prevent hair loss in half of the women"
    return None


# A subject that is none of the people, before a failure: "no patient failed to", "not one man did not".
ALL_DID = _rx(r"\b(?:no|not one|not a single|none of the)\s+(?:[\w-]+\s+){0,2}?$")
# The subject of a clause about safety: what is "similar to placebo" in it is the safety, not the effect.
SAFETY_SUBJECT = _rx(
    r"\b(?:side effects?|adverse (?:events?|effects?|reactions?)|tolerability|safety|complications?|toxicity)\b"
)


def _benefits(text: str) -> tuple[bool, bool, str]:
    """(a benefit is stated, a benefit is denied, the text left once comparisons are read).

    Words that only look like cues are masked first. Negators are looked for in that text, not in
    the text once "did not help" has been consumed, so "did not help regrow hair" stays denied.
    """
    base = _mask(text, NOT_BENEFIT)
    masked = base
    benefit = denied = False
    for match in EQUAL.finditer(base):
        self_evident = re.search(r"inferior|effective|as well as", match.group(0))
        named = ACTIVE.match(base, match.end())
        risky = RISK.search(base[max(0, match.start() - 80) : match.start()]) or SAFETY_SUBJECT.match(match.group(0))
        risky = risky or re.search(r"\b(?:side|adverse)\s+$", base[: match.start()])  # "side effects similar to"
        if not (self_evident or named or EFFICACY.search(base)) or risky:
            continue  # "the risk of infection was comparable to ...": equal harms are no benefit
        after = base[match.end() : match.end() + 40]
        if re.match(rf"\s*(?:the |a |an |that of |those (?:on|given) |with )?(?:\w+ )?{PLACEBO}\b", after):
            denied = True
        else:
            benefit = True
        masked = _blank(masked, match)
    rest = masked
    # a double negative read as a comparison is no negator of the cues after it: "no worse than minoxidil at
    # thickening the hair shafts", "not inferior to the foam in regrowing hair"
    unnegated = base
    for match in EQUAL.finditer(base):
        if re.match(r"(?:no|not)\b", match.group(0)):
            unnegated = unnegated[: match.start()] + "_" * (match.end() - match.start()) + unnegated[match.end() :]
    spans = []
    for pattern in NO_BENEFIT:
        for match in pattern.finditer(masked):
            if pattern is NOT_SIGNIFICANT and (
                RISK_OR_LINK.search(clause := _clause(masked, match.start(), match.end()))
                or ASSOCIATION.search(clause)
                or not EFFICACY.search(masked)
            ):
                continue  # "the rise in side effects was not significant", "the association was not significant"
            if SAFETY_SUBJECT.search(_clause(masked, match.start(), match.end())[: match.start() + 1]):
                continue  # "with side effects similar to placebo": the safety was like placebo's, not the effect
            if pattern in (SAME_AS_CONTROL, NEITHER_NOR) and not HAIR_CONTEXT.search(text):
                continue  # "neither weight nor waist changed": read only for hair outcomes
            if _comparator_side(base, match.start()):
                masked = _blank(masked, match)
                continue  # "..., whereas there was no change with placebo": the comparator's result
            cut = max((m.end() for m in CLAUSE_BREAK.finditer(base[: match.start()])), default=0)
            if ALL_DID.search(base[cut : match.start()]):
                masked = _blank(masked, match)
                continue  # "no patient failed to respond": a double negative, every patient responded
            denied = True
            spans.append((match.start(), match.end()))
            masked = _blank(masked, match)
            if pattern is SAME_AS_CONTROL:
                masked = _blank_clause(masked, match.start())  # "density improved in both arms alike": one cue
    for match in DENIED_CLAIM.finditer(masked):
        after = CLAUSE_BREAK.search(masked, match.end())
        end = after.start() if after else len(masked)
        claim = masked[match.end() : end]
        if any(p.search(claim) for p in BENEFIT):
            denied = True  # "finds nothing to back the claim that biotin thickens hair": the claim is denied
        masked = masked[: match.start()] + re.sub(r"\S", "_", masked[match.start() : end]) + masked[end:]
    for pattern in BENEFIT + (LOOSE_BENEFIT if HAIR_CONTEXT.search(text) else []):
        for match in pattern.finditer(masked):
            if "_" in match.group(0)[:1] or any(a < match.end() and match.start() < b for a, b in spans):
                continue  # a cue that starts in, or runs across, a denial already read ("produced no gains in hair")
            if _comparator_side(base, match.start()):
                continue
            if _negated(unnegated, match.start()) or _denied_nearby(base, match, spans):
                denied = True
            else:
                benefit = True
    return benefit, denied, rest


COMPARATOR_IN_CLAUSE = _rx(
    rf"\b(?:with|in|on|given|receiving|taking|using|for)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?{PLACEBO}\b"
    rf"|^\W*(?:(?:the|those|patients|men|women|people|participants|mice|users)\s+)?(?:(?:on|in|given|taking|using|"
    rf"receiving)\s+)?(?:the\s+|a\s+)?{PLACEBO}(?:-\w+)?\b"
)


def _contrast_clause(text: str, pos: int) -> str | None:
    """The clause after "but", "whereas", "while", ... that holds text[pos], or None when pos is in the main clause."""
    found = None
    for match in CONTRAST.finditer(text):
        if match.start() >= 8 and match.end() <= pos:
            found = match
    if not found:
        return None
    nxt = CONTRAST.search(text, found.end())
    return text[found.end() : nxt.start() if nxt and nxt.start() > pos else len(text)]


def _comparator_side(text: str, pos: int) -> bool:
    """text[pos] is in a contrast clause about the placebo or sham arm.

    "while placebo had no effect", "whereas there was no change with placebo" are; "but it was no better
    than placebo" compares the treatment with it, and is not.
    """
    clause = _contrast_clause(text, pos)
    return clause is not None and _about_comparator(clause)


def _about_comparator(clause: str) -> bool:
    """A clause whose subject or setting is the placebo arm, not one that compares the treatment with it."""
    if not COMPARATOR_IN_CLAUSE.search(clause):
        return False
    return not re.search(
        rf"\b(?:than|from|to|as|over|versus|vs\.?|compared (?:with|to))\s+(?:\w+\s+){{0,3}}?{PLACEBO}\b", clause
    )


def _denied_nearby(text: str, match: re.Match, spans: list[tuple[int, int]]) -> bool:
    """A no-benefit phrase next to the cue in its clause denies it.

    "worked no better than the vehicle", "no more effective than its vehicle at slowing hair loss": the cue
    is the object of the denied comparison.
    """
    for start, end in spans:
        if end <= match.start():
            between = text[end : match.start()]
            if len(between.split()) <= 6 and not CLAUSE_BREAK.search(between):
                return True
        elif start >= match.end():
            between = text[match.end() : start]
            # the gain as the subject of a denied comparison: "the gains in hair counts seen with X did not
            # differ from those with vehicle"
            reach = 4 if re.search(rf"\b{PLACEBO}\b", text[start : start + 80]) else 2
            if len(between.split()) <= reach and not CLAUSE_BREAK.search(between):
                return True
    return False


def _blank_clause(text: str, pos: int) -> str:
    """The text with its clause blanked from the clause's start up to pos: the cues there are the equal outcome's."""
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(text[:pos])), default=0)
    return text[:cut] + re.sub(r"\S", "_", text[cut:pos]) + text[pos:]


def _blank(text: str, match: re.Match) -> str:
    return text[: match.start()] + "_" * (match.end() - match.start()) + text[match.end() :]


# Hair loss linked to another outcome ("alopecia areata was linked to depression", "early balding was tied to a
# greater risk of heart disease", "hair loss was associated with a lower risk of skin cancer"): what hair loss
# goes with, not a harm of any treatment or exposure. An exposure as the object ("linked to isotretinoin use")
# is still a harm.
HAIR_LOSS_LINK = _rx(
    rf"\b(?:linked|associated|tied|related|correlated|connected)\s+(?:\w+\s+)?(?:to|with)\s+(?:a |an |the )?"
    rf"(?:\w+ )?(?:(?:lower|higher|reduced|increased|greater|raised|elevated|decreased|smaller|larger|excess)\s+"
    rf"(?:\w+\s+)?(?:risk|rates?|odds|incidence|prevalence|likelihood|chances?|levels?|burden|mortality)\b"
    rf"|(?:\w+\s+)?{HARM_OUTCOME}"
    rf"|(?:[\w-]+\s+){{0,3}}?(?:diseases?|disorders?|syndromes?|conditions?|comorbidit\w*|cancers?|diabetes|obesity"
    rf"|hypertension|vitiligo|psoriasis|lupus|atopy|allerg\w*))\b"
)


def _harms(text: str) -> bool:
    """A harm is stated: the bad outcome is brought about, linked, or lasting, and not denied."""
    masked = _mask(text, NOT_HARM)
    if HAIR_LOSS_SUBJECT.match(text) and (link := HAIR_LOSS_LINK.search(masked)):
        after = CLAUSE_BREAK.search(masked, link.end())
        end = after.start() if after else len(masked)
        masked = re.sub(r"\S", "_", masked[:end]) + masked[end:]  # the subject, its link and what it is linked to
    for pattern in HARM:
        for match in pattern.finditer(masked):
            if "_" in match.group(0) or _negated(masked, match.start(), rarely=False):
                continue
            if HAIR_LOSS_SUBJECT.match(text) and not re.search(HAIR_HARM, match.group(0)):
                continue  # "alopecia areata raised the risk of depression": what hair loss leads to
            if COMPARATOR_SUBJECT.search(_clause(text, match.start(), match.end())):
                continue  # "placebo users kept losing hair, while treated men kept theirs"
            if FEW_SUBJECT.search(_clause(masked, match.start(), match.start())):
                continue  # "few patients lost hair with the new regimen", "none of the men went bald": no harm stated
            if DEFICIENCY.search(_clause(text, match.start(), match.end())):
                continue  # "low vitamin D was linked to more severe hair loss": a deficiency, not a harm of taking it
            return True
    return False


# A subject that is few or none of the people: the harm after it is denied or rare, not stated.
FEW_SUBJECT = _rx(
    r"^\W*(?:(?:and|but|yet|while|whereas|although|though) )?(?:none of|no one|not one|nobody"
    r"|(?:very |only a |only )?few|hardly any|barely any"
    r"|no (?:\w+ )?(?:patients?|man|men|women|woman|people|participants?|children|child|mice|users?|one))\b"
)
COMPARATOR_SUBJECT = _rx(
    rf"^\W*(?:while |whereas |but )?(?:(?:the|those|men|women|patients|people|participants|mice) (?:on |in |given |"
    rf"taking |using |receiving )?(?:the |a )?)?(?:{PLACEBO})(?:-\w+)?\b"
)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end]: from the last clause break before it to the first after it."""
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(text[:start])), default=0)
    after = CLAUSE_BREAK.search(text, end)
    return text[cut : after.start() if after else len(text)]


# A group named by what it lacks: "mice lacking the Hairless gene", "patients without the variant".
GROUP_LACKING = _rx(
    r"\b(?:mice|rats|animals|patients|people|cells|men|women|children|those|participants|subjects|follicles|volunteers)"
    r"\s+(?:lacking|without|deficient in|missing)\s+(?:(?:the|a|an|any|functional|one|both)\s+)?[\w-]+"
    r"(?:\s+(?:gene|genes|receptor|receptors|protein|enzyme|cells|variant|copies))?"
)


def _negated(text: str, start: int, rarely: bool = True) -> bool:
    """A negator in the same clause, at most six words before the cue.

    "rarely helps" denies a benefit, but "rarely followed by hair loss" still reports a harm.
    """
    before = text[:start]
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(before)), default=0)
    window = " ".join(before[cut:].split()[-6:])
    window = GROUP_LACKING.sub(" ", window)  # "mice lacking the hairless gene lost their coat": a group, not a negator
    window = re.sub(r"\b(?:no|little|without|beyond)\s+(?:doubt|question)\b", " ", window)  # "no doubt that it regrew"
    if not rarely:
        window = re.sub(r"\b(?:rarely|seldom)\b", "", window)
    return bool(NEGATOR.search(window))


# The comparator's share: "versus 6% on placebo", "compared with 10% of those given vehicle".
COMPARATOR_SHARE = _rx(
    rf"\b(?:versus|vs\.?|against|compared (?:with|to)|than|and)\s+(?:(?:only|just|about|roughly|nearly|around) )?"
    rf"(\d{{1,3}}(?:\.\d+)?)(?:\s?%|\s+per ?cent)\s+(?:(?:of|in|on|with|among|for|given|taking|receiving|using|those"
    rf"|the|a|an|\w+)\s+){{0,4}}?{PLACEBO}\b"
)


def _minority(text: str) -> bool:
    """A share of half or less ("in 30% of patients", "in 12 of 40", "in two of six") qualifies the finding.

    A share clearly above the comparator's stated beside it ("40% versus 6% on placebo": at least double, and
    15 points more) is the result, not a caveat; the comparator's own share is never one. A word that does
    qualify it ("only 30% ...", "a modest 25%") is read by ``QUALIFIER``.
    """
    control = [(m.span(), float(m.group(1))) for m in COMPARATOR_SHARE.finditer(text)]
    for m in PERCENT.finditer(text):
        value = _number(m.group(1))
        if any(a <= m.start() < b for (a, b), _ in control):
            continue
        if re.search(r"\bfrom (?:about |around )?\d+(?:\.\d+)?\s?% to (?:about |around |just )?$", text[: m.start()]):
            continue  # "shedding dropped from 60% to 25% of women": the level it fell to, not a share who responded
        plain = not re.search(r"\b(?:only|just|merely|mere|modest|small|some)\W+(?:\w+\W+)?$", text[: m.start()])
        if value is not None and plain and any(value >= 2 * c and value - c >= 15 for _, c in control):
            continue
        if value is not None and value <= 50:
            return True
    for m in SHARE.finditer(text):
        part, whole = _number(m.group(1)), _number(m.group(2))
        if part is not None and whole and part <= whole and part / whole <= 0.5:
            return True
    return False


NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
# "31 of 40 patients", "two out of ten women": a count of a group (a dose "5 of 10 mg" has no group noun).
SHARE = _rx(
    rf"\b(\d+|{'|'.join(NUMBER_WORDS)}) (?:out )?of (?:the )?(\d+|{'|'.join(NUMBER_WORDS)})\b"
    r"(?= (?:\w+ ){0,2}?(?:patients|participants|people|men|women|children|subjects|cases|users|eyes|mice"
    r"|volunteers|patches|lesions|sites|scalps)\b)"
)


TENS = {w: 10 * n for n, w in enumerate("_ ten twenty thirty forty fifty sixty seventy eighty ninety".split()) if n}


def _number(word: str) -> float | None:
    """A count or share written in digits or words: "31", "12.5", "two", "forty", "forty-five"."""
    try:
        return float(word)
    except ValueError:
        pass
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, unit = word.replace(" ", "-").partition("-")
    if tens in TENS and (not unit or unit in NUMBER_WORDS):
        return TENS[tens] + NUMBER_WORDS.get(unit, 0)
    return None


# A clause after "but", "though", "whereas", "yet", "however" that takes something back from a benefit: an
# outcome, site or group it missed ("but not hair thickness", "did little for scalp hair", "rarely in
# totalis"), a gain that did not last ("fell out again", "faded"), a smaller effect than an active
# comparator ("clearly less than finasteride"), or a harm or worry ("raised concerns", "headaches were common").
CONTRAST = _rx(
    r"(?:,\s*|\s)(?:but|though|although|whereas|yet|however|while)\b(?! also)"
    r"|,\s*(?:with|and) (?:the )?(?:other|third|second|fourth|remaining|rest|others)\b"
)
CAVEAT = _rx(
    r"^\W*(?:clearly |certainly |but |yet |still )?not\b(?! only)|\b(?:did|does|do|had|has|have|showed"
    r"|made)\s+(?:very\s+)?little\b"
    r"|\b(?:rarely|seldom|hardly|barely)\b|\bless (?:\w+ )?than\b(?! \d)|\b(?:smaller|weaker|lower)\b.*\bthan\b"
    r"|\bonly (?:in|for|with|on|at|among|when|a few (?:patients|men|women|people)|some|those|patients|men|women|"
    r"people|one|two)\b(?! (?:small |few |a few |pilot )?(?:studies|trials|study|trial)\b)"
    r"|\bagain\b|\bfaded|\bwore off|\bdid not last|\b(?:not|never) (?:sustained|maintained|lasting|last)\b"
    r"|\brelaps\w*|\brecurr\w*|\bcame back|\breturned(?! to (?:normal|anagen|the growth phase))|\breversed"
    r"|\b(?:was|were) lost\b"
    r"|\b(?:after|of|on|upon) (?:stopping|discontinu\w*|withdrawal)\b|\bonce (?:\w+ ){1,2}stopped\b"
    r"|\bconcerns?\b|\bworr\w*|\bcaution\w*|\b(?:side effects?|adverse (?:events?|effects?))\b"
    r"|\bdisappoint\w*|\bpoor(?:er)?\b|\bpoorly\b(?! (?:reported|documented|described|recorded))"
    r"|\bworse\b|\bunimpressive\b|\bfail(?:ed|s)?\b(?! to (?:show|find|reach))"
    r"|\b(?:\w+ )?(?:were|was) (?:common|frequent)\b|\bin (?:the )?others?\b|\b(?:far|much|clearly|markedly) less\b"
    r"|\b(?:developed|got|grew|noticed|reported|experienced) (?:\w+ ){0,3}?(?:facial|body|unwanted) hair\b"
    r"|\b(?:responded|worked|helped|improved) less\b"
    r"|\b(?:only |very )?few (?:\w+ ){0,3}?(?:kept|responded|regrew|improved|benefit\w*|saw|had|gained)\b"
    # a clause whose subject is few: "but few patients were satisfied with the result"
    r"|^\W*(?:very |only |relatively )?(?:few|hardly any|not many)\b(?!\s+(?:\w+\s+)?(?:trials?|studies|study|data"
    r"|reports?|papers|reviews?)\b)"
    r"|\bhypertrichosis\b|\bmiss(?:ed|es)\b"
    r"|\b(?:was|were|had) (?:\w+ )?(?:gone|disappeared|vanished|lost)\b"
    r"|\b(?:stopped|quit|discontinued|abandoned) (?:\w+ ){0,3}?(?:because|due to|owing to)\b"
    r"|\b(?:stopped|halted|terminated|ended|suspended) (?:early |prematurely )?(?:for|over|after) (?:\w+ ){0,2}?"
    r"(?:toxicity|safety|harms?|side effects?|adverse|deaths?|injur\w*|concerns?)\b|\bresum(?:ed|es)\b"
    # a harm named with the share who had it: "with acne and weight gain in some women"
    r"|(?<!mild )(?<!minor )(?<!slight )(?<!transient )(?<!occasional )\b(?:acne|weight gain|headaches?|dizziness"
    r"|rash(?:es)?|irritation|itch\w*|swelling|redness|dermatitis|pain|palpitations|shedding|dryness|flaking|burning"
    r"|stinging)\b(?:\s+[\w-]+){0,3}?\s+in (?:some|several|many|most|a (?:third|quarter|fifth)|one in|\d+\s?%)"
    r"|\bdropped out\b|\bwithdrew\b|\b(?:led|forced|drove|pushed|caused|made) (?:\w+ ){0,3}?to (?:stop|quit"
    r"|discontinue|drop out|withdraw|abandon)\b|\bforced (?:\w+ ){0,3}?(?:to stop|to quit|off)\b"
    r"|^\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|many)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:developed|got|suffered|experienced)\b"
    r"|\bworn off\b|\bhad (?:faded|gone|disappeared|vanished)\b|\bno difference\b|\bshowing no\b"
    # a subgroup that did not, said by ellipsis: "but those with totalis did not"
    r"|^\W*(?:the |those |in )?(?:\w+ )?(?:those|patients|people|men|women|children|adults|teenagers|users|participants"
    r"|others|ones|rest|mice|cases)\b.*\b(?:did|do|does|were|was|could|would|have|had)(?: not|n't)\W*$"
    # an effect smaller, later or narrower somewhere: "smaller in longstanding disease", "confined to the crown",
    # "lagged far behind", "the gain had shrunk", "gained almost nothing"
    r"|\b(?:smaller|weaker|slower|lower|fewer|less|poorer|rarer)\s+(?:\w+\s+)?(?:in|among|for|at|with|on)\b"
    r"|\b(?:confined|limited|restricted) to\b|\blagg\w*|\bshr[aiu]nk\w*|\bdwindl\w*"
    r"|\b(?:almost|next to|little or) nothing\b|\bnothing (?:much|like as|near)\b"
    r"|\b(?:stayed|remained|were|was) (?:the same|unchanged|flat)\b"
    r"|\b(?:caus\w*|led to|brought|trigger\w*|report\w*|develop\w*|experienc\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:bleeding|pain|swelling|headaches?|dizziness|acne|rash(?:es)?|redness|itching|burning|stinging|palpitations"
    r"|weight gain|(?:\w+ )?irritation|dryness|flaking|scaling)\b"
    r"|\b(?:bleeding|pain|swelling|headaches?|dizziness|acne|rash(?:es)?|redness|itching|burning"
    r"|stinging|palpitations|weight gain)\s+(?:\w+\s+){0,2}?(?:led|forced|made|(?:was|were) (?:common|frequent))\b"
    r"|\bthe rest\b|\bexcept\w*\b|\bwith the exception of\b|\bat the (?:cost|expense|price) of\b"
    r"|\b(?:unwanted|excess|facial|body) hair\b"
    # a systemic effect of a local treatment: "some of the drug was absorbed into the body and sperm counts fell"
    r"|\b(?:absorbed|absorption) into the (?:blood\w*|body|circulation)\b"
    r"|\b(?:sperm|testosterone|libido|blood pressure)\b(?:\s+\w+){0,2}?\s+(?:fell|dropped|declined|rose|changed)\b"
    r"|\bno (?:effect|benefit|change"
    r"|response)\b"
    # a harm said to be frequent: "with frequent scalp irritation", "with common headaches"
    r"|\b(?:frequent|common|widespread|troublesome|bothersome|considerable|marked)\s+(?:\w+\s+)?(?:irritation|itch\w*"
    r"|redness|headaches?|side effects?|adverse|dermatitis|shedding|pain|rash\w*|acne|swelling|dizziness|burning"
    r"|stinging|dryness|flaking)\b"
    # the response itself falling somewhere: "though response rates fell sharply in severe disease"
    r"|\b(?:respon\w*|regrowth|success|efficacy|benefits?|effects?|gains?)\s+(?:\w+\s+){0,2}?(?:fell|dropped|declined"
    r"|decreased|waned|weakened|diminished)\b"
)
# A contrast clause about the comparator arm says nothing against the treatment ("while placebo did not").
COMPARATOR_CLAUSE = _rx(
    rf"\b(?:{PLACEBO}|alone|untreated|the other (?:arm|group)|those (?:not (?:treated|given|taking|using|on)"
    rf"|who did not (?:\w+ )?(?:receive|take|use|get|apply|wear)|without (?:treatment|therapy|it|them|the (?:\w+ )?"
    rf"(?:drug|treatment|device|cap|supplement|injections?))|on {PLACEBO}))\b"
)  # "those without eczema" is a subgroup that missed out, not the untreated arm


def _own(text: str) -> str:
    """The text with its contrast clauses about the comparator arm blanked ("while placebo users got worse")."""
    out = text
    for match in CONTRAST.finditer(text):
        if match.start() < 8:
            continue
        clause = text[match.end() :]
        nxt = CONTRAST.search(clause)
        clause = clause[: nxt.start()] if nxt else clause
        opening = " ".join(clause.split()[:4])
        if COMPARATOR_CLAUSE.search(opening) or _about_comparator(clause):
            out = out[: match.end()] + re.sub(r"\S", "_", clause) + out[match.end() + len(clause) :]
    return out


# A clause joined by ", with" or ", and" that may carry a caveat as well ("regrew hair in most patients, with
# relapse common after stopping", "raised density, and most of the gain was gone by one year").
JOINED = _rx(r",\s*(?:with|and|at the (?:cost|expense|price) of)\b")
# What a clause joined by ", and" must say to take something back: its words also serve other subjects ("and
# caffeine reversed this suppression"), so only a gain gone, a relapse, no effect or an exception counts.
JOINED_CAVEAT = _rx(
    r"\b(?:was|were|had) (?:\w+ )?(?:gone|disappeared|vanished|lost)\b|\bfaded\b|\bwore off\b|\bworn off\b"
    r"|\brelaps\w*|\bno (?:effect|benefit|change|response|improvement)\b|\bdid (?:not|little)\b|\bhad no\b"
    r"|\bexcept\w*\b|\bwith the exception of\b|\bback to (?:baseline|where)\b"
)


def _caveat(text: str, words: re.Pattern | None = None) -> bool:
    """A contrast or joined clause that takes something back from the benefit before it (see CAVEAT)."""
    words = words or CAVEAT
    starts = sorted([*CONTRAST.finditer(text), *JOINED.finditer(text)], key=lambda m: m.start())
    for number, match in enumerate(starts):
        if match.start() < 8:
            continue  # "Though small, the trial showed ...": a concession before the finding is no caveat
        end = next((m.start() for m in starts[number + 1 :] if m.start() >= match.end()), len(text))
        clause = text[match.end() : end]
        opening = " ".join(clause.split()[:4])
        if COMPARATOR_CLAUSE.search(opening) or _about_comparator(clause) or HEDGE_ONLY.search(clause):
            continue
        if SAFETY_NEUTRAL.search(clause):
            continue  # "while side effects were similar in both groups": no worse than the comparator
        if match.group(0).rstrip().endswith("and") and not JOINED_CAVEAT.search(clause):
            continue
        if words.search(clause):
            return True
    return False


HEDGE_ONLY = _rx(
    r"^\W*(?:the |these |its )?(?:evidence|studies|trials|data|research|samples?|study|trial)\b(?! (?:also )?(?:found"
    r"|showed))(?!(?:\s+\w+){0,2}?\s+(?:stopped|halted|terminated|ended|suspended)\b)"
    r"|\b(?:more|further|larger|longer) (?:\w+ )?(?:research|studies|trials|data|evidence|follow-up)\b"
)


def _mask(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: "_" * len(m.group(0)), text)


# ---- a study's own conclusion

CONCLUDING = _rx(
    r"\b(?:conclud\w*|in conclusion|overall|in summary|suggest\w*|these (?:results|findings|data)|"
    r"the (?:results|findings) (?:show|showed|indicate|indicated|suggest)|found that|showed that|demonstrat\w*)\b"
)


def study_direction(title: str | None, tldr: str | None, summary: str | None) -> Direction | None:
    """The study's own conclusion: the TLDR first, then the summary's concluding sentence(s), then the title.

    The TLDR is the one-line finding a summary site writes for the study, so when it states a
    direction that is the study's. Otherwise sentences that say they conclude ("the authors
    concluded that ...", "these results suggest ...") are read, last first, then the summary's last
    sentence unless it only reports safety or design; a declarative title comes last ("Exosomes
    promote hair growth in mice"), a question title never. Results sentences in the middle of a
    summary are not read: they often report one arm or one outcome, not the conclusion.
    """
    from index.facts import sentences  # the project's sentence splitter (Dr., e.g., decimals)

    for sentence in sentences(tldr or ""):
        found = sentence_direction(_strip_tldr(sentence))
        if found:
            return Direction(found.label, found.hedged, sentence)
    for sentence in concluding_sentences(summary):
        found = sentence_direction(sentence)
        if found:
            return found
    if title and not title.rstrip().endswith("?") and ":" not in title and TITLE_VERB.search(title.lower()):
        return sentence_direction(title)
    return None


def concluding_sentences(summary: str | None) -> list[str]:
    """The summary's sentences that may state its conclusion, in the order ``study_direction`` reads them.

    Sentences that say they conclude, last first, then the last sentence unless it only reports
    safety or design. No rule is run here, so answering can prefer these sentences cheaply.
    """
    from index.facts import sentences  # the project's sentence splitter (Dr., e.g., decimals)

    parts = sentences(summary or "")
    candidates = [s for s in reversed(parts) if CONCLUDING.search(s.lower())]
    if parts and parts[-1] not in candidates and not SAFETY_OR_DESIGN.search(parts[-1].lower()):
        candidates.append(parts[-1])
    return candidates


# A title states a finding only with a verb ("Exosomes promote hair growth in mice"), not as a topic.
TITLE_VERB = _rx(
    r"\b(?:is|are|was|were|does|do|did|improves?|improved|increases?|increased|reduces?|reduced|promotes?|"
    r"promoted|causes?|caused|induces?|induced|prevents?|prevented|regrows?|regrew|stimulates?|stimulated|"
    r"worsens?|worsened|triggers?|triggered|fails?|failed|works?|worked|helps?|helped|lacks?|linked|associated)\b"
)
SAFETY_OR_DESIGN = _rx(
    r"\b(?:tolerat\w*|side effects?|adverse|safety|report\w*|experienc\w*|occurr\w*|mild|"
    r"complain\w*|followed up|follow-up|randomi[sz]ed|"
    r"assigned|enrolled|included|recruited)\b"
)


def _strip_tldr(sentence: str) -> str:
    """A TLDR as a page prints it may start with the word "TLDR"."""
    return re.sub(r"^\s*tl;?dr[:\s]+", "", sentence, flags=re.IGNORECASE)
