"""The research-summary page reader, against the seed page and a second page."""

from __future__ import annotations

from conftest import DATA, SEED

from index.sources.pages import read_page


def test_seed_yields_lead_and_seven_related_entries():
    result = read_page(SEED.read_text(), "seed.txt")
    assert len(result.studies) == 8
    lead = result.studies[0]
    assert lead.tldr.startswith("Mesotherapy with stem cells showed promising hair growth")
    assert "neonatal mesenchymal stem cells (MSC) in 40 patients" in lead.summary
    assert lead.journal is None and lead.year is None
    assert [p.role for p in lead.provenance] == ["lead"]


def test_seed_related_entries_have_journal_date_and_citations():
    related = read_page(SEED.read_text(), "seed.txt").studies[1:]
    got = [(s.journal, s.year, s.month, s.citations) for s in related]
    assert got == [
        ("Journal of dermatological science", 2010, 9, 41),
        ("Journal of Investigative Dermatology", 2007, 7, 171),
        ("Journal of The European Academy of Dermatology and Venereology", 2021, 4, None),
        ("Journal of Drugs in Dermatology", 2020, 11, 3),
        ("JAMA Dermatology", 2019, 3, 43),
        ("Acta dermatovenerologica Alpina, Pannonica et Adriatica (Tiskana izd.)", 2019, 1, None),
        ("The oncologist", 2018, 8, 59),
    ]
    assert related[1].tldr == (
        "A substance called DKK-1 increases in balding areas and causes hair cells to die when exposed to DHT."
    )


def test_scraping_junk_is_removed_and_empty_entry_reported():
    result = read_page(SEED.read_text(), "seed.txt")
    assert all("[object Object]" not in s.text() for s in result.studies)
    assert len(result.rejections) == 1
    rejection = result.rejections[0]
    assert rejection.file == "seed.txt" and rejection.line == 4
    assert "International Journal of Trichology" in rejection.message and "no text" in rejection.message


def test_header_lines_and_straight_quotes():
    result = read_page((DATA / "pages" / "cold_plasma.txt").read_text(), "cp.txt")
    lead, *related = result.studies
    assert lead.title == "Cold atmospheric plasma for androgenetic alopecia: a pilot study"
    assert (lead.journal, lead.year, lead.month) == ("Journal of Drugs in Dermatology", 2020, 11)
    assert lead.authors == ("Jane Doe", "Richard Roe", "Ana Lima")
    assert "View this study" not in lead.summary and "Image of study" not in lead.summary
    assert [(s.journal, s.citations) for s in related] == [
        ("Journal of dermatological science", 41),
        ("Dermatologic Therapy", 12),
    ]


def test_page_without_any_study_is_reported():
    result = read_page("just some words\nand more words\n", "x.txt")
    assert not result.studies
    assert "no study found" in result.rejections[0].message


def test_header_date_without_closing_quote_and_journal_on_two_lines():
    page = (
        "    Scalp cooling in children\n"
        "    March 2019 in “ Journal of\n"
        "    Pediatric Oncology\n"
        "    Ana Lima, Wei Zhang\n"
        "    Image of study\n"
        "    TLDR Scalp cooling kept some hair in most children during chemotherapy.\n"
        "    Twenty children used a cooling cap during each cycle; most kept more than half of their hair.\n"
    )
    lead = read_page(page, "p.txt").studies[0]
    assert (lead.title, lead.journal, lead.year, lead.month) == (
        "Scalp cooling in children",
        "Journal of Pediatric Oncology",
        2019,
        3,
    )
    assert lead.authors == ("Ana Lima", "Wei Zhang")


def test_page_without_tldr_keeps_its_paragraph_as_the_study():
    page = (
        "Ana Lima, Wei Zhang\n"
        "This small open study gave 20 men a caffeine lotion for six months, and their shedding fell by a third.\n"
        "Discuss this study in the Community →\n"
    )
    result = read_page(page, "p.txt")
    assert [s.summary for s in result.studies] == [
        "This small open study gave 20 men a caffeine lotion for six months, and their shedding fell by a third."
    ]
    assert result.studies[0].authors == ("Ana Lima", "Wei Zhang") and not result.rejections


def test_an_orphan_tldr_and_a_truncated_entry_are_not_glued_to_the_summary():
    page = (
        "TLDR Laser caps helped women regrow some hair.\n"
        "This trial gave 64 women a laser cap for 26 weeks; hair counts rose more than with a sham cap.\n"
        "Some men found the smell of the device unpleasant.\n"
        "12 citations\n"
        ",\n"
        "May 2020 in “Dermatologic Therapy” Plasma injections raised hair density in women.\n"
        "7 citations,\n"
        "June 2016 in “Journal of\n"
    )
    result = read_page(page, "p.txt")
    lead, entry = result.studies
    assert lead.summary.startswith("This trial gave 64 women") and lead.summary.endswith("with a sham cap.")
    assert (entry.citations, entry.tldr) == (12, "Plasma injections raised hair density in women.")
    messages = " ".join(r.message for r in result.rejections)
    assert "without its date/journal line" in messages and "cut off" in messages


def test_an_entry_without_tldr_does_not_take_the_next_line():
    page = (
        "TLDR Something was found about hair in this study.\n"
        "A summary paragraph of the study with enough words to be a summary of it.\n"
        "5 citations,\n"
        "May 2018 in “Journal of Hair Science”\n"
        "Similar Research\n"
        "June 2019 in “Skin Appendage Disorders” Saw palmetto helped a little in small studies.\n"
    )
    entries = read_page(page, "p.txt").studies[1:]
    assert [(e.journal, e.citations, e.tldr) for e in entries] == [
        ("Skin Appendage Disorders", None, "Saw palmetto helped a little in small studies.")
    ]
