from __future__ import annotations

from collections import Counter

import pytest

from graph.errors import ReferenceDataError
from graph.ontology import PLATFORM_CATEGORIES
from graph.reference import load_reference
from graph.reference.loader import read_entries


def test_shipped_reference_is_complete():
    ref = load_reference()
    labels = Counter(e.label for e in ref)
    assert labels["Country"] >= 195 and labels["Alliance"] >= 50
    assert labels["Platform"] >= 300 and labels["Company"] >= 150
    cats = Counter(e.props["category"] for e in ref if e.label == "Platform")
    assert set(cats) <= set(PLATFORM_CATEGORIES)
    for cat in ("air_defense", "armored_vehicle", "aircraft", "helicopter", "uav", "naval_vessel", "missile", "artillery"):
        assert cats[cat] >= 10, cat


def test_platform_makers_resolve_to_companies():
    ref = load_reference()
    for e in ref:
        if e.label == "Platform":
            for maker in e.makers:
                assert ref.find("Company", maker) is not None, (e.name, maker)


def test_demonyms_and_variants():
    ref = load_reference()
    assert ref.lookup("Kazakh", "Country")[0].name == "Kazakhstan"
    assert ref.lookup("Türkiye", "Country")[0].name == "Turkey"
    assert ref.lookup("Soviet", "Country")[0].name == "Soviet Union"
    assert ref.lookup("CSTO")[0].name == "Collective Security Treaty Organization"


def test_user_file_extends_an_entry(tmp_path):
    own = tmp_path / "mine.yaml"
    own.write_text("- {label: Country, name: Kazakhstan, aliases: [Kazakh Eli]}\n"
                   "- {label: Company, name: Acme Defence Works, country: Kazakhstan}\n")
    ref = load_reference([own])
    assert ref.lookup("Kazakh Eli")[0].name == "Kazakhstan"
    assert ref.find("Company", "Acme Defence Works") is not None
    assert "Kazakh Eli" not in [a for e in load_reference() for a in e.aliases]


def test_brand_words_index_the_first_and_last_words_of_several_word_platform_names(tmp_path):
    ref = load_reference()
    assert list(ref.brand("kunlong")) == ["platform:ag600"]  # "AG600 Kunlong"
    assert {"platform:bayraktar-tb2", "platform:akinci"} <= set(ref.brand("bayraktar"))
    assert ref.brand("ag600") == {"platform:ag600": ref.get("platform:ag600")}
    assert ref.brand("uav") != {} and ref.brand("nosuchbrandword") == {}
    own = tmp_path / "mine.yaml"
    own.write_text("- {label: Platform, name: Zarnitsa Heron, category: uav}\n")
    assert list(load_reference([own]).brand("zarnitsa")) == ["platform:zarnitsa-heron"]


@pytest.mark.parametrize("text,problem", [
    ("- {label: Weapon, name: X}\n", "not an ontology label"),
    ("- {label: Country}\n", "without a name"),
    ("- {label: Platform, name: X, category: spaceship}\n", "unknown category"),
    ("[unclosed\n", "not valid YAML"),
])
def test_malformed_user_file_names_file_and_problem(tmp_path, text, problem):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    with pytest.raises(ReferenceDataError) as err:
        read_entries(bad)
    assert "bad.yaml" in str(err.value) and problem in str(err.value)


# -- the world lists of government bodies and companies (split files merge into one label) --------------
WORLD_FILES = {"government_bodies": "GovernmentBody", "companies": "Company"}
BARE_GENERIC = {"army", "navy", "air force", "armed forces", "military", "mod", "moD", "ministry of defence",
                "ministry of defense", "defence ministry", "foreign ministry", "ministry of foreign affairs",
                "national guard", "coast guard", "marines", "marine corps", "air defense forces", "ground forces",
                "general staff", "security service", "foreign office", "intelligence service", "ministry"}


