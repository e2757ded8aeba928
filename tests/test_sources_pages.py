"""The research-summary page reader, against the seed page and a second page."""

from __future__ import annotations

import pytest
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


def test_a_journal_alone_between_its_quotes_is_the_journal_even_when_it_reads_like_two_names():
    page = (
        "Cooling caps for young patients\n"
        "May 2020\n"
        "in “\n"
        "Skin Research and Technology\n"
        "”\n"
        "Rosa Pinto, Li Wei\n"
        "TLDR A cooling cap kept more hair in children on chemotherapy.\n"
        "Thirty children wore the cap at each cycle and most kept over half of their hair.\n"
    )
    lead = read_page(page, "p.txt").studies[0]
    assert (lead.journal, lead.year, lead.month) == ("Skin Research and Technology", 2020, 5)
    assert lead.authors == ("Rosa Pinto", "Li Wei")


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


def test_an_orphan_tldr_is_a_study_of_unknown_date_and_never_glued_to_the_summary():
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
    lead, orphan, entry = result.studies
    assert lead.summary.startswith("This trial gave 64 women") and lead.summary.endswith("with a sham cap.")
    assert orphan.tldr == "Some men found the smell of the device unpleasant."
    assert (orphan.year, orphan.journal) == (None, None)
    assert [(p.file, p.line, p.role) for p in orphan.provenance] == [("p.txt", 3, "related")]
    assert (entry.citations, entry.tldr) == (12, "Plasma injections raised hair density in women.")
    assert [r.line for r in result.rejections] == [8] and "cut off" in result.rejections[0].message


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


# Headers read by structure: the date line is joined with what continues it, whatever the layout.
HEADER_LAYOUTS = {
    "date, in, journal and closing quote on four lines": (
        "Vitamin D Levels in Children With Alopecia Areata\nAugust 2023\nin “\nPediatric Dermatology\n”\n",
        ("Vitamin D Levels in Children With Alopecia Areata", 2023, 8, "Pediatric Dermatology"),
    ),
    "date and opening quote, journal with its closing quote": (
        "Scalp cooling in children\nMarch 2019 in “\nJournal of Pediatric Oncology”\n",
        ("Scalp cooling in children", 2019, 3, "Journal of Pediatric Oncology"),
    ),
    "a date with no journal": (
        "Shampoo with ketoconazole for thinning hair\nJanuary 1998\nin “\n\n",
        ("Shampoo with ketoconazole for thinning hair", 1998, 1, None),
    ),
    "a date alone, no 'in' at all": (
        "Shampoo with ketoconazole for thinning hair\nJanuary 1998\n",
        ("Shampoo with ketoconazole for thinning hair", 1998, 1, None),
    ),
    "a title over two lines": (
        "Iron stores and hair shedding in premenopausal\nwomen: a hospital study\nMay 2015 in “Skin Research”\n",
        ("Iron stores and hair shedding in premenopausal women: a hospital study", 2015, 5, "Skin Research"),
    ),
}


@pytest.mark.parametrize("layout", list(HEADER_LAYOUTS))
def test_the_header_is_read_by_structure(layout: str):
    header, want = HEADER_LAYOUTS[layout]
    page = header + "Ana Lima, Wei Zhang\nTLDR Something about hair was found in this group.\nThe summary of it.\n"
    lead = read_page(page, "p.txt").studies[0]
    assert (lead.title, lead.year, lead.month, lead.journal) == want
    assert lead.authors == ("Ana Lima", "Wei Zhang")
    assert str(want[1]) not in lead.title


def test_a_keywords_line_after_the_date_is_neither_author_nor_title():
    page = (
        "Growing new follicles from spheres of papilla cells\n"
        "June 2014\nin “\nTissue Engineering\n”\n"
        "hair follicle dermal papilla spheroid culture neogenesis regeneration hair multiplication graft\n"
        "TLDR Spheres of papilla cells made new follicles when grafted.\n"
        "Human papilla cells grown as spheres kept their ability to make new follicles.\n"
    )
    lead = read_page(page, "p.txt").studies[0]
    assert (lead.title, lead.journal, lead.year) == (
        "Growing new follicles from spheres of papilla cells",
        "Tissue Engineering",
        2014,
    )
    assert lead.authors == ()


def test_furniture_is_counted_and_never_rejected():
    page = (
        "TLDR Zinc levels were lower in people with hair loss.\n"
        "Serum zinc was measured in 120 people with hair loss and 40 without it.\n"
        "View this study on →\n"
        "Discuss this study in the Community →\n"
        "Research cited in this study\n"
        "29 / NoResults\n"
        "Related Community Posts Join\n"
        "6 / 1000+ results\n"
        "community Zinc supplements and shedding\n"
        "in Research/Science  246 upvotes 3 months ago\n"
        "A user has been taking zinc for a month and asks whether it helps.\n"
        "Will this stop my shedding\n"
        "Similar Research\n"
        "21 / results\n"
        "4 citations,\n"
        "May 2020 in “Dermatologic Therapy” Plasma injections raised hair density in women.\n"
    )
    result = read_page(page, "p.txt")
    assert not result.rejections
    assert result.furniture == 12
    assert [s.tldr for s in result.studies[1:]] == ["Plasma injections raised hair density in women."]


