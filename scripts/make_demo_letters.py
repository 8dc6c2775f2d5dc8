#!/usr/bin/env python
"""Write the demo's synthetic response letters to src/oversight/core/demo_letters/.

The letters are written for the demonstration in Oversight's own words: the offices are real
policing bodies (so the letters match the reference data), but every sentence, figure, initiative
and date is invented. Nothing here is what any body said. Run it again after editing a letter:

    .venv/bin/python scripts/make_demo_letters.py
"""

from __future__ import annotations

import ctypes
import html
import io
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "oversight" / "core" / "demo_letters"

OIC = "Improving the response to organised immigration crime"
SOC = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
OIC_TEXT = {
    "2": (
        "By 30 April 2026, chief constables should make sure that every time a member of their force reports a "
        "case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes "
        "and submits the required intelligence document."
    ),
    "4": (
        "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and "
        "share information related to organised immigration crime."
    ),
    "8": (
        "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, "
        "should make sure that relevant personnel in all Home Office forces complete the Hydra training package."
    ),
    "9": (
        "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit "
        "and the College of Policing, should make sure that relevant personnel complete the four e-learning "
        "modules on organised immigration crime."
    ),
}


@dataclass(frozen=True)
class Letter:
    name: str  # file name without extension
    formats: tuple[str, ...]
    office: str
    address: tuple[str, ...]
    date: str
    title: str
    opening: str
    sections: tuple[tuple[str, str, str], ...]  # heading, quoted finding, answer
    closing: str
    signature: tuple[str, ...]


