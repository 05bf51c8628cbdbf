"""Settings for building the archive with ``archivist build`` (or ``make html``).

Everything Archivist itself reads is in the one ``ARCHIVE`` dict at the end;
the rest are Pelican's own settings.
"""

SITENAME = "ISIS in North-East Syria and Iraq: a report archive"
SITEURL = ""  # relative links: the site works from any folder, sub-path or file://
RELATIVE_URLS = True

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    # First: its writer finishes the article pages before the others' `finalized` steps.
    "safety",
    "archive",
    "archive_indices",
    "archive_search",
    "archive_related",
    "archive_cite",
]

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

ARTICLE_PATHS = [""]
PAGE_PATHS = []
STATIC_PATHS = []
# Where each article is published: folders, then {slug}/. Every address of an article
# follows it: its page (leave ARTICLE_SAVE_AS out), permalinks.lock, citations, search,
# feeds, links. Changed, the articles move and their old addresses redirect.
ARTICLE_URL = "articles/{slug}/"


def newest_first(article):
    """Newest first; partial dates after full dates of their period; undated last; then slug."""
    return article.record.sort_key


ARTICLE_ORDER_BY = newest_first
# A report in Arabic and one in English are two reports, each with its own slug, never
# one's translation: Pelican's search for translations (which compares every article
# with every other) is switched off.
ARTICLE_TRANSLATION_ID = None
DIRECT_TEMPLATES = ["search"]  # the front page is one of Archivist's listings
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"

# Pages Archivist makes itself (or not at all): switch off Pelican's own.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

# Templates escape every value; article bodies are sanitised before they reach them.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

ARCHIVE = {
    "description": (
        "News reports on ISIS activity in north-east Syria and Iraq, in English and Arabic, "
        "kept as published."
    ),
    "default_language": "en",
    # The site's own words in English at the root and in Arabic in ar/, right to left;
    # the reports stay in their own language in both.
    "interface_languages": ["en", "ar"],
}
