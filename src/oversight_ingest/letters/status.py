"""What a letter claims the force has done about a recommendation: implemented, in progress, planned...

Each sentence of the passage is searched for tense/aspect cues: perfect tense of a completion verb
("has completed", "have been introduced"), states ("is in place", "standard practice"), progressive
aspect and process nouns ("is working with", "in the process of", "discussions are ongoing"),
futures and intentions ("will be issued", "plans are underway", "has commissioned ... over the
coming months") and negated starts ("has not yet begun").

A cue counts only when the subject of its clause is the force or its work, not the writer ("I will
continue to monitor" is a commitment, not progress), the report or the inspectorate. Oversight
verbs (monitor, scrutinise) never count, and progress that is only assurance of something already
done ("assurance work to confirm the process is followed") weighs little.

A status a table cell or note declares outright ("Complete – Sept 2024", "Status: paused",
:data:`DECLARED_VALUES`) decides alone; a red, amber or green rating (:data:`RATING`) and a time that
may be past or to come (:data:`FALLBACK`) count only when nothing else is said. A share of a whole is
read from its numbers ("0 of 650", "7 of 12"). Claims inside a condition ("once the template is
issued"), work of other bodies, the report's findings and restated recommendations ("forces must")
are set aside.

The evidence is weighed (:func:`decide`): completed work alone is ``implemented``; completed work with
more under way or planned, or anything under way, is ``in_progress``; only intentions are ``planned``.
Preparations beside a plan ("funding approved; delivery will begin in April") are planned, upkeep of
finished work ("refreshers will follow annually") is no progress, part done and part not begun in
different clauses is under way, and not begun with a date or an intention is planned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from oversight_ingest import patterns
from oversight_ingest.document import Span
from oversight_ingest.letters.textutil import SMALL_NUMBERS, STOPWORDS, Sentence, sentences, word_list
from oversight_ingest.months import MONTH_NAMES, MONTH_PATTERN
from oversight_ingest.result import ClaimedStatus

_I = ClaimedStatus.IMPLEMENTED
_P = ClaimedStatus.IN_PROGRESS
_L = ClaimedStatus.PLANNED
_N = ClaimedStatus.NOT_STARTED

# a time still to come or said as a date ("for January", "w/c 3 March", "the spring of 2026", "next month")
_WHEN = (
    r"(?:the\s+)?(?:w/c\b|week\s+commencing|\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|&|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+"
    + MONTH_PATTERN
    + r"|"
    + MONTH_PATTERN
    + r"|(?:spring|summer|autumn|winter|new\s+year)|next\b|q[1-4]\b|early|late|20\d\d)"
)
# a whole number of per cent in words ("Fifty-eight per cent of relevant staff")
_TENS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_ADV = (
    r"(?:(?:now|already|currently|actively|also|still|successfully|recently|further|fully|since|just|firmly|"
    r"nonetheless|nevertheless|however|then|even)\s+)*"
)
_DONE_WORDS = (
    "completed",
    "implemented",
    "introduced",
    "established",
    "developed",
    "launched",
    "delivered",
    "created",
    "adopted",
    "rolled out",
    "undertaken",
    "put in place",
    "embedded",
    "produced",
    "published",
    "issued",
    "trained",
    "appointed",
    "set up",
    "achieved",
    "responded",
    "refreshed",
    "updated",
    "revised",
    "built",
    "provided",
    "secured",
    "recruited",
    "invested",
    "mandated",
    "integrated",
    "incorporated",
    "agreed",
    "amended",
    "changed",
    "improved",
    "strengthened",
    "enhanced",
    "carried out",
    "conducted",
    "held",
    "run",
    "approved",
    "finished",
    "signed",
    "procured",
    "passed",
    "attended",
    "written",
    "met",
    "fulfilled",
    "dealt with",
    "addressed(?!\\s+to\\b)",
    "actioned",
    "concluded",
    "closed",
    "rewritten",
    "shared",
    "circulated",
    "took effect",
    "took up",
    "came into force",
    "came into effect",
    "rewrote",
    "wrote",
    "drew up",
    "brought in",
)
_DONE = "(?:" + "|".join(_DONE_WORDS) + ")"
_DONE_LITERALS = tuple(w.split("(")[0] for w in _DONE_WORDS)  # the words themselves, for the cues' prefilter

_ING_ADJECTIVES = word_list("ing_adjectives")
_IRREGULAR_DONE = word_list("irregular_done")
_IRREGULAR_PARTICIPLES = _IRREGULAR_DONE - {"gone", "undergone"}

FALLBACK = 0.75
"""The weight of a time still to come: counted only in a sentence with no other cue ("Training from April.")."""

_STOPPED_WORDS = (
    "shelved",
    "paused",
    "suspended",
    "deferred",
    "postponed",
    "halted",
    "stalled",
    "parked",
    "withdrawn",
    "cancelled",
    "dormant",
    "frozen",
    "unstarted",
    "unchanged",
)

RATING = 0.9
"""The weight of a red, amber or green rating: it decides only when a passage says nothing else."""

DECLARED = 3.0
"""The weight of a status the letter declares outright (a status column's "Planned"): it decides alone."""


DECLARED_VALUES: dict[ClaimedStatus, str] = {
    _N: r"not\s+(?:yet\s+)?(?:started|begun|commenced|progressed)|paused|on\s+hold|suspended|deferred|postponed"
    r"|nil\s+return|no\s+(?:progress|activity|update)",
    _P: r"in\s+progress|ongoing|under\s*way|on\s+(?:track|target|course)(?:\s+(?:for|to)\s+[\w ]{1,25}?)?"
    r"|(?:action\s+)?open|progressing(?:\s+well)?"
    r"|in\s+hand|started|continuing|wip|i/p|(?:partially|partly|part)[\s-]+(?:complete|completed|implemented|met|"
    r"achieved|in\s+place|done)|not\s+(?:yet\s+)?(?:fully\s+)?(?:complete|completed|finished)|being\s+[a-z]+ed"
    r"|in\s+(?:draft|development|pilot|testing|preparation)|drafting|(?:nearly|almost)\s+(?:there|complete|done)"
    r"|being\s+(?:written|drawn\s+up|built|set\s+up)",
    _L: r"planned|scheduled|booked|not\s+yet\s+due|next\s+steps|to\s+be\s+(?:[a-z]+ed|[a-z]+en|built|held|run|set|"
    r"done|put|made|sent)|to\s+follow",
    _I: r"(?:fully\s+)?(?:complete|completed|implemented|closed|achieved|discharged|done|delivered|met|in\s+place|"
    r"comp\.|embedded|finished|operational|appointed|updated|refreshed|amended|signed\s+off|blue)"
    r"(?:\s+and\s+(?:embedded|closed|in\s+place|signed\s+off|live))?|business\s+as\s+usual|bau"
    # a named part done ("Training needs analysis complete;"): declared only when the note says nothing more
    r"|(?P<part>(?:(?!(?:partially|partly|part|not|nearly|almost|largely|mostly|draft|phase|stage)\b)\w+\s+){1,3}?"
    r"(?:complete|completed|delivered|in\s+place|live))(?=\s*(?:[;:–—\-(,.]|$))",
}
"""The words a status column prints, or a table note leads with, for each status (regular expressions). The
statuses short of done come first: "Partially complete" is under way, whatever "complete" alone would be."""


def _declared(words: str) -> str:
    """A sentence that is, or leads with, a declared status (after an optional label: "Status:", "Outcome:",
    "Lead officer:", "Status update (June 2025):")."""
    label = (
        r"(?:[a-z][a-z’' ]{0,30}?(?:\s*\([^)]{0,30}\))?\s*[:\-–]\s*|(?:recommendation|rec|action|afi)\s*\w{0,3}\s+"
        r"(?:[:\-–]\s*)?){0,2}"  # "Status:", or a topic and a rating before it: "Hydra – Green: complete for all"
        # the force's verdict cell read onto the same line ("Accepted Not started", "Agreed Complete")
        r"(?:(?:accepted|agreed|supported|accept|agree|support)\s+(?=(?-i:[A-Z])))?"
    )
    # a participle may go on ("Delivered ahead of schedule", "Completed in March"); an adjective may not ("Complete
    # by March" is a target)
    more = (
        r"|(?<=ed)\s+(?:ahead|on\s+time|in\s+full|in|on|during|before|by|for|across|to)\b"
        r"|(?<=done)\s+(?:in|on|by)\b|(?:(?<=done)|(?<=complete))\s+(?:for|across|in)\s+(?:all|every|each)\b"
        r"|(?-i:\s+(?=[A-Z][a-z]))"  # the next cell of a table read onto the same line: "Not started Awaiting a place"
    )
    return rf"^\W*{label}(?:{words})(?:\s*(?:[.;:,!(–—\-]|$){more})"


# One pass over a short sentence for the value it declares: the first status whose words match wins, in the order of
# :data:`DECLARED_VALUES` (statuses short of done first).
_DECLARED_RE = patterns.compile(
    "|".join(f"(?P<{status.name}>{_declared(words)})" for status, words in DECLARED_VALUES.items()), re.IGNORECASE
)


def _needs(needs: tuple[str, ...]) -> frozenset[str] | None:
    """The literal words a cue's matches need, one of which a sentence must contain (None: the cue needs none)."""
    return frozenset(needs) if needs else None


# (status, weight, pattern). Earlier patterns win where matches overlap. Each pattern runs only on sentences
# that contain one of the literal words its matches need (the prefilter keeps the analysis fast).
_CUES: tuple[tuple[ClaimedStatus, float, str, frozenset[str] | None], ...] = tuple(
    (status, weight, pattern, _needs(needs))
    for status, weight, needs, pattern in (
        # a table note that leads with what is still to come ("To be delivered by March"), or a tick; the other
        # declared values are read in one pass before this table (:data:`DECLARED_VALUES`)
        (
            _L,
            DECLARED,
            ("to be",),
            r"^\W*to\s+be\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|built|held|run|set|done|put|made|sent)\b",
        ),
        (_I, DECLARED, ("✔", "✓", "☑"), r"^[\s•\-*]*[✔✓☑]|[\s–—\-:][✔✓☑]\W*$"),
        # a date or term set for what has not begun ("Intended completion: December 2025", "Due to commence
        # 01/03/26", "Delivery planned through the regional calendar", "will be in place by the deadline")
        (
            _L,
            2.0,
            ("due to", "intended", "target", "delivery planned", "in place by", "mandatory", "will be", "to have"),
            r"(?<!\bwas\s)(?<!\bwere\s)\bdue\s+to\s+(?:commence|start|begin|launch|go\s+live)\b|\b(?:intended|target|planned)\s+(?:completion|start|"
            r"launch|go-live)\b|\bdelivery\s+planned\b|\bwill\s+be\s+in\s+place\s+by\b"
            r"|\bbecomes?\s+mandatory\s+(?:on|from|in)\b"
            r"|\bwill\s+be\s+(?:ready|live|operational|finished|complete|in\s+place|in\s+use|part\s+of\s+[^.;]{0,60}?)\s+"
            r"(?:by|in|from|before|at)\b"
            # "expects to have the plan written and approved by Christmas"
            r"|\b(?:expects?|intends?|aims?|plans?)\s+to\s+have\s+(?:[\w\-]+,?\s+){1,8}?(?:by|before|in)\s+"
            r"(?:the\s+end\s+of\s+|early\s+|late\s+)?(?:christmas|spring|summer|autumn|winter|\d|january|february|"
            r"march|april|may|june|july|august|september|october|november|december|next|the\s+new\s+year)",
        ),
        # set to begin: plans made or dates agreed for a start still to come ("Plans are in place to deliver Hydra
        # before April", "Hydra dates have been agreed for May", "being finalised for launch in March")
        (
            _L,
            2.0,
            ("in place to", "dates", "for launch"),
            r"\bplans?\s+(?:are|is)\s+(?:now\s+)?in\s+place\s+to\b|(?<!\bno\s)\bdates?\s+(?:have|has)\s+(?:now\s+)?been\s+"
            r"(?:agreed|set|booked|confirmed|fixed)\b|\bfor\s+(?:launch|roll-?out|go-live)\s+in\b",
        ),
        # a time fixed or committed to ("is timetabled for approval in March", "Go-live is fixed for December",
        # "Date for completion: summer 2026", "Committed for delivery by April", "the forces agreed to move to joint
        # purchasing from next April")
        (
            _L,
            2.0,
            ("timetabled", "fixed for", "set for", "pencilled", "slated", "date", "committed", "agreed to"),
            r"(?<!\bdate\s)(?<!\bdates\s)\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:timetabled|fixed|set|"
            r"pencilled\s+in|slated)\s+for\b"
            r"|^\W*(?:date\s+for\s+(?:completion|delivery)|completion\s+date|delivery\s+date|go-live\s+date)\s*[:–—-]"
            r"|^\W*committed\s+(?:for\s+delivery\s+)?(?:by|for)\b"
            r"|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bagreed\s+to\s+(?:move|switch|adopt|introduce|start|begin|join|pool)\b",
        ),
        # agreed to do it ("have agreed to adopt a single template from next April"): a commitment, not work done
        (
            _L,
            2.0,
            ("agreed to",),
            r"\b(?:has|have|had)\s+(?:now\s+|also\s+)?agreed\s+to\s+(?!the\b|this\b|that\b|it\b)[a-z]+\b",
        ),
        # the end of work under way still to come ("the plan is written and is still to be signed off")
        (
            _P,
            2.0,
            ("still to be",),
            r"\b(?:is|are)\s+still\s+to\s+be\s+(?:complet|finish|finalis|sign|approv|agree|ratif|embed)\w*",
        ),
        # a share of the people done ("a little over half have completed them", "nearly two thirds have done so")
        (
            _P,
            2.0,
            ("half", "third", "quarter"),
            r"\b(?:(?:a\s+little|just|well|slightly)\s+(?:over|under)\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?"
            r"(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters)\s+(?:have|has)\s+(?:now\s+|already\s+)?"
            r"(?:completed|done|attended|finished|been\s+trained)\b",
        ),
        # done by some, the others still to come ("response officers follow in the autumn", "the other two are due by
        # March", "roll-out to response teams by March 2026")
        (
            _L,
            1.5,
            ("follow", "due", "roll"),
            r"\bfollows?\s+(?:in|from|by|during)\s+"
            + _WHEN
            + r"|\b(?:the\s+)?(?:other|remaining)\s+(?:[\w\-]+\s+){0,3}?(?:are|is)\s+due\b"
            + r"|\broll[\s\-]?out\s+(?:to|for|across)\s+(?:[\w\-]+\s+){0,4}?(?:by|in|from|during)\s+"
            + _WHEN,
        ),
        # put to use ("We put the collection plan into operation on 1 October")
        (
            _I,
            2.0,
            ("into operation", "into effect", "into practice", "into use", "into force"),
            r"\b(?:put|brought)\s+(?:[\w\-’']+\s+){0,5}?into\s+(?:operation|effect|practice|use|force)\b",
        ),
        # a change in place and working ("it has been working well for two months", "is operating as intended")
        (
            _I,
            2.0,
            ("working", "operating", "running", "functioning"),
            r"\b(?:is|are|has\s+been|have\s+been)\s+(?:working|operating|running|functioning)\s+(?:very\s+)?(?:well|"
            r"effectively|successfully|smoothly|as\s+intended)\b",
        ),
        # a requirement the force will set ("will require investigators to complete all four modules")
        (
            _L,
            1.5,
            ("will",),
            r"\bwill\s+(?:now\s+|also\s+)?(?:require|expect|ask)\s+(?:[\w\-]+\s+){1,6}?to\s+(?:complete|attend|undertake|"
            r"take|submit|record|finish|do)\b",
        ),
        # places or dates asked for, for a time to come ("Hydra places for 2026 have been requested from the unit")
        (
            _L,
            1.5,
            ("requested",),
            r"\b(?:places|dates|sessions|slots)\s+(?:for\s+[\w\-]+\s+)?(?:have|has)\s+(?:now\s+|already\s+)?been\s+requested\b",
        ),
        # a draft: written, not yet agreed or in use ("its analysts have since drafted one", "the plan is in draft")
        (
            _P,
            1.5,
            ("draft",),
            r"\b(?:has|have|had)\s+"
            + _ADV
            + r"(?:been\s+)?(?:re-?)?drafted\b|\b(?:is|are|remains?)\s+(?:still\s+|now\s+)?in\s+"
            r"draft\b|^\W*draft\s+(?:[\w\-]+\s+){0,2}?(?:written|prepared|produced|drawn\s+up|circulated)\b"
            r"|\b(?:a|the)\s+draft\s+(?:[\w\-]+\s+){0,2}?(?:has\s+been|is|was)\s+(?:now\s+)?(?:written|prepared|"
            r"produced|completed|ready|drawn\s+up|circulated|shared)\b",
        ),
        # the writer's own word for it ("I would describe this as work in progress"), or a part of the work done
        (
            _P,
            2.0,
            ("work in progress", "of th", "of its", "of our"),
            r"\b(?P<owner>work\s+in\s+progress)\b|\b(?:some|part|much|most)\s+of\s+(?:that|this|the|its|our|their)\s+(?:\w+\s+){0,2}?"
            r"(?:is|are|has\s+been|have\s+been)\s+(?:already\s+|now\s+)?(?:done|complete|completed|finished|in\s+place|"
            r"delivered)\b",
        ),
        # a start being arranged: dates or places sought, sessions being booked ("Sessions are being arranged for
        # the new year", "is awaiting course dates", "working with the unit to agree dates"): set to begin
        (
            _L,
            2.0,
            ("being", "awaiting", "waiting for", "dates", "arranging", "booking", "scheduling"),
            r"\b(?:is|are)\s+(?:now\s+|currently\s+)?being\s+(?:arranged|scheduled|booked|timetabled|organi[sz]ed)\b"
            r"|\b(?:(?:is|are)\s+(?:now\s+)?)?(?:working|liaising)\s+with\s+[^.;]{0,60}?\bto\s+(?:agree|arrange|set|confirm)\s+"
            r"(?:course\s+|training\s+|the\s+)?dates\b|\bto\s+agree\s+(?:course\s+|training\s+|the\s+)?dates\b"
            r"|\b(?:arranging|booking|scheduling)\s+(?:the\s+|its\s+|further\s+)?(?:sessions?|courses?|dates?|places?)\b",
        ),
        # booked already, with or without its date ("Training: both pieces are booked"; "are scheduled to finish" is
        # work under way, not a start)
        (
            _L,
            1.5,
            ("booked", "scheduled", "timetabled", "diarised"),
            r"\b(?:is|are)\s+(?:now\s+|all\s+|both\s+|already\s+)?(?:booked|scheduled|timetabled|diarised)\b"
            r"(?!\s+to\s+(?:finish|end|complete|conclude|close))",
        ),
        # waiting for dates: set to begin, but no date to say so beside a plain "has not yet started"
        (
            _L,
            1.4,
            ("awaiting", "waiting for"),
            r"\b(?:awaiting|waiting\s+for)\s+(?:confirmed\s+|course\s+|training\s+|the\s+)?(?:dates?|places?|a\s+date)\b",
        ),
        # nothing there yet, or blocked ("No plan currently exists", "Unassigned.", "Blocked – awaiting access",
        # "To date no plan has been drafted", "not yet being progressed", "Timescale to be confirmed")
        (
            _N,
            2.0,
            (
                "exists",
                "unassigned",
                "blocked",
                "to date no",
                "progressed",
                "to be confirmed",
                "decided not",
                "at present",
                "currently",
                "none of",
                "as not",
                "0%",
                "0 %",
            ),
            r"\bno\s+(?:[\w\-]+\s+){0,5}?(?:currently|yet|as\s+yet)\s+exists?\b|^\W*unassigned\b|^\W*blocked\b"
            r"|\bto\s+date\s+no\b|\bnot\s+(?:yet\s+)?being\s+progressed\b|\btimescales?\s+(?:is\s+|are\s+)?to\s+be\s+"
            r"confirmed\b|\bdecided\s+not\s+to\s+(?:launch|start|begin|roll|introduce|adopt|proceed|use|run|deliver|implement)\b"
            r"|\bdoes\s+not\s+(?:at\s+present|currently|yet)\s+(?:require|have|hold|use|run)\b"
            r"|\bnone\s+of\s+[^.;]{0,60}?\b(?:has|have)\s+yet\b|\bas\s+not\s+(?:yet\s+)?started\b"
            r"|^\W*0\s*%\s*(?:complete|completed|done)?\W*$",
        ),
        # done and now enforced or complied with ("Full compliance reached 19 December", "was compliant before the
        # report", "can no longer be closed until the report is attached", "have all completed")
        (
            _I,
            2.0,
            ("compliance", "compliant", "no longer be", "all completed", "all now", "been through"),
            r"\bfull\s+compliance\s+(?:reached|achieved)\b|\b(?:was|is|has\s+been|were|are)\s+(?:already\s+|fully\s+)?"
            r"compliant\b|\bcan\s+no\s+longer\s+be\s+(?:closed|finalised|submitted|filed)\b"
            r"|\b(?:have|has)\s+all\s+(?:now\s+)?(?:completed|finished|attended|done)\b"
            r"|^\W*(?:every|all)\b[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+)?been\s+through\b",
        ),
        # met, or enforced by a system ("it is already met", "the incident cannot be closed without it", "is now a
        # mandatory field", "GMP reports it as complete")
        (
            _I,
            2.0,
            ("met", "without it", "without the", "mandatory", "as complete"),
            r"\b(?:is|are|has\s+been|have\s+been)\s+(?:already\s+|now\s+|fully\s+)*met\b"
            r"|\bcannot\s+be\s+(?:closed|sent|submitted|finalised|completed)\s+without\b"
            r"|\b(?:is|are)\s+now\s+(?:a\s+)?mandatory\b|\breports?\s+(?:it|this|them)\s+as\s+(?:complete|completed|met|"
            r"implemented|closed)\b",
        ),
        # refused or without a date: nothing will be done ("does not intend to require it", "will not roll out the
        # modules", "will not be adopted", "No officers trained to date", "no date set")
        (
            _N,
            2.0,
            ("not intend", "will not", "to date", "no date", "no start", "a date", "a start", "so far", "yet"),
            r"\b(?:does|do|did)\s+not\s+intend\s+to\b|\bwill\s+not\s+(?:be\s+)?(?:roll(?:ed|ing)?\s+out|adopt(?:ed)?|"
            r"introduc(?:e|ed)|implement(?:ed)?|deliver(?:ed)?|require[ds]?|mandat(?:e|ed))\b"
            r"|^\W*no\s+(?:\w+\s+){0,3}(?:trained|attended|completed|started|assigned)\s+(?:to\s+date|yet|so\s+far)\b"
            r"|\bno\s+(?:start\s+)?date\s+(?:has\s+been\s+|is\s+|yet\s+|is\s+yet\s+|has\s+yet\s+been\s+)?(?:set|fixed|agreed)\b"
            r"|\b(?:does|do)\s+not\s+(?:yet\s+)?have\s+a\s+(?:start\s+)?date\b|\bhas\s+no\s+(?:start\s+)?date\b",
        ),
        # carried forward by a board, or a draft in circulation ("Being progressed through the SOC Board"); a count
        # done so far ("140 have finished them so far")
        (
            _P,
            2.0,
            ("being progressed", "circulated", "so far"),
            r"\bbeing\s+progressed\b|\bdraft\b[^.;]{0,40}\bcirculated\b"
            r"|\b\d[\d,]*\s+(?:have|has)\s+(?:now\s+)?(?:finished|completed|done|attended)\b[^.;]{0,20}\bso\s+far\b",
        ),
        # a completion dated in brackets ("DCI Patel (appointed 01/05/2025)"), or in force from a date
        (
            _I,
            2.0,
            ("(", "took", "came into"),
            r"\(\s*(?:appointed|completed|implemented|introduced|issued|approved|agreed|launched|published|signed\s+off|"
            r"delivered|closed)\b|\btook\s+(?:effect|up\s+(?:the|her|his|their)\s+(?:role|post))\b"
            r"|\bcame\s+into\s+(?:force|effect|operation)\b",
        ),
        (
            _I,
            1.5,
            ("meets", "complies", "satisf", "case", "no longer", "nothing"),
            r"\b(?:meets|complies\s+with|satisfies)\s+(?:the|this|its|all|every)\b|\bit\s+is\s+now\s+the\s+case\b"
            r"|\bno\s+longer\s+(?:any\s+)?(?:backlog|gap|delay|shortfall)s?\b|\bnothing\s+(?:further\s+)?remains\s+to\s+be\s+done\b",
        ),
        (
            _I,
            2.0,
            (
                "further",
                "outstanding",
                "100",
                "already",
                "now",
                "there",
                "found",
                "showed",
                "confirmed",
                "left",
                "closed",
            ),
            r"\bno\s+further\s+(?:action|work)\s+(?:is\s+)?(?:required|needed|necessary)\b"
            r"|\bnothing\s+(?:further\s+)?(?:is\s+|remains\s+)?outstanding\b|\b100\s*(?:%|per\s*cent\b)"
            # "No outstanding actions", "nothing left to do on the four modules", "nobody left who has not finished"
            r"|\bgap\b[^.;:]{0,50}?\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?closed\b"
            r"|\bno\s+outstanding\s+(?:actions?|work|items?|tasks?)\b|\bnothing\s+(?:is\s+)?left\s+(?:to\s+do|on\s+the\s+"
            r"(?:tracker|list|plan))\b|\b(?:nobody|no\s+one)\s+left\b[^.;]{0,60}?\bnot\s+(?:yet\s+)?(?:finished|completed|done)\b"
            r"|\balready\s+(?:have|has|had|hold|holds|use|uses|run|runs|operate|operates)\s+(?!(?:a|an|its|their|our)\s+"
            r"(?:\w+\s+){0,4}?(?:profile|plan|strategy|process|arrangements?)\b.{0,60}\bwould\b)"
            r"|\bthere\s+(?:is|are)\s+now\b|\bnow\s+(?:has|have)\s+(?:a|an|its|their|our|the|\d+|dedicated|named|one)\b"
            r"|\balready\s+(?:our|its|their|the\s+force['’]s|standard|established|routine)\s+(?:\w+\s+)?practice\b"
            r"|\b(?:audit|review|inspection|check|dip[\s-]?sample)\w*\s+(?:\w+\s+){0,4}?(?:found|showed|confirmed)\s+"
            r"(?:no\s+(?:gaps|failures|exceptions)|full\s+compliance|100\s*%)",
        ),
        (
            _I,
            1.5,
            ("operating", "running", "functioning", "working"),
            r"\b(?:is|are)\s+(?:now\s+)?(?:(?:operating|running|functioning|working)(?=\s*(?:[.;,)]|$|well\b|smoothly\b|"
            r"effectively\b|successfully\b|since\b|as\s+(?:intended|planned)|across\b))|working\s+(?:well|effectively))",
        ),
        # a red, amber or green rating: weaker than any words beside it ("Red – started late, 20% complete")
        (_I, RATING, ("green",), r"^\W*(?:rag\s*(?:status|rating)?\s*[:\-–]\s*)?green\b"),
        (_P, RATING, ("amber",), r"^\W*(?:rag\s*(?:status|rating)?\s*[:\-–]\s*)?amber\b"),
        (_N, RATING, ("red",), r"^\W*(?:rag\s*(?:status|rating)?\s*[:\-–]\s*)?red\b"),
        # sessions held, courses run: done, as a note without a verb of its own
        (
            _I,
            1.5,
            ("held", "run", "ran", "delivered", "took place"),
            r"(?<!\bno\s)\b(?:sessions?|courses?|events?|workshops?|exercises?|cohorts?|briefings?|inputs?)\s+"
            r"(?:have\s+been\s+|were\s+)?"
            r"(?:held|run|ran|delivered|took\s+place)\b",
        ),
        # a share done, a number still to go, work in development
        (
            _P,
            2.0,
            ("%", "per cent", "to go", "remaining", "left", "development"),
            r"\b[1-9]?\d\s*(?:%|per\s*cent)\s+(?:of\s+\w+\s+)?(?:have|has|had)\s+(?:now\s+)?(?:finished|completed|done|been\s+"
            r"trained|attended)\b|\b\d[\d,]*\s+(?:\w+\s+)?(?:to\s+go|remaining|left\s+to\s+\w+)\b"
            r"|\b(?:in|under)\s+development\b",
        ),
        # stopped or put off ("has been paused", "is on hold", "has shelved the plan"), or nothing done at all
        (
            _N,
            2.0,
            (*_STOPPED_WORDS, "on hold", "on ice", "on pause", "burner", "stood down", "blank", "abeyance", "nil"),
            r"\b(?:" + "|".join(_STOPPED_WORDS) + r")\b|\bon\s+(?:hold|ice|pause)\b|\bback\s+burner\b|\bstood\s+down\b"
            r"|\bblank\s+page\b|\bin\s+abeyance\b|\bnil\s+return\b",
        ),
        (_N, 2.0, ("chosen", "decided"), r"\b(?:chosen|decided)\s+to\s+wait\b"),
        # still to be done, no action taken, no date for a start ("has still to appoint a lead", "no action against it",
        # "start date to be confirmed", "Start date: unknown")
        (
            _N,
            2.0,
            ("still to", "no action", "start date", "tbc"),
            r"\b(?:has|have)\s+still\s+to\s+(?:appoint|start|begin|commence|write|set|put|introduce|agree)\b"
            r"|\bno\s+action\s+(?:against|on|taken|has\s+been\s+taken)\b"
            r"|\bstart\s+date\s*(?::\s*(?:unknown|tbc|not\s+known)|(?:is\s+)?(?:still\s+)?(?:to\s+be\s+confirmed|unknown|tbc))\b",
        ),
        # nobody has yet done it ("Nobody in the force has yet done the Hydra course", "no one has attended")
        (
            _N,
            2.0,
            ("nobody", "no one"),
            r"\b(?:nobody|no\s+one|no-one)\s+(?:[\w\-]+\s+){0,5}?(?:has|have)\s+(?:yet\s+|so\s+far\s+)?(?:done|completed|"
            r"attended|finished|taken|started|begun|been\s+(?:trained|booked|through))\b",
        ),
        (
            _N,
            2.0,
            ("neither",),
            r"\bneither\s+(?:[\w\-]+\s+){0,8}?(?:has|have|is|are)\s+(?:yet\s+)?(?:started|begun|commenced|been\s+\w+)",
        ),
        (
            _N,
            2.0,
            ("not",),
            r"\bnot\s+(?:got|gone)\s+to\b|\bnot\s+(?:yet\s+)?in\s+a\s+position\s+to\b|\bchosen\s+not\s+to\b"
            r"|\bwill\s+not\s+(?:be\s+able\s+to\s+)?(?:begin|start|commence)\b|\bnot\s+(?:yet\s+)?decided\s+(?:when|whether|how)\b"
            r"|\bnot\s+(?:yet\s+)?(?:scoped|in\s+the\s+\w+['’]?s?\s+plans)\b|\bnot\s+progressed\b"
            r"|\bnot\s+(?:yet\s+)?(?:initiated|commenced|actioned|resourced|funded|scheduled)\b"
            r"|\bcannot\s+(?:start|begin|proceed|progress|commence|take\s+(?:this|it|the\s+\w+)\s+forward)\s+until\b",
        ),
        (
            _N,
            2.0,
            ("n/s", "none", "remain", "allocation", "to be scheduled", "no "),
            r"^\W*n/s\W*$|\bprogress\s*:\s*none\b|\bremains?\s+to\s+be\s+(?:started|begun|scoped|scheduled)\b"
            r"|\bawaiting\s+allocation\b|\bto\s+be\s+scheduled\b"
            r"|\bno\s+(?:further\s+)?(?:work|activity|action)\s+(?:to\s+date|yet|so\s+far)\b"
            r"|^\W*no\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:yet|to\s+date|so\s+far)\W*$"  # "No sessions yet."
            r"|\bmade\s+no\s+(?:start|progress)\b|\bno\s+(?:progress|activity|start)\b",
        ),
        (
            _N,
            2.0,
            ("nothing", "no ", "able", "not even"),
            r"\bnothing\s+(?:further\s+|new\s+)?to\s+report\b"
            r"|\b(?:has|have)\s+(?:\w+\s+)?(?:made|done|taken)\s+(?:no|nothing|little)\b"
            r"|\bno\s+(?:\w+\s+){0,2}?(?:has|have)\s+(?:yet\s+)?been\s+(?:[a-z]+ed|made|taken|done|set|run|held|given|begun)\b"
            r"|\bnothing\s+(?:has\s+(?:yet\s+)?(?:happened|begun|[a-z]+ed|been\s+\w+)|done)(?:\s+(?:so\s+far|to\s+date|yet))?\b"
            r"|\bnot\s+even\b"
            r"|\b(?:has|have|is|are)\s+(?:currently\s+)?no\s+(?:current\s+)?(?:plans?|timetable|arrangements?|date|owner)\b"
            r"|\bno\s+(?:movement|timetable|owner|opportunity|arrangements?)\b|\bunable\s+to\s+make\s+(?:any\s+)?progress\b"
            r"|\b(?:there\s+(?:is|are)\s+)?no\s+(?:\w+\s+){0,2}?(?:plans?|work|training|process|arrangements?|lead|strategy)\s+"
            r"(?:yet\s+)?(?:in\s+place|has|have|yet|under\s*way|agreed)\b"
            r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:able|possible)\s+to\s+[a-z]+\b|\bunable\s+to\s+(?:start|begin|progress|commence)\b",
        ),
        (
            _N,
            2.0,
            ("not", "none", "no "),
            r"\bnot\s+(?:yet\s+)?(?:under\s*way|in\s+progress)\b|\bnot\s+taking\s+(?:any\s+)?action\b"
            r"|\bnone\s+of\s+(?:the\s+|its\s+|our\s+)?(?:\w+\s+){0,3}?(?:has|have|is|are|was|were)\b"
            r"|\bnone\s+(?:has|have)\s+(?:yet\s+)?been\b"  # "the force asked for dates, and none have been offered"
            # nobody on it yet, nothing booked ("Hydra: none enrolled", "no sessions arranged")
            r"|\bnone\s+(?:yet\s+)?(?:enrolled|trained|booked|completed|arranged|scheduled)\b"
            # "no roll-out of the modules has been arranged", "no sessions have yet been booked"
            r"|\bno\s+(?:[\w\-]+\s+){1,5}?(?:has|have)\s+(?:yet\s+)?been\s+(?:arranged|scheduled|booked|planned|"
            r"assigned|organised|organized|set\s+up|delivered|run|held)\b"
            r"|\bno\s+(?:sessions?|courses?|dates?|places?|training)\s+(?:have\s+been\s+|has\s+been\s+)?(?:yet\s+)?"
            r"(?:arranged|booked|scheduled|set)\b"
            r"|\bno\s+(?:start\s+)?(?:date|timescale)s?\s+(?:for\s+(?:it|that|this|them)\s+)?(?:has|have)\s+(?:yet\s+)?been\s+"
            r"(?:fixed|given|scheduled|set|agreed)\b"
            # nothing is in hand or in view ("no work on one is planned")
            r"|\bno\s+(?:work|action|training|activity)\s+(?:on\s+\w+\s+|towards?\s+\w+\s+)?(?:is|has\s+been)\s+(?:yet\s+)?"
            r"(?:planned|scheduled|under\s*way)\b",
        ),
        # getting better, not there yet ("compliance is improving"); a draft sent round ("Draft plan v0.3 circulated")
        (
            _P,
            1.5,
            ("improving", "draft"),
            r"\b(?:is|are)\s+(?:steadily\s+|gradually\s+)?improving\b"
            r"|\bdraft\s+(?:[\w\-]+\s+){0,4}?(?:v\d[\d.]*\s+)?(?:circulated|shared|issued|produced|prepared)\b",
        ),
        # a completion rate of nothing ("0% – modules not yet assigned", "completion: 0%")
        (
            _N,
            2.0,
            ("0%", "0 per"),
            r"^\W*0\s*(?:%|per\s*cent)(?=\W|$)|\b(?:compliance|completion|uptake|take-up)\s*(?:rate\s*)?(?:is\s+|stands\s+at\s+|"
            r"currently\s+|[:\-–]\s*)?0\s*(?:%|per\s*cent)",
        ),
        # the writer's judgement that the finding is met ("I consider this recommendation discharged")
        (
            _I,
            2.5,
            ("met", "discharged", "closed", "complete", "achieved", "implemented"),
            r"\b(?P<verdict>(?:consider|regard|deem|judge|assess|believe)(?:s|ed)?\s+(?:that\s+)?(?:this|the|that|it|"
            r"these)\s*(?:recommendation|area\s+for\s+improvement|afi|finding)?\s*(?:to\s+be\s+|to\s+have\s+been\s+|"
            r"as\s+|is\s+|has\s+been\s+)?(?:now\s+|fully\s+)*(?:met|discharged|closed|complete|completed|achieved|"
            r"implemented))\b|\b(?P<verdict2>(?:recommendation|area\s+for\s+improvement|afi)\s+(?:is|has\s+(?:now\s+)?been|can\s+(?:now\s+)?be)\s+"
            r"(?:now\s+|therefore\s+|fully\s+)*(?:(?:considered|regarded|marked|treated|deemed|recorded)\s+(?:as\s+)?)?"
            r"(?:met|discharged|closed|complete|completed|achieved))\b",
        ),
        # work finished short of its end ("has not yet completed the roll-out"): begun, not finished
        (
            _P,
            2.0,
            ("not", "yet"),
            r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?(?:completed|finished|concluded)\b"
            r"|\bnot\s+yet\s+(?:fully\s+)?(?:complete|completed|finished)\b",
        ),
        # arrangements made for work still to come ("has booked sessions", "have scheduled the training")
        (
            _L,
            1.5,
            ("booked", "scheduled", "arranged", "timetabled", "earmarked", "planned", "allocated"),
            r"\b(?:has|have|had)\s+" + _ADV + r"(?:been\s+)?(?:booked|scheduled|arranged|timetabled|earmarked|planned|"
            r"allocated)\b",
        ),
        # waiting on someone else before starting ("is waiting for the national template")
        (
            _N,
            1.5,
            ("wait",),
            r"(?:\b(?:is|are|remains?)\s+(?:still\s+|currently\s+)?)?\b(?:waiting\s+(?:for|on)|awaiting)\s+(?:the\s+)?"
            r"(?:[\w'’]+\s+){0,3}?(?:national|college|home\s+office|guidance|template|release|publication|funding|"
            r"decision|outcome|platform|system|module|package|course|product|materials|content|ict|resources?|"
            r"capacity|staff|analysts?)"
            # waiting for another body to act ("is waiting for Immigration Enforcement to confirm the new form")
            r"|\b(?:waiting\s+(?:for|on)|awaiting)\s+(?:the\s+)?(?:[\w'’&]+\s+){1,5}?to\s+(?:confirm|release|publish|agree|"
            r"issue|decide|provide|send|update|finalise|approve)\b",
        ),
        # awaiting only an approval: the work is done, its sign-off is not
        (_P, 1.5, ("await",), r"\bawaiting\s+(?:final\s+)?(?:approval|sign[\s\-]?off|ratification|agreement)\b"),
        # the finding not yet met says little of the work towards it: anything under way outweighs it
        (
            _N,
            1.0,
            ("not",),
            r"\b(?:has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?(?:met|achieved|discharged)\b",
        ),
        # not begun, said of any verb of doing ("has not yet scheduled", "have not been assigned")
        (
            _N,
            2.0,
            ("not",),
            r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?P<notdone>[a-z]{3,}ed|[a-z]+)\b"
            r"|\b(?:is|are)\s+not\s+yet\s+(?:in\s+place|available|scheduled|planned|agreed|funded|live)\b",
        ),
        (
            _N,
            2.0,
            ("not", "yet", "no ", "nothing", "still", "zero", "unactioned", "back indefinitely", "not yet"),
            r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:started|begun|commenced|been\s+(?:started|implemented|"
            r"progressed|introduced))\b|\bnot\s+yet\s+(?:started|begun|commenced|in place|implemented|been)\b"
            r"|(?<!\bif\s)(?<!\bwhether\s)\bnot\s+(?:started|begun|commenced)\b"
            r"|\byet\s+to\s+(?:start|begin|commence|be\s+\w+ed)\b|\bno\s+(?:work|progress|action)\s+has\b"
            r"|\bno\s+(?:work|progress|action|start)\s+(?:\w+\s+){1,3}?(?:has|have)\s+(?:yet\s+)?(?:begun|started|commenced|been)\b"
            # ("still to be completed", "still to be signed off" are the end of work under way, not its start)
            r"|\b(?:is|are|has|have)\s+(?:yet\s+to\s+[a-z]+|still\s+to\s+(?!(?:be\s+)?(?:complet|finish|finalis|sign|approv|"
            r"agree|ratif|embed))[a-z]+)\b|\bnothing\s+has\s+(?:yet\s+)?been\s+done\b"
            r"|\bnot\s+(?:yet\s+)?been\s+possible\b"
            # "No officer has yet sat the exercise", "zero completions to date", "remains unactioned", "put back
            # indefinitely"
            r"|\bno\s+(?:[\w\-]+\s+){1,3}?(?:has|have)\s+yet\s+(?!to\b)[a-z]+|\bzero\s+(?:[\w\-]+\s+){0,2}?(?:to\s+date|so\s+far|yet)\b"
            r"|\bunactioned\b|\b(?:put|pushed)\s+back\s+indefinitely\b|^\W*not\s+yet\s*[–—:;.-]"
            r"|\bno\s+(?:new\s+|firm\s+|fixed\s+)?(?:start\s+)?(?:date|timescale)s?\s+(?:has|have)\s+(?:yet\s+)?been\s+"
            r"(?:set|agreed|confirmed)\b",
        ),
        (
            _L,
            1.5,
            ("plan",),
            # planning under way ("Plans are being developed to roll out the training"); plans being written with no
            # aim after them are the work itself ("the first joint plans are being written now")
            r"\bplans\s+are\s+(?:now\s+)?(?:underway|under way|(?:being\s+\w+|in development)(?=\s+(?:to|for)\b))\b"
            r"|\bplan\s+is\s+(?:now\s+)?(?:underway|under way|being\s+\w+|in development)\s+(?:to|for)\b",
        ),
        # a share of the people or the work done: under way, not complete ("half of the detectives have")
        (
            _P,
            2.0,
            ("of ",),
            r"\b(?:half|some|many|most|a\s+(?:third|quarter)|two\s+thirds|(?:\d{1,2}|"
            + _TENS
            + r")\s*(?:%|per\s*cent))\s+of\s+"
            r"(?:the\s+|its\s+|our\s+)?(?:\w+\s+){0,3}?(?:have|has|had|are|were)\b",
        ),
        # practice now in place, said in the present passive ("each referral is now followed by a report"), not an
        # expectation ("is now expected to"); after the shares, so that "70% of referrals are now followed by" is a part
        (
            _I,
            1.5,
            ("now",),
            r"\b(?:is|are)\s+now\s+(?!(?:expected|required|asked|due|planned|scheduled|set|being|going|likely|hoped|"
            r"intended|proposed|needed|invited)\b)[a-z]{3,}ed\s+(?:by|with|in|on|at|for|through|as)\b",
        ),
        # been through it ("the major investigation team went through Hydra in May"); complete for some of them, as a
        # note says it ("Complete for investigators; ...")
        (
            _I,
            1.5,
            ("through", "complete", "done", "delivered"),
            r"\b(?:went|have\s+(?:now\s+|all\s+)?been|has\s+(?:now\s+)?been|had\s+been)\s+through\b"
            r"|^\W*(?:complete|completed|done|delivered)\s+for\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,3}?[a-z]+s\b",
        ),
        # a count against its target ("1,140 officers have completed all four modules, against a target of 1,900")
        (_P, 2.0, ("against",), r"\bagainst\s+(?:a|an|the)\s+(?:target|total|cohort|requirement)\s+of\s+\d"),
        # everyone it was meant for has done it ("everyone required to complete them has done so")
        (
            _I,
            2.5,
            ("everyone", "everybody", "all of them", "all staff", "all officers", "all relevant"),
            r"\b(?:everyone|everybody|all\s+of\s+them|all\s+(?:relevant\s+)?(?:staff|officers|personnel))\b[^.;]{0,60}?"
            r"\b(?:has|have)\s+(?:now\s+|all\s+)?(?:done\s+so|completed\s+(?:it|them|all)|finished)\b",
        ),
        # progress reported without a verb of doing ("reports steady progress", "slower than expected but continuing")
        (
            _P,
            1.5,
            ("progress", "continuing"),
            r"\b(?:reports?|reporting|shows?|showing|making|made)\s+(?:steady|good|some|real|significant|further|positive|"
            r"encouraging|solid)\s+progress\b|\b(?:but|still|is|are)\s+continuing\b",
        ),
        # a document in force, approved as the sentence names it ("its own strand in our Strategy, approved by the Chief
        # Officer Team")
        (_I, 1.5, ("approved by", "signed off by", "adopted by"), r",\s+(?:approved|signed\s+off|adopted)\s+by\b"),
        # training assigned to people is under way, not done: done is when they have completed it ("the modules
        # were assigned to 95 officers last week", "has assigned the four e-learning modules to relevant staff")
        (
            _P,
            1.0,
            ("assigned",),
            r"\b(?:modules?|e-learning|courses?|package|training)\b[^.;]{0,40}?\b(?:has|have|had|were|was|are|is)\s+"
            r"(?:now\s+|been\s+|already\s+){0,2}assigned\b|\bassigned\s+(?:the\s+|all\s+|its\s+)?(?:four\s+|\w+\s+)?"
            r"(?:e-learning\s+)?(?:modules?|e-learning|courses?|package)\b",
        ),
        (
            _P,
            2.0,
            ("process", "begun", "started", "commenced"),
            r"\bin\s+the\s+process\s+of\b|\b(?:has|have)\s+" + _ADV + r"(?:begun|started|commenced)\b",
        ),
        (
            _P,
            2.0,
            ("putting", "put in"),
            r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:putting|being\s+put)\s+in\s+place\b",
        ),
        (
            _I,
            2.0,
            ("practice", "business", "fully"),
            r"\bstandard\s+practice\b|\bbusiness\s+as\s+usual\b|\bfully\s+(?:implemented|compliant|met)\b",
        ),
        (
            _I,
            2.0,
            ("place", "established", "operation"),
            r"\b(?:is|are|was|were|has|have|remains?)\b(?:(?!\b(?:to|will|would|should|could|likely|expected|going|"
            r"due|planned|not|no|yet)\b)[^.;]){0,40}?\bin\s+(?:place|operation)\b"
            r"|\balready\s+(?:\w+\s+)?established\b",
        ),
        (_I, 2.0, ("been",), r"\b(?:has|have|had)\s+" + _ADV + r"been\s+(?:\w+ly\s+)?" + _DONE + r"\b"),
        (_I, 1.5, ("was", "were"), r"\b(?:was|were)\s+" + _ADV + r"(?:\w+ly\s+)?" + _DONE + r"\b"),
        # any other past passive of doing ("a field was added to the form"), less sure than the verbs above
        (_I, 1.0, ("was", "were"), r"\b(?:was|were)\s+" + _ADV + r"(?:\w+ly\s+)?(?P<done>[a-z]{3,}ed|[a-z]+)\b"),
        (
            _I,
            2.0,
            ("compl",),
            r"\balready\s+(?:complies|comply|compliant|meets|meet)\b|\b(?:is|are)\s+(?:already\s+|now\s+|fully\s+)*"
            r"compliant\b|\b(?:has|have)\s+been\s+(?:fully\s+)?compliant\b"
            r"|\b(?:is|are)\s+(?:now\s+)?[a-z]{3,}ed\s+(?:daily|weekly|monthly|fortnightly|every\s+(?:day|week|month|shift))\b",
        ),
        (_P, 1.5, ("on track",), r"\bon\s+track\s+to\b"),
        (_L, 1.5, ("expected",), r"\b(?:is|are)\s+expected\s+(?:to|by|in)\b"),
        (
            _I,
            2.0,
            ("been",),
            r"\b(?:has|have)\s+" + _ADV + r"been\s+(?:\w+\s+){0,2}?(?:in\s+place|mandatory|compulsory|standard|"
            r"available|running|operating|operational|live|embedded|in\s+use|in\s+operation|in\s+force|routine)\b",
        ),
        (_I, 2.0, ("has", "have", "had"), r"\b(?:has|have|had)\s+" + _ADV + _DONE + r"\b"),
        (_I, 2.0, ("went live",), r"\bwent\s+live\b"),
        # written and not yet final: a draft with someone, out for consultation, being piloted, partly met
        (
            _P,
            2.0,
            ("draft", "consultation", "pilot", "partly", "partially"),
            r"\b(?:has|have)\s+been\s+(?:re)?drafted\b|(?<!\bbe\s)\bdraft(?:ed)?\s+(?:\w+\s+){0,4}?(?:is\s+|are\s+)?(?:with|for|out)\b"
            r"|\b(?:out\s+for|at|under|in)\s+(?:\w+\s+)?consultation\b|\bconsultation\s+stage\b|\bin\s+draft\b"
            r"|\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:being\s+)?pilot(?:ing|ed)\b|\bpilot\s+(?:is|are)\s+(?:under\s*way|"
            r"running|live|ongoing)\b|\b(?:partly|partially)\s+(?:met|complete|completed|implemented|achieved|in\s+place)\b",
        ),
        # a figure that has risen short of all ("has risen from 12% to 71%")
        (
            _P,
            2.0,
            ("%", "per cent"),
            r"\b(?:risen|rose|increased|grown|improved|climbed)\s+(?:from\s+\S+\s+)?to\s+(?:[1-8]?\d|9[0-4])(?:\.\d+)?\s*"
            r"(?:%|per\s*cent)",
        ),
        (
            _L,
            1.5,
            ("to be",),
            r"\b(?:is|are)\s+(?:now\s+)?to\s+be\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|[a-z]+en|built|held|run|set|put|made)\b",
        ),
        (
            _L,
            1.0,
            ("target", "expected", "completion"),
            r"\btarget\s+(?:date|completion)\b|\bexpected\s+(?:completion|delivery)\b|\bcompletion\s+(?:date|expected|due)\b",
        ),
        (
            _L,
            1.5,
            ("agreed",),
            r"\b(?:has|have)\s+(?:\w+ly\s+)?agreed\s+to\s+(?!(?:the|this|that|a|an|it|these|its)\b)[a-z]+",
        ),
        (
            _L,
            DECLARED,
            ("planned", "scheduled", "booked"),
            r"^\W*(?:status\s*[:\-–]\s*)?(?:planned|scheduled|booked)\s+(?:for|in|from|by|on)\b",
        ),
        (
            _I,
            1.5,
            ("became", "become"),
            r"\b(?:became|(?:has|have)\s+become)\s+(?:\w+ly\s+)?(?:mandatory|compulsory|standard|routine|live|operational|"
            r"business\s+as\s+usual|part\s+of)\b",
        ),
        (_P, 1.5, ("progress",), r"\bprogress\s+(?:is\s+being|has\s+been)\s+made\b"),
        (
            _P,
            1.5,
            ("being", "preparation"),
            r"\bbeing\s+(?:written|drawn\s+up|built|set\s+up|prepared|developed|drafted|rolled\s+out|put\s+in\s+place)\b"
            r"|\bin\s+preparation\b",
        ),
        # part done, part not: "not all", "further work is needed", "an interim lead", "in phases", "first phase"
        (
            _P,
            2.0,
            (
                "not all",
                "not every",
                "further",
                "more to do",
                "outstanding",
                "remain",
                "interim",
                "initial",
                "phase",
                "gradual",
                "progressive",
                "steadily",
                "incremental",
                "stages",
                "tranches",
                "the way",
                "way towards",
                "as far as",
                "nearly there",
                "mid-",
                "mid ",
                "overrun",
                "behind",
            ),
            r"\bnot\s+(?:all|every)\b|\bfurther\s+(?:work|action|progress|steps)\s+(?:is\s+|are\s+)?(?:needed|required|"
            r"necessary|to\s+(?:do|come))\b|\bfurther\s+to\s+go\b|\bmore\s+to\s+do\b|\bremains?\s+(?:to\s+be|outstanding)\b"
            r"|\binterim\b|\binitial\s+(?:steps|action|work|phase)\b|\b(?:first|initial)\s+phase\b|\bphase\s+(?:1|one)\b"
            r"|\b(?:gradually|progressively|steadily|incrementally)\b|\bin\s+(?:phases|stages|tranches)\b|\bphased\b"
            r"|\b(?:part|some|two\s+thirds|half|most)\s+(?:of\s+)?the\s+way\b|\bsome\s+way\s+towards\b|\bgot\s+as\s+far\s+as\b"
            r"|\bnearly\s+there\b|\bmid[\s-]+(?:roll|way|implementation|delivery)|\boverrun\b|\bbehind\s+(?:schedule|plan)\b"
            r"|\boutstanding\b",
        ),
        (
            _P,
            2.0,
            ("with", "sign-off", "sign off", "signoff"),
            r"\b(?:is|are)\s+(?:now\s+)?with\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?for\s+(?:comment|consultation|review|approval|"
            r"sign[\s-]?off)\b|\bsign[\s-]?off\s+(?:is\s+)?(?:expected|due|planned)\b",
        ),
        # to be finished later, or written and with others: under way ("expects to finish by March", "in draft")
        (
            _P,
            2.0,
            ("expect", "anticipat", "hope", "completion is", "should be", "draft", "partners for"),
            r"\b(?:expects?|anticipates?|hopes?)\s+(?:\w+\s+){0,4}?to\s+(?:finish|complete|finalise|conclude|reach\s+full)\w*"
            r"|\bcompletion\s+is\s+(?:now\s+)?expected\b|\bshould\s+be\s+(?:finished|complete|completed|finalised|done)\b"
            r"|\b(?:exists|is|are)\s+(?:only\s+)?in\s+draft\b|\bdraft\s+(?:is\s+)?complete\b|\b(?:with|to)\s+(?:\w+\s+)?"
            r"partners\s+for\s+(?:comment|consultation|review)\b",
        ),
        # done for a part of those it is for: some, several or the first of them ("the first cohort has finished")
        (
            _P,
            2.0,
            ("some", "several", "number of", "few", "many", "most", "first", "pilot"),
            r"\b(?:some|several|a\s+number\s+of|a\s+few|many|most|the\s+first|an\s+initial)\s+(?:\w+\s+){0,2}?(?:officers|"
            r"staff|teams|districts|areas|units|cohorts?|tranches?|waves?|groups?|modules|plans|referrals|detectives|"
            r"supervisors|sessions|stations|hubs|departments|sites|commands)\b(?=(?:,?\s+[\w\-]+){0,4}?\s+(?:have|has|had|are|"
            r"were|now|completed|finished|attended|trained|went|moved|adopted|switched))|\b(?:pilot(?:ed|ing)?|trial(?:led|ling)?)\s+"
            r"(?:\w+\s+){0,3}?(?:in|with|across|at)\b",
        ),
        # a perfect progressive: work going on since ("has been refining its approach since the summer")
        (_P, 2.0, ("been",), r"\b(?:has|have)\s+(?:\w+ly\s+)?been\s+(?P<ing>[a-z]{3,}ing)\b"),
        # a figure short of all, in a table's shorthand ("Training compliance: 57%", "training at 71%")
        (_P, 1.5, ("%",), r"(?:\bat|:)\s*(?:c\.\s*|about\s+|around\s+)?(?:[1-8]?\d|9\d)(?:\.\d+)?\s*%"),
        (_P, 1.5, ("course", "target"), r"\bon\s+(?:course|target)\b"),
        (
            _P,
            1.5,
            ("complet", "advanced", "stage", "way", "hand", "continu", "phase"),
            r"\b(?:nearing|approaching|close\s+to)\s+completion\b|\bnear(?:ly)?\s+complete\b|\bwell\s+advanced\b"
            r"|\b(?:advanced|final|early|later?)\s+stages?\b|\b(?:part|half|mid)[\s-]*way\s+through\b|\bin\s+hand\b"
            r"|\bwork\s+(?:continues|is\s+continuing)\b|\b(?:phase|stage)\s+\w+\s+(?:is\s+|has\s+been\s+)?(?:complete|completed|done)\b",
        ),
        # intentions, preparations and dates set for work not begun
        (
            _L,
            1.5,
            ("prepar", "planning", "intention", "aim", "plan is", "pencilled", "programmed", "anticipat", "forthcom"),
            r"\b(?:is|are)\s+(?:now\s+)?(?:preparing|planning)\s+(?:to|a|an|for)\b"
            r"|\b(?:intention|aim|plan|ambition|expectation)\s+is\s+(?:now\s+)?to\b|\bit\s+is\s+(?:our|the\s+\w+['’]s|its)\s+"
            r"(?:intention|aim|plan)\s+to\b|\bpencilled\s+in\b|\bprogrammed\s+(?:for|in)\b|\banticipat(?:ed|es)\b"
            r"|\bforthcoming\b",
        ),
        (
            _L,
            1.5,
            ("date", "pending", "awaiting", "due to", "to be confirmed", "likely", "provisional", "proposed"),
            # (not "has not set a start date", "no start date")
            r"(?<!\bnot\sset\sa\s)(?<!\bno\s)(?<!\bwithout\sa\s)"
            r"\b(?:start|launch|go[\s-]live|delivery|implementation|target)\s+(?:start\s+)?date\b|\bpending\s+(?:start|launch)\b"
            r"|\bawaiting\s+(?:a\s+)?(?:start|go[\s-]live|launch)\b|(?<!\bwas\s)(?<!\bwere\s)\bdue\s+to\s+(?:start|begin|launch|go\s+live)\b"
            r"|\bto\s+be\s+confirmed\b|\blikely\s+to\s+be\s+(?:in\s+place|introduced|ready|live|delivered|completed)\b"
            r"|\bprovisionally\b|^\W*(?:proposed|planned)\s+action\b|^\W*action\s+planned\b",
        ),
        (
            _L,
            1.5,
            ("target", "undertaking", "commitment", "bid", "improvement plan", "action plan"),
            r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:set|given|made)\s+(?:a|an)\s+(?:\w+\s+)?(?:target|undertaking|commitment)\b"
            r"|\bcommitment\s+has\s+been\s+made\b|\b(?:put\s+in|submitted)\s+a\s+bid\b"
            r"|\b(?:placed|included|added)\s+(?:on|in|to)\s+(?:the\s+|its\s+)?(?:force(?:['’]s)?\s+)?(?:improvement|action|"
            r"delivery)\s+plan\b",
        ),
        (
            _N,
            2.0,
            ("no longer", "no further", "no work", "no action", "no change"),
            r"\bno\s+longer\s+(?:intends?|plans?|proposes?|going|pursu\w+|needed|required)\b"
            r"|\bno\s+(?:further\s+)?(?:work|action|changes?)\s+(?:is|are)\s+(?:planned|proposed|intended)\b",
        ),
        (
            _L,
            2.0,
            (
                "planned",
                "scheduled",
                "booked",
                "timetabled",
                "arranged",
                "confirmed",
                "dates",
                "pencilled",
                "set for",
                "slipped",
                "moved to",
                "put back",
                "resched",
                "will not be long",
                "is to",
                "are to",
                "go live",
                "go-live",
            ),
            r"\b(?:planned|scheduled|booked|pencilled\s+in)\s+(?:for\s+)?"
            + _WHEN
            + r"|\bset\s+for\s+(?:\d|"
            + MONTH_PATTERN
            + r"|the\s+|next\b)|\b(?:slipped|moved|put\s+back)\s+(?:back\s+)?to\s+"
            + _WHEN
            + r"|\brescheduled\b"
            # booked with someone for a time ("sessions are booked with the regional unit for January")
            + r"|\b(?:are|is|been)\s+(?:now\s+)?(?:booked|scheduled|timetabled|arranged|confirmed)\s+(?:for\s+"
            + _WHEN
            + r"|"
            + r"(?:(?!but\b)[\w'’&]+\s+){1,10}?(?:for|in|from|during)\s+"
            + _WHEN
            + r")"
            # as a note says it, with no verb before ("Hydra exercise booked with the regional hub for 12 February")
            + r"|\b(?:booked|timetabled)\s+(?:(?!but\b)[\w'’&]+\s+){1,10}?(?:for|in|from|during|on)\s+"
            + _WHEN
            + r"|\bdates?\s+(?:are|is)\s+(?:now\s+|currently\s+)?being\s+(?:fixed|agreed|set|confirmed|finalised)\b"
            + r"|\bwill\s+not\s+be\s+long\s+before\b"
            r"|\b(?:is|are)\s+to\s+(?!be\b)(?:introduce|adopt|appoint|deliver|launch|roll|implement|publish|create|establish|review|train|begin|start|build|add)\w*"
            r"|\bto\s+go[\s-]live\b",
        ),
        (
            _L,
            1.5,
            ("to be",),
            r"(?<!needs\s)(?<!need\s)(?<!has\s)(?<!have\s)(?<!ought\s)\bto\s+be\s+(?:delivered|introduced|rolled|implemented|"
            r"completed|launched|undertaken|carried|built|added|appointed|published)\b",
        ),
        (
            _L,
            1.5,
            ("start", "begin", "commenc"),
            r"\b(?:starts|begins|commences)\s+(?:\w+\s+){1,3}?(?:on|in|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"
            + MONTH_PATTERN
            + r"|next|the\s+new)",
        ),
        # about to begin, or to follow; a start on a date ("delivery starts on 1 February")
        (_L, 1.5, ("about to",), r"\b(?:is|are)\s+(?:now\s+)?about\s+to\b"),
        (_L, 1.5, ("to follow",), r"(?<!\bupdate\s)(?<!\breport\s)\bto\s+follow\b"),
        (
            _L,
            1.5,
            ("starts", "begins", "commences", "launches", "goes live", "opens"),
            r"\b(?:starts|begins|commences|launches|goes\s+live|opens)\s+(?:on\s+|in\s+|from\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
            r"(?:" + MONTH_PATTERN + r"|next|the\s+(?:new|"
            r"next)|early|later|this\s+(?:spring|summer|autumn|winter))",
        ),
        (
            _L,
            1.5,
            ("will be", "shall be"),
            r"\b(?:will|shall)\s+be\s+(?:looking|seeking|aiming|planning|working)\s+to\b",
        ),
        (_L, 1.0, ("due",), r"\bdue\s*[:\-–]\s*(?:\d|[a-z]+\s+\d{4})|\bdue\s+(?:by|in|on|for)\b"),
        # present practice already in force ("already requires officers to submit")
        (_I, 1.5, ("already",), r"\balready\s+(?P<now>[a-z]{3,}s)\b"),
        # a future passive with an irregular participle ("will be drawn up", "will be set")
        (
            _L,
            1.5,
            ("will be",),
            r"\bwill\s+be\s+(?:\w+ly\s+)?(?P<irregular>" + "|".join(sorted(_IRREGULAR_PARTICIPLES)) + r")\b",
        ),
        # a note with no verb of its own, as table cells print them: "Plan agreed by chief officers in May."
        (
            _I,
            1.5,
            (
                "agreed",
                "approved",
                "completed",
                "launched",
                "introduced",
                "published",
                "signed",
                "delivered",
                "implemented",
                "adopted",
            ),
            r"^\W*(?:(?:the|a|an|new|our|its|revised|updated)\s+)?(?:(?!(?:will|be|to|would|shall|should|must|is|are|was|were|been|being|can|could|may|might|not)\b)"
            r"[\w\-]+\s+){0,3}?(?:agreed|approved|completed|"
            r"launched|introduced|published|signed\s+off|delivered|implemented|adopted)\s+(?:by|in|on|at|from|during)\b",
        ),
        # a figure short of all, done ("70% done"), or work in its testing or drafting stage
        (
            _P,
            2.0,
            ("%", "per cent", "testing", "draft", "development", "pilot"),
            r"\b(?:[1-8]?\d)(?:\.\d+)?\s*(?:%|per\s*cent)\s+(?:done|complete|completed|finished|trained)\b"
            r"|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:in|at)\s+(?:the\s+)?(?:testing|draft|development|pilot)"
            r"(?:\s+stage)?\b",
        ),
        # a completion figure short of all ("completion stands at 64%")
        (
            _P,
            2.0,
            ("at",),
            r"\b(?:stands?|is|are|was|currently)\s+(?:\w+\s+)?at\s+(?:[1-8]?\d)(?:\.\d+)?\s*(?:%|per\s*cent)",
        ),
        # a state that has held since a time ("since January", "since the spring")
        (
            _I,
            1.5,
            ("since",),
            r"\bsince\s+(?:(?:early|late|the\s+(?:start|end|beginning)\s+of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:last\s+|the\s+)?(?:"
            + MONTH_PATTERN
            + r"|spring|summer|autumn|winter)|"
            r"\d{4}|last\s+(?:year|month)|the\s+(?:start|beginning)\s+of\s+the\s+year)\b",
        ),
        (
            _I,
            1.5,
            (
                "embedded",
                "established",
                "operational",
                "live",
                "complete",
                "finished",
                "in use",
                "in force",
                "in operation",
                "running",
            ),
            r"\b(?:is|are)\s+(?:now\s+|both\s+|all\s+|already\s+)?(?:fully\s+)?(?:embedded|established|operational|live|complete|finished|"
            r"in\s+use|in\s+force|in\s+operation|up\s+and\s+running)\b",
        ),
        (
            _L,
            1.5,
            ("commissioned", "intend", "plan", "aim", "propose"),
            r"\b(?:has|have)\s+" + _ADV + r"commissioned\b|\b(?:intends?|aims?|proposes?)\s+to\b"
            # "plans to" as a verb, after its subject; "clear plans to collect" is a noun
            r"|\b(?:force|it|we|they|team|unit|service|police|constabulary|constable|region|rocu)\s+plans?\s+to\b",
        ),
        (
            _L,
            1.5,
            ("planning", "due", "scheduled", "set", "going", "plans", "booked", "planned", "plan to"),
            r"\b(?:is|are)\s+(?:planning|due|scheduled|set|going|booked)\s+to\b|\bwith\s+plans\s+to\b"
            r"|\bthere\s+(?:is|are)\s+(?:now\s+)?(?:a\s+)?plans?\s+to\b"
            r"|\b(?:is|are)\s+(?:booked|scheduled|planned)\s+for\b",
        ),
        (
            _L,
            1.5,
            ("will",),
            r"\bwill\s+(?:be\s+)?(?:\w+ly\s+)?(?:introduc|implement|develop|issu|roll|deliver|launch|establish|"
            r"provid|undertak|expand|extend|updat|publish|train|complet|begin|start|creat|produc|adopt|embed|"
            r"commission|recruit|invest|review|refresh|mandat|pilot|introduc|finalis|appoint|put)\w*\b",
        ),
        (
            _L,
            1.5,
            ("expect", "anticipat"),
            r"\b(?:expects?|anticipates?)\s+(?:\w+\s+){0,5}?to\s+have\s+(?:[a-z]+ed|been|done|taken|begun)\b"
            r"|\b(?:expects?|anticipates?|aims?|intends?|plans?)\s+(?:\w+\s+){0,3}?to\s+have\s+(?:\w+\s+){0,4}?in\s+place\b"
            r"|\b(?:expects?|anticipates?)\s+(?:\w+\s+){0,5}?to\s+(?:be\s+)?(?:start|begin|deliver|"
            r"introduc|launch|roll|publish)\w*|\b(?:expects?|anticipates?)\s+(?:delivery|implementation)\b",
        ),
        (_L, 1.5, ("will",), r"\bwill\s+(?:look|seek|aim)\s+to\s+[a-z]+\b"),
        (
            _L,
            1.5,
            ("committed",),
            r"(?<!\bwe\s)\b(?:has|have|is|are)\s+(?:\w+ly\s+)?committed\s+to\s+(?:[a-z]+ing\b|(?:introduc|deliver|implement|"
            r"develop|provid|train|roll|complet|put|mak|review|publish|appoint|produc|creat|adopt)\w*)",
        ),
        # a requirement in force ("officers must now complete", "the course is mandatory")
        (
            _I,
            1.5,
            ("now", "mandatory", "compulsory"),
            r"\b(?:must|are\s+required\s+to|have\s+to)\s+now\b|\b(?:is|are)\s+(?:now\s+)?(?:mandatory|compulsory)\b",
        ),
        # a compliance or completion rate short of all ("compliance is currently 85%")
        (
            _P,
            2.0,
            ("%", "per cent"),
            r"\b(?:compliance|completion|uptake|take-up|coverage)\s*(?:rate\s*)?(?:(?:is|stands|was|has\s+reached|"
            r"reached|currently|now)\s+|[:\-–]\s*)?(?:[\w\-–]+\s+){0,2}?(?:at\s+)?(?:[1-8]?\d|9[0-4])(?:\.\d+)?\s*(?:%|per\s*cent)",
        ),
        (
            _L,
            1.5,
            ("will be",),
            r"\bwill\s+be\s+(?!(?:pleased|interested|happy|keen|grateful|glad|required|expected|asked)\b)[a-z]{3,}ed\b",
        ),
        (
            _L,
            1.5,
            ("commitment", "plan", "intention", "proposal", "decision"),
            r"(?P<owner>(?-i:\b(?:[A-Z][\w\-]*\s)*(?:Police|Constabulary|[A-Z]{2,5})|\b[Ff]orce))['’]s?\s+"
            r"(?:commitment|plans?|intention|proposals?|decision)\s+to\s+\w+",
        ),
        (
            _P,
            1.5,
            ("made", "good progress", "good headway"),
            r"\bmade\s+a\s+(?:\w+\s+)?(?:start|progress)\b|\bgood\s+(?:progress|headway)\b",
        ),
        (
            _P,
            1.5,
            ("so far", "to date", "remain", "the rest"),
            r"\bso\s+far\b|\bto\s+date\b|\bthe\s+remain(?:der|ing)\b"
            r"|\bthe\s+rest(?:\s+of\s+(?:the\s+|its\s+)?[\w\-]+(?:\s+[\w\-]+)?)?(?=\s+(?:have|has|are|is|will)\b)",
        ),
        (
            _P,
            1.5,
            ("underway", "under way", "ongoing", "progress", "being", "going through", "going on"),
            r"\b(?:is|are)\s+(?:currently\s+|now\s+|actively\s+|also\s+|still\s+|already\s+)*"
            r"(?:underway|under way|ongoing|in progress|progressing|going\s+through|going\s+on\b(?!\s+to\b)|"
            r"being\s+(?:\w+(?:ed|en|t)|made|done|built|run|held|set|taken|given|brought|drawn|sent))\b"
            r"|(?<!\bwill\sget\s)(?<!\bwill\sbe\s)\b(?:underway|under way|ongoing)\b",  # not "will get under way"
        ),
        (_P, 1.5, ("ing",), r"\b(?:is|are)\s+" + _ADV + r"(?P<ing>[a-z]{3,}ing)\b"),
        # a note of work done, without its auxiliary ("Training delivered to all relevant personnel", "Hydra done;
        # e-learning done")
        (
            _I,
            2.0,
            ("delivered to all", "completed by all", "rolled out to all", "done"),
            r"^\W*(?:[\w\-]+\s+){1,4}?(?:delivered|completed|rolled\s+out|issued)\s+(?:to|by|across)\s+(?:all|every)\b"
            r"|(?<![\w\-])(?!(?:be|been|being|get|got|is|are|was|were|still|yet|more|much|work|little|nothing)\s)"
            r"[A-Za-z][\w\-]+\s+done\s*(?=[;.,]|$)",
        ),
        # a rate risen short of all ("compliance has risen from 41 per cent in May to 79 per cent in October")
        (
            _P,
            2.0,
            ("risen", "rose", "increased", "climbed", "improved"),
            r"\b(?:risen|rose|increased|climbed|improved)\s+(?:from\s+\d{1,2}(?:\.\d)?\s*(?:%|per\s*cent)\s+(?:in\s+\w+\s+)?)?"
            r"to\s+(?:\d|[1-9]\d)(?:\.\d)?\s*(?:%|per\s*cent)",
        ),
        # part done, part to come ("Two cohorts down, one to go")
        (_P, 2.0, ("to go",), r"\b\w+\s+\w+\s+down,\s+(?:\w+\s+){1,2}?to\s+go\b"),
        # a trial is not the whole done ("port team piloting the new form since June", "has been trialled since May")
        (
            _P,
            1.5,
            ("pilot", "trial"),
            r"(?<!\bafter\s)(?<!\bfollowing\s)(?<!\bhaving\s)(?<!\bbefore\s)\b(?:piloting|trialling|trialing)\b"
            r"|\b(?:has|have)\s+been\s+(?:piloted|trialled|trialed)\b(?!\s+(?:and|then)\b)|\b(?:in|on)\s+(?:pilot|trial)\b",
        ),
        (_P, 1.0, ("continu",), r"\bcontinues?\s+to\s+(?P<verb>[a-z]+)\b"),
        # the force's present practice ("now shares it routinely", "supervisors now review every referral")
        (
            _I,
            1.0,
            ("now",),
            r"(?<!will\s)(?<!\bto\s)(?<!can\s)(?<!must\s)(?<!should\s)(?<!would\s)(?<!could\s)(?<!may\s)"
            r"\bnow\s+(?:routinely\s+|regularly\s+|always\s+)?(?P<now>[a-z]{2,})\b",
        ),
        # work begun, in the past simple ("work on the plan began in March")
        (_P, 1.5, ("began", "started", "commenced"), r"(?<!\bnot\s)(?<!\byet\s)\b(?:began|started|commenced)\b"),
        # a note that leads with what was done and where or when ("Rolled out to response teams in June; ...")
        (
            _I,
            1.5,
            ("rolled out", "launched", "introduced", "implemented", "delivered", "completed", "published", "issued"),
            r"^\W*(?:rolled\s+out|launched|introduced|implemented|delivered|completed|published|issued)\s+"
            r"(?:to|in|on|across|for|at|from|via)\b",
        ),
        # the past simple of a verb of doing ("the force rolled out the guidance last autumn")
        (
            _I,
            1.5,
            _DONE_LITERALS,  # the subjects vary more than the verbs: the verbs are the cheaper test
            r"\b(?:[Ff]orce|[Cc]onstabulary|[Pp]olice|[Tt]eams?|[Uu]nits?|[Ii]t|[Tt]hey|[Ww]e|[Oo]fficers?|[Ss]taff|"
            r"[Dd]etectives|[Ee]veryone|[Ww]ork(?:\s+on\s+(?:this|the|that|it)(?:\s+recommendation)?)?|(?-i:[A-Z]{2,5}))\s+"
            r"(?:\w+ly\s+|also\s+|then\s+)?" + _DONE + r"\b",
        ),
        # any other future of the force's ("will become mandatory", "will hold its first exercise"), less sure
        (
            _L,
            1.0,
            ("will", "shall"),
            # (not "will set out the force's approach in his reply": saying, not doing)
            r"\b(?:will|shall)\s+(?:now\s+|also\s+|then\s+)?(?P<future>[a-z]{2,})\b(?!(?<=set)\s+out\b)",
        ),
        (_I, 1.0, ("regularly", "routinely"), r"\b(?:regularly|routinely)\s+[a-z]+s\b"),
        # any other perfect passive of doing ("has been brought under one framework"), and a state that a verb of
        # doing left ("the lead is appointed", "the plan is agreed"): less sure than the verbs above
        (
            _I,
            1.0,
            ("been",),
            r"\b(?:has|have)\s+" + _ADV + r"been\s+(?:\w+ly\s+)?(?P<done>[a-z]{3,}ed|[a-z]+)\b",
        ),
        # (not what a thing is made as: "it is built around command-level decisions", "is designed for")
        (
            _I,
            1.0,
            ("is", "are"),
            r"\b(?:is|are)\s+(?:now\s+|fully\s+)*(?!closed\b)(?!(?:built|designed|based|aimed|geared|focused)\s+"
            r"(?:around|on|upon|for|at|to)\b)" + _DONE + r"\b",
        ),
        # any other perfect of doing ("has recorded them since January"), less sure than the verbs above
        (_I, 1.0, ("has", "have", "had"), r"\b(?:has|have|had)\s+" + _ADV + r"(?P<done>[a-z]{3,}ed|[a-z]+)\b"),
        # the past simple of finishing work, with its object ("Gwent refreshed its plan in April")
        (
            _I,
            1.0,
            _DONE_LITERALS,
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bbe\s)\b(?!(?:provided|agreed|run)\b)"  # "provided the ..."
            + _DONE
            + r"\s+(?:its|their|our|the|a|an|this|these|every|all)\b",
        ),
        # a time that can only be still to come ("next spring", "in the new year", "shortly")
        (
            _L,
            1.0,
            ("next", "coming", "new year", "shortly", "soon", "later", "early next"),
            r"\b(?:next|coming)\s+(?:week|month|year|financial\s+year|quarter|spring|summer|autumn|winter|few\s+\w+|weeks|"
            r"months)\b|\bin\s+the\s+new\s+year\b|\blater\s+this\s+\w+\b|\bearly\s+next\s+\w+\b|\b(?:shortly|soon)\b",
        ),
        # a time that may be past or to come ("in the spring", "from April"): counted only when nothing else is said
        (_L, FALLBACK, ("spring", "summer", "autumn", "winter"), r"\bin\s+the\s+(?:spring|summer|autumn|winter)\b"),
        (
            _L,
            FALLBACK,
            (*MONTH_NAMES, "q1", "q2", "q3", "q4", "quarter", "/", "fy"),
            r"\b(?:from|by|in|for|during|before|until|starting|from\s+early|in\s+early|in\s+late)\s+(?:early\s+|late\s+|mid[\s-]+)?"
            + MONTH_PATTERN
            + r"\b|\bq[1-4]\b|\bquarter\s+[1-4]\b|\b20\d\d/\d\d\b|\bfy\s?\d\d",
        ),
    )
)


