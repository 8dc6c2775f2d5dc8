"""The stance a letter takes on a recommendation: agree, accept, support, note, partly agree or disagree.

The stance is read sentence by sentence. A *stance verb* (agree, accept, support, welcome, endorse,
note, reject...) counts only when its subject is the writer ("I", "we", "my office"), the chief
constable or the force, with nothing but auxiliaries and adverbs between them ("I fully agree",
"the Chief Constable has accepted"), or when a recommendation is the subject of a passive ("the
recommendations have been accepted"). Negation between subject and verb ("do not accept",
"cannot support") turns it into disagreement; qualifiers ("in part", "in principle", "partially",
"agree with the aim ... but do not") into partial agreement.

Stances said without a stance verb of the writer's are read too: set phrases and nouns ("has my full
support", "I am not persuaded", :data:`_PHRASES`), bare verdicts as table cells print them ("Accepted.",
"Being piloted Supported.", "Noted (PCC)."), and stances on findings named by number
(:func:`numbered_hits`) or on all of them at once (:func:`blanket_hits`). A stance on the report itself,
its findings or the force's progress ("I welcome the report's findings") is none.

Each hit is ranked by what it is about: the recommendation itself (or a bare "I agree.") ranks
above the force's approach or efforts ("I support TVP's efforts"), which ranks above general
approval ("I am pleased to see"). The best-ranked hit decides, and its words are the span.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from oversight_ingest import patterns
from oversight_ingest.document import Span
from oversight_ingest.letters.textutil import Sentence, sentences
from oversight_ingest.result import Stance

_SUBJECT = (
    r"(?:\bI\b|\bI['’]m\b|\bI['’]ve\b|\bI['’]d\b|\bwe\b|\bWe\b|\bmy office\b|\b[Tt]he office\b"
    r"|\b[Tt]he (?:[Cc]hief [Cc]onstable|[Ff]orce|(?:Met )?[Cc]ommissioner|O?PF?CC|[Dd]eputy [Mm]ayor|[Mm]ayor)\b"
    r"(?: (?:for|of)(?: (?:and|&|of the|[A-Z][\w’'\-]*,?)){1,6})?"
    r"(?: and (?:(?:her|his|their|the) (?:\w+ ){0,3}?(?:team|officers|board))\b)?"
    r"|\b[Tt]he [Pp]olice,? (?:[Ff]ire )?(?:and|&) [Cc]rime [Cc]ommissioner\b|\b[MmOo](?:y|ur) [Oo]ffice\b"
    r"|\b[Tt]he [Oo]ffice of the (?:[Pp]olice,? (?:[Ff]ire )?(?:and|&) [Cc]rime [Cc]ommissioner|PF?CC"
    r"|(?:[Dd]eputy )?[Mm]ayor)\b"
    r"|\b(?:[Ss]he|[Hh]e|[Tt]hey)\b|\b[Ii]t(?=\s+(?:\w+ly\s+|also\s+|now\s+)?(?:agrees|accepts|supports|rejects|notes|has\s+"
    r"(?:accepted|agreed|rejected)))"
    r"|\b(?:[A-Z][\w\-]+['’]s |[Tt]he )(?:[Cc]ommissioner|[Mm]ayor|PF?CC)"
    r"(?:['’]s [Oo]ffice(?: for(?: (?:and|&|[A-Z]\w*))+)?)?\b"
    r"|\bMOPAC\b|\b[Tt]he (?:Police Authority )?Board\b|\b[Tt]he Met\b|\b[Tt]he Constabulary\b"
    r"|\b(?:[Cc]hief [Cc]onstable|[Tt]he (?:[Ff]orce|[Cc]onstabulary)|(?:[A-Z][a-z]+ )+(?:Police|Constabulary))"
    r"(?:['’]s (?:response|reply|position))?,? (?:who|which)\b"
    r"|\b(?:[A-Z][a-z]+ )+(?:Police|Constabulary)(?: Service)?\b|\b[A-Z]{2,5}\b)"
)
_AUX = (
    r"(?:(?:am|are|is|was|were|have|has|had|do|does|did|can|could|would|will|shall|should|must|be|been|"
    r"also|fully|wholly|entirely|strongly|broadly|very|much|therefore|thus|of|course|certainly|readily|"
    r"warmly|completely|totally|both|already|further|not|n['’]t|cannot|never|unable|to|able|happy|"
    r"content|pleased|glad|delighted|likewise|partially|partly|largely|generally|only|again|all|too|indeed|absolutely|"
    r"wholeheartedly|[a-z]+n['’]t|"
    r"[a-z]{3,}ly)\s+)"
)
_VERBS = {
    "noting": Stance.NOTE,
    "acknowledging": Stance.NOTE,
    "welcoming": Stance.SUPPORT,
    "endorsing": Stance.SUPPORT,
    "agree": Stance.AGREE,
    "concur": Stance.AGREE,
    "accept": Stance.ACCEPT,
    "support": Stance.SUPPORT,
    "welcome": Stance.SUPPORT,
    "endorse": Stance.SUPPORT,
    "back": Stance.SUPPORT,
    "commend": Stance.SUPPORT,
    "note": Stance.NOTE,
    "acknowledge": Stance.NOTE,
    "recognise": Stance.NOTE,
    "recognize": Stance.NOTE,
    "disagree": Stance.DISAGREE,
    "reject": Stance.DISAGREE,
    "oppose": Stance.DISAGREE,
}
_VERB = (
    # "ive": "I am fully supportive of them"
    r"(?P<verb>agree|concur|accept|support|welcome|endorse|back|commend|note|acknowledge|recognise|recognize|disagree|"
    r"reject|oppose|noting|acknowledging|welcoming|endorsing)(?:s|d|ed|es|ing|ive)?\b"
)
# a subject with its initials in brackets: "The Metropolitan Police Service (MPS) has accepted"
_ABBREVIATED = r"(?:\s+\([A-Z&]{2,8}\))"
# a subject with company set off by commas: "The Mayor and I, together with the Chief Constable, accept ..."
_WITH = r"(?:,\s+(?:together\s+with|along\s+with|alongside|with|like)\s+[^,.;]{3,50},)"
_ACTIVE_RE = patterns.compile(rf"(?P<subj>{_SUBJECT}){_ABBREVIATED}?{_WITH}?\s+(?P<aux>{_AUX}{{0,5}}){_VERB}")
_PASSIVE_RE = patterns.compile(
    r"(?P<subj>\b(?i:recommendations?|areas? for improvement|findings?)\b|\bAFIs?\b|^\W*(?i:this|it)\b)[^.;:]{0,80}?\b"
    r"(?P<aux>(?:has|have|had|is|are|was|were|been|being|be|will|fully|all|also|now|not|n['’]t)\s+){1,4}"
    r"(?P<verb>agreed|accepted|supported|welcomed|endorsed|noted|rejected|acknowledged)\b"
)
_DEFER_RE = patterns.compile(
    r"^\s+(?:with\s+)?(?:its|their|his|her|the\s+(?:force|chief\s+constable|constabulary|met|commissioner)['’]s"
    r"|the\s+[A-Z]\w+\s+(?:Police|Constabulary)['’]s)\s+(?:view|position|decision|stance|judgement|conclusion)\b"
    # "... he does not accept it, and I agree with him"
    r"|^\s+with\s+(?:him|her|them)\s*(?:[.;,]|$|on\s+this\b|in\s+this\b)"
    # "... the force does not accept it. I concur with the Chief Constable."
    r"|^\s+with\s+the\s+(?:chief\s+constable|force|constabulary)\s*(?:[.;,]|$|on\s+this\b|in\s+this\b)",
    re.IGNORECASE,
)
_SHARED_SUBJECT_RE = patterns.compile(
    rf"(?P<subj>{_SUBJECT})\s+(?:has|have|is|are|was|[a-z]+s?)\b[^.;]{{0,80}}?\band\s+(?:\w+ly\s+)?(?:do\s+so\s+)?"
    r"(?P<verb>accepts?|agrees?|supports?|endorses?|welcomes?|rejects?)\b"
)
_ADJECTIVE_RE = patterns.compile(
    rf"(?P<subj>{_SUBJECT})\s+(?:am|is|are|was|were|remains?)\s+(?:fully\s+|very\s+|entirely\s+|wholly\s+)?"
    r"(?P<verb>supportive|in\s+support|in\s+agreement|in\s+full\s+agreement)\s+(?:of|with)\b"
)
_ADJECTIVE_STANCES = {"supportive": Stance.SUPPORT, "in support": Stance.SUPPORT}
_PLEASED_RE = patterns.compile(
    rf"(?:{_SUBJECT})\s+(?:am\s+|are\s+|was\s+|were\s+)?(?:very\s+|particularly\s+|really\s+)?"
    r"(?P<verb>pleased|encouraged|delighted|reassured|glad)\b"
    # "I am pleased to say that all 312 have finished": glad of news, which is no stance on the finding
    r"(?!\s+to\s+(?:say|report|confirm|tell|note|see|learn|hear)\b)"
)
_VERDICTS = {
    "acknowledge": Stance.NOTE,
    "disagree": Stance.DISAGREE,
    "agree": Stance.AGREE,
    "accept": Stance.ACCEPT,
    "support": Stance.SUPPORT,
    "note": Stance.NOTE,
    "reject": Stance.DISAGREE,
    "endorse": Stance.SUPPORT,
}


def _verdict_stance(verb: str) -> Stance:
    """The stance a verdict's verb gives ("Accepted", "supported", "endorsed by me")."""
    lower = verb.lower()
    return next(v for k, v in _VERDICTS.items() if lower.startswith(k))


