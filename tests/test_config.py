import pytest

from archivist.config import ArchiveConfig, ArticleUrls
from archivist.curator.project import read_settings
from archivist.errors import ConfigError
from conftest import SETTINGS


def test_defaults() -> None:
    assert ArchiveConfig.from_settings({}) == ArchiveConfig()


def test_known_keys_are_read() -> None:
    config = ArchiveConfig.from_settings({"ARCHIVE": {"default_language": "ar"}})
    assert config.default_language == "ar"


def test_an_unknown_key_is_an_error_that_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"unknown key.*'lanugage'.*known keys are"):
        ArchiveConfig.from_settings({"ARCHIVE": {"lanugage": "en"}})


def test_archive_must_be_a_dict() -> None:
    with pytest.raises(ConfigError, match="must be a dict"):
        ArchiveConfig.from_settings({"ARCHIVE": ["en"]})


def test_the_interface_languages_are_a_list_the_first_at_the_sites_root() -> None:
    config = ArchiveConfig.from_settings({"ARCHIVE": {"interface_languages": ["ar", "en"]}})
    assert config.interface_languages == ("ar", "en")
    assert ArchiveConfig().interface_languages == ("en",)


@pytest.mark.parametrize(
    ("value", "complaint"),
    [("ar", "must be a list"), ([], "must be a list"), (["en", "Arabic"], "language codes"),
     (["en", "ar", "en"], "names a language twice")],
)  # fmt: skip
def test_interface_languages_that_cannot_be_built_are_one_clear_error(
    value: object, complaint: str
) -> None:
    with pytest.raises(ConfigError, match=rf"ARCHIVE\['interface_languages'\].*{complaint}"):
        ArchiveConfig.from_settings({"ARCHIVE": {"interface_languages": value}})


def urls(**settings: object) -> ArticleUrls:
    return ArticleUrls.from_settings(settings)


def test_article_url_gives_every_address_of_an_article() -> None:
    found = urls(ARTICLE_URL="reports/{slug}/")
    assert found == ArticleUrls("reports/")
    assert found.of("dam-report") == "reports/dam-report/"
    assert found.save_as("dam-report") == "reports/dam-report/index.html"
    assert found.save_as_pattern == "reports/{slug}/index.html"


def test_the_project_settings_keep_articles_in_articles() -> None:
    assert ArticleUrls.from_settings(read_settings(SETTINGS)) == ArticleUrls("articles/")


def test_article_save_as_may_be_left_out_or_agree_but_nothing_else() -> None:
    assert urls(ARTICLE_URL="a-b/c_d/{slug}/", ARTICLE_SAVE_AS="{slug}.html")  # Pelican's own
    assert urls(ARTICLE_URL="r/{slug}/", ARTICLE_SAVE_AS="r/{slug}/index.html")
    with pytest.raises(ConfigError) as raised:
        urls(ARTICLE_URL="r/{slug}/", ARTICLE_SAVE_AS="../escaped/{slug}.html")
    assert str(raised.value) == (
        "pelicanconf.py: ARTICLE_SAVE_AS '../escaped/{slug}.html' does not match ARTICLE_URL "
        "'r/{slug}/'; remove ARTICLE_SAVE_AS (it follows from ARTICLE_URL)"
    )


@pytest.mark.parametrize(
    "pattern",
    [
        "{slug}.html",  # Pelican's default: a file, not a folder
        "{slug}/",  # no folder of its own
        "articles/{slug}",
        "/articles/{slug}/",
        "../articles/{slug}/",
        "articles/{date:%Y}/{slug}/",
        "articles/{slug}/text/",
        "Articles/{slug}/",
        3,
    ],
)
def test_an_article_url_that_is_not_folders_then_the_slug_is_refused(pattern: object) -> None:
    with pytest.raises(ConfigError, match=r"^pelicanconf.py: ARTICLE_URL .* is not a folder per"):
        urls(ARTICLE_URL=pattern)


@pytest.mark.parametrize("folder", ["a", "places", "tags", "search", "theme", "page"])
def test_articles_may_not_share_a_folder_with_the_sites_own_pages(folder: str) -> None:
    with pytest.raises(ConfigError, match=f"puts articles in '{folder}/'"):
        urls(ARTICLE_URL=f"{folder}/{{slug}}/")


def test_a_missing_article_url_is_an_error() -> None:
    with pytest.raises(ConfigError, match="ARTICLE_URL is not set"):
        urls()
