"""Synthetic report texts in the HMICFRS genre, written for these tests, and a text → Document helper."""

from __future__ import annotations

import json
import re
from pathlib import Path

from oversight_ingest.document import Block, BlockKind, Document, Span

REPO = Path(__file__).resolve().parents[3]
OIC_PACK = REPO / "src" / "oversight" / "reports" / "packs" / "oic-2025.json"


def doc_from_text(text: str, *, blocks: bool = False) -> Document:
    """A Document for ``text``; with ``blocks``, one block per blank-line paragraph (``#`` lines are headings)."""
    found: list[Block] = []
    if blocks:
        for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
            chunk = m.group(0)
            if not chunk.strip():
                continue
            start = m.start() + len(chunk) - len(chunk.lstrip())
            end = m.start() + len(chunk.rstrip())
            heading = re.match(r"#+ ", text[start:end])
            if heading:
                found.append(Block(BlockKind.HEADING, Span(start, end), level=len(heading.group(0)) - 1))
            else:
                kind = BlockKind.LIST_ITEM if re.match(r"[•\-] |\d+\. ", text[start:end]) else BlockKind.PARAGRAPH
                found.append(Block(kind, Span(start, end)))
    return Document(text=text, format="txt", blocks=found)


def oic_texts() -> dict[str, str]:
    data = json.loads(OIC_PACK.read_text("utf-8"))
    return {f["reference"]: f["text"] for f in data["report"]["findings"]}


def national_report() -> str:
    """A national thematic: ten recommendations, listed in a summary and repeated in the body."""
    oic = oic_texts()
    recs = {
        "1": "By 31 March 2026, the National Crime Agency should publish a national picture of organised "
        "immigration crime threats and share it with every force.",
        "2": oic["2"],
        "3": "By 30 September 2025, the Home Office, working with the National Crime Agency, should agree how "
        "intelligence about small boat crossings is passed to forces.",
        "4": oic["4"],
        "5": "By the end of 2025, the College of Policing should update its authorised professional practice on "
        "immigration offences.",
        "6": "Within six months, the National Police Chiefs' Council should appoint a national lead for "
        "organised immigration crime.",
        "7": "By March 2026, the Modern Slavery & Organised Immigration Crime Unit should evaluate the support it "
        "gives to regional organised crime units.",
        "8": oic["8"],
        "9": oic["9"],
        "10": "In the 2025/26 financial year, the Home Office and the National Crime Agency should review how "
        "they fund joint investigations with forces.",
    }
    summary = "\n\n".join(f"Recommendation {n}\n\n{t}" for n, t in recs.items())
    body_parts = []
    for n, t in recs.items():
        body_parts.append(
            "Officers we spoke to described a lack of clear direction. Some forces should consider how they "
            "brief patrol officers, and many told us that guidance was hard to find."
        )
        body_parts.append(f"Recommendation {n}: {t}")
    body = "\n\n".join(body_parts)
    return f"""Improving the response to cross-border smuggling networks

An inspection of how police forces tackle organised immigration crime

Published: 16 May 2025

Contents

Summary

We inspected how well the police understand and respond to organised immigration crime. We found that
forces should do more to gather intelligence, and that national bodies should support them better.

Recommendations

We have made ten recommendations.

{summary}

Introduction

By 2024, the number of small boat arrivals had risen sharply. In our view, forces must improve.

Findings

{body}

Conclusion

Chief constables should read this report alongside our earlier work.
"""


FORCE_REPORT = """PEEL 2025: An inspection of Wiltshire Police's response to missing children

Published: 3 June 2025

Overall summary

We found that Wiltshire Police needs to improve how it responds when children go missing. The force
should consider its use of the risk assessment tool, and supervisors told us they were stretched.

Cause of concern

The force does not consistently identify and protect children who go missing repeatedly, and it does not
share information with partner agencies quickly enough.

Recommendations

Within three months, the force should:

• make sure that every missing child episode is reviewed by a supervisor within 24 hours;
• introduce a system to flag children who go missing three or more times in a 90-day period; and
• agree with the local authority how return home interviews are shared.

Areas for improvement

Area for improvement 1: The force should improve how it records the reasons children give for going missing.

AFI 2

The force should make sure that officers understand the risks of child criminal exploitation.

Area for improvement 3 – The force should improve the quality of its missing person investigation plans.

Our detailed findings

Officers told us they valued the training. The force should continue this good work.
"""


REGIONAL_REPORT = """An inspection of the Yorkshire and Humber regional response to fraud

Published: 20 November 2025

Summary

The regional organised crime unit works hard, but the region lacks a shared view of fraud threats.

Areas for improvement

1. The Yorkshire and Humber ROCU and its constituent forces should agree a single regional fraud
   intelligence requirement.
2. The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should review how
   fraud victims are referred between forces and the region.
3. The Yorkshire and Humber Regional Organised Crime Unit should evaluate its asset recovery work.

About the region

The four forces in the region should, in our view, keep working together.
"""


RELATIVE_REPORT = """Stalking and harassment: a follow-up inspection

Published: 10 January 2025

Recommendations

Recommendation 1: Within six months, chief constables should make sure that every stalking report is
reviewed by a specialist.

Recommendation 2: Within 12 months of the publication of this report, the College of Policing should
revise its stalking training.

Recommendation 3: Immediately, all forces should stop closing stalking cases without victim contact.

Recommendation 4: By the end of March 2026, chief constables should publish their stalking protection
order data.
"""


UNNUMBERED_REPORT = """Digital forensics: an inspection of backlogs

Published: 12 February 2025

What we found

Backlogs in digital forensic units have grown. Forces should consider whether outsourcing is
good value, and some told us it was.

By 31 December 2025, the Home Office should publish a funding plan for digital forensic services.

We spoke to examiners in every region. By 30 June 2026, chief constables, working with the Forensic
Capability Network, should make sure every digital forensic unit is accredited. Examiners welcomed this.

By spring 2026, the College of Policing should publish guidance on triaging devices.
"""
