import pytest

from archivist.pages.paging import paginate


def test_a_listing_is_cut_into_pages_with_links_both_ways() -> None:
    pages = paginate(list(range(5)), "tags/isis/", size=2)
    assert [p.items for p in pages] == [(0, 1), (2, 3), (4,)]
    assert [p.url for p in pages] == ["tags/isis/", "tags/isis/page/2/", "tags/isis/page/3/"]
    assert [p.save_as for p in pages][1] == "tags/isis/page/2/index.html"
    assert [(p.previous_url, p.next_url) for p in pages] == [
        (None, "tags/isis/page/2/"),
        ("tags/isis/", "tags/isis/page/3/"),
        ("tags/isis/page/2/", None),
    ]
    assert [(p.number, p.count, p.first) for p in pages] == [(1, 3, 1), (2, 3, 3), (3, 3, 5)]


def test_an_empty_listing_has_one_empty_page() -> None:
    (page,) = paginate([], "dates/undated/")
    assert page.items == () and page.count == 1 and page.next_url is None


def test_a_page_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        paginate([1], "x/", size=0)