def test_a_research_title_entry_is_one_study_with_its_title():
    page = (
        "TLDR Something about hair was found in this group.\n"
        "The summary paragraph of the lead study, long enough to be one.\n"
        "Cited in this study\n"
        "research Oral minoxidil at low dose for women with thinning hair\n"
        "2 citations,  April 2021 in “Journal of Women's Dermatology”\n"
        "Low-dose oral minoxidil thickened hair in most women over six months.\n"
    )
    result = read_page(page, "p.txt")
    assert not result.rejections and result.furniture == 1
    entry = result.studies[1]
    assert (entry.title, entry.tldr, entry.journal, entry.year, entry.month, entry.citations) == (
        "Oral minoxidil at low dose for women with thinning hair",
        "Low-dose oral minoxidil thickened hair in most women over six months.",
        "Journal of Women's Dermatology",
        2021,
        4,
        2,
    )


def test_an_entry_printed_twice_is_one_entry():
    page = (
        "TLDR Something about hair was found in this group.\n"
        "The summary paragraph of the lead study, long enough to be one.\n"
        "      13 citations\n,\n  December 2001   in “Dermatologic therapy”\n"
        "           13 citations\n,\n  December 2001   in “Dermatologic therapy”    Patchy hair loss varies.\n"
        "      19 citations\n,\n  October 1996   in “Dermatologic Clinics”\n"
        "           19 citations\n,\n  October 1996   in “Dermatologic Clinics”    Scalp biopsies help the diagnosis.\n"
    )
    result = read_page(page, "p.txt")
    assert not result.rejections and result.furniture == 0
    assert [(s.citations, s.year, s.tldr) for s in result.studies[1:]] == [
        (13, 2001, "Patchy hair loss varies."),
        (19, 1996, "Scalp biopsies help the diagnosis."),
    ]


def test_an_entry_without_tldr_followed_by_a_different_entry_is_still_rejected():
    page = (
        "TLDR Something about hair was found in this group.\n"
        "The summary paragraph of the lead study, long enough to be one.\n"
        "5 citations,\nMay 2018 in “Journal of Hair Science”\n"
        "June 2019 in “Skin Appendage Disorders” Saw palmetto helped a little in small studies.\n"
    )
    result = read_page(page, "p.txt")
    assert [r.line for r in result.rejections] == [4] and "no TLDR" in result.rejections[0].message


def test_related_entries_without_a_journal_or_without_a_date_are_studies():
    page = (
        "TLDR Something about hair was found in this group.\n"
        "The summary paragraph of the lead study, long enough to be one.\n"
        "2 citations\n,\nJanuary 2020 The document describes a way to measure hair fibres.\n"
        "March 2019 in “JAMA Dermatology” Hair regrowth treatments had modest benefits.\n"
        "Cuticle damage from bleaching was worse in curly hair.\n"
        "April 2017 in “Skin Appendage Disorders” Saw palmetto helped a little in small studies.\n"
    )
    related = read_page(page, "p.txt").studies[1:]
    assert [(s.year, s.month, s.journal, s.citations) for s in related] == [
        (2020, 1, None, 2),
        (2019, 3, "JAMA Dermatology", None),
        (None, None, None, None),
        (2017, 4, "Skin Appendage Disorders", None),
    ]
    assert related[0].tldr == "The document describes a way to measure hair fibres."
    assert related[2].tldr == "Cuticle damage from bleaching was worse in curly hair."


def test_the_build_report_counts_furniture_and_undated_studies_apart_from_rejections(tmp_path):
    from index.build import BuildReport, read_studies
    from index.settings import IndexSettings

    page = tmp_path / "p.txt"
    page.write_text(
        "TLDR Zinc levels were lower in people with hair loss.\n"
        "Serum zinc was measured in 120 people with hair loss and 40 without it.\n"
        "Research cited in this study\n6 / 1000+ results\n"
        "Related Community Posts Join\ncommunity Zinc and shedding\nin Chat  2 upvotes 5 months ago\n"
        "A user asks about zinc.\nSimilar Research\n"
        "Cuticle damage from bleaching was worse in curly hair.\n"
        "May 2018 in “Journal of Hair Science”\n"
        "June 2019 in “Skin Appendage Disorders” Saw palmetto helped a little in small studies.\n",
        encoding="utf-8",
    )
    report = BuildReport()
    studies, rejections, parsed = read_studies([page], IndexSettings(data_dir=tmp_path / "data"), report=report)
    report.studies, report.rejections = len(studies), rejections
    assert (parsed, report.furniture, report.undated, len(rejections)) == (3, 7, 1, 1)
    summary = report.summary()
    assert "7 lines of page furniture skipped" in summary and "1 rejected." in summary
    assert "1 related study with no date or journal" in summary