LETTERS = [
    Letter(
        name="thames-valley-oic",
        formats=("pdf",),
        office="Thames Valley Police and Crime Commissioner",
        address=("The Office of the Police and Crime Commissioner", "Thames Valley", "Kidlington"),
        date="3 July 2025",
        title=f"Response of the Thames Valley Police and Crime Commissioner to the HMICFRS report: {OIC}",
        opening=(
            "I welcome this report. I have sought the views of the Chief Constable of Thames Valley Police, and "
            "this letter gives my response together with the force's. Progress will be monitored through my "
            "Accountability and Performance Board."
        ),
        sections=(
            (
                "Recommendation 2",
                OIC_TEXT["2"],
                "I agree with this recommendation. The force has added a mandatory prompt to its custody and "
                "crime recording systems, and since 1 June 2025 every referral to the National Command and "
                "Control Unit is checked by the Force Intelligence Bureau. In June 2025, 46 of 51 referrals "
                "had the intelligence document submitted within 48 hours.",
            ),
            (
                "Recommendation 4",
                OIC_TEXT["4"],
                "I agree. An information collection plan for organised immigration crime is being drafted with "
                "the South East Regional Organised Crime Unit and will be in place by October 2025.",
            ),
            (
                "Recommendation 8",
                OIC_TEXT["8"],
                "The Chief Constable has accepted this recommendation. The Hydra package is being delivered "
                "through the Threshold Training Suite at the force training centre; 120 of 310 identified "
                "officers and staff had completed it by the end of June 2025.",
            ),
            (
                "Recommendation 9",
                OIC_TEXT["9"],
                "I support this recommendation. Work is under way to add the four e-learning modules to the "
                "mandatory training of the Modern Slavery and Exploitation Team.",
            ),
        ),
        closing="I will continue to monitor progress and will ask the Chief Constable to report on it each quarter.",
        signature=("Police and Crime Commissioner for Thames Valley",),
    ),
    Letter(
        name="kent-oic",
        formats=("docx",),
        office="Kent Police and Crime Commissioner",
        address=("Office of the Police and Crime Commissioner", "Kent Police Headquarters", "Maidstone"),
        date="24 June 2025",
        title=f"Kent Police and Crime Commissioner: response to {OIC}",
        opening=(
            "Thank you for this inspection. The Chief Constable of Kent Police has provided his comments, "
            "which I summarise with my own below."
        ),
        sections=(
            (
                "Recommendation 2",
                OIC_TEXT["2"],
                "The Chief Constable has accepted this recommendation and I support it. This is now standard "
                "practice: a dip sample of 60 referrals in May 2025 found the intelligence document submitted "
                "in 57 cases.",
            ),
            (
                "Recommendation 4",
                OIC_TEXT["4"],
                "I agree. The force's collection plan was refreshed in April 2025 and is shared with the Kent "
                "and Medway Anti-Slavery Partnership.",
            ),
            (
                "Recommendation 8",
                OIC_TEXT["8"],
                "I agree. The Channel Ports Awareness Roadshow has taken the Hydra package to 14 teams since "
                "March 2025, and 85% of the identified cohort have now completed it.",
            ),
            (
                "Recommendation 9",
                OIC_TEXT["9"],
                "I note this recommendation. The force is planning how the modules will be delivered "
                "alongside its existing mandatory training.",
            ),
        ),
        closing="I will hold the Chief Constable to account for this work at my Performance and Delivery Board.",
        signature=("Police and Crime Commissioner for Kent",),
    ),
    Letter(
        name="essex-oic",
        formats=("html",),
        office="Essex Police, Fire and Crime Commissioner",
        address=("Office of the Police, Fire and Crime Commissioner for Essex", "Chelmsford"),
        date="21 July 2025",
        title=f"Response to the HMICFRS report: {OIC}",
        opening=(
            "This is the response of the Essex Police, Fire and Crime Commissioner, with the Chief Constable's "
            "comments, to the inspectorate's report."
        ),
        sections=(
            (
                "Recommendation 2",
                OIC_TEXT["2"],
                "I agree. Essex Police is working with regional partners to clarify how referrals are recorded, "
                "and a new process will start in September 2025.",
            ),
            (
                "Recommendation 4",
                OIC_TEXT["4"],
                "I partially agree. The force has a strategic assessment but not yet a separate collection plan "
                "for organised immigration crime; one will be considered at the next review.",
            ),
            (
                "Recommendation 8",
                OIC_TEXT["8"],
                "I agree. Operation Harbourlight, the force's port-focused operation, now includes Hydra "
                "exercises; 64 officers took part in the first two sessions in June 2025.",
            ),
        ),
        closing="I will continue to monitor progress through my scrutiny board.",
        signature=("Police, Fire and Crime Commissioner for Essex",),
    ),
    Letter(
        name="humberside-soc",
        formats=("pdf",),
        office="Humberside Police and Crime Commissioner",
        address=("Office of the Police and Crime Commissioner for Humberside", "Hull"),
        date="30 June 2025",
        title=f"Humberside Police and Crime Commissioner: response to {SOC}",
        opening=(
            "I welcome this inspection of the regional response. The Chief Constable of Humberside Police and "
            "the head of the Regional Organised Crime Unit have given their comments, reflected below."
        ),
        sections=(
            (
                "Area for improvement 1",
                "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should "
                "improve how they work together to tackle serious and organised crime.",
                "I agree. A joint tasking meeting between the force and the Regional Organised Crime Unit has "
                "met every fortnight since April 2025, and the Estuary Partnership Plan sets shared priorities.",
            ),
            (
                "Area for improvement 2",
                "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should "
                "improve how the region procures and uses technical surveillance equipment.",
                "I support this area for improvement. A regional equipment register is planned for 2026.",
            ),
        ),
        closing="I will review progress with the Chief Constable at my Police and Crime Panel reports.",
        signature=("Police and Crime Commissioner for Humberside",),
    ),
    Letter(
        name="west-yorkshire-soc",
        formats=("docx",),
        office="Mayor of West Yorkshire (West Yorkshire Combined Authority)",
        address=("Policing and Crime Team", "West Yorkshire Combined Authority", "Wellington House, Leeds"),
        date="8 July 2025",
        title=f"Response of the Mayor of West Yorkshire to {SOC}",
        opening=(
            "As Mayor, with the functions of a police and crime commissioner, I welcome this report. I have "
            "sought the comments of the Chief Constable of West Yorkshire Police, which are reflected here."
        ),
        sections=(
            (
                "Area for improvement 1",
                "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should "
                "improve how they work together to tackle serious and organised crime.",
                "I accept this area for improvement. The Clear, Hold, Build approach is now used in three "
                "districts, and a shared serious organised crime profile was agreed with the region in May 2025.",
            ),
            (
                "Area for improvement 2",
                "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should "
                "improve how the region procures and uses technical surveillance equipment.",
                "I agree. Work is under way with the other policing bodies of the region on a joint procurement "
                "framework, to be agreed by March 2026.",
            ),
        ),
        closing="I will continue to scrutinise this work through my Police and Crime Panel.",
        signature=("Mayor of West Yorkshire",),
    ),
]


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def render_html(letter: Letter) -> bytes:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(letter.title)}</title></head><body>",
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        f"<a href='/contact'>Contact {_e(letter.office)}</a></nav>",
        "<div class='cookie-banner'><p>We use cookies to make this site work.</p><button>Accept</button></div>",
        "</header>",
        "<main>",
        *(f"<p>{_e(line)}</p>" for line in (letter.office, *letter.address)),
        f"<p>{_e(letter.date)}</p>",
        f"<h1>{_e(letter.title)}</h1>",
        f"<p>{_e(letter.opening)}</p>",
    ]
    for heading, finding, answer in letter.sections:
        parts += [f"<h2>{_e(heading)}</h2>", f"<blockquote><p>{_e(finding)}</p></blockquote>", f"<p>{_e(answer)}</p>"]
    parts += [f"<p>{_e(letter.closing)}</p>", "<p>Yours sincerely,</p>"]
    parts += [f"<p>{_e(line)}</p>" for line in letter.signature]
    parts += [f"</main><footer><p>&copy; {_e(letter.office)}. Accessibility. Privacy.</p></footer></body></html>"]
    return "\n".join(parts).encode()


