"""Places in every spelling and script, with Kurmanji endings and Arabic clitics."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archivist.importer.inflection import arabic_stems, kurmanji_stems, turkish_stems
from archivist.importer.placehints import possible_places, unknown_places
from archivist.importer.placenames import PlaceIndex
from archivist.places.gazetteer import Place as GazetteerPlace
from import_places import Place, sample_index

INDEX = sample_index()


def places(text: str, language: str = "") -> list[str]:
    return [match.place for match in INDEX.find(text, language)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Li Kobanî", "Kobanê"),
        ("li Kobaniyê", "Kobanê"),
        ("navçeya Dirbêsiye", "Dirbêsiyê"),
        ("êrîşî Qamişloyê bikin", "Qamishlo"),
        ("li Dêrazorê", "Deir ez-Zor"),
        ("الرقة", "Raqqa"),
        ("بالرقة", "Raqqa"),
        ("وفي الرقة", "Raqqa"),
        ("وبالرقة", "Raqqa"),
        ("للرقة", "Raqqa"),
        ("في دير الزور", "Deir ez-Zor"),
        ("Kamışlı'da", "Qamishlo"),
        ("Raqqa's", "Raqqa"),
        ("the Sina’a prison", "Sina'a Prison"),
        ("in Deir ez-Zor", "Deir ez-Zor"),
    ],
)
def test_a_place_is_found_however_it_is_written(text: str, place: str) -> None:
    assert places(text) == [place]


def test_places_are_listed_once_in_order_of_first_mention() -> None:
    assert places("Raqqa, then Manbij, then Raqqa again and الرقة") == ["Raqqa", "Manbij"]


def test_english_words_do_not_take_kurdish_endings() -> None:
    assert places("A Manbija or Raqqae in English") == []
    assert places("Manbija", "ku") == ["Manbij"]


def test_kurmanji_ending_rule() -> None:
    assert "kobane" in kurmanji_stems("kobani")
    assert "efrin" in kurmanji_stems("efrine")
    assert "qamislo" in kurmanji_stems("qamisloye")
    assert kurmanji_stems("bab") == []


def test_arabic_clitic_rule() -> None:
    assert "الرقه" in arabic_stems("بالرقه")
    assert "الرقه" in arabic_stems("للرقه")
    assert "رقه" in arabic_stems("الرقه")


def test_named_places_the_gazetteer_lacks_are_reported() -> None:
    text = "in the village of Xirbet Omo near Manbij and the town of Hajin, في قرية الصالحية"
    assert unknown_places(text, INDEX) == ["Xirbet Omo", "الصالحية"]


def test_institutions_named_after_a_place_are_not_the_place() -> None:
    assert places("forces of the Manbij government and the Raqqa Military Council") == []
    assert places("According to Raqqa Press, citing local sources") == []  # an agency
    assert places("figures of the Manbij Information Center, a research group") == []
    assert places("قوات سوريا الديمقراطية") == []
    assert places("حكومة دمشق في الرقة") == ["Raqqa"]
    assert places("قال مصدر في مجلس الرقة المدني") == []  # the Raqqa Civil Council
    # a country fighters are loyal to is its government, not a place of the report
    iran = PlaceIndex([Place("Iran", ("إيران",))])
    assert iran.find("وتنتشر فصائل موالية لإيران في المنطقة") == []
    assert [m.place for m in iran.find("وصل الوفد إلى إيران")] == ["Iran"]
    # Turkish writes the adjective first: "Demokratik Suriye Güçleri" (the SDF)
    assert places("Demokratik Suriye Güçleri Rakka'da operasyon yaptı", "tr") == ["Raqqa"]
    # the Raqqa government, the Raqqa administration, in any case: "Rakka yönetimine"
    assert places("Rakka hükümeti ve Rakka yönetimine bağlı güçler", "tr") == []


def test_a_television_channel_named_after_a_place_is_no_place() -> None:
    assert places("Hajin TV reported clashes") == []
    assert places("the Raqqa television channel said") == []
    # a long word of the institution may carry a Turkish ending
    assert places("Rakka televizyonunun haberine göre", "tr") == []


def test_a_place_name_inside_a_longer_capitalised_name_is_no_place() -> None:
    assert places("a statement that Ahmed Raqqa Hassan, a commander, signed") == []
    assert places("the SDF said. Yesterday Raqqa Council met") == ["Raqqa"]  # a sentence's head
    assert places("Kuzey Suriye’deki Kobani kentinde", "tr") == ["Syria", "Kobanê"]
    assert places("ISIS Attacks Kobani Checkpoint") == ["Kobanê"]  # a headline's capitals


def test_an_institution_misspelt_by_one_letter_is_still_no_place() -> None:
    assert places("Hêzên Sûriya Dewmokratîk êrîş kirin", "ku") == []
    assert places("the Raqqa Democatic Council") == []
    # a word shorter than eight letters must be written exactly
    assert places("the Raqqa Military Councel") == ["Raqqa"]


def test_a_long_name_one_letter_off_is_read_and_marked_approximate() -> None:
    (match,) = INDEX.find("near the Sina'a Prisn")
    assert (match.place, match.written, match.approximate) == (
        "Sina'a Prison",
        "Sina'a Prisn",
        True,
    )
    assert places("in Deir ez-Zorr") == []  # shorter names must match exactly


def test_a_name_near_a_known_one_is_reported_with_the_gazetteers_suggestions() -> None:
    def suggest(name: str) -> list[str]:
        return ["Tell Tamr"] if name == "Tel Tamur" else []

    text = "in January, near Tel Tamur and in Qamishlo, from Nowhere"
    assert unknown_places(text, INDEX, suggest) == ["Tel Tamur (did you mean Tell Tamr?)"]
    assert unknown_places(text, INDEX) == []


def test_a_known_place_s_people_is_no_unknown_place() -> None:
    def suggest(name: str) -> list[str]:
        return ["Syria"] if name.startswith("Syri") else []

    text = "fighters from Syrian regions, from Syrian Kurdish towns and from Syriac villages"
    syria = PlaceIndex([Place("Syria", ()), Place("Iraq", ())])
    assert unknown_places(text, syria, suggest) == ["Syriac (did you mean Syria?)"]
    assert possible_places("in the Iraqi town, and the Qayyarah town", syria, "en") == [
        "Qayyarah town"
    ]


def test_arabic_words_after_village_that_are_no_name_are_not_reported() -> None:
    text = "في قرية قرب بلدة عين عيسى وفي قرية الصالحية في الريف"
    assert unknown_places(text, INDEX) == ["عين عيسى", "الصالحية"]


def test_isis_own_name_and_the_sdf_name_are_no_places() -> None:
    assert places("Çekdarên Dewleta Îslamî li Îraq û Şamê DAÎŞ gund girt", "ku") == []
    assert places("the Islamic State of Iraq and the Levant attacked") == []
    assert places("Navenda Ragihandinê ya Hêzên Sûriyeya Demokratîk", "ku") == []
    index = PlaceIndex([Place("Syria", ("Suriye",))])
    assert index.find("Suriye İnsan Hakları Gözlemevi (SOHR) bildirdi", "tr") == []
    # its Arabic name in Latin letters, as a Turkish encyclopaedia writes it
    iraq = PlaceIndex([Place("Iraq", ("Irak",)), Place("Damascus", ("Şam",))])
    assert iraq.find("örgütün adı ed-Devlet'ül İslâmiyye fi'l Irak ve'ş Şam idi", "tr") == []


def test_the_broadcaster_al_jazeera_is_no_region() -> None:
    index = PlaceIndex([Place("Jazira Region", ("Jazeera", "al-Jazira", "Jazeera Region"))])
    assert index.find("Al Jazeera reported the attack, citing Al-Jazeera's sources") == []
    found = index.find("fighters from Kobani and Jazeera, and from the al-Jazeera region")
    assert [m.place for m in found] == ["Jazira Region"]


def test_a_copyright_credit_names_a_person_not_a_place() -> None:
    index = PlaceIndex([Place("Damascus", ("Şam",))])
    assert index.find("Jin li kampê disekinin. © 2019 Sam Hadley", "ku") == []
    assert [m.place for m in index.find("Jin li Şam man. © 2019 AFP", "ku")] == ["Damascus"]


def test_sham_after_the_arabic_article_is_a_group_s_levant_not_damascus() -> None:
    index = PlaceIndex([Place("Damascus", ("Şam",))])
    text = "Ahrar’uş Şam ve Heyet Tahrir eş-Şam militanları köyü aldı."
    assert index.find(text, "tr") == []
    assert [m.place for m in index.find(f"{text} Ordu Şam'a çekildi.", "tr")] == ["Damascus"]


def test_a_magazine_named_after_a_place_is_no_place() -> None:
    index = PlaceIndex([Place("Dabiq", ("دابق",))])
    assert index.find("ونشر التنظيم في مجلة دابق مقالا") == []
    assert index.find("the group's Dabiq magazine ran an article") == []
    assert [m.place for m in index.find("قتال في دابق")] == ["Dabiq"]


def test_a_city_followed_by_the_word_province_is_the_province() -> None:
    index = PlaceIndex(
        [Place("Deir ez-Zor", ("Deir Ezzor",)), Place("Deir ez-Zor Governorate", ())]
    )
    assert [m.place for m in index.find("in Deir Ezzor province")] == ["Deir ez-Zor Governorate"]
    assert [m.place for m in index.find("in Deir Ezzor city")] == ["Deir ez-Zor"]
    governorate = index.find("in the northeastern Syrian governorate of Deir Ezzor")
    assert [m.place for m in governorate] == ["Deir ez-Zor Governorate"]
    assert [m.place for m in INDEX.find("Humus ilindeki camide", "tr")] == []


@pytest.mark.parametrize(
    "text",
    [
        "ISIS keeps up hit-and-run attacks on the SDF",
        "Hit-and-run attacks went on all week",
        "the convoy took a direct hit near the river",
    ],
)
def test_a_name_that_is_also_a_common_word_is_not_read_in_its_common_use(text: str) -> None:
    assert places(text) == []


def test_a_name_that_is_also_a_common_word_is_read_as_a_name_and_marked() -> None:
    (match,) = INDEX.find("Gunmen attacked a checkpoint in Hit on Monday")
    assert (match.place, match.common) == ("Hit", True)
    (heet,) = INDEX.find("Gunmen attacked a checkpoint in Heet on Monday")
    assert (heet.place, heet.common) == ("Hit", False)  # "Heet" is no English word


def test_an_arabic_name_that_is_also_a_common_word_is_read_and_marked() -> None:
    # "الباب الشرقي" is Baghdad's Bab al-Sharqi ("the eastern gate"), not the town al-Bab:
    # Arabic has no capitals to tell them apart, so the curator is asked
    matches = INDEX.find("هجوم في منطقة الباب الشرقي")
    assert [(m.place, m.common) for m in matches] == [("al-Bab", True)]


def test_an_acronym_in_the_gazetteer_is_read_only_in_capitals() -> None:
    index = PlaceIndex([Place("North and East Syria", ("NES", "AANES"))])
    assert [m.place for m in index.find("Attacks rose across NES in May")] == [
        "North and East Syria"
    ]
    assert index.find("a word like nes or Nes in a Kurmanji line", "ku") == []


def test_an_arabic_common_name_with_the_article_is_read_only_with_the_article_written() -> None:
    assert places("عند معبر باب الهوى") == []  # "at the Bab al-Hawa crossing": a gate
    assert places("قصف على مدينة الباب") == ["al-Bab"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rakka'da saldırı", "Raqqa"),  # Turkish case endings after an apostrophe
        ("Haseke'deki kampta", "Hesekê"),
        ("Tel Abyad'ın kırsalında", "Girê Spî"),  # on a name of two words
        ("Ayn İsa'ya bağlı", "Ain Issa"),
        ("Ayn el-Arab'ta", "Kobanê"),  # the article written el-, as Turkish does
        ("li Til Temirê", "Tell Tamr"),  # a Kurmanji ending on a name of two words
        ("navçeya Girê Spiyê", "Girê Spî"),
        ("ji Ayn Issayê", "Ain Issa"),
    ],
)
def test_turkish_and_kurmanji_endings_on_names_of_one_or_more_words(text: str, place: str) -> None:
    assert places(text) == [place]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # real sentences of Turkish reports: the ending on a lowercase noun of the name
        (
            "Ancak örgüt, özellikle Suriye çölünün geniş alanlarında ve birkaç Irak ilinde",
            ["Syrian Desert"],
        ),
        (
            "bir güvenlik operasyonu başlattı ve Fırat bölgesindeki DAİŞ hücrelerini hedef aldı.",
            ["Euphrates Region"],
        ),
        ("Hol kampında kalan aileler", ["al-Hol Camp"]),
        ("IŞİD militanları Hol kampından kaçtı", ["al-Hol Camp"]),
        ("Suriye çölüne düzenlenen operasyon", ["Syrian Desert"]),
        ("Rakkada ve Hasekede saldırı", ["Raqqa", "Hesekê"]),  # no apostrophe
        ("Suriye'deki Suriyeli mülteciler", ["Syria"]),  # -li makes an adjective
    ],
)
def test_turkish_case_endings_on_the_last_word_of_a_name(text: str, found: list[str]) -> None:
    assert places(text, "tr") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Li Dêrazorê 2 şervanên Hêzên Sûriyeya Demokratîk (HSD) di êrîşeke çekdarên "
            "DAIŞê de canê xwe jidest dan.",
            ["Deir ez-Zor"],  # one word for the gazetteer's Dêra Zorê
        ),
        ('Şêxmûs Ehmed derbarê amara malbatên li kampa Holê de got: "Berî ku', ["al-Hol Camp"]),
        ("li Serêkaniyê û Girê Spiyê", ["Ras al-Ain", "Girê Spî"]),
        ("li Çola Sûriyê", ["Syrian Desert"]),
    ],
)
def test_kurmanji_endings_and_names_written_as_one_word(text: str, found: list[str]) -> None:
    assert places(text, "ku") == found


@pytest.mark.parametrize(
    "text",
    [
        "kampta kalan aileler bölgedeki çölde",  # the nouns alone are no place
        "Rakkalı bir aile",  # -lı: from Raqqa, an adjective
        "rakkada",  # a one-word name takes an ending only capitalised
        "Kampında",  # the noun of a name, without the name
    ],
)
def test_turkish_endings_do_not_make_places_of_common_words(text: str) -> None:
    assert places(text, "tr") == []


def test_turkish_endings_follow_vowel_harmony_and_buffer_letters() -> None:
    assert turkish_stems("kampında", 2)[0] == "kampi"  # kamp-ı-n-da
    assert "bolgesi" in turkish_stems("bölgesindeki", 2)
    assert "kamp" in turkish_stems("kampta", 2)  # t after a voiceless consonant
    assert "kamp" not in turkish_stems("kampda", 2)
    assert "rakka" in turkish_stems("Rakkaya")
    assert "rakka" not in turkish_stems("Rakkae")  # no buffer after a vowel
    assert "haseke" not in turkish_stems("Hasekeda")  # a back ending on a front stem


BARE = PlaceIndex(
    [
        Place("Syria", ("Suriye", "Sûriye")),
        Place("al-Hol", ("Hol",)),
        Place("Deir ez-Zor", ("Deir Ezzor", "دير الزور")),
        Place("Hajin", ("Hacin",)),
    ]
)


@pytest.mark.parametrize(
    ("text", "language", "possible"),
    [
        # the places fresh2's pages named in spellings the gazetteer lacked
        (
            "Li Dêrazorê 2 şervanên HSD di êrîşeke çekdarên DAIŞê de canê xwe jidest dan.",
            "ku",
            ["Dêrazorê"],
        ),
        ("örgüt, özellikle Suriye çölünün geniş alanlarında", "tr", ["Suriye çölünün"]),
        ("operasyon başlattı ve Fırat bölgesindeki DAİŞ hücrelerini", "tr", ["Fırat bölgesindeki"]),
        ("aileler Hol kampında kalıyor", "tr", ["Hol kampında"]),
        # towns the gazetteer lacks
        ("Londra'da yapılan açıklamada", "tr", ["Londra"]),
        ("ordu güçlerinin Hemrin Dağları'nda mevzilenen", "tr", ["Hemrin Dağları"]),
        ("Musul kentinin güneyindeki Ayın el-Cahış bölgesinde", "tr", ["Ayın el-Cahış bölgesinde"]),
        ("DAÎŞ gundê Sifeya li ser riya sereke", "ku", ["Sifeya"]),
        ("SDG, Zibar kırsalında bir saldırıyı püskürttü", "tr", ["Zibar kırsalında"]),
        ("a vehicle on the Kabash town road northwest of Raqqa", "en", ["Kabash town"]),
        ("an attack near Busayrah", "en", ["Busayrah"]),
        ("هجوم قرب الصور", "ar", ["الصور"]),
    ],
)
def test_a_name_put_where_something_happens_is_a_possible_place(
    text: str, language: str, possible: list[str]
) -> None:
    assert possible_places(text, BARE, language) == possible


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("fighting in Hajin and in Deir ez-Zor", "en"),  # known, whole
        ("in January, in ISIS and in The Guardian", "en"),  # a month, an acronym, "The"
        ("inside a Syrian camp near a Kurdish-held town", "en"),  # adjectives
        ("Hacin'de ve Aralık'ta, DSG'de", "tr"),  # known, a month, an acronym
        ("Operasyon bölgesinde. Kampta kalanlar", "tr"),  # a sentence's first word
        ("li Sûriyeyê û li HSDê, li Rojhilatê Sûriyeyê", "ku"),  # "east of Syria"
        ("قرب الحدود قرب بلدة", "ar"),
    ],
)
def test_known_names_months_acronyms_and_adjectives_are_no_possible_places(
    text: str, language: str
) -> None:
    assert possible_places(text, BARE, language) == []


def test_a_town_named_in_a_sentence_about_a_camp_is_the_camp_it_gives_its_name_to() -> None:
    index = PlaceIndex([Place("al-Hol", ("Hol",)), Place("al-Hol Camp", ("مخيم الهول",))])

    def found(text: str) -> list[str]:
        return [match.place for match in index.find(text, "en")]

    assert found("Al-Hol is a sprawling encampment for the displaced.") == ["al-Hol Camp"]
    assert found("In the largest IDP camp, called al-Hol, women rule.") == ["al-Hol Camp"]
    assert found("Fighting reached al-Hol on Monday. The camp was shut.") == ["al-Hol"]
    assert found("The nearby town of al-Hol lies close to the camp.") == ["al-Hol"]


def test_an_arabic_town_word_with_its_clitic_says_town_beside_a_camp() -> None:
    index = PlaceIndex([Place("al-Hol", ("الهول",)), Place("al-Hol Camp", ("مخيم الهول",))])
    # "al-Hol camp lies south of the town of al-Hol"
    text = "يقع مخيم الهول جنوب لمدينة الهول"
    assert [match.place for match in index.find(text, "ar")] == ["al-Hol Camp", "al-Hol"]


def test_a_region_named_after_its_country_names_the_country_too() -> None:
    index = PlaceIndex(
        (
            GazetteerPlace("syria", "Syria", "country", names={"ar": ("سوريا",)}),
            GazetteerPlace(
                "north-east-syria",
                "North and East Syria",
                "region",
                parent="syria",
                names={"en": ("North East Syria",), "ar": ("شمال شرق سوريا", "شمال وشرق سوريا")},
            ),
            GazetteerPlace("hasakah", "Hesekê", "city", parent="syria", names={"ar": ("الحسكة",)}),
        )
    )
    found = [match.place for match in index.find("في ريف الحسكة شمال شرق سوريا", "ar")]
    assert found == ["Hesekê", "North and East Syria", "Syria"]
    assert [m.place for m in index.find("Hesekê is a city.")] == ["Hesekê"]
    # the region's own name, capitalised or with "and", names the region only
    assert [m.place for m in index.find("قوى الأمن لشمال وشرق سوريا")] == ["North and East Syria"]
    assert [m.place for m in index.find("in Rojava and North East Syria")] == [
        "North and East Syria"
    ]
    assert [m.place for m in index.find("in north east Syria")] == [
        "North and East Syria",
        "Syria",
    ]


def test_arabic_vowel_marks_do_not_split_a_name() -> None:
    assert places("لتحرير منطقة “الشدّادة” والرَّقة", "ar") == ["Raqqa"]
    assert places("في ريف الحَسَكة", "ar") == ["Hesekê"]


def test_the_internal_security_forces_of_a_region_are_no_place() -> None:
    assert places("Suriye İç Güvenlik Güçleri Hol Kampı’nda", "tr") == ["al-Hol Camp"]
    iraq = PlaceIndex((Place("Iraq", ("العراق",)), Place("Raqqa", ("الرقة",))))
    isis = "شن تنظيم الدولة الاسلامية في العراق والشام هجوما في الرقة"  # no hamza
    assert [match.place for match in iraq.find(isis, "ar")] == ["Raqqa"]


def test_an_arabic_adjective_with_the_article_is_not_the_country() -> None:
    syria = PlaceIndex((Place("Syria", ("سوريا", "سورية")),))
    assert syria.find("حسب الهيئة العامة للثورة السورية") == []
    assert [match.place for match in syria.find("في سورية")] == ["Syria"]


def test_a_kurmanji_province_word_before_a_city_names_its_governorate() -> None:
    homs = PlaceIndex(
        (
            GazetteerPlace("homs", "Homs", "city", names={"ku": ("Hims",)}),
            GazetteerPlace("homs-governorate", "Homs Governorate", "governorate"),
        )
    )
    assert [m.place for m in homs.find("li başûr jî parêzgeha Himsê ye", "ku")] == [
        "Homs Governorate"
    ]
    assert [m.place for m in homs.find("li bajarê Himsê", "ku")] == ["Homs"]


def test_an_arabic_name_is_found_without_a_space_only_where_the_space_is_not_seen() -> None:
    index = PlaceIndex([Place("Deir ez-Zor", ("دير الزور",)), Place("Tell Abyad", ("تل أبيض",))])
    assert [m.place for m in index.find("وصلت العائلات إلى ديرالزور أمس", "ar")] == ["Deir ez-Zor"]
    assert index.find("وصلت العائلات إلى تلأبيض أمس", "ar") == []  # ل joins: a misspelling


def test_a_prison_is_found_by_its_name_with_the_noun_of_any_language() -> None:
    prison = Place("Sina'a Prison", ("Ghwayran Prison", "Geviran Cezaevi"), kind="prison")
    index = PlaceIndex([prison])

    def found(text: str, language: str) -> list[str]:
        return [match.place for match in index.find(text, language)]

    assert found("Saldırı Ghwayran cezaevinde oldu.", "tr") == ["Sina'a Prison"]
    assert found("Êriş li zindana Geviran hat kirin.", "ku") == ["Sina'a Prison"]
    assert found("Riots broke out in Geviran Prison.", "en") == ["Sina'a Prison"]
    assert found("Ghwayran mahallesinde bir ev yandı.", "tr") == []  # the quarter, no prison


def test_a_direction_written_before_a_country_may_name_its_region() -> None:
    syria = GazetteerPlace("syria", "Syria", "country")
    region = GazetteerPlace("nes", "North and East Syria", "region", "syria")
    gazetteer = [syria, replace(region, names={"en": ("Northeast Syria",)})]
    kinds = PlaceIndex(gazetteer).kinds
    doubt = [("northeastern Syria", "North and East Syria")]
    assert kinds.direction_regions("Camps in northeastern Syria hold thousands.") == doubt
    assert kinds.direction_regions("Camps in north-eastern Syria hold thousands.") == [
        ("north-eastern Syria", "North and East Syria")
    ]
    assert kinds.direction_regions("Rains fell over southern Syria.") == []  # no such region


def test_a_town_after_a_given_name_may_be_a_persons_name() -> None:
    text = "Daxuyanî ji aliyê fermandar Rojê Kobanî ve hate xwendin."
    assert [(m.place, m.doubt) for m in INDEX.find(text, "ku")] == [
        ("Kobanê", "after “Rojê”, perhaps a person's name")
    ]
    later = text + " Şer li Kobanî berdewam e."
    assert [(m.place, m.doubt) for m in INDEX.find(later, "ku")] == [("Kobanê", "")]
    assert [m.doubt for m in INDEX.find("Şer li Bakurê Kobanî berdewam e.", "ku")] == [""]