_VERDICT_RE = patterns.compile(
    r"^[\W_]*(?:[a-z’' ()]{0,40}?\b(?:response|position|status|view|comments?|stance|decision|recommendation)"
    r"\s*[:\-–]\s*"
    r"|(?:the\s+)?(?:chief\s+constable|force|mayor|deputy\s+mayor|commissioner|pf?cc|opf?cc)\s*[:\-–]\s*"
    r"|(?:recommendation|area\s+for\s+improvement|afi)\s*\w{0,3}\s+"
    r"|\d{1,2}\s*[:\-–]\s*"
    # a table row's number and short title read onto the verdict's line ("9 Four-module e-learning Accepted.")
    r"|\d{1,2}\s+(?:[A-Za-z][\w\-’']*\s+){1,6}(?=(?-i:[A-Z])))?"
    # a status cell read onto the same line, before the commissioner's verdict ("Being piloted Supported.")
    r"(?:(?:complete|completed|in\s+progress|ongoing|planned|paused|not\s+started|green|amber|red|blue|on\s+track|open|"
    r"closed|delayed|being\s+[a-z]+ed)(?:\s*[–\-/]\s*|\s+)){0,2}"
    r"(?P<verdict>(?:(?P<neg>not)\s+|(?P<part>partially|partly|in\s+part)\s+|fully\s+|broadly\s+)?"
    r"(?P<verb>agreed|accepted|supported|noted|rejected|acknowledged|endorsed|agree|accept|support|note|reject|"
    r"disagree|disagreed|endorse)"
    r"(?:\s+in\s+(?:full|principle|part)|\s+without\s+(?:reservations?|qualifications?|conditions?)"
    r"|,?\s+(?P<caveat>with\s+(?:some\s+)?(?:caveats?|reservations?|qualifications?))"
    r"|\s+as\s+(?:worded|written|drafted|framed|it\s+stands))?)"
    r"(?P<defer>\s+with\s+(?:the\s+)?(?:force|chief\s+constable|constabulary)['’]s\s+(?:position|view|response|"
    r"approach|decision))?"
    r"\b\s*(?:[.;:,\-–]|$|(?=by\s+(?:both\s+)?the\s+)|(?=by\s+(?:me|us|both)\b)|(?=\()|(?P<runin>(?=(?-i:[A-Z])))"
    r"|(?P<also>(?=and\s+(?:supported|noted|endorsed|agreed|accepted)\b)))",
    re.IGNORECASE,
)
_RIGHTLY_RE = patterns.compile(
    r"\b(?:report|inspectorate|inspection|HMICFRS|recommendation)\w*\s+(?:\w+\s+)?rightly\s+"
    r"(?P<verb>highlight|identif|recognis|recogniz|point|note|state|emphasis|conclude|find)\w*",
    re.IGNORECASE,
)
_NEGATION_RE = patterns.compile(r"\b(?:not|never|unable|cannot)\b|n['’]t\b", re.IGNORECASE)
_CONDITION_BEFORE_RE = patterns.compile(
    r"^\W*(?:subject\s+to|provided\s+(?:that\s+)?|on\s+condition\s+that|with\s+(?:some\s+)?(?:reservations|caveats))\b"
    r"[^.;]{0,80},\s*$",
    re.IGNORECASE,
)
_PARTIAL_BEFORE_RE = patterns.compile(r"\b(?:partially|partly|largely|broadly)\b", re.IGNORECASE)
_PARTIAL_AFTER_RE = patterns.compile(
    r"^\W*(?:[\w’']+\W+){0,8}?(?:in part\b|in principle\b|partially\b|partly\b|"
    r"to (?:an|some|a limited) (?:extent|degree)\b|"
    r"with (?:some |one |a )?(?:reservations?|caveats?|qualifications?|conditions?|amendments?|exceptions?|"
    r"provisos?)\b|"
    r"the (?:intent|spirit|principle|aims?|objectives?|goal|direction|thrust|gist)\b|subject to\b|up to a point\b|"
    r"in the main\b|as it applies to\b|"
    r"in most respects\b|in\s+so\s*far\s+as\b|insofar\b|as far as it goes\b|save for\b|except\b|"
    r"in a modified form\b|on the understanding\b|if not\b|(?:much|most|some|parts?|elements?) of\b|"
    # a condition or a limit ("only if the force can meet it", "so far as it concerns plans", "only to the extent")
    r"(?:in\s+)?so\s+far\s+as\b|only\s+(?:if|where|to\s+the\s+extent|insofar|in\s+so\s+far)\b|to\s+the\s+extent\s+that\b|"
    r"(?:two|one) of the (?:three|two|four)\b|parts? \(|differently\b)",
    re.IGNORECASE,
)
_BUT_NOT_RE = patterns.compile(
    # "..., but notes that the force cannot yet start": a fact noted beside the stance, not a reservation about it
    r"\b(?:but|however|although|though|except)\b(?!\s+(?:notes?|noted|recognises?|acknowledges?)\s+that\b)[^.]*?\b(?:not(?!\s+(?:yet|been|started|begun|completed|begin|start|"
    r"be\s+(?:ready|complete|completed|finished|live))\b)|cannot|unable|"
    r"n['’]t(?!\s+(?:yet|been)\b)|disagree|reservations?)\b",
    re.IGNORECASE,
)
_TARGET_REC_RE = patterns.compile(
    r"^\W*(?:with\s+|in\s+full\s+)?(?:(?:the|this|that|these|those|all|its|each|every|of|both|\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|its|report['’]?s?|hmicfrs['’]?s?|first|second|third|fourth|last|other|remaining)\s+){0,4}"
    r"(?:recommendations?|areas? for improvement|"
    r"afis?|findings?|report|inspectorate|inspection|hmicfrs|proposals?|conclusions?)\b"
    r"|^\W*(?:with\s+)?(?:it|this|that|them|these|both|each\s+of\s+them|all\s+of\s+them|them\s+all)"
    r"\s*(?:[.,;!]|$|and\b|but\b|in full\b|fully\b|wholeheartedly\b)",
    re.IGNORECASE,
)
_REPORT_TARGET_RE = patterns.compile(
    r"^\W*(?:the\s+|this\s+)?(?:report|inspection|inspectorate)\b(?!\s+and\s+(?:its|the|all\s+(?:of\s+)?its)\s+(?:\w+\s+)?recommendations)"
    r"(?!['’]s\s+recommendations)",
    re.IGNORECASE,
)
_PROGRESS_RE = patterns.compile(
    r"^\W*(?:this|the|their|its|such|that)\s+(?:\w+\s+)?(?:progress|pace|speed|improvement|news|update|result)s?\b",
    re.IGNORECASE,
)
_HERE_RE = patterns.compile(r"^[^.;]{0,60}?\b(?:here|on\s+this|in\s+this\s+(?:area|respect|case))\b", re.IGNORECASE)
# The report itself, its publication, its findings or its praise, rather than what it recommends.
_REPORT_ITSELF_RE = patterns.compile(
    r"^\W*(?:with\s+)?(?:the\s+)?(?:publication\s+of\s+(?:the|this)\s+)?(?:report|inspectorate|inspection|hmicfrs|inspectors)"
    r"(?:['’]s?\s+(?!recommendations?\b|areas?\s+for\b|view\b|assessment\b|analysis\b|proposals?\b|"
    r"conclusions?\b)\w+|\s+as\b|\s+(?:itself|overall)\b)"
    r"|^\W*(?:the\s+|its\s+)?(?:findings?|publication)\b(?!\s+and\s+recommendations)",
    re.IGNORECASE,
)
_TARGET_APPROACH_RE = patterns.compile(
    r"^\W*(?:(?:the|this|that|these|its|their|our|[A-Z]\w*['’]s?|[A-Z]{2,5}['’]s|\w+)\s+){0,4}?"
    r"(?:approach|efforts?|commitment|work|plans?|progress|steps?|actions?|response|activity|initiatives?|"
    r"intention|proposals?|focus|development|collaboration|decision)\b",
)
_END_RE = patterns.compile(r"^\s*(?:[.!;]|$)")
_THING_RE = patterns.compile(
    r"^\s+(?:the|its|their|a|an)\s+(?:new\s+)?(?!recommendation|report|inspection|finding|approach|intent|aim|focus|"
    r"emphasis|proposal|direction|force['’]s|chief)\w+",
    re.IGNORECASE,
)
# a stance verb aimed at something other than a recommendation: the report's figures, a proposition, or an
# arrangement the force has made with someone ("agreed a protocol with the ROCU")
_ELSEWHERE_RE = patterns.compile(
    r"^\s+(?:with\s+)?(?:the\s+|its\s+)?(?:(?:report|inspectorate|hmicfrs)['’]s\s+)?(?:figures|data|numbers|statistics|"
    r"proposition)\b"
    r"|^\s+(?:an?|the\s+new)\s+(?:[\w\-]+\s+){0,2}?(?:arrangement|protocol|agreement|memorandum|date|timetable|"
    r"service\s+level)s?\b",
    re.IGNORECASE,
)
_THAT_WITH_RE = patterns.compile(r"^\s*(?:that|with)\b", re.IGNORECASE)
_EXCEPTION_RE = patterns.compile(
    r"\b(?:with|save\s+for|bar)\s+(?:one|a\s+single|two)\s+(?:exceptions?|qualifications?|reservations?|caveats?)\b"
    r"|\bwith\s+the\s+exception\s+of\b",
    re.IGNORECASE,
)
_BLANKET_RE = patterns.compile(
    r"\b(?:all|each|every|the|these|those|its|both|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:of\s+the\s+|of\s+its\s+|[\w’']+\s+){0,2}(?:recommendations|areas for improvement|AFIs)\b"
    r"|\b(?:each|every)\s+(?:single\s+)?(?:recommendation|area\s+for\s+improvement|AFI)\b"
    # the force's whole response, approved in the covering letter ("I agree with her approach")
    r"|^\W*(?:with\s+)?(?:her|his|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s)\s+(?:overall\s+)?"
    r"(?:approach|response|position)s?(?:\s+to\s+(?:the|these|all|each\s+of\s+the)\s+recommendations)?"
    r"(?:\s+(?:set\s+out|given|shown|reproduced|printed|attached|enclosed)(?:\s+(?:below|here|above|overleaf))?)?"
    r"\s*(?:[.,;]|$|and\b)",  # "I back the Chief Constable's responses set out below, and ..."
    re.IGNORECASE,
)
_NEGATIVE_BLANKET_RE = patterns.compile(r"\b(?:other|remaining|except|apart from)\b", re.IGNORECASE)