def render_docx(letter: Letter) -> bytes:
    import docx

    document = docx.Document()
    for line in (letter.office, *letter.address, letter.date):
        document.add_paragraph(line)
    document.add_heading(letter.title, level=1)
    document.add_paragraph(letter.opening)
    for heading, finding, answer in letter.sections:
        document.add_heading(heading, level=2)
        document.add_paragraph(f"“{finding}”", style="Quote")
        document.add_paragraph(answer)
    document.add_paragraph(letter.closing)
    document.add_paragraph("Yours sincerely,")
    for line in letter.signature:
        document.add_paragraph(line)
    document.core_properties.author = letter.office
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _wrap(text: str, width: int = 92) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def render_pdf(letter: Letter) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    lines: list[tuple[str, bool, float]] = []  # text, bold, space after
    for line in (letter.office, *letter.address):
        lines.append((line, line == letter.office, 0))
    lines.append((letter.date, False, 8))
    lines += [(part, True, 0) for part in _wrap(letter.title, 80)]
    lines.append(("", False, 0))
    for paragraph in (letter.opening,):
        lines += [(part, False, 0) for part in _wrap(paragraph)]
        lines.append(("", False, 0))
    for heading, finding, answer in letter.sections:
        lines.append((heading, True, 0))
        lines += [(part, False, 0) for part in _wrap(f"“{finding}”", 86)]
        lines.append(("", False, 0))
        lines += [(part, False, 0) for part in _wrap(answer)]
        lines.append(("", False, 0))
    lines += [(part, False, 0) for part in _wrap(letter.closing)]
    lines += [("", False, 0), ("Yours sincerely,", False, 0), *((s, False, 0) for s in letter.signature)]

    pdf = pdfium.PdfDocument.new()
    regular = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    bold = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica-Bold")
    pages: list[list[tuple[float, str, bool]]] = [[]]
    y = 790.0
    for text, is_bold, after in lines:
        if y < 70:
            pages.append([])
            y = 790.0
        pages[-1].append((y, text, is_bold))
        y -= 13 + after
    for number, page_lines in enumerate(pages, 1):
        page = pdf.new_page(595, 842)
        for yy, text, is_bold in [*page_lines, (40.0, f"{letter.office} - page {number} of {len(pages)}", False)]:
            if not text:
                continue
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, bold if is_bold else regular, ctypes.c_float(10))
            encoded = (text + "\0").encode("utf-16-le")
            buffer = ctypes.create_string_buffer(encoded, len(encoded))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 60, yy)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


RENDER = {"pdf": render_pdf, "docx": render_docx, "html": render_html}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for letter in LETTERS:
        for fmt in letter.formats:
            path = OUT / f"{letter.name}.{fmt}"
            path.write_bytes(RENDER[fmt](letter))
            print(f"wrote {path.relative_to(OUT.parent.parent.parent.parent)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
