"""Language identification with py3langid: Kurmanji and Turkish are told apart."""

from __future__ import annotations

import pytest

from archivist.importer.language import identify, is_uncertain

SAMPLES = {
    "ku": "Hêzên Ewlekariya Hundirîn li bajarê Kobanî operasyonek li dijî şaneyên DAIŞê da "
    "destpêkirin. Di operasyonê de çar çete hatin girtin û gelek çek hatin desteserkirin.",
    "tr": "Güvenlik güçleri Kamışlı kentinde IŞİD'e bağlı bir hücreye yönelik operasyon "
    "düzenledi. Operasyonda üç kişi gözaltına alındı ve çok sayıda silah ele geçirildi.",
    "ar": "أعلنت قوى الأمن الداخلي اعتقال ثلاثة من عناصر خلية لمرتزقة داعش في مدينة الرقة.",
    "en": "Security forces said on Wednesday that they detained three members of an ISIS cell.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_archive_language_is_identified(code: str) -> None:
    found = identify(SAMPLES[code])
    assert found.code == code
    assert not is_uncertain(found)


def test_text_without_letters_has_no_language() -> None:
    found = identify("12 34 — 56")
    assert found.code == ""
    assert is_uncertain(found)