_RANK = {
    Stance.DISAGREE: 5,
    Stance.PARTIALLY_AGREE: 4,
    Stance.AGREE: 3,
    Stance.ACCEPT: 3,
    Stance.SUPPORT: 2,
    Stance.NOTE: 1,
}


@dataclass(frozen=True, slots=True)
class StanceHit:
    """One stance read from one sentence: ``strength`` 3 is about the recommendation, 2 the force's work."""

    stance: Stance
    strength: int
    span: Span
    sentence: Sentence
    blanket: bool = False
    defers: bool = False  # "I support its view": the stance of the chief constable it refers to
    verdict: bool = False  # a bare verdict, as a table cell prints it ("Accepted.", "Being piloted Supported.")
    approval: bool = False  # general approval only ("I am pleased", "we are encouraged")


_KEYWORDS = (
    "agree",
    "supportive",
    "in support",
    "noted",
    "concur",
    "accept",
    "support",
    "welcom",
    "endors",
    "back",
    "commend",
    "note",
    "acknowledg",
    "recogni",
    "reject",
    "dissent",
    "oppose",
    "pleased",
    "encouraged",
    "delighted",
    "reassured",
    "glad",
    "rightly",
    "content",
    "persuaded",
    "convinced",
    "differ",
    "behind",
    "share",
    "right",
    "believe",
    "think",
    "consider",
    "implementing",
    "qualified",
    "conditional",
    "partial",
    "limited",
    "reservations",
    "doubts",
    "misgivings",
    "decline",
    "object",
    "company",
    "merit",
    "see no",
    "misconceived",
    "odds",
    "against",
    "neither",
    "side with",
    "position",
    "view",
    "backing",
    "accord",
    "mind",
    "one with",
    "champion",
    "hesitation",
    "agreement",
    "receipt",
    "noting",
    "register",
    "yes",
)
_BLANKET_WORDS = ("recommendation", "area for improvement", "areas for improvement", "afi", "approach", "response")


def _active_hits(sentence: Sentence) -> list[StanceHit]:
    """A subject and a stance verb: "I accept", "the Chief Constable has accepted", "we do not agree"."""
    text = sentence.text
    hits: list[StanceHit] = []
    for m in _ACTIVE_RE.finditer(text):
        stance = _VERBS[m.group("verb").lower()]
        after = text[m.end() :]
        aux = m.group("aux") or ""
        negated = bool(_NEGATION_RE.search(aux))
        target = after
        if stance is Stance.NOTE and not (
            _TARGET_REC_RE.match(target) or _END_RE.match(target) or _THEIR_ANSWER_RE.match(target)
        ):
            continue  # "I note that ..." reports a fact rather than a stance on the recommendation
        if (
            m.group("verb").lower() == "welcome"
            and _THING_RE.match(target)
            and not (_TARGET_REC_RE.match(target) or _BLANKET_RE.search(target[:70]))
        ):
            continue  # "I welcome the new template": pleased with something the force has done, not a stance
        if m.group("verb").lower() in ("back", "welcome", "commend") and re.match(r"^\s*(?:to|from|in|up)\b", after):
            continue
        if _ELSEWHERE_RE.match(target):
            continue  # "I disagree with the figures in the report", "the force agreed an arrangement with the ROCU"
        strength = _strength(target, stance)
        if strength < 3 and stance in (Stance.AGREE, Stance.ACCEPT, Stance.DISAGREE) and _THAT_WITH_RE.match(target):
            strength = 3
        if _BLANKET_RE.search(after[:70]):  # "I endorse the recommendations, with one exception"
            after = _all_but_one(after)
        stance = _qualify(stance, negated, aux, after)
        if stance in (Stance.AGREE, Stance.ACCEPT, Stance.SUPPORT) and _CONDITION_BEFORE_RE.search(
            sentence.text, 0, m.start("subj")
        ):
            stance = Stance.PARTIALLY_AGREE  # "Subject to funding, I support the recommendation"
        if stance is Stance.SUPPORT and _PROGRESS_RE.match(target):
            continue  # "I welcome this progress": pleasure at what the force did, not a stance on the finding
        if (
            _REPORT_ITSELF_RE.match(target)
            and stance in (Stance.SUPPORT, Stance.ACCEPT, Stance.NOTE)
            and not _HERE_RE.match(target)  # "I support the inspectorate's findings here": this finding's
        ):
            continue  # "I welcome the report's findings", "I accept the inspectorate's finding that ...": not a stance
        hits.append(
            _deferring(
                _hit(sentence, m.start("subj"), m.end("verb"), stance=stance, strength=strength, after=after), after
            )
        )
    for m in _SHARED_SUBJECT_RE.finditer(text):  # "the force has taken it on board and accepts it"
        verb = m.group("verb").lower()
        stance = _VERBS[verb[:-1] if verb.endswith("s") else verb]
        after = text[m.end() :]
        hit = _hit(sentence, m.start("subj"), m.end("verb"), stance=stance, strength=_strength(after), after=after)
        hits.append(_deferring(hit, after))  # "... and accepts the Met's position"
    return hits