def _csv_rows(path):
    import csv
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("stem", sorted(WORLD_FILES))
def test_split_reference_files_load_with_unique_names_and_known_countries(stem):
    from graph.ids import fold
    from graph.reference.loader import DATA_DIR, shipped_files
    files = shipped_files(f"{stem}.csv")
    assert len(files) >= 2 and files[0].name == f"{stem}.csv"
    countries = {fold(r["name"]) for r in _csv_rows(DATA_DIR / "countries.csv")}
    owner: dict[str, str] = {}
    for path in files:
        rows = _csv_rows(path)
        entries = read_entries(path, WORLD_FILES[stem])
        assert len(entries) == len(rows)
        for row in rows:
            assert fold(row["country"]) in countries, (path.name, row["name"], row["country"])
            assert fold(row["name"]) not in owner, f"{row['name']!r} is in {owner.get(fold(row['name']))} and {path.name}"
            owner[fold(row["name"])] = path.name
            if path.name != f"{stem}.csv":
                assert row["source"].strip(), (path.name, row["name"])


@pytest.mark.parametrize("label", sorted(WORLD_FILES.values()))
def test_an_alias_names_one_body_and_never_a_bare_generic_word(label):
    from graph.ids import fold
    ref = load_reference()
    named: dict[str, set[str]] = {}
    for e in ref:
        if e.label == label:
            for surface in e.surfaces():
                named.setdefault(fold(surface), set()).add(e.id)
    shared = {k: v for k, v in named.items() if len(v) > 1}
    assert not shared, shared
    assert not {fold(w) for w in BARE_GENERIC} & set(named)


@pytest.mark.parametrize("surface,name", [
    ("Japanese Defense Ministry", "Ministry of Defense of Japan"),
    ("Ministry of Foreign Affairs of Norway", "Ministry of Foreign Affairs of Norway"),
    ("Brazilian Air Force", "Brazilian Air Force"),
    ("Thai Navy", "Royal Thai Navy"),
    ("Ministry of Defence of the United Kingdom", "Ministry of Defence of the United Kingdom"),
    ("Ministry of Defense of United Kingdom", "Ministry of Defence of the United Kingdom"),
    ("Mexican Defense Ministry", "Secretariat of National Defense"),
])
def test_world_bodies_answer_to_the_names_the_resolver_builds(surface, name):
    found = load_reference().lookup(surface, "GovernmentBody")
    assert [e.name for e in found] == [name]


@pytest.mark.parametrize("text,body", [
    ("Norway's defence ministry ordered new frigates.", "Ministry of Defence of Norway"),
    ("Britain's defence ministry signed the order on Monday.", "Ministry of Defence of the United Kingdom"),
    ("Japan's navy will receive the destroyers in 2027.", "Japan Maritime Self-Defense Force"),
    ("The Royal Thai Air Force received two jets.", "Royal Thai Air Force"),
    ("Egypt's foreign ministry condemned the strike.", "Ministry of Foreign Affairs of Egypt"),
    ("The French procurement agency DGA awarded the contract.", "Directorate General of Armaments"),
    ("Vietnam's defence ministry hosted the talks.", "Ministry of National Defence of Vietnam"),
    ("Sweden's FMV ordered more howitzers.", "Swedish Defence Materiel Administration"),
])
def test_world_bodies_resolve_in_running_text(text, body):
    from graph.entities.resolve import resolve
    from graph.mentions import build_nlp
    found = {e.name: e for e in resolve(build_nlp()(text)).values() if e.label == "GovernmentBody"}
    assert body in found and found[body].ref_id, sorted(found)


# -- the world list of platforms (platforms_world.csv: systems in breadth, beside platforms.csv) -------
def _world_platform_rows():
    from graph.reference.loader import DATA_DIR
    return DATA_DIR / "platforms_world.csv", _csv_rows(DATA_DIR / "platforms_world.csv")


def test_world_platforms_load_with_valid_categories_and_sources():
    from graph.ids import fold
    from graph.reference.loader import DATA_DIR
    path, rows = _world_platform_rows()
    entries = read_entries(path, "Platform")
    assert len(entries) == len(rows) >= 600
    shipped = {fold(s) for r in _csv_rows(DATA_DIR / "platforms.csv")
               for s in [r["name"], *r["aliases"].split("|")] if s.strip()}
    for row, entry in zip(rows, entries, strict=True):
        assert entry.props["category"] in PLATFORM_CATEGORIES, row["name"]
        assert row["source"].startswith("Wikipedia: "), row["name"]
        assert row["ambiguous"] in {"0", "1"}, row["name"]
        assert fold(row["name"]) not in shipped, f"{row['name']!r} is already in platforms.csv"
    cats = Counter(e.props["category"] for e in entries)
    for cat in ("air_defense", "armored_vehicle", "aircraft", "helicopter", "uav", "naval_vessel", "missile", "artillery"):
        assert cats[cat] >= 30, cat


