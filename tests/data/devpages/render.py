"""Write the page-reader dev set: pages in every layout real research-summary pages use.

    python tests/data/devpages/render.py      # rewrites pages/page01-32.txt and expected.jsonl

Pages 33 on (issue 22) are committed files in ``surveyed/``, not generated: layouts met on real
pages (a date block over four lines, keywords, community posts, ``research <title>`` entries,
entries printed twice, TLDR-only entries, a listing page), written in our own words. Their
expected studies are in ``surveyed/expected.jsonl`` (appended to ``expected.jsonl`` here) and
their furniture line counts in ``surveyed/furniture.json``. They are kept out of ``pages/``, which
the answers dev set indexes (tests/conftest.py ``dev_settings``).

The studies come from ``studies.py``; this script only lays them out, varying by page:
the header block (title, a date/journal line whose closing quote may be missing or whose
journal runs onto the next line, author lines, "Image of study"; or a page that starts at the
author line, at the TLDR, or has no TLDR at all), indentation, boilerplate between blocks,
how each related entry's citation count is written (its own line, split from its comma,
run onto the previous line after scraping junk, on the entry's own line, or absent),
entries without a TLDR, a truncated last entry, a related study printed as its TLDR alone
(no date or journal: a study of unknown date), and a community-posts section (furniture).
``expected.jsonl`` lists, page by page, every study the reader must return with the exact
fields it must have; ``key`` names the underlying study across pages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from studies import LEADS, RELATED  # noqa: E402

MONTHS = "January February March April May June July August September October November December".split()
BOILERPLATE = [
    lambda site, n: [
        f"View this study on {site} →",
        "Discuss this study in the Community →",
        "Cited in this study",
        f"{n} / {n} results",
    ],
    lambda site, n: [f"View this study on {site} →", "Related", "Similar Research"],
    lambda site, n: [],
    lambda site, n: [
        "Discuss this study in the Community →",
        "Related Community Posts Join",
        "6 / 40 results",
        "community Has anyone combined these two?",
        "in Research/Science  12 upvotes 2 months ago",
        "A user asks whether the two treatments can be used together.",
        "Related Research",
    ],
]
ORPHAN = "Hair thinning in this group improved after the change of treatment."
HEADERS = 7  # header layouts, see header()


def dated(study: dict, close: bool = True) -> str:
    return f"{MONTHS[study['month'] - 1]} {study['year']} in “{study['journal']}" + ("”" if close else "")


def header(layout: int, lead: dict) -> list[str]:
    """The lines above the TLDR (or above the summary when the page has no TLDR)."""
    authors = ", ".join(lead["authors"])
    if layout == 0:
        return [lead["title"], dated(lead), authors, "Image of study"]
    if layout == 1:
        return [lead["title"], dated(lead, close=False), authors, "Image of study"]
    if layout == 2:
        words = lead["journal"].split()
        cut = next((k + 1 for k, w in enumerate(words) if w.lower() in ("of", "and", "the")), max(1, len(words) // 2))
        first, rest = " ".join(words[:cut]), " ".join(words[cut:])
        date = f"{MONTHS[lead['month'] - 1]} {lead['year']} in “ {first}"
        return [lead["title"], date, f"{rest}”" if rest else "”", authors, "Image of study"]
    if layout == 3:
        return [authors]
    if layout == 5:
        return [lead["title"], dated(lead), authors, "Image of study"]
    return []  # 4: the page starts at its TLDR; 6: no header and no TLDR


def layout_of(i: int) -> int:
    layout = i % HEADERS
    if layout == 3 and len(LEADS[i]["authors"]) < 2:
        return 4  # one name alone cannot be told from a short title
    return layout


def expected_lead(i: int, layout: int, boiler: int) -> dict:
    lead = LEADS[i]
    has_header = layout in (0, 1, 2, 5)
    return {
        "role": "lead",
        "key": lead["key"],
        "title": lead["title"] if has_header else None,
        "tldr": lead["tldr"] if layout not in (5, 6) else None,
        "summary": lead["summary"],
        "journal": lead["journal"] if has_header else None,
        "year": lead["year"] if has_header else None,
        "month": lead["month"] if has_header else None,
        "citations": None,
        "authors": lead["authors"] if layout in (0, 1, 2, 3, 5) else [],
        "site": lead["site"] if boiler in (0, 1) else None,
    }


def related_for(i: int) -> list[dict]:
    """Entries listed under page i: its share of RELATED, a repeat, and another page's lead."""
    entries = [RELATED[k] for k in range(len(RELATED)) if k % len(LEADS) == i]
    if i < 10:
        entries.append(RELATED[(i + 16) % len(LEADS)])  # listed on two pages
    if i % 4 == 0:
        other = (i + 5) % len(LEADS)
        while layout_of(other) in (5, 6):  # a lead without its TLDR on its page cannot be matched
            other = (other + 1) % len(LEADS)
        lead = LEADS[other]
        entries.insert(1, {**{k: lead[k] for k in ("key", "journal", "year", "month", "tldr")}, "citations": 30 + i})
    return entries