def _all_but_one(after: str) -> str:
    """The words after a blanket stance without its "with one exception" or "with one qualification": the blanket
    holds for all but one, each in full, and the exception's own answer says more."""
    return _EXCEPTION_RE.sub("", after, count=1)


def _deferring(hit: StanceHit, after: str) -> StanceHit:
    """A positive stance on the force's own view ("I support its position") takes the force's stance."""
    if hit.stance in (Stance.SUPPORT, Stance.AGREE, Stance.ACCEPT) and _DEFER_RE.match(after):
        return replace(hit, defers=True)
    return hit


def _passive_hits(sentence: Sentence) -> list[StanceHit]:
    """A finding as the subject of a passive: "the recommendations have been accepted"."""
    text = sentence.text
    hits: list[StanceHit] = []
    for m in _PASSIVE_RE.finditer(text):
        verb = m.group("verb").lower()
        stance = next(v for k, v in _VERBS.items() if verb.startswith(k))
        negated = bool(_NEGATION_RE.search(m.group("aux") or ""))
        subject = text[max(0, m.start() - 40) : m.end("subj")]
        blanket = m.group("subj").lower().endswith("s") and bool(_BLANKET_RE.search(subject))
        after = text[m.end() :]
        if blanket:  # "the recommendations are accepted, with one qualification"
            after = _all_but_one(after)
        stance = _qualify(stance, negated, "", after)
        hit = _hit(sentence, m.start(), m.end("verb"), stance=stance, strength=3, after="")
        hits.append(StanceHit(hit.stance, 3, hit.span, sentence, blanket and not _NEGATIVE_BLANKET_RE.search(subject)))
    return hits


def _pleased_hits(sentence: Sentence) -> list[StanceHit]:
    """General approval: "I am pleased", "we are encouraged" (weakest)."""
    text = sentence.text
    return [
        replace(_hit(sentence, m.start(), m.end("verb"), stance=Stance.SUPPORT, strength=1, after=""), approval=True)
        for m in _PLEASED_RE.finditer(text)
        if not _NEGATION_RE.search(text[m.start() : m.end()])
    ]


def _rightly_hits(sentence: Sentence) -> list[StanceHit]:
    """Agreement with the report's reasoning: "the report rightly highlights"."""
    return [
        _hit(sentence, m.start(), m.end(), stance=Stance.AGREE, strength=2, after="")
        for m in _RIGHTLY_RE.finditer(sentence.text)
    ]


_AND_VERDICT_RE = patterns.compile(r"and\s+(?P<verb>supported|noted|endorsed|agreed|accepted)\b", re.IGNORECASE)


def _verdict_hits(sentence: Sentence) -> list[StanceHit]:
    """A bare verdict, as in response tables: "Accepted.", "Partially agreed", "Not accepted"; and a verdict run
    into the next cell of a table read as text ("Accept Supported.", "Accepted In progress"), with the verdict of
    that next cell too."""
    verdict = _VERDICT_RE.match(sentence.text)
    if not verdict:
        return []
    out = [_verdict_hit(sentence, verdict)]
    also = _AND_VERDICT_RE.match(sentence.text, verdict.end()) if verdict.group("also") is not None else None
    if also is not None:  # "Accepted and supported.": the force's verdict, then the body's, as a table's two columns
        stance = _verdict_stance(also.group("verb"))
        hit = _hit(sentence, also.start("verb"), also.end("verb"), stance=stance, strength=3, after="")
        out.append(replace(hit, verdict=True))
    if verdict.group("runin") is not None:
        rest = sentence.text[verdict.end() :]
        again = _VERDICT_RE.match(rest)
        if again is not None and again.group("runin") is None:
            hit = _verdict_hit(Sentence(0, len(rest), rest), again)
            span = Span(hit.span.start + verdict.end(), hit.span.end + verdict.end())
            out.append(replace(hit, span=span, sentence=sentence))
    return out


# a further verdict with its agent, after the first ("Accepted by the Chief Constable and supported by me")
_AGENT_VERDICT_RE = patterns.compile(
    r"(?:\band|[;,])\s+(?P<verdict>(?P<verb>accepted|agreed|supported|noted|endorsed|rejected)\s+(?:in\s+full\s+|fully\s+)?by\s+"
    r"(?:me|us|my\s+office|the\s+(?:police\s+and\s+crime\s+|deputy\s+)?commissioner|the\s+o?pf?cc|the\s+(?:deputy\s+)?mayor))\b",
    re.IGNORECASE,
)


def _agent_hits(sentence: Sentence) -> list[StanceHit]:
    """A second verdict in a sentence, given with the body as its agent: "Accepted by the Chief Constable and
    supported by me" is the force's acceptance and the body's support."""
    out = []
    for m in _AGENT_VERDICT_RE.finditer(sentence.text):
        stance = _verdict_stance(m.group("verb"))
        out.append(_hit(sentence, m.start("verdict"), m.end("verdict"), stance=stance, strength=3, after=""))
    return out


def _verdict_hit(sentence: Sentence, verdict: re.Match[str]) -> StanceHit:
    stance = _verdict_stance(verdict.group("verb"))
    if verdict.group("neg"):
        stance = Stance.AGREE if stance is Stance.DISAGREE else Stance.DISAGREE
    elif (
        verdict.group("part")
        or verdict.group("caveat")
        or re.search(r"\bin\s+(?:principle|part)\b", verdict.group("verdict"), re.IGNORECASE)
    ):
        stance = Stance.PARTIALLY_AGREE
    hit = _hit(sentence, verdict.start("verdict"), verdict.end("verdict"), stance=stance, strength=3, after="")
    return replace(hit, verdict=True, defers=verdict.group("defer") is not None)  # "PFCC: Agreed with the force's
    # position": the force's stance, taken as the body's


def sentence_hits(sentence: Sentence) -> list[StanceHit]:
    """The stance hits in one sentence (``sentence`` offsets are absolute), from every reader of :data:`READERS`.
    A sentence is read once per text: its passage, the numbered and the blanket readers ask again."""
    return [
        replace(h, span=Span(h.span.start + sentence.start, h.span.end + sentence.start), sentence=sentence)
        for h in _text_hits(sentence.text)
    ]


@lru_cache(maxsize=4096)
def _text_hits(text: str) -> tuple[StanceHit, ...]:
    """The stance hits of a sentence's text, with spans from its start."""
    lower = text.lower()
    if not any(k in lower for k in _KEYWORDS):
        return ()
    sentence = Sentence(0, len(text), text)
    hits = [hit for _, _, read in READERS for hit in read(sentence)]
    for hit in list(hits):  # "The force accepts the remaining three recommendations and so do I": the writer's too
        me_too = _ME_TOO_RE.match(text, hit.span.end) or _ME_TOO_RE.search(text, hit.span.end, hit.span.end + 80)
        if me_too is not None and not hit.blanket:
            at = me_too.start("me") if me_too.group("me") else me_too.start("me2")
            if not any(h.span.start <= at < h.span.end for h in hits):
                hits.append(replace(hit, span=Span(at, at + 1)))
    return tuple(hits)