def test_world_platform_surfaces_name_only_that_platform():
    """No name or alias of a world row is another platform's, a country's, a company's, a body's or a place's."""
    from graph.ids import fold
    from graph.reference.loader import entity_from_row
    path, rows = _world_platform_rows()
    ref = load_reference()
    for n, row in enumerate(rows, start=2):
        own = entity_from_row(row, "Platform", f"{path.name}:{n}")
        for surface in own.surfaces():
            assert ref.index[fold(surface)] == [own.id], (row["name"], surface, ref.index[fold(surface)])


@pytest.mark.parametrize("text,platform", [
    ("Vietnam's navy commissioned a second Gepard-class frigate in Haiphong.", "Gepard-class frigate"),
    ("Chile's navy plans to replace its Type 23 frigates by 2035.", "Type 23 frigate"),
    ("Pakistan test-fired an Abdali missile from a mobile launcher.", "Abdali"),
    ("Brazil's navy received its first MANSUP anti-ship missiles from Avibras.", "MANSUP"),
    ("The Indonesian Navy operates the Nagapasa-class submarine built by Hanwha Ocean.", "Nagapasa-class submarine"),
    ("South Korea's army fields the K136 Kooryong rocket launcher.", "K136 Kooryong"),
    ("Turkey showed Togan drones at the IDEF fair in Istanbul.", "Togan"),
    ("Egypt bought Sea King helicopters from the United Kingdom.", "Westland Sea King"),
    ("Kazakhstan ordered the HQ-12 air defence system from China.", "HQ-12"),
    ("Serbia displayed the Oganj rocket launcher at a parade in Belgrade.", "Oganj"),
    ("Russia deployed the Nebo-M radar to Crimea.", "Nebo-M"),
    ("Qatar commissioned an Al Zubarah-class corvette built by Fincantieri.", "Al Zubarah-class corvette"),
])
def test_world_platforms_resolve_in_running_text(text, platform):
    from graph.entities.resolve import resolve
    from graph.mentions import build_nlp
    found = {e.name: e for e in resolve(build_nlp()(text)).values() if e.label == "Platform"}
    assert platform in found and found[platform].ref_id, sorted(found)


@pytest.mark.parametrize("text", [
    "Binali Yıldırım met Majid in Tehran on Monday.",
    "Arman said the Trophy went to Kazakhstan's team.",
    "The Liaoning and Sichuan provinces were flooded.",
])
def test_ambiguous_world_names_need_a_military_context(text):
    from graph.entities.resolve import resolve
    from graph.mentions import build_nlp
    assert not [e.name for e in resolve(build_nlp()(text)).values() if e.label == "Platform"]
# -- places_world.csv: bases, ranges, regions, seas and second cities in breadth -------------------------
def _world_places():
    from graph.reference.loader import DATA_DIR
    return _csv_rows(DATA_DIR / "places_world.csv")


def test_every_world_place_loads_with_a_known_country_kind_and_source():
    from graph.ids import fold, make_id
    from graph.reference.loader import DATA_DIR
    rows = _world_places()
    assert len(rows) >= 600
    ref = load_reference()
    countries = {fold(r["name"]) for r in _csv_rows(DATA_DIR / "countries.csv")}
    kinds = {r["kind"] for r in _csv_rows(DATA_DIR / "places.csv")}
    shipped = {fold(s) for r in _csv_rows(DATA_DIR / "places.csv") for s in [r["name"], *r["aliases"].split("|")] if s}
    for row in rows:
        entry = ref.get(make_id("Place", row["name"]))
        assert entry is not None and entry.label == "Place", row["name"]
        assert not row["country"] or fold(row["country"]) in countries, (row["name"], row["country"])
        assert row["kind"] in kinds and row["source"].strip(), row["name"]
        assert fold(row["name"]) not in shipped, f"{row['name']} is already in places.csv"