# For each literal, the cues that need it, in the table's order (one pass over the table: a pass per literal costs
# a run's start-up more than ten milliseconds); the cues that need none run on every sentence (short ones only when
# they read a table note, which is short).
def _cues_needing() -> dict[str, tuple[int, ...]]:
    needing: dict[str, list[int]] = {}
    for i, (*_, needs) in enumerate(_CUES):
        for word in needs or ():
            needing.setdefault(word, []).append(i)
    return {word: tuple(needing[word]) for word in sorted(needing)}


_CUES_NEEDING = _cues_needing()
_LITERALS = tuple(_CUES_NEEDING)
_ALWAYS = tuple(i for i, (*_, needs) in enumerate(_CUES) if needs is None)


@cache
def _cue_pattern(index: int) -> re.Pattern[str]:
    """A cue's pattern, compiled when a sentence first has the words it needs: a run that reads one short letter
    starts without compiling the cues it never uses."""
    return patterns.compile(_CUES[index][2], re.IGNORECASE)


_NOTE_LENGTH = 300
_OVERSIGHT_RE = patterns.compile(
    r"monitor|scrutin|overse|oversight|(?<!on )track|hold\w*\s+to\s+account|keep\w*\s+an\s+eye"
    r"|report\w*\s+(?:on\s+)?(?:its\s+|their\s+|the\s+)?progress\b|risk\s+register"
    # an account still to be given: "will report completion to the board", "will report on it to the Chief
    # Constable's Board", "will give a full update in September", "Update to follow"; and a decision to come, which
    # is no work planned ("will decide in the autumn whether ...")
    r"|\breport\w*\s+(?:on\s+(?:it|this|them|that)\s+|completion\s+|back\s+)?(?:[\w’'\-]+\s+){0,6}?to\s+(?:my|the|his|her|its)\s+"
    r"(?:[\w’'\-]+\s+){0,4}?(?:board|panel|committee|meeting|forum)\b"
    r"|\b(?:give|provide|bring|present)\s+(?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:full\s+|further\s+|written\s+)?update\b"
    r"|\bupdate\s+(?:to\s+follow|due)\b|\bwill\s+decide\b",
    re.I,
)
_ASSURANCE_RE = patterns.compile(r"\bassurance\b|\baudit|\bdip[\s\-]?sampl|\bto\s+confirm\b|\bcompliance\s+check", re.I)
CLAUSE_SPLIT_RE = patterns.compile(
    r"([,;:–—(]|\b(?:and|but|that|which|who|while|whereas|because|although|so|as|where|when)\b)", re.I
)
_DENIED_SUBJECTS = word_list("not_the_force")
_THIS_LETTER_RE = patterns.compile(r"\b(?:this|my|our)\s+(?:response|letter|reply)\b", re.IGNORECASE)
_INTERIM_RE = patterns.compile(r"\b(?:until\s+then|in\s+the\s+meantime|meanwhile|pending|for\s+now)\b", re.IGNORECASE)
_OTHER_BODY_RE = patterns.compile(
    r"^(?:the\s+|a\s+|its\s+)?(?:new\s+)?(?:national|college|home\s+office|government|ministry|deputy\s+mayor|"
    r"immigration\s+enforcement|border\s+force|crown\s+prosecution|cps|nca|npcc|modern\s+slavery|inspectors?|"
    r"organised\s+immigration\s+crime\s+unit|ms&?oic(?:\s+unit|u)?|home\s+secretary|secretary\s+of\s+state|minister|"
    r"(?:other|neighbouring|some|many)\s+forces?|a\s+neighbouring)\b|\b(?:committee|partnership|panel)\b",
    re.IGNORECASE,
)
_REPORTING_RE = patterns.compile(
    r"^(?:i|we)\s+(?:\w+\s+){0,2}?(?:understand|know|note|gather|hear|see|believe|am\s+told|have\s+been\s+told|"
    r"am\s+assured|am\s+pleased|am\s+satisfied|am\s+confident|am\s+aware|can\s+confirm|confirm|report)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_ASKED_FOR_RE = patterns.compile(r"^\W*what\s+the\s+\w+\s+(?:asked|recommended|called|wanted|required)", re.IGNORECASE)
_SAYING_RE = patterns.compile(
    r"\b(?:disappointed|pleased|told|understand|notes?|noted|aware|concerned|glad|sorry|clear|confident|satisfied|assured|"
    r"reassured|informed|confirm(?:ed|s)?|report(?:ed|s)?|says?|said|know|believe|see|saw|found)\s*$",
    re.IGNORECASE,
)
_TOLD_RE = patterns.compile(
    r"\b(?:tells?|told|informs?|informed|assures?|assured|advises?|advised)\s+(?:me|us|my\s+office|the\s+\w+)\s+"
    r"(?:that\s+)?",
    re.IGNORECASE,
)
_INTENT_RE = patterns.compile(r"(?:expect|anticipat|hope|aim|intend|plan|want|wish)", re.IGNORECASE)
_MODAL_ANYWHERE_RE = patterns.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\b", re.IGNORECASE)
_AT_BOARD_RE = patterns.compile(
    r"(?:will|shall)\s+(?:\w+\s+)?(?:review|test|check|examine|consider|discuss|ask|raise|look\s+at|follow)\b[^.;]*?"
    r"\b(?:at|through|via|by)\s+(?:the\s+|my\s+|our\s+|its\s+)?(?:next\s+)?(?:[\w&’']+\s+){0,5}?"
    r"(?:panel|board|meeting|committee|conference|session)s?\b",
    re.IGNORECASE,
)
_STARTED_RE = patterns.compile(r"(?:began|started|commenced)\b", re.IGNORECASE)
_SINCE_BEFORE_RE = patterns.compile(r"\bsince\s+(?:\w+\s+){0,5}$", re.IGNORECASE)
_POST_HEAD_RE = patterns.compile(r"\s+(?:on|of|for|to|in|with|from|about|into|against|by)\s+", re.IGNORECASE)
_MODAL_BEFORE_RE = patterns.compile(
    r"\b(?:should|would|could|might|ought\s+to|needs?\s+to|must(?!\s+now))\s+(?:\w+\s+)?$", re.IGNORECASE
)
_TO_HAVE_BEFORE_RE = patterns.compile(r"\bto\s+have\s+(?:[\w\-’']+\s+){1,5}$", re.IGNORECASE)
_NOT_THERE_BEFORE_RE = patterns.compile(
    r"\b(?:not|cannot|can['’]t|unable\s+to)\s+(?:yet\s+)?(?:decided|agreed|confirmed|known|clear|say|give|set|expect|"
    r"plan|intend)\w*\s+(?:when|whether|how|if|a|an|the|to|any)?\s*(?:[\w\-’']+\s+){0,3}$"
    # a date asked for is one not given ("have asked the force for a start date")
    r"|\b(?:asked|ask|asking|pressed|pressing)\s+(?:[\w’'\-]+\s+){0,4}?for\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
_NOT_BEFORE_RE = patterns.compile(r"\b(?:not|never)\s+$", re.IGNORECASE)  # "does not expect to begin soon"
_MAKE_SURE_BEFORE_RE = patterns.compile(
    r"\b(?:make|making|ensure|ensuring)\s+(?:sure\s+)?(?:that\s+)?(?:[\w'’\-]+\s+){1,6}$", re.IGNORECASE
)
_ASSURANCE_BEFORE_RE = patterns.compile(
    r"\b(?:seek|seeking|sought|receive|receiving|obtain|gain|get)\s+(?:\w+\s+)?(?:assurance|reassurance)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class StatusHit:
    status: ClaimedStatus
    weight: float
    span: Span
    preparatory: bool = False  # work got ready ("funding approved"), not the work itself
    clause: tuple[int, int] = (0, 0)  # (sentence start, clause number): a part done and a part not are apart
    upkeep: bool = False  # "refreshers will follow annually": keeping work up, which matters only beside work done


_NUMBER_WORDS = {**SMALL_NUMBERS, "none": 0}
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d{1,5}|" + "|".join(_NUMBER_WORDS)
_ABOUT = r"(?:(?:roughly|about|around|approximately|some|nearly|almost|over|just\s+over|just\s+under)\s+)?"
# a count done out of a whole: "7 of 12 actions complete", "0 of 650 staff trained", "eleven of the nineteen plans"
_SHARE_RE = patterns.compile(
    rf"\b(?P<num>{_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|our\s+|their\s+|an?\s+)?(?:identified\s+|total\s+of\s+)?"
    rf"(?:[\w\-]+['’]s\s+)?{_ABOUT}(?P<den>{_NUMBER})\b"
    r"(?:(?:\s+[\w\-]+){0,7}?\s+(?:have|has|had|are|were|is|was|trained|complete|completed|done|live|finished|applied|"
    r"delivered|in\s+place|attended|signed|reached|met))"
    # the count after a verb of reaching ("completion has reached 190 out of an identified 260")
    rf"|\b(?:reached|stands\s+at|is\s+at|totals?)\s+{_ABOUT}(?P<num2>{_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|an?\s+)?"
    rf"(?:identified\s+|total\s+of\s+)?(?P<den2>{_NUMBER})\b"
    # the count after the work's verb ("has been applied to eleven of the nineteen plans", "delivered to 40 of 60")
    rf"|\b(?:applied|delivered|given|issued|extended|assigned|rolled\s+out)\s+to\s+(?P<num3>{_NUMBER})\s+(?:out\s+)?of\s+"
    rf"(?:the\s+|its\s+|our\s+|their\s+)?(?P<den3>{_NUMBER})\b",
    re.IGNORECASE,
)


_SHARE_OF_RE = patterns.compile(
    rf"\bof\s+(?:the|its|our|their)\s+(?P<den>{_NUMBER})\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]+,?\s+(?P<num>{_NUMBER})\s+"
    r"(?:have|has|are|were|is|was)\b"
    # "assigned to 1,900 officers, of whom 1,120 have now completed"
    rf"|\b(?P<den2>{_NUMBER})\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]+,\s+of\s+whom\s+(?P<num2>{_NUMBER})\s+(?:have|has|are|were)\b",
    re.IGNORECASE,
)


# a share written as a fraction, in brackets or before what was done: "all relevant personnel trained (46/46)",
# "12/40 trained"; never a date ("12/06/2025"), a year ("2025/26") or "24/7", which are not a part of a whole
_FRACTION_RE = patterns.compile(
    r"\(\s*(?P<num>\d{1,4})\s*/\s*(?P<den>\d{1,4})\s*\)"
    r"|(?<![\d/])(?P<num2>\d{1,4})\s*/\s*(?P<den2>\d{1,4})(?![\d/])(?=\s+(?:trained|complete|completed|done|attended|in\s+scope))"
)


def _number(word: str) -> int:
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else _NUMBER_WORDS[word.lower()]


def _share_status(m: re.Match[str]) -> ClaimedStatus | None:
    """All of the whole done is implemented, none of it not started, a part of it under way."""
    groups = m.groupdict()
    done = _number(groups.get("num") or groups.get("num2") or groups["num3"])
    whole = _number(groups.get("den") or groups.get("den2") or groups["den3"])
    if whole == 0 or done > whole:
        return None
    return _N if done == 0 else _I if done == whole else _P


def sentence_hits(sentence: Sentence) -> list[StatusHit]:
    """Status cues in one sentence whose clause subject is the force or its work."""
    return [
        replace(
            h,
            span=Span(h.span.start + sentence.start, h.span.end + sentence.start),
            clause=(sentence.start, h.clause[1]),
        )
        for h in _text_hits(sentence.text)
    ]


# done only in part of the cases it should be: a rate well short of all ("compliance rose to 84%", "completed in roughly
# two thirds of referrals", "done in 47 of 52"), not yet every time, or a step on its way ("out to tender"). Like a
# share of a whole, a rate an audit found is the force's progress, not assurance of work already done.
_SHORT_OF_ALL_RE = patterns.compile(
    r"\b(?:compliance|completion|uptake|take-up|coverage)\b(?:\s+[\w\-]+){0,6}?\s+(?:to|at|of|is|was|reached|"
    r"now|from\s+[1-9]?\d\s*(?:%|per\s*cent)\s+to)\s+(?:around\s+|about\s+|roughly\s+|over\s+|nearly\s+|"
    r"almost\s+|just\s+)?(?:[1-8]?\d|9[0-4])\s*(?:%|per\s*cent)"  # 95% and above is done in practice
    r"|\b(?:in|for|with)\s+(?:around\s+|about\s+|roughly\s+|only\s+)?(?:half|two\s+thirds|three\s+quarters|most|"
    r"(?P<part>\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?(?!(?P=part)\b)\d{1,3})\s+(?:of\s+)?(?:the\s+)?"
    r"(?:referrals|cases|reports|officers|staff|checks|samples|records)\b"
    r"|\bnot\s+yet\s+(?:consistently|always|routinely|fully\s+embedded)\b|\bin\s+the\s+course\s+of\s+being\b"
    r"|\b(?:out\s+to|gone\s+to|went\s+to)\s+tender\b"
    # done by a share of the people ("has been completed by 92 per cent of the officers identified")
    r"|\b(?:completed|done|finished|attended|undertaken|taken)\s+by\s+(?:around\s+|about\s+|some\s+|over\s+|nearly\s+|"
    r"almost\s+|just\s+over\s+|just\s+under\s+)?(?:[1-8]?\d|9[0-4])\s*(?:%|per\s*cent)"
    # a rate said as a note says it ("Launched June 2025, 30% completion")
    r"|\b(?:[1-8]\d|9[0-4]|[1-9])\s*(?:%|per\s*cent)\s+(?:completion|complete|completed|compliance|compliant|trained|coverage|uptake)\b"
    # a rate of the people who should have done it ("61 per cent of those required to have done so")
    r"|\b(?:[1-8]?\d|9[0-4])\s*(?:%|per\s*cent)\s+of\s+(?:[\w\-]+\s+){0,8}?(?:have|has)\s+(?:now\s+|already\s+)?"
    r"(?:done\s+so|completed|finished|attended|been\s+trained)\b"
    # a rate alone in a table's cell or in brackets after a count ("65%", "12 of 160 (8%)"), or a rate of people
    # who have done it ("82% of relevant officers complete"), or a count of completions so far
    r"|^\W*(?:[1-8]?\d|9[0-4])(?:\.\d+)?\s*(?:%|per\s*cent)\W*$|\(\s*(?:[1-8]?\d|9[0-4])(?:\.\d+)?\s*%\s*\)"
    r"|\b(?:[1-8]?\d|9[0-4])\s*(?:%|per\s*cent)\s+of\s+(?:the\s+)?(?:relevant\s+|identified\s+|frontline\s+)?(?:officers|staff|"
    r"personnel|detectives|investigators|people|those)\b[^.;%]{0,30}?\b(?:complete|completed|trained)\b"
    r"|\b\d[\d,]*\s+(?:completions|completed|trained)\s+(?:to\s+date|so\s+far)\b"
    # a part of them said done ("a set of plans is being written, with half of them now agreed")
    r"|\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|some|most)\s+of\s+(?:them|these|those|the\s+[\w\-]+)\s+"
    r"(?:now\s+|already\s+)?(?:agreed|complete|completed|done|finished|trained|delivered|in\s+place|signed\s+off)\b"
    r"|\b(?:in|for|across|to)\s+(?:only\s+)?(?P<p2>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?!(?P=p2)\b)(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\b",
    re.IGNORECASE,
)
_SHORT_OF_ALL_WORDS = ("%", "per cent", " of ", "not yet", "course of", "tender", "to date", "so far")


def _overlaps(m: re.Match[str], hits: list[StatusHit]) -> bool:
    """Whether a match overlaps the words of a hit already read."""
    return any(h.span.start < m.end() and m.start() < h.span.end for h in hits)


def _share_hits(text: str, lower: str) -> list[StatusHit]:
    """A share of a whole done ("7 of 12 teams"), or done only in part of the cases (:data:`_SHORT_OF_ALL_RE`)."""
    hits: list[StatusHit] = []
    if " of " in lower or lower.startswith("of "):
        for m in [*_SHARE_RE.finditer(text), *_SHARE_OF_RE.finditer(text)]:
            share = _share_status(m)
            if share is not None and _counts(m, text):
                hits.append(StatusHit(share, 2.0, Span(m.start(), m.end())))
    if "/" in text:
        for m in _FRACTION_RE.finditer(text):
            share = _share_status(m)
            if share is not None and not _overlaps(m, hits):
                hits.append(StatusHit(share, 2.0, Span(m.start(), m.end())))
    if any(word in lower for word in _SHORT_OF_ALL_WORDS):
        for m in _SHORT_OF_ALL_RE.finditer(text):
            if _counts(m, text, _P) and not _overlaps(m, hits):
                hits.append(StatusHit(_P, 2.0, Span(m.start(), m.end())))
    return hits


_FINITE_RE = patterns.compile(r"\b(?:is|are|was|were|has|have|had|been)\b", re.IGNORECASE)


_INTENT_AND_BEFORE_RE = patterns.compile(
    r"\b(?:intends?|plans?|aims?|expects?|wants?|hopes?)\s+to\s+[^.;]{0,80}?\band\s+$", re.IGNORECASE
)
_COORDINATE_RE = patterns.compile(r"[;,]|\b(?:and|but|while|whilst|whereas)\b", re.IGNORECASE)
_UPDATE_DUE_RE = patterns.compile(r"\W*(?:(?:further|full|next)\s+)?update\s+(?:to\s+follow|due)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _text_hits(text: str) -> tuple[StatusHit, ...]:
    """The cues of a sentence's text, with spans from its start (a passage and the parts of it read again)."""
    assurance = bool(_ASSURANCE_RE.search(text))
    lower = text.lower()
    hits = _share_hits(text, lower)
    taken = [(h.span.start, h.span.end) for h in hits]
    declared = _DECLARED_RE.match(text) if len(text) <= _NOTE_LENGTH else None
    if declared is not None and _UPDATE_DUE_RE.match(text):
        declared = None  # "Update to follow", "Update due September": an account to come, not work planned
    if declared is not None and declared.lastgroup:  # a status column's value, or a note that leads with one
        status = ClaimedStatus[declared.lastgroup]
        taken.append((declared.start(), declared.end()))
        # "Training needs analysis complete; 3 of 11 sessions delivered": one step done, as a note names it (no verb:
        # "This training is complete, and ..." says the whole is done), weighed with the rest
        part = declared.group("part")
        part = part and not _FINITE_RE.search(part) and len(text[declared.end() :].split()) > 2
        hits.append(StatusHit(status, 2.0 if part else DECLARED, Span(declared.start(), declared.end())))
    refused = False  # a cue read and set aside (someone else's doing): a bare time beside it says nothing either
    chosen = {i for word in _LITERALS if word in lower for i in _CUES_NEEDING[word]}  # each cue's prefilter
    if len(text) <= _NOTE_LENGTH:
        chosen.update(_ALWAYS)
    for index in sorted(chosen):
        status, weight, _, _ = _CUES[index]
        for m in _cue_pattern(index).finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if not _counts(m, text, status):
                refused = True
                continue
            taken.append((m.start(), m.end()))
            if status is _I and _PARTLY_RE.search(m.group(0)):
                status = _P  # "has been partially implemented", "are partly in place": under way
            # assurance of work done weighs little: an audit or check named in the cue's own clause ("a monthly audit
            # has started", "is undertaking assurance work"), not one done before it ("the equipment audit has been
            # completed and a team is now drawing up the specification")
            own = _COORDINATE_RE.split(text[: m.start()])[-1] + m.group(0) + _COORDINATE_RE.split(text[m.end() :])[0]
            checked = assurance and bool(_ASSURANCE_RE.search(own))
            w = weight * (0.2 if checked and status is _P else 1.0)
            upkeep = status in (_L, _P) and bool(
                _MAINTENANCE_RE.search(text, m.start(), _clause_end(text, m.end()))
                or _ROUTINE_RE.match(text, m.end())
                # a check still to come: "... intends to refresh it", "will audit compliance", "will be reviewed in May"
                or (status is _L and bool(_REVIEW_RE.match(text, m.end()) or _REVIEW_RE.search(m.group(0))))
            )
            prep = status is _I and not _PREPARATORY.isdisjoint(_WORD_RE.findall(m.group(0).lower()))
            clause = (0, len(_PART_BREAK_RE.findall(text, 0, m.start())))
            span = Span(m.start(), m.end())
            hits.append(StatusHit(status, w, span, prep, clause, upkeep))
    others = [h for h in hits if h.weight != FALLBACK]
    if (
        refused
        or any(not h.preparatory for h in others)
        # beside preparation only, a time said forward is its date ("slots reserved for March"); "agreed in May" is past
        or (others and not any(_forward(text, h.span.start) for h in hits if h.weight == FALLBACK))
        or _MODAL_ANYWHERE_RE.search(text)
        or _PAST_RE.search(text)
    ):
        hits = [h for h in hits if h.weight != FALLBACK]
    return tuple(hits)


# a verb in the past tense: a bare time beside it is past ("The force made it a mandatory step in May")
_PAST_RE = patterns.compile(
    r"\b(?:was|were|had|did|made|went|took|began|came|ran|became|saw|gave)\b"
    r"|\b[a-z]{3,}ed\s+(?:it|them|the|a|an|its|their|this|these|our|every|all)\b(?<!\bneed\s)",
    re.IGNORECASE,
)


_FORWARD_RE = patterns.compile(r"(?:for|from|by|until|before)\b|20\d\d/\d\d\b", re.IGNORECASE)
_STARTING_RE = patterns.compile(r"\b(?:starting|beginning|commencing)\s+$", re.IGNORECASE)


def _forward(text: str, at: int) -> bool:
    """Whether the time at ``at`` is said forward ("for March", "from April", "2026/27", "starting in March")."""
    return bool(_FORWARD_RE.match(text, at) or _STARTING_RE.search(text, 0, at))


_PARTLY_RE = patterns.compile(r"\b(?:partially|partly|in\s+part)\b", re.IGNORECASE)
# a routine said close after the words ("will keep sampling quarterly"): upkeep; further off it is another clause's
_ROUTINE_RE = patterns.compile(
    r"[^,;]{0,30}?\b(?:quarterly|monthly|weekly|every\s+(?:quarter|month|week))\b", re.IGNORECASE
)
_MAINTENANCE_RE = patterns.compile(
    r"\b(?:annual(?:ly)?|each\s+year|every\s+year|periodic(?:ally)?|under\s+review|refreshers?|how\s+well|"
    r"normal\s+governance|business\s+as\s+usual)\b",
    re.IGNORECASE,
)


# checking or renewing work once it is done ("will be reviewed in February", "will audit compliance in December",
# "intends to refresh it every two years"): upkeep, which beside work done is no progress still to make
_REVIEW_RE = patterns.compile(
    r"\s*\b(?:review|audit|re-?audit|evaluat|refresh|revisit|re-?test|dip[\s\-]?sampl|sampl|assess|inspect)\w*",
    re.IGNORECASE,
)

_CLAUSE_END_RE = patterns.compile(r"[;:]")


def _phrase_end(text: str, pos: int) -> int:
    """Where the phrase going on at ``pos`` ends: its clause's end or the next comma, whichever comes first."""
    comma = text.find(",", pos)
    return min(_clause_end(text, pos), comma if comma >= 0 else len(text))


def _clause_end(text: str, pos: int) -> int:
    """Where the clause going on at ``pos`` ends (a semicolon, colon or the sentence's end)."""
    m = _CLAUSE_END_RE.search(text, pos)
    return m.start() if m else len(text)


_PART_BREAK_RE = patterns.compile(
    r";|\b(?:but|while|whilst|whereas|although|though|others|the\s+rest)\b", re.IGNORECASE
)
_NOT_WORK = word_list("not_work_verbs")
_PREPARATORY = word_list("preparatory_verbs")
_WORD_RE = patterns.compile(r"[a-z]+")
_NOT_PLAN = word_list("not_plan_verbs")
_NOT_PRACTICE = frozenset(
    ("stands", "aims", "plans", "intends", "needs", "expects", "seems", "looks", "has", "is", "was")
)


def _plain_verb_counts(groups: dict[str, str | None]) -> bool:
    """Whether the verb a catch-all cue caught is one of doing (the word lists say which are not)."""
    now = (groups.get("now") or "").lower()
    if now and (now in _NOT_PRACTICE or now in STOPWORDS):
        return False
    future = (groups.get("future") or "").lower()
    if future and (future in _NOT_PLAN or _OVERSIGHT_RE.match(future)):
        return False
    not_done = (groups.get("notdone") or "").lower()
    if not_done and (not_done in _NOT_WORK or not (not_done.endswith("ed") or not_done in _IRREGULAR_DONE)):
        return False
    done = (groups.get("done") or "").lower()
    return not done or (done not in _NOT_WORK and (done.endswith("ed") or done in _IRREGULAR_DONE))


def _verb_counts(groups: dict[str, str | None], before: str) -> bool:
    """Whether the words a cue caught are the force's doing, from the caught words alone."""
    if not _plain_verb_counts(groups):
        return False
    if (groups.get("ing") or "").lower() in _ING_ADJECTIVES:
        return False
    verb = groups.get("verb")
    if verb and (_OVERSIGHT_RE.match(verb) or verb.lower() in ("be", "have", "face", "see", "need")):
        return False
    # "until then, each force continues to buy its own": the old way kept, not progress
    return not (verb and _INTERIM_RE.search(before))


def _counts(m: re.Match[str], text: str, status: ClaimedStatus | None = None) -> bool:
    """Whether a cue's match is a claim about the force's work, from its words and the clause around it."""
    groups = m.groupdict()
    before = text[: m.start()]
    if groups.get("verdict") or groups.get("verdict2"):
        return _verb_counts(groups, before)  # the writer's own judgement that the finding is met
    refused = (
        not _verb_counts(groups, before)
        # "expects every inspector to have attended one by February": a perfect still to come
        or bool(re.search(r"\bto\s+$", before) and re.match(r"(?:has|have)\b", m.group(0), re.I))
        # "until then the existing briefing serves as an interim arrangement": the old way meanwhile, not progress
        or bool(status is _P and _INTERIM_RE.search(before))
        or bool(_OVERSIGHT_RE.search(m.group(0)) or _OVERSIGHT_RE.match(text[m.end() :].lstrip()))
        # "will report progress to the committee", "any risk will be recorded on the force risk register"
        or bool(
            re.search(r"\bwill\b", m.group(0), re.I)
            and _OVERSIGHT_RE.search(text, m.start(), _phrase_end(text, m.end()))
        )
        # "since the new process began": when a state started, not work under way
        or bool(_STARTED_RE.match(m.group(0)) and _SINCE_BEFORE_RE.search(before))
        # "the report found that the force had not ...": the finding, not a claim of the letter's
        or bool(_FOUND_RE.search(before))
        # "will be undertaken by my office", "will be considered by the audit committee": someone else's doing
        or _by_someone_else(m.group(0), text[m.end() :])
        # "once the template has been issued, the force will ...": a condition, not a claim
        or (_conditional(before, text) and not _FUTURE_RE.search(m.group(0)))
        # "will review at the Police and Crime Panel", "will test compliance through my board": the writer's scrutiny
        or bool(_AT_BOARD_RE.match(text, m.start(), _clause_end(text, m.end())))
        # "I have asked the Chief Constable to make sure they are delivered": what is to be made sure of, not done
        or bool(_MAKE_SURE_BEFORE_RE.search(before))
        # "aims to have every officer trained by April": done only in the aim
        or bool(status is _I and _TO_HAVE_BEFORE_RE.search(before))
        # "intends to write it over the autumn and have it in place by December": done only in the intention
        or bool(status is _I and re.match(r"have\b", m.group(0), re.I) and _INTENT_AND_BEFORE_RE.search(before))
        # "has not decided when it will begin", "cannot yet give a start date", "does not expect to begin soon": a
        # future or a date said not to be there
        or bool(status is _L and (_NOT_THERE_BEFORE_RE.search(before) or _NOT_BEFORE_RE.search(before)))
        # "has not yet identified how it will be recorded", "asked him to tell me how he intends to meet it": a plan
        # asked after, not one the letter gives
        or bool(status is _L and _INDIRECT_BEFORE_RE.search(before))
        # "the force should have a plan in place", "I will seek assurance that it is being done"
        or bool(
            (_MODAL_BEFORE_RE.search(before) and not _INTENT_RE.match(m.group(0)))
            or _ASSURANCE_BEFORE_RE.search(before)
        )
    )
    # "I have reservations about it, and nothing has yet been done": a cue that is its own subject is not the writer's
    own_subject = bool(_OWN_SUBJECT_RE.match(m.group(0)))
    return not refused and (bool(groups.get("owner")) or own_subject or not _denied(before))


_OWN_SUBJECT_RE = patterns.compile(r"nothing\b", re.IGNORECASE)
_INDIRECT_BEFORE_RE = patterns.compile(
    r"\b(?:identified|decided|determined|know|known|tell|told|show|explain|understand|confirm|confirmed|asked|ask|"
    r"clear|sure|considering|sets?\s+out|describes?|decision\s+(?:on|about))\s+(?:[\w’'\-]+\s+){0,3}?(?:how|whether)\s+(?:[\w’'\-]+\s+){0,8}$",
    re.IGNORECASE,
)


_CONDITION_RE = patterns.compile(
    r"\b(?P<word>once|until|as\s+soon\s+as|subject\s+to|when|after|before|if|following)\b[^,;:–—]*$",
    re.IGNORECASE,
)
_FUTURE_RE = patterns.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|intends?\s+to|plans?\s+to|aims?\s+to|expects?\s+to|is\s+expected)\b",
    re.IGNORECASE,
)


_FOUND_RE = patterns.compile(
    r"\b(?:report|inspectorate|inspectors?|inspection|hmicfrs)\s+(?:\w+\s+)?(?:found|noted|said|identified|highlighted|"
    r"concluded|observed|reported|saw|criticised)\b|\b(?:inspectors|it)\s+(?:was|is)\s+(?:disappointing|concerning)\b",
    re.IGNORECASE,
)
_AGENT_RE = patterns.compile(
    r"^\s+(?:by|with)\s+(?P<agent>(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)(?=\s*(?:[.,;:]|$|\s+(?:in|at|on|from|every|each)\b))"
)


def _by_someone_else(words: str, after: str) -> bool:
    """Whether a passive's agent is the writer ("will be monitored by my office"), or another body that only weighs
    the work ("will be considered by the audit committee"); a body that does it ("reviewed by an external panel")
    does the force's work."""
    m = _AGENT_RE.match(after)
    if m is None:
        return False
    agent = m.group("agent")
    if {w.strip(".,;:").lower() for w in agent.split()} & _DENIED_SUBJECTS:
        return True
    weighing = re.search(r"\b(?:considered|discussed|debated|scrutini[sz]ed|noted|received|raised)\b", words, re.I)
    return bool(weighing) and bool(_OTHER_BODY_RE.search(re.sub(r"^(?:the|my|our)\s+", "", agent, flags=re.I)))


def _conditional(before: str, sentence: str) -> bool:
    """Whether a cue stands in a clause of condition ("once X has been issued") of a sentence about the future."""
    m = _CONDITION_RE.search(before)
    if m is None:
        return False
    word = m.group("word").lower()
    return word in ("once", "until", "subject to") or " " in word or bool(_FUTURE_RE.search(sentence))


def _denied(prefix: str) -> bool:
    """Whether the subject of the clause ending at ``prefix`` is the writer, the report or the like."""
    parts = CLAUSE_SPLIT_RE.split(prefix)  # clauses alternate with the words that split them
    subject = parts[-1].strip()
    if not subject and len(parts) >= 3 and parts[-2].lower() == "that" and _SAYING_RE.search(parts[-3]):
        return False  # "I am disappointed that no date has been set": the clause after "that" has its own subject
    if not subject and len(parts) >= 3 and parts[-2].lower() in ("which", "who", "that"):
        subject = " ".join(parts[-3].split()[-3:])  # a relative clause is about its antecedent
    elif not subject:  # "... and will continue to ..." shares the subject of the first clause
        subject = parts[0].strip()
    if _ASKED_FOR_RE.match(subject):  # "what the inspectorate asked for is now in place": the work is the subject
        return False
    subject = _REPORTING_RE.sub("", subject)  # "I understand the force is adapting": the force is the subject
    subject = _TOLD_RE.split(subject)[-1]  # "the force tells me it has begun": it has
    subject = _POST_HEAD_RE.split(subject, maxsplit=1)[0]  # "work on this recommendation": the work is
    if _OTHER_BODY_RE.search(subject) or _THIS_LETTER_RE.search(subject):  # "the national system is being
        return True  # replaced", "this response has been delayed": not the force's work
    tokens = {t.strip(".,;:\"“”'‘").lower() for t in subject.split()}
    return bool(tokens & _DENIED_SUBJECTS)


def _declared_hits(hits: list[StatusHit]) -> list[StatusHit]:
    """The statuses the letter declares outright, with a date set in the same note as a declared "not begun"
    ("Not yet begun, but scheduled for May": planned)."""
    declared = [h for h in hits if h.weight >= DECLARED]
    if not declared or any(h.status is not _N for h in declared):
        return declared
    notes = {d.clause[0] for d in declared}
    return [*declared, *(h for h in hits if h.status is _L and h.weight >= 1.5 and h.clause[0] in notes)]


def decide(hits: list[StatusHit]) -> tuple[ClaimedStatus, Span | None]:
    """Weigh the cues of a passage into one status and the span of the deciding words."""
    if not hits:
        return ClaimedStatus.NOT_STATED, None
    if any(h.weight != RATING for h in hits):  # "Amber – plan due to the Board in December": the note decides
        hits = [h for h in hits if h.weight != RATING]
    declared = _declared_hits(hits)
    if declared:  # a status the letter declares outright ("Status: Planned") outweighs any inference
        hits = declared
    if any(h.status is _I and not h.preparatory for h in hits):  # done work kept up: the upkeep is no progress
        hits = [h for h in hits if not h.upkeep] or hits
    if any(h.status is _L for h in hits):  # "funding approved; delivery will begin in April": all still to come
        hits = [h for h in hits if not h.preparatory] or hits
    totals = {s: sum(h.weight for h in hits if h.status is s) for s in (_I, _P, _L, _N)}
    done, doing, planned, not_started = totals[_I], totals[_P], totals[_L], totals[_N]
    apart = {h.clause for h in hits if h.status is _I}.isdisjoint({h.clause for h in hits if h.status is _N})
    if not_started and done and not doing and apart:
        status = _P  # part done, part not begun ("some have completed; others have yet to start")
    elif not_started and not done and not doing and any(h.status is _L and h.weight >= 1.5 for h in hits):
        status = _L  # not begun, with a date or an intention: planned ("not yet begun, but scheduled for May")
    elif not_started and not_started >= done + doing:
        status = _N
    elif doing > 0:
        status = _I if done >= 2 * doing and planned == 0 else _P
    elif done and planned:
        status = _P
    elif done:
        status = _I
    else:
        status = _L
    chosen = [h for h in hits if h.status is status] or hits
    best = max(chosen, key=lambda h: (h.weight, -h.span.start))
    return status, best.span


def status_of(text: str, offset: int = 0) -> tuple[ClaimedStatus, Span | None]:
    """The implementation status a passage claims (``offset`` is where ``text`` starts in the document)."""
    return decide([h for s in sentences(text, offset) for h in sentence_hits(s)])
