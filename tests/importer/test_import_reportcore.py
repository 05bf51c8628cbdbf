"""A page's furniture is found by where it lies against the report's own prose."""

from __future__ import annotations

from archivist.importer.boilerplate import strip_furniture
from archivist.importer.headfields import is_head_field
from archivist.importer.linekinds import Kind, kind_of
from archivist.importer.reportcore import HEAD_FIELDS, outside_core, read_lines

TITLE = "ISIS cell attacks SDF checkpoint near Hajin"
REPORT = (
    "An ISIS cell attacked a checkpoint of the Syrian Democratic Forces near Hajin on "
    "Monday night, killing two fighters, the SDF said in a statement.",
    "The attackers fled towards the desert after the clash, which lasted about an hour, "
    "according to a local source who asked not to be named.",
    "Reinforcements",
    "The SDF sent reinforcements to the area on Tuesday morning and began searching the "
    "villages along the Euphrates for the cell's members.",
)


def _kept(blocks: tuple[str, ...]) -> tuple[str, ...]:
    dropped = outside_core(read_lines(blocks), is_head_field)
    return tuple(block for index, block in enumerate(blocks) if index not in dropped)


def test_a_ticker_of_teasers_run_together_is_no_prose_but_a_pause_in_a_sentence_is() -> None:
    ticker = (
        "Council demands an inquiry into the bank deal in Erbil...Raqqa market reopens after "
        "two years of repairs...Kirkuk police close the old road...Drought hits farmers in Hasakah"
    )
    assert kind_of(ticker, "latin") is Kind.OTHER
    assert _kept((TITLE, ticker, *REPORT)) == (TITLE, *REPORT)
    paused = "The commander said... that the cell had come from the desert, and fled there."
    assert kind_of(paused, "latin") is Kind.PROSE


def test_the_core_is_the_report_with_its_subheading() -> None:
    blocks = ("Home", "World", TITLE, *REPORT, "Share", "Most read")
    assert read_lines(blocks).core == range(3, 7)


def test_labels_share_rows_and_tag_lines_around_the_report_go() -> None:
    head = ("Home", "World", "Search", TITLE, "12 May 2024")
    foot = ("Share this article", "Facebook Twitter WhatsApp", "Tags: ISIS, SDF, Hajin")
    assert _kept((*head, *REPORT, *foot)) == (TITLE, "12 May 2024", *REPORT)


def test_a_list_of_other_headlines_written_with_full_stops_goes() -> None:
    others = (
        "Two soldiers killed in Diyala ambush.",
        "Car bomb hits market in Qamishli!",
        "Iraq hands over 150 families from al-Hol.",
    )
    assert _kept((TITLE, *REPORT, "More news", *others)) == (TITLE, *REPORT)


def test_a_list_of_other_headlines_goes_when_some_have_no_stop() -> None:
    others = (
        "Two soldiers killed in Diyala ambush.",
        "Iraq: car bomb hits market in Qamishli, smoke rises.",
        "Tunnels found under the old city of Mosul",
        "Raqqa council reopens the bridge!",
    )
    assert _kept((TITLE, *REPORT, "Iraq News", *others)) == (TITLE, *REPORT)


def test_a_row_of_tags_above_the_report_goes_but_a_dateline_and_a_list_of_names_stay() -> None:
    tags = "Security, Syria, Hasakah prison, Long Read, Kurdish politics"
    dateline = "Raqqa, Syria, Monday, 12 May, Hawar"
    assert _kept((TITLE, tags, dateline, *REPORT)) == (TITLE, dateline, *REPORT)
    assert _kept((TITLE, "أمن، سوريا، سجن الحسكة، الأكراد، تقارير", *REPORT)) == (TITLE, *REPORT)
    answer = "Jane Doe, Ali Hassan, Omar Ali, Sara Khalil, Rami Saleh"
    assert _kept((TITLE, *REPORT[:2], answer, *REPORT[2:])) == (
        TITLE,
        *REPORT[:2],
        answer,
        *REPORT[2:],
    )


def test_a_reports_last_short_paragraph_stays_after_a_subheading_too() -> None:
    blocks = (TITLE, *REPORT, "Casualties", "Two were wounded.", "Share")
    assert _kept(blocks) == (TITLE, *REPORT, "Casualties", "Two were wounded.")


