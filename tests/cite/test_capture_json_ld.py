"""The JSON-LD of an imported report names the raw capture it is based on, by SHA-256."""

from __future__ import annotations

from archivist.cite.citation import CaptureRef, SiteInfo
from archivist.cite.meta import json_ld_data
from archivist.content.dates import PartialDate
from citation_helpers import cite

DIGEST = "ab" * 32
RECORD = CaptureRef(f"captures/{DIGEST}.warc", DIGEST, "application/warc")


def test_the_capture_follows_the_original_in_is_based_on() -> None:
    original, capture = json_ld_data(cite(capture=RECORD, archived=PartialDate(2024, 5, 9)))[
        "isBasedOn"
    ]
    assert original["url"] == "https://example.org/reports/haseke"
    assert capture == {
        "@type": "MediaObject",
        "name": f"captures/{DIGEST}.warc",
        "sha256": DIGEST,
        "encodingFormat": "application/warc",
        "contentUrl": f"https://archive.example.org/captures/{DIGEST}.warc",
        "dateCreated": "2024-05-09",
    }


def test_a_capture_of_a_report_whose_original_is_unknown_stands_alone() -> None:
    text = CaptureRef(f"captures/{DIGEST}.txt", DIGEST, "text/plain")
    local = SiteInfo("ISIS archive")  # built without a public address: no absolute URL
    data = json_ld_data(cite(source_url="", capture=text, site=local))
    assert data["isBasedOn"] == {
        "@type": "MediaObject",
        "name": f"captures/{DIGEST}.txt",
        "sha256": DIGEST,
        "encodingFormat": "text/plain",
    }


def test_a_report_without_a_capture_is_based_on_its_original_alone() -> None:
    assert json_ld_data(cite())["isBasedOn"]["@type"] == "NewsArticle"
