"""The first-level administrative regions of graph/reference/data/places_regions.csv: every row has a kind, a
known state and a source, and no name or alias of a row is a name of another reference entry (another place, a
state, a body, a firm, an organisation), so that adding a region never takes another entry's mentions."""
from __future__ import annotations

import csv
from pathlib import Path

from graph.ids import fold
from graph.reference import load_reference

ROWS = Path(__file__).resolve().parents[1] / "graph" / "reference" / "data" / "places_regions.csv"


def _rows() -> list[dict]:
    with ROWS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_row_has_a_kind_a_known_state_and_a_source():
    ref = load_reference()
    for row in _rows():
        assert row["kind"] == "region", row["name"]
        assert row["source"].startswith("Wikipedia: "), row["name"]
        assert ref.find("Country", row["country"]) is not None, row["country"]


def test_no_name_or_alias_is_another_entrys_name():
    ref = load_reference()
    names = {fold(row["name"]) for row in _rows()}
    for row in _rows():
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            others = [e for e in ref.lookup(surface) if not (e.label == "Place" and fold(e.name) in names
                                                             and fold(e.name) == fold(row["name"]))]
            assert not others, (surface, [(e.label, e.name) for e in others])


def test_a_region_in_a_sentence_is_a_place(pipeline):
    from tests.extracted import node_labels

    labels = set(node_labels(pipeline, "Japan's navy held a drill off Kanagawa, and Indonesia sent two ships "
                                       "from South Sulawesi."))
    assert ("Place", "Kanagawa Prefecture") in labels
    assert ("Place", "South Sulawesi") in labels


def test_a_regions_bare_name_folds_into_the_region_by_its_alias(pipeline):
    from tests.extracted import node_labels

    labels = set(node_labels(pipeline, "The first jets landed at an air base in Córdoba province on Monday. "
                                       "Crowds in Córdoba cheered as the pilots taxied past."))
    assert ("Place", "Córdoba Province, Argentina") in labels
    assert ("Place", "Córdoba") not in labels


# common surnames and given names of the states whose regions the file lists (Japanese, Korean, Chinese, Malay,
# Spanish and Portuguese, Arabic, Thai, Nigerian): a one-word alias equal to one takes the person's mentions
# ("Captain Kenji Ishikawa ... Ishikawa said")
COMMON_NAMES = frozenset(w.casefold() for w in """
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita
Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara
Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata
Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda
Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo
Nomura Kikuchi Sano Onishi Sugimoto Arai Kagawa Shiga Miyagi Ibaraki Aichi Yamanashi Nagano Fukushima Toyama
Kim Lee Park Choi Jeong Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
Abdullah Ahmad Ismail Ibrahim Hassan Hussein Rahman Aziz Osman Omar Ali Yusof Sabah Salem Khalid Nasser
Garcia Rodriguez Martinez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz Morales
Ortiz Silva Santos Oliveira Souza Pereira Costa Ferreira Alves Lima Carvalho Ribeiro Almeida Mendoza Castro
Surin Somchai Prayut Thaksin Chan Ocha
Adeyemi Okafor Okonkwo Bello Abubakar Musa Yusuf Obi Eze Adamu
""".split())

# a row's own name that is also a name of people, kept because the text around it decides ("Sheikh Sabah"):
# the review's probe rg01 guards it
_OWN_NAMES_SHARED = frozenset({"sabah"})


def _people_words() -> set[str]:
    path = ROWS.with_name("people.csv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    words = set()
    for r in rows:
        for name in [r["name"], *r["aliases"].split("|")]:
            parts = name.split()
            # "Abdul Halim of Kedah": a ruler named by his state, no person's name
            words |= {w.casefold() for i, w in enumerate(parts) if not (i and parts[i - 1] == "of")}
    return words


def test_no_one_word_name_or_alias_is_a_common_or_catalogued_persons_name():
    people = _people_words()
    for row in _rows():
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            word = surface.casefold()
            if len(surface.split()) != 1 or word in _OWN_NAMES_SHARED:
                continue
            assert word not in COMMON_NAMES, (row["name"], surface)
            assert word not in people, (row["name"], surface)


def test_no_alias_is_another_states_region():
    """ "National Capital Region" is India's (Delhi) as much as the Philippines' (Metro Manila)."""
    for row in _rows():
        assert "National Capital Region" not in row["aliases"].split("|"), row["name"]