def test_a_timeline_keeps_its_dates_and_a_list_its_items() -> None:
    timeline = ("12 May", "Two fighters were killed.", "14 May", "A checkpoint was shelled.")
    assert _kept((TITLE, *REPORT, *timeline)) == (TITLE, *REPORT, *timeline)
    intro = "The SDF named the villages it searched on Tuesday as the following:"
    villages = ("al-Shaafa", "al-Sousa", "al-Baghuz Fawqani")
    assert _kept((TITLE, *REPORT, intro, *villages)) == (TITLE, *REPORT, intro, *villages)


def test_after_a_box_of_other_stories_the_report_does_not_resume() -> None:
    box = (
        "Most read",
        "Turkish drones strike Qamishli outskirts",
        "Hasakah prison break: what we know",
        "Iraq returns 150 families from al-Hol camp",
        "World",
        "The teaser of another story, under its headline: its first sentence, no more.",
    )
    assert _kept((TITLE, *REPORT, *box)) == (TITLE, *REPORT)


def test_a_sites_menu_far_above_the_report_goes_but_the_head_stays() -> None:
    menu = tuple(f"Section number {n}" for n in range(20))
    head = ("Middle East", TITLE, "By Jane Doe", "Raqqa / ANHA")
    near = HEAD_FIELDS - len(head)  # left for the headline's rules (read_head) to sort out
    assert _kept((*menu, *head, *REPORT)) == (*menu[-near:], *head, *REPORT)


def test_a_paragraph_the_capture_cut_off_stays_inside_the_report_only() -> None:
    cut = "The SDF said on Wednesday that the two fighters killed near Hajin were"
    assert _kept((TITLE, *REPORT, cut)) == (TITLE, *REPORT, cut)
    furniture = ("Read more", "Most read", "Subscribe to our newsletter", "Follow us on X")
    assert _kept((TITLE, *REPORT, *furniture, cut)) == (TITLE, *REPORT)


def test_a_paywalls_cut_ends_the_report_but_a_cut_line_above_its_prose_is_a_teaser() -> None:
    paywall = (
        "Local sources said the cell had been watching the checkpoint for several days "
        "before the attack and that two of its members were …"
    )
    assert _kept((TITLE, *REPORT, paywall)) == (TITLE, *REPORT, paywall)
    caption = (
        "SDF fighters stand guard at a checkpoint near Hajin on March 3, 2019. The forces "
        "said on Monday that they had repelled an attack by the cell on the same …"
    )
    assert _kept((TITLE, caption, *REPORT)) == (TITLE, *REPORT)


def test_the_sites_summary_cut_off_under_the_headline_is_the_reports_and_stays() -> None:
    standfirst = (
        "Latest from Hajin: An ISIS cell attacked an SDF checkpoint near Hajin. The SDF "
        "sent reinforcements to the villages along the Euphrates..."
    )
    assert _kept((TITLE, standfirst, *REPORT)) == (TITLE, standfirst, *REPORT)
    lede_again = f"{REPORT[0]} The attackers fled towards the desert after the..."
    assert _kept((TITLE, lede_again, *REPORT)) == (TITLE, *REPORT)


def test_key_points_in_bullets_above_the_reports_first_paragraph_go() -> None:
    points = tuple(f"- {sentence}" for sentence in (REPORT[0], REPORT[1], REPORT[3]))
    assert _kept((TITLE, *points, *REPORT)) == (TITLE, *REPORT)


def test_a_long_list_of_key_points_leaves_the_headline_above_it_in_the_head() -> None:
    points = tuple(f"• Point {n} of the month's summary without a stop" for n in range(HEAD_FIELDS))
    blocks = (TITLE, "Key points", *points, "In depth", *REPORT)
    assert _kept(blocks)[0] == TITLE


def test_a_standfirst_in_a_bullet_and_a_list_the_report_introduces_stay() -> None:
    standfirst = f"- {REPORT[1]}"
    assert _kept((TITLE, standfirst, *REPORT)) == (TITLE, standfirst, *REPORT)
    listed = ("The SDF named the villages it searched on Tuesday morning:", "- Sousa", "- Baghouz")
    assert _kept((TITLE, *REPORT, *listed)) == (TITLE, *REPORT, *listed)