def test_a_world_place_alias_names_no_country_and_no_place_of_another_country():
    from graph.ids import fold
    ref = load_reference()
    for row in _world_places():
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            others = [e for e in ref.lookup(surface) if e.name != row["name"]]
            assert not [e for e in others if e.label == "Country"], (row["name"], surface)
            clash = [e.name for e in others if e.label == "Place" and e.props.get("country", "") != row["country"]]
            assert not clash, (row["name"], surface, clash)
            assert len(ref.index[fold(surface)]) == 1, (surface, ref.index[fold(surface)])


@pytest.mark.parametrize("text,edge", [
    ("The drills were held at the Kapustin Yar range in Astrakhan Oblast on Tuesday.",
     ("HELD_IN", "Kapustin Yar")),
    ("Trainees gathered at Tapa, a town in Estonia, for the Spring Storm exercise.", ("HELD_IN", "Tapa")),
    ("The Cope Thunder exercise was held at Clark Air Base in the Philippines.", ("HELD_IN", "Clark Air Base")),
    ("The Talisman Sabre exercise was held in Townsville, Australia.", ("HELD_IN", "Townsville")),
])
def test_an_event_is_held_in_a_world_place(pipeline, text, edge):
    from datetime import date

    from graph.text import Document
    from graph.text.metadata import Metadata
    g = pipeline.process(Document.from_text(text, meta=Metadata(published=date(2024, 5, 1))))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    found = {(d["type"], name[v]) for u, v, d in g.edges(data=True) if g.nodes[u]["label"] == "Event"}
    assert edge in found, found


@pytest.mark.parametrize("text,place,within", [
    ("The drills were held at the Kapustin Yar range in Astrakhan Oblast on Tuesday.", "Kapustin Yar",
     "Astrakhan Oblast"),
    ("Kidal, a town in northern Mali, fell to the army.", "Kidal", "Mali"),
    ("Bunia, a city in Ituri, was shelled overnight.", "Bunia", "Ituri"),
    ("The brigade trained at the Mulino training ground in Nizhny Novgorod Oblast.", "Mulino training ground",
     "Nizhny Novgorod Oblast"),
])
def test_a_world_place_is_located_in_the_place_the_sentence_names(pipeline, text, place, within):
    from datetime import date

    from graph.text import Document
    from graph.text.metadata import Metadata
    g = pipeline.process(Document.from_text(text, meta=Metadata(published=date(2024, 5, 1))))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    found = {(name[u], name[v]) for u, v, d in g.edges(data=True) if d["type"] == "LOCATED_IN"}
    assert (place, within) in found, found


@pytest.mark.parametrize("text,venue", [
    ("Two transport jets landed at Aktau International Airport on Monday.", "Aktau International Airport"),
    ("The frigate docked beside Kaohsiung International Airport's cargo pier.", "Kaohsiung International Airport"),
    ("Officials inspected the Zhanjiang Naval Base last week.", "Zhanjiang Naval Base"),
])
def test_a_known_place_followed_by_a_capitalised_venue_name_is_that_venue(text, venue):
    from graph.entities.resolve import resolve
    from graph.mentions import build_nlp
    places = {e.name for e in resolve(build_nlp()(text)).values() if e.label == "Place"}
    assert venue in places, places


def test_bodies_of_a_country_follow_the_catalogue_and_additions():
    from graph.reference.loader import RefEntity, ReferenceData

    def body(name: str, country: str) -> RefEntity:
        return RefEntity(id=f"governmentbody:{name.lower().replace(' ', '-')}", label="GovernmentBody", name=name,
                         props={"country": country})

    ref = ReferenceData([body("Ruritanian Air Force", "Ruritania"), body("Ruritanian Navy", "Ruritania"),
                         body("Freedonian Army", "Freedonia")])
    assert [e.name for e in ref.bodies("Ruritania")] == ["Ruritanian Air Force", "Ruritanian Navy"]
    ref.add(body("Ruritanian Coast Guard", "Ruritania"))
    assert [e.name for e in ref.bodies("Ruritania")][-1] == "Ruritanian Coast Guard"
    assert ref.bodies("Atlantis") == []