def _adjective_hits(sentence: Sentence) -> list[StanceHit]:
    """Stances stated with an adjective: "the PCC is supportive of this recommendation"."""
    out = []
    for m in _ADJECTIVE_RE.finditer(sentence.text):
        stance = _ADJECTIVE_STANCES.get(" ".join(m.group("verb").lower().split()), Stance.AGREE)
        after = sentence.text[m.end() :]
        strength = _strength(after)
        out.append(_hit(sentence, m.start("subj"), m.end("verb"), stance=stance, strength=strength, after=after))
    return out


# (stance, pattern) for stances said without a stance verb of the writer's: "the recommendation has my full
# support", "I am content with the recommendation", "I am not persuaded that it is right".
_PHRASES: tuple[tuple[Stance, re.Pattern[str]], ...] = tuple(
    (stance, patterns.compile(pattern, re.IGNORECASE))
    for stance, pattern in (
        (Stance.AGREE, r"\bcould\s+not\s+agree\s+more\b"),
        (
            Stance.DISAGREE,
            r"\b(?:I|we)\s+(?:am|are)\s+not\s+(?:persuaded|convinced)\b(?!\s+(?:that\s+)?(?:the|this|its)\s+(?:deadline|"
            r"timescale|date|timetable|funding|resources?|target)\b)|\b(?:I|we)\s+(?:\w+ly\s+)?differ\s+from\b(?!\s+(?:the\s+)?(?:chief\s+constable|force|constabulary|him|her)\b)"
            r"|\b(?:I|we)\s+do\s+not\s+(?:believe|think|consider)\b[^.;]{0,80}?\b(?:necessary|needed|right|appropriate|"
            r"proportionate|work|required|justified)\b|\bwill\s+not\s+be\s+implementing\b",
        ),
        (
            Stance.ACCEPT,
            r"\b(?:has|have)\s+(?:my|our|the\s+\w+['’]s)\s+(?:full\s+)?acceptance\b"
            r"|\b(?:I|we)\s+(?:am|are)\s+content\s+with\s+(?:(?:the|this|that|these|each)\s+(?:recommendations?|"
            r"areas?\s+for\s+improvement)\b|(?:that|this|it)\b(?!\s+\w+ing)|the\s+(?:force|chief\s+constable)['’]s\s+"
            r"(?:acceptance|response|position)\b)",
        ),
        (
            Stance.SUPPORT,
            r"\b(?:has|have)\s+(?:my|our|the\s+\w+['’]s)\s+(?:full\s+|wholehearted\s+|complete\s+)?(?:support|backing)\b"
            r"|\b(?:I|we)\s+(?:am|are)\s+(?:fully\s+|very\s+|entirely\s+)?(?:right\s+behind|supportive)\b",
        ),
        (
            Stance.AGREE,
            r"\b(?:has|have)\s+(?:my|our)\s+(?:full\s+)?agreement\b|\b(?:I|we)\s+share\s+(?:the\s+)?(?:\w+['’]s?\s+)?"
            r"(?:view|concern|assessment)\b|\b(?:inspectorate|report|HMICFRS|inspectors?)\s+(?:is|are|was|were)\s+"
            r"(?:\w+ly\s+)?right\b",
        ),
        (
            Stance.NOTE,
            r"\b(?:beyond|other\s+than|except|by)\s+noting\s+(?:the\s+|these\s+|all\s+)?(?:report['’]s\s+)?recommendations\b"
            r"|\b(?:have|has)\s+(?:taken|take)\s+(?:careful\s+|full\s+)?note\s+of\b|\b(?:I|we)\s+take\s+note\b"
            r"|\backnowledges?\s+receipt\b|\bfor\s+noting\b|\bregister\s+the\s+recommendation\b|\bmake\s+note\s+of\b"
            r"|\bread\s+and\s+noted\b|\bno\s+stance\s+is\s+taken\b|^\W*taken\s+note\s+of\b"
            r"|\b(?:I|we)\s+note\s+what\s+the\s+(?:inspectorate|report|inspectors?|HMICFRS)\s+recommends\b"
            r"|\b(?:I|we)\s+(?:have\s+)?not(?:e|ed)\s+(?:his|her|its|their)\s+(?:view|position|decision|stance)\b"
            r"|\b(?:I|we)\s+(?:have\s+)?not(?:e|ed)\s+the\s+(?:force['’]s\s+|chief\s+constable['’]s\s+|constabulary['’]s\s+)?"
            r"(?:response|position|update)\s*(?:[.;]|$)",
        ),
        (
            Stance.AGREE,
            r"\bin\s+(?:full\s+|complete\s+|total\s+|entire\s+)?(?:agreement|accord)\b|\bof\s+(?:the\s+same|one)\s+(?:mind|view)\b"
            r"|\bat\s+one\s+with\b|\baccords?\s+with\b|\bno\s+hesitation\s+in\s+agreeing\b"
            r"|\bnothing\b[^.]{0,60}\bwould\s+(?:disagree|object)\b|\bposition\s+is\s+one\s+of\s+agreement\b"
            r"|\bagreement\s*:\s*yes\b|^\W*yes\W+agreed\b",
        ),
        (
            Stance.SUPPORT,
            r"\b(?:stands?|am|are|is)\s+(?:fully\s+|firmly\s+|squarely\s+|four-square\s+)?behind\b(?!\s+(?:schedule|plan))"
            r"|\bthrow\s+my\s+weight\s+behind\b|\bchampion\s+(?:the|this)\b|\bsupporter\s+of\b"
            r"|\b(?:is|are)\s+(?:fully\s+|very\s+|wholly\s+)?supportive\b"
            r"|\b(?:this|the)\s+recommendation\s+is\s+(?:very\s+|most\s+|entirely\s+)?welcome\b",
        ),
        (
            Stance.PARTIALLY_AGREE,
            r"\b(?:qualified|conditional|partial|limited)\s+(?:support|agreement|acceptance|backing)\b"
            r"|\bmy\s+(?:support|agreement|acceptance)\s+(?:[\w\-]+\s+){0,4}?is\s+(?:qualified|partial|conditional|limited)\b"
            r"|\b(?:I|we)\s+(?:am|are)\s+(?:broadly|partly|largely)\s+supportive\b"
            r"|\b(?:have|has)\s+(?:some\s+)?reservations\b[^.]{0,60}\b(?:accept|agree|support)\w*"
            # "I have reservations about the recommendation on the e-learning modules", "... about the deadline"
            r"|\b(?:I|we)\s+(?:have|hold)\s+(?:some\s+|serious\s+|real\s+|strong\s+)?(?:reservations|doubts|misgivings)\s+"
            r"(?:about|over|regarding|on)\s+(?:the|this|that|these|its|it|how|whether|when)\b"
            r"|\b(?:I|we)\s+share\s+some,?\s+but\s+not\s+all\b",
        ),
        (
            Stance.DISAGREE,
            r"\b(?:I|we)\s+do\s+not\s+share\s+(?!the\s+(?:force|chief\s+constable|constabulary)['’]s)(?:the\s+)?"
            r"(?:\w+['’]s?\s+)?view\b|\btake\s+a\s+different\s+view\b"
            r"|\bmy\s+disagreement\b|\bdeclines?\b|\bdeclined\b|\bobject\s+to\b|\bpart\s+company\b|\bsee\s+no\s+(?:merit|case|need|value|justification)\b|\bmisconceived\b"
            r"|\bat\s+odds\s+with\b|\b(?:I|we)\s+(?:am|are)\s+(?:firmly\s+)?against\b|\bnot\s+in\s+agreement\b"
            r"|\b(?:I|we)\s+(?:am|are)\s+not\s+supportive\b|\bdoes\s+not\s+have\s+(?:my|our)\s+(?:support|agreement|backing)\b"
            r"|\bneither\b[^.]{0,60}\bnor\s+(?P<me>I|we)\s+(?:\w+\s+)?(?:accept|agree|support)\b"
            r"|\bside\s+with\s+the\s+\w+(?:\s+\w+)?\s+in\s+not\b"
            r"|\b(?:I|we)\s+do\s+not\s+(?:think|believe)\b[^.]{0,60}\bshould\s+(?:be\s+)?(?:accept|taken\s+forward|adopt)"
            # sharing the force's view that it should not be done, or not dissenting from its refusal
            r"|\b(?:I|we)\s+share\s+(?:his|her|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s)\s+view\s+that\b"
            r"[^.;]{0,80}?\b(?:should|need|would|could|can|does|do)\s*(?:not|n['’]t)\b"
            r"|\b(?:I|we)\s+do\s+not\s+dissent\s+from\s+(?:his|her|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s)"
            r"\s+(?:decision|view|position)\s+not\s+to\s+(?:accept|implement|adopt|agree|support)\b",
        ),
    )
)