def test_arabic_lines_in_latin_script_are_not_its_prose() -> None:
    report = (
        "هاجمت خلية لتنظيم داعش حاجزاً لقوات سوريا الديمقراطية قرب هجين ليل الاثنين، "
        "ما أسفر عن مقتل عنصرين، بحسب بيان للقوات.",
        "وفر المهاجمون باتجاه البادية بعد الاشتباك الذي استمر نحو ساعة، وفق مصدر محلي.",
    )
    blocks = ("هجوم لداعش قرب هجين", *report, "It's Over 9000! Subscribe for updates.")
    assert _kept(blocks) == blocks[:-1]


def test_a_capture_without_prose_is_left_alone() -> None:
    blocks = ("Home", "Search", "Menu")
    assert read_lines(blocks).core == range(0)
    assert outside_core(read_lines(blocks), is_head_field) == frozenset()


def test_a_saved_pages_main_text_keeps_its_lists() -> None:
    tour = tuple(f"June {day} – Coral Sky Amphitheatre, West Palm Beach, FL" for day in range(15))
    blocks = (TITLE, *REPORT, "Tour dates", *tour)
    assert strip_furniture(blocks, by_place=False) == blocks
    assert strip_furniture(blocks) == (TITLE, *REPORT)


def test_a_last_sentence_ending_with_its_agencys_credit_stays() -> None:
    last = "The operation in the area was widened after the attack, it was reported. (İLKHA)"
    assert kind_of(last, "latin") is Kind.PROSE
    assert _kept((TITLE, *REPORT, last)) == (TITLE, *REPORT, last)


def test_long_headlines_of_other_stories_under_the_report_go() -> None:
    # Headlines of twenty words or so, with commas but no full stop, are not paragraphs
    # that lost their stop; and the capture's last line, cut off, does not pull them in.
    others = (
        "Hindu man stabbed, set on fire in Bangladesh, escapes by jumping into pond; fourth "
        "attack in two weeks",
        "Did candle held close to wooden ceiling spark blaze? Swiss ski resort town reels as "
        "40 feared dead, 115 injured",
        "Parliament in 2026: Will disruption once again overshadow deliberation?",
        "RBI says economy resilient, banks stronger but warns of rising risks from unsecure",
    )
    assert kind_of(others[1], "latin") is Kind.OTHER
    assert _kept((TITLE, *REPORT, *others)) == (TITLE, *REPORT)


def test_a_reports_last_paragraph_without_its_stop_stays_above_a_signature() -> None:
    unstopped = "The camp holds families of many nationalities and is home to some sixty thousand"
    signature = "Hasakah - Omar Khalil"
    assert _kept((TITLE, *REPORT, unstopped, signature)) == (TITLE, *REPORT, unstopped)


def test_a_bulleted_list_of_other_headlines_under_the_report_goes() -> None:
    others = (
        "- Council reopens the old bridge!",
        "- Drought hits the farmers of Hasakah",
        "- Police close the market road",
        "- 'No more delays'",
        "- Two soldiers killed in Diyala ambush!",
    )
    assert _kept((TITLE, *REPORT, "Most popular", *others)) == (TITLE, *REPORT)


def test_a_bulleted_list_the_report_introduces_stays() -> None:
    demands = ("- the release of the detainees", "- an inquiry", "- a date for the vote")
    intro = "The families read out their demands to the governor on Tuesday:"
    assert _kept((TITLE, *REPORT, intro, *demands)) == (TITLE, *REPORT, intro, *demands)


def test_links_to_other_stories_set_between_the_reports_paragraphs_go() -> None:
    links = ("- Drought hits the farmers of Hasakah", "- Police close the old market road")
    blocks = (TITLE, REPORT[0], *links, REPORT[1], REPORT[3])
    assert _kept(blocks) == (TITLE, REPORT[0], REPORT[1], REPORT[3])
    named = ("- Ahmad Khalil, a commander", "- Omar Saleh, his courier")
    introduced = (TITLE, "The SDF named the two men it arrested on Tuesday:", *named, *REPORT)
    assert _kept(introduced) == introduced
