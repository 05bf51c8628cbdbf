"""Which context variables a page's template reads, through everything it extends and includes."""

from __future__ import annotations

from jinja2 import DictLoader, Environment

from archivist.build.template_inputs import template_reads

BASE = "<title>{% block title %}{{ SITENAME }}{% endblock %}</title>{% include 'nav.html' %}"
THEME = {
    "base.html": BASE,
    "nav.html": "<a href='{{ SITEURL }}/'>home</a>",
    "macros.html": "{% macro row(r) %}{{ r.title }}{{ SITEURL }}{% endmacro %}",
    "article.html": (
        "{% extends 'base.html' %}{% from 'macros.html' import row %}"
        "{% set record = article.record %}"
        "{% block title %}{{ record.title }}{{ row(record) }}{% endblock %}"
    ),
    "latest.html": "{% extends 'article.html' %}{% block title %}{{ articles[0] }}{% endblock %}",
    "dynamic.html": "{% include article.template %}",
}


def reads(name: str) -> frozenset[str] | None:
    return template_reads(Environment(loader=DictLoader(THEME)), name)


def test_a_template_reads_its_own_variables_and_those_of_what_it_uses() -> None:
    assert reads("article.html") == {"SITENAME", "SITEURL", "article"}


def test_a_template_that_reads_every_article_says_so() -> None:
    assert reads("latest.html") == {"SITENAME", "SITEURL", "article", "articles"}


def test_a_template_named_by_an_expression_cannot_be_followed() -> None:
    assert reads("dynamic.html") is None