_DEFERENCE_RE = patterns.compile(
    r"\ba\s+(?:position|decision|view|stance)\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:fully\s+)?(?:endorse|support|share)\b"
    r"|\b(?:I|we)\s+share\s+(?:his|her|their|its|the\s+(?:chief\s+constable|force)['’]s)\s+view\b"
    r"|\b(?:I|we)\s+side\s+with\s+the\s+(?:chief\s+constable|force)\b(?!\s+in\s+not)"
    # "I am content with its position": the force's stance, taken as the body's own
    r"|\b(?:I|we)\s+(?:am|are)\s+(?:\w+ly\s+)?content\s+with\s+(?:his|her|their|its|the\s+(?:chief\s+constable|force|"
    r"constabulary)['’]s)\s+(?:position|view|response|decision|approach)\b"
    # "The Chief Constable's position on each recommendation, which I share, is set out below"
    r"|\b(?:his|her|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s)\s+(?:position|view|assessment|"
    r"response)s?\b[^.;]{0,60}?,\s*(?:which|that)\s+(?P<me>(?:I|we)\s+(?:fully\s+|entirely\s+)?(?:endorse|support|share))\b",
    re.IGNORECASE,
)


_NOUN_STANCES = {
    "support": Stance.SUPPORT,
    "backing": Stance.SUPPORT,
    "acceptance": Stance.ACCEPT,
    "agreement": Stance.AGREE,
}
_NOUN_RE = patterns.compile(
    r"\b(?:my|our|her|his|their|the\s+(?:force|commissioner|mayor|pcc|chief\s+constable)['’]s)\s+(?:\w+\s+){0,2}?"
    r"(?P<noun>support|backing|acceptance|agreement)\b"
    r"(?!\s+(?:[\w\-]+\s+){0,4}?(?:is\s+|was\s+)?(?:qualified|partial|conditional|limited)\b)"
    r"|\bthe\s+(?P<noun2>support|backing)\s+of\s+(?:my|our|the)\b",
    re.IGNORECASE,
)
_NOUN_TARGET_RE = patterns.compile(
    r"\b(?:recommendations?|areas?\s+for\s+improvement|afis?|this|it)\b|^\W*(?:for|to|of)\b|\b(?:is|was)\s+"
    r"(?:clear|unreserved|unqualified|without|confirmed|recorded|total|full|complete)",
    re.IGNORECASE,
)


# the force's own stance as the object of the body's ("I support his acceptance", "the force's acceptance of it")
# the force's answer to the recommendation, which a body notes as its own stance ("I note the force's position",
# "I note GMP's response", "I note the Constabulary's acceptance")
_THEIR_ANSWER_RE = patterns.compile(
    r"^\W*(?:his|her|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s|(?-i:[A-Z]{2,5})['’]s)\s+"
    r"(?:position|response|acceptance|agreement|answer)\b",
    re.IGNORECASE,
)
_THEIR_STANCE_RE = patterns.compile(
    r"^\W*(?:his|her|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s)\s+(?:\w+\s+)?"
    r"(?:acceptance|agreement)\b",
    re.IGNORECASE,
)


_WRITER_VERB_BEFORE_RE = patterns.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:(?:welcome|support|endorse|note|accept)\s+and\s+(?:\w+ly\s+)?)?"
    r"(?:support|welcome|endorse|back|share|agree\s+with|accept)\s*$",
    re.IGNORECASE,
)


def _noun_hits(sentence: Sentence) -> list[StanceHit]:
    """A stance named by its noun: "I give my full support to this recommendation", "my acceptance of it", "the
    recommendation has the support of my office"."""
    out = []
    for m in _NOUN_RE.finditer(sentence.text):
        stance = _NOUN_STANCES[(m.group("noun") or m.group("noun2")).lower()]
        if _THEIR_STANCE_RE.match(sentence.text[m.start() :]) and _WRITER_VERB_BEFORE_RE.search(
            sentence.text, 0, m.start()
        ):
            # "I support the Chief Constable's acceptance of the four recommendations": the force's stance, which the
            # writer's verb takes as its object, is still the force's
            out.append(_hit(sentence, m.start(), m.end(), stance=stance, strength=3, after=sentence.text[m.end() :]))
            continue
        near = sentence.text[max(0, m.start() - 40) : m.end() + 40]
        if _NEGATION_RE.search(sentence.text[max(0, m.start() - 20) : m.start()]):
            stance = Stance.DISAGREE  # "does not have my support"
        out.append(
            _hit(
                sentence, m.start(), m.end(), stance=stance, strength=3 if _NOUN_TARGET_RE.search(near) else 2, after=""
            )
        )
    return out


def _phrase_hits(sentence: Sentence) -> list[StanceHit]:
    """Stances said in a set phrase rather than with a stance verb: "has my full support", "I am not persuaded"."""
    deferring = [
        replace(
            _hit(
                sentence,
                m.start("me") if m.group("me") else m.start(),  # the body's own words in a clause about the force's
                m.end(),
                stance=Stance.SUPPORT,
                strength=3,
                after="",
            ),
            defers=True,
            blanket=bool(_BLANKET_RE.search(m.group(0))),  # "... position on each recommendation, which I share"
        )
        for m in _DEFERENCE_RE.finditer(sentence.text)
    ]
    out = list(deferring)
    for stance, pattern in _PHRASES:
        for m in pattern.finditer(sentence.text):
            found, strength = stance, 3
            if stance is Stance.DISAGREE and (
                _POSITIVE_BEFORE_RE.search(sentence.text, 0, m.start()) or _PARTLY_RE.search(sentence.text)
            ):
                found = Stance.PARTIALLY_AGREE  # "I accept the need for it, but I am not convinced that ...", "I am
                # not convinced a separate plan is needed, and so I only partly agree"
            elif stance is Stance.ACCEPT and "content" in m.group(0).lower():
                strength = 2  # "I am content with it" yields to a stance verb beside it ("... and I agree with it")
            start = m.start("me") if "me" in pattern.groupindex and m.group("me") else m.start()
            at = sentence.start
            over = [d for d in deferring if d.span.start - at < m.end() and start < d.span.end - at]
            if over and found is Stance.DISAGREE:  # "I share its view that this should not be done": said outright
                out = [h for h in out if h not in over]
            elif over:
                continue  # "I share the force's view": siding with the force, as read above, not a stance of its own
            hit = _hit(sentence, start, m.end(), stance=found, strength=strength, after="")
            if _BLANKET_RE.search(m.group(0)) or "noting" in m.group(0).lower():
                hit = replace(hit, blanket=True)  # "beyond noting the report's recommendations": all of them
            out.append(hit)
    return out