NO_DATE = {
    "role": "related",
    "title": None,
    "summary": None,
    "journal": None,
    "year": None,
    "month": None,
    "citations": None,
    "authors": [],
    "site": None,
}


def render(i: int) -> tuple[str, list[dict]]:
    """Page i's text and the studies the reader must return from it."""
    lead = LEADS[i]
    layout = layout_of(i)
    boiler = i % 4
    indent = "    " if i % 3 == 1 else ""
    lines = header(layout, lead)
    if layout not in (5, 6):
        lines.append(f"TLDR {lead['tldr']}")
    lines.append(lead["summary"])
    entries = related_for(i)
    lines += BOILERPLATE[boiler](lead["site"], len(entries))
    expected = [expected_lead(i, layout, boiler)]
    if i % 7 == 3:  # a related study printed as its TLDR alone: indexed with no date or journal
        lines.append(ORPHAN)
        expected.append({**NO_DATE, "key": "ORPHAN", "tldr": ORPHAN})
    for n, entry in enumerate(entries):
        if i % 5 == 0 and n == 1:  # an entry with a date and journal but no TLDR: skipped
            lines += ["7 citations,", "May 2018 in “Journal of Hair Science”"]
        if i % 4 == 2 and n == 2:
            lines.append("Similar Research")
        cites = entry["citations"]
        text = f"{dated(entry)} {entry['tldr']}"
        style = (i + n) % 4
        if cites is None:
            lines.append(text)
        elif style == 0:
            lines += [f"{cites} citations,", text]
        elif style == 1:
            lines += [f"{cites} citations", ",", text]
        elif style == 2 and n > 0:
            lines[-1] += f" [object Object] {cites} citations,"
            lines.append(text)
        else:
            lines.append(f"{cites} citations, {text}")
        expected.append(
            {
                "role": "related",
                "key": entry["key"],
                "title": None,
                "tldr": entry["tldr"],
                "summary": None,
                "journal": entry["journal"],
                "year": entry["year"],
                "month": entry["month"],
                "citations": cites,
                "authors": [],
                "site": None,
            }
        )
    if i % 6 == 2:  # the page was cut off inside its last entry
        lines += ["12 citations,", "June 2016 in “Journal of"]
    if i % 4 == 1:
        lines.append("Show more")
    return "\n".join(indent + line for line in lines) + "\n", expected


def main() -> None:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    rows = []
    for i in range(len(LEADS)):
        text, expected = render(i)
        name = f"page{i + 1:02d}.txt"
        (pages / name).write_text(text, encoding="utf-8")
        rows += [{"page": name, **row} for row in expected]
    generated = len(rows)
    rows += [
        json.loads(line) for line in (HERE / "surveyed" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    with open(HERE / "expected.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    keys = {row["key"] for row in rows}
    surveyed = len({row["page"] for row in rows[generated:]})
    print(f"{len(LEADS)} generated + {surveyed} surveyed pages, {len(rows)} studies listed, {len(keys)} distinct")


if __name__ == "__main__":
    main()
