import pytest

from archivist.config import ArchiveConfig
from archivist.errors import ConfigError


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