_PARTLY_RE = patterns.compile(
    r"\b(?:partly|partially|in\s+part)\s+(?:agree|accept|support)|\b(?:agree|accept|support)\w*\s+"
    r"(?:it\s+|this\s+)?(?:only\s+)?in\s+part\b",
    re.IGNORECASE,
)
_POSITIVE_BEFORE_RE = patterns.compile(r"\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:accept|agree|support)\b", re.IGNORECASE)


READERS: tuple[tuple[str, str, Callable[[Sentence], list[StanceHit]]], ...] = (
    (
        "active",
        "a subject and a stance verb ('I accept', 'the force has accepted'); negation, qualifiers",
        _active_hits,
    ),
    ("passive", "a finding as subject ('the recommendations have been accepted'); may be blanket", _passive_hits),
    ("adjective", "'is supportive of', 'is in agreement with'", _adjective_hits),
    ("pleased", "general approval ('I am pleased'): weakest", _pleased_hits),
    ("rightly", "'the report rightly highlights': agreement with the reasoning", _rightly_hits),
    ("phrase", "a set phrase ('has my full support', 'I am content with', 'I am not persuaded')", _phrase_hits),
    ("noun", "a stance named by its noun ('I give my full support to', 'my acceptance of it')", _noun_hits),
    (
        "verdict",
        "a bare verdict in a table or after a lead-in ('Accepted.', 'Force response: Not accepted')",
        _verdict_hits,
    ),
    ("agent", "a further verdict with the body as its agent ('... and supported by me')", _agent_hits),
)
"""Each way a stance is stated, in the order its hits are read; :func:`decide` weighs them."""


def _strength(target: str, stance: Stance | None = None) -> int:
    if _REPORT_ITSELF_RE.match(target) and stance is not Stance.DISAGREE:
        return 1  # "I welcome the report's findings", "I accept the inspectorate's finding that ...": not the finding's
    if _END_RE.match(target) or _TARGET_REC_RE.match(target) or _THEIR_STANCE_RE.match(target):
        return 3
    if _TARGET_APPROACH_RE.match(target):
        return 2
    return 1


_YET_FOR_SOME_RE = patterns.compile(
    r"\b(?:though|although|but)\s+(?:I|we)\s+(?:would|do|could|can|will)\s+(?:\w+\s+)?(?:support|accept|agree)\b"
    # a part refused, the rest taken ("has not accepted its deadline ..., but it accepts the rest of it")
    r"|\b(?:but|though|although)\s+(?:it|he|she|they|I|we|the\s+force)\s+(?:does\s+|do\s+)?(?:accepts?|agrees?|supports?)\s+"
    r"(?:with\s+)?the\s+(?:rest|remainder)\b",
    re.IGNORECASE,
)


def _qualify(stance: Stance, negated: bool, aux: str, after: str) -> Stance:
    if stance is Stance.DISAGREE:
        return Stance.AGREE if negated else Stance.DISAGREE
    # "I do not fully agree", "I cannot wholly accept"; "I do not accept that every officer should, though I would
    # support it for detectives"
    if negated and (
        re.search(r"\b(?:fully|wholly|entirely|completely|totally)\b", aux, re.IGNORECASE)
        or _YET_FOR_SOME_RE.search(after.split(".", maxsplit=1)[0])
    ):
        return Stance.PARTIALLY_AGREE
    if negated:
        return Stance.DISAGREE if stance is not Stance.NOTE else Stance.NOTE
    if _PARTIAL_BEFORE_RE.search(aux) and stance in (Stance.AGREE, Stance.ACCEPT, Stance.SUPPORT):
        return Stance.PARTIALLY_AGREE  # "partly", "largely", "broadly": agreement short of whole
    if qualified(after):
        return Stance.PARTIALLY_AGREE
    return stance


def qualified(after: str) -> bool:
    """Whether the words after a stance limit it to part ("in principle", "subject to funding", "except ...")."""
    return bool(_PARTIAL_AFTER_RE.match(after) or _BUT_NOT_RE.search(after))


def _hit(sentence: Sentence, start: int, end: int, *, stance: Stance, strength: int, after: str) -> StanceHit:
    head = after[:70]
    blanket = (
        bool(_BLANKET_RE.search(head))
        and not _NEGATIVE_BLANKET_RE.search(head)
        and not _REPORT_TARGET_RE.match(head)  # "welcome the report and accept every recommendation": the accept
    )
    return StanceHit(stance, strength, Span(sentence.start + start, sentence.start + end), sentence, blanket)


def decide(hits: list[StanceHit]) -> StanceHit | None:
    """The deciding hit: the strongest target first, then the most marked stance, then the earliest."""
    if not hits:
        return None
    best = max(hits, key=lambda h: (h.strength, _RANK[h.stance], -h.span.start))
    if best.stance is Stance.DISAGREE:
        # "..., but I do not think it is the right use of time, and I agree with it only in part": the doubt is the
        # part not agreed, and the sentence's stance the partial one
        partial = [
            h
            for h in hits
            if h.stance is Stance.PARTIALLY_AGREE and h.strength == best.strength and h.sentence == best.sentence
        ]
        if partial:
            return partial[0]
        # "I only partly agree with the inspectorate. ... I am not persuaded that every officer needs it": a doubt about
        # how far it goes, beside the writer's own partial stance said in another sentence, is that partial stance
        if _DOUBT_RE.search(
            best.sentence.text, best.span.start - best.sentence.start, best.span.end - best.sentence.start
        ):
            mine = [
                h
                for h in hits
                if h.stance is Stance.PARTIALLY_AGREE
                and h.strength == best.strength
                and _WRITERS_RE.match(h.sentence.text, h.span.start - h.sentence.start)
            ]
            if mine:
                return mine[0]
    return best


_DOUBT_RE = patterns.compile(r"\bnot\s+(?:persuaded|convinced)\b|\bdo\s+not\s+(?:think|believe)\b", re.IGNORECASE)
_WRITERS_RE = patterns.compile(r"(?:I|we|my|our)\b", re.IGNORECASE)


def stance_of(text: str, offset: int = 0) -> tuple[Stance, Span | None]:
    """The stance a passage takes (``offset`` is where ``text`` starts in the document)."""
    hits = [h for s in sentences(text, offset) for h in sentence_hits(s)]
    best = decide(hits)
    return (best.stance, best.span) if best else (Stance.NOT_STATED, None)


def blanket_hits(text: str, offset: int = 0) -> list[StanceHit]:
    """Sentences that take a stance on all the recommendations at once ("I accept all the recommendations"), and a
    stance in the same sentence on them by a pronoun ("The Chief Constable has accepted all four, and I support
    them")."""
    out: list[StanceHit] = []
    previous = ""
    all_before = False  # the sentence before named them all together ("I accept the four recommendations")
    whole_before = False  # the sentence before named the force's whole response ("... is set out below")
    for s in sentences(text, offset):
        lower = s.text.lower()
        named_before = any(w in previous for w in _BLANKET_WORDS)
        whole_before, whole_here = bool(_WHOLE_RESPONSE_RE.search(previous)), bool(_WHOLE_RESPONSE_RE.search(s.text))
        previous = lower
        all_before, was_all = bool(_BLANKET_RE.search(s.text)) and not _SOME_OF_THEM_RE.search(s.text), all_before
        # only a sentence that could hold a blanket stance is read: it names the findings all together or the force's
        # whole response, or says "both" or "all" of findings named just before
        if not (
            any(w in lower for w in _PLURAL_WORDS)
            or _BLANKET_RE.search(s.text)
            or whole_here
            or whole_before
            or (named_before and _BOTH_ANYWHERE_RE.search(s.text))
        ):
            continue
        hits = sentence_hits(s)
        # "The report made two areas for improvement ... The Chief Constable accepts both" (or "accepts them too")
        # or named earlier in the same sentence ("The report identifies two areas for improvement ..., and I accept
        # both of them")
        hits = [
            replace(h, blanket=True)
            if (named_before or _named_earlier(s, h))
            and (_BOTH_RE.match(_after_hit(s, h)) or (was_all and _PLURAL_PRONOUN_RE.match(_after_hit(s, h))))
            else h
            for h in hits
        ]
        # "I have read the Chief Constable's response, which is attached, and I support it" (or "I am satisfied with
        # the force's response and endorse it"): the whole response; or named in the sentence before ("The Chief
        # Constable's response is set out below. I have discussed it with him and I endorse it in full")
        whole = _WHOLE_RESPONSE_RE.search(s.text)
        if whole is not None or whole_before:
            hits = [
                replace(h, blanket=True)
                if (whole is None or h.span.end - s.start >= whole.end()) and _THAT_END_RE.match(_after_hit(s, h))
                else h
                for h in hits
            ]
        if not any(h.blanket for h in hits):
            continue
        for h in hits:
            after = _after_hit(s, h)
            if h.blanket:
                out.append(h)
                me_too = _ME_TOO_RE.search(after)
                if me_too:  # "... accepts both, and so do I"
                    start = s.start + (me_too.start("me") if me_too.group("me") else me_too.start("me2"))
                    out.append(replace(h, span=Span(start, start + 1), blanket=True))
            elif (
                _PLURAL_PRONOUN_RE.match(after)
                or _PRONOUN_END_RE.search(s.text, 0, h.span.end - s.start)
                or _THAT_END_RE.match(after)
                or _BACKING_RE.match(after)
                or h.defers  # "The Chief Constable has accepted all of them, and I share his view"
            ):
                out.append(replace(h, blanket=True))  # "... accepted in full by the Chief Constable, and I am content
                # with that"
    return out


def _after_hit(sentence: Sentence, hit: StanceHit) -> str:
    """The words after a stance hit, less the rest of its verb ("accept|s both" -> " both")."""
    return re.sub(r"^[a-z]+", "", sentence.text[hit.span.end - sentence.start :])


# "... has accepted all four recommendations, and I support that" / "... and I support him" / "... her decision"
_THAT_END_RE = patterns.compile(
    r"^\s*(?:that|this|it|him|her|them|(?:his|her|its|their|that|this)\s+(?:decision|position|approach|acceptance|view))"
    r"(?:\s+(?:fully|entirely|wholeheartedly|too|as\s+well|in\s+(?:full|this|that|doing\s+so|each\s+case)))?\s*"
    r"(?:[.;,]|$)",
    re.IGNORECASE,
)
# "... has accepted all four recommendations, and I support the Commissioner in putting them into practice"
_BACKING_RE = patterns.compile(
    r"^\s*(?:him|her|them|the\s+(?:chief\s+constable|commissioner|force|constabulary))\s+(?:fully\s+)?in\s+"
    r"(?:putting|implementing|delivering|taking|carrying|acting)\b",
    re.IGNORECASE,
)
_PRONOUN_END_RE = patterns.compile(r"\b(?:with|of)\s+(?:that|this|them|it|these|those)\W*$", re.IGNORECASE)
_PLURAL_WORDS = ("recommendations", "areas for improvement", "afis")
_WHOLE_RESPONSE_RE = patterns.compile(
    r"\b(?:her|his|their|its|the\s+(?:chief\s+constable|force|constabulary)['’]s)\s+(?:overall\s+)?(?:approach|response|"
    r"position)s?\b",  # "I back the Chief Constable's responses set out below"
    re.IGNORECASE,
)
# some of the findings, not all: "numbers 2 and 4", "the first two of the recommendations"
_SOME_OF_THEM_RE = patterns.compile(
    r"\b(?:\d{1,2}|first|second|last|former|latter|some|(?:two|three)\s+of)\b", re.IGNORECASE
)


def of_the_response_only(hit: StanceHit) -> bool:
    """Whether a blanket stance is taken on the force's response ("I agree with the force's responses, which are set
    out below"), not on the findings all together: it covers the findings the response answers, not the others."""
    text = hit.sentence.text
    return bool(_WHOLE_RESPONSE_RE.search(text)) and not any(w in text.lower() for w in _PLURAL_WORDS)


_BOTH_ANYWHERE_RE = patterns.compile(r"\b(?:both|all|each|them|these|those)\b", re.IGNORECASE)  # "accepts them too"
_BOTH_RE = patterns.compile(r"^\s*(?:both|all|each|all\s+(?:two|three|four|five|of\s+them))\b", re.IGNORECASE)


def _named_earlier(sentence: Sentence, hit: StanceHit) -> bool:
    """Whether the sentence names the findings all together before the hit."""
    lower = sentence.text[: hit.span.start - sentence.start].lower()
    return any(w in lower for w in _PLURAL_WORDS)


_ME_TOO_RE = patterns.compile(r"\b(?:and\s+so\s+do|as\s+do)\s+(?P<me>I)\b|\b(?P<me2>I)\s+do\s+too\b")


_PLURAL_PRONOUN_RE = patterns.compile(
    r"^\s*(?:with\s+|of\s+)?(?:them|these|those|(?:all|each|both|every\s+one)\s+of\s+them)\b", re.IGNORECASE
)
_NUMBERS_RE = patterns.compile(
    r"\b(?P<kind>recommendations?|areas?\s+for\s+improvement|afis?)\s+(?P<nums>\d{1,2}(?:\s*(?:,|and|&|to|-|–|or)\s*"
    r"\d{1,2})*)\b",
    re.IGNORECASE,
)


def numbered_hits(text: str, offset: int = 0) -> list[tuple[StanceHit, str, tuple[str, ...]]]:
    """Stances taken on findings named by number ("I agree with recommendations 2, 4 and 8", "On recommendation 9
    I only partly agree"): (hit, kind word, numbers). The numbers are those the sentence names next to the stance."""
    out: list[tuple[StanceHit, str, tuple[str, ...]]] = []
    last: tuple[str, tuple[str, ...]] | None = None
    for s in sentences(text, offset):
        lower = s.text.lower()
        named = (
            list(_NUMBERS_RE.finditer(s.text))
            if any(w in lower for w in ("recommendation", "improvement", "afi"))
            else []
        )
        if not named:
            if last is not None:  # "... recommendations 2, 4, 8 and 9. I support his acceptance of each of them."
                for h in sentence_hits(s):
                    after = _after_hit(s, h)
                    if _THEM_RE.match(after):
                        out.append((h, *last))
            last = None
            continue
        if len(named) == 1:  # "Recommendations 2 and 9 are both about officers. It has accepted them, and I agree."
            last = (named[0].group("kind").lower(), _expand(named[0].group("nums")))
        for h in sentence_hits(s):
            start, end = h.span.start - s.start, h.span.end - s.start
            # the numbers right after the stance ("agree with recommendations 2 and 4"), else those just before it
            following = [m for m in named if 0 <= m.start() - end <= 12]
            before = [
                m
                for m in named
                if m.end() <= start and not any(n.start() > m.end() and n.end() <= start for n in named)
            ]
            chosen = following or before
            if not chosen:
                continue
            m = chosen[0]
            last = (m.group("kind").lower(), _expand(m.group("nums")))
            out.append((h, *last))
    return out


_THEM_RE = patterns.compile(
    r"^\s*(?:with\s+)?(?:(?:his|her|their|its|the\s+\w+['’]s)\s+(?:acceptance|response|position)\s+(?:of|on|to)\s+)?"
    r"(?:them|these|those|(?:all|each|both|every\s+one)\s+of\s+(?:them|these))\b",
    re.IGNORECASE,
)


def named_numbers(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The findings a text names by number, in order: [("recommendations", ("2", "8")), ...]."""
    return [(m.group("kind").lower(), _expand(m.group("nums"))) for m in _NUMBERS_RE.finditer(text)]


def _expand(nums: str) -> tuple[str, ...]:
    """ "2, 4 and 8" -> ("2", "4", "8"); "1 to 3" -> ("1", "2", "3")."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|and|&|or)\s*", nums):
        bounds = re.split(r"\s*(?:to|-|–)\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit() and int(bounds[0]) < int(bounds[1]) <= 99:
            out += [str(k) for k in range(int(bounds[0]), int(bounds[1]) + 1)]
        elif part.strip().isdigit():
            out.append(part.strip())
    return tuple(out)
