"""Common shapes of operation, manufacture, supply and deployment facts (session 8), each on sentences of our
own through the real pipeline: a possessive shared by conjoined platforms, "equipped with", a company named
before a platform, "<platform> of <company>", an apposition the parser misplaces, a transfer's source in
"from", a unit set "at" a place, a demonym on a misparsed platform phrase, "X and its <platform>", goods
traded "for" a state, "<state>-operated", a service heading a listed line."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, source, type_, target", [
    # one possessive governs the platforms conjoined to the possessed one
    ("The flypast showed the Peruvian Air Force's Mirage 2000 fighters, a KC-135 tanker and C-130 Hercules transports.",
     "Peruvian Air Force", "OPERATES", "C-130"),
    ("The flypast showed the Peruvian Air Force's Mirage 2000 fighters, a KC-135 tanker and C-130 Hercules transports.",
     "Peruvian Air Force", "OPERATES", "KC-135"),
    # a force equipped or armed with platforms holds them
    ("Colombia's army, equipped with M1117 armoured cars, patrols the border.", "Colombia", "OPERATES", "M1117"),
    ("The Peruvian Army is equipped with T-55 tanks.", "Peruvian Army", "OPERATES", "T-55"),
    ("Chile re-equipped its army with Leopard 2A4 tanks.", "Chile", "OPERATES", "Leopard 2"),
    # a company named right before a platform (however the parser joins them) makes it
    ("Finland has picked the Lockheed Martin F-35A as its next fighter. Lockheed Martin welcomed the choice.",
     "Lockheed Martin", "MANUFACTURES", "F-35"),
    # "<platform> of <company>"
    ("The shortlist held the Gripen and the Rafale of France's Dassault Aviation.", "Dassault", "MANUFACTURES", "Rafale"),
    # an apposition hung on the wrong word still describes the platform before its comma
    ("The crash hurt the Gripen, the light fighter built by Saab.", "Saab", "MANUFACTURES", "Gripen"),
    # "The jet, developed by X": the platform just named
    ("The Su-57 flew at the show. The jet, developed by Sukhoi and shown to buyers, is a fifth-generation fighter.",
     "Sukhoi", "MANUFACTURES", "Su-57"),
    # a passive transfer to a state names its source after "from"
    ("Jordan once bought arms from the United States. Those F-16 jets were passed to Jordan from U.S. Air Force stocks.",
     "United States", "SUPPLIES", "Jordan"),
    # the platforms of a unit set "at" a place are deployed there
    ("Norway still flies F-16s. They will replace the old F-16 fighters of 331 Squadron at Bodø.",
     "F-16", "DEPLOYED_TO", "Bodø"),
    # a demonym on a platform whose phrase the parser splits, doing an action
    ("Tunisia hosts the drill. Tunisian F-5s and transport aircraft are training alongside them.",
     "Tunisia", "OPERATES", "F-5"),
    # goods a trade word puts "for" a state are that state's
    ("In March the defence ministry ordered 26 Rafale M jets for the Indian Navy.", "Indian Navy", "OPERATES", "Rafale"),
    ("The contract covers 20 more Leopard 2A8 tanks for the Czech Army.", "Czech", "OPERATES", "Leopard 2"),
    # a state's name fused with "-operated"
    ("Drones struck two Ukrainian-operated F-16 jets on the ground.", "Ukraine", "OPERATES", "F-16"),
    # an armed service heading a line before a colon holds what the line lists (also when cut off as a sentence)
    ("The ships taking part:\n\n- **Royal Navy:** the destroyer HMS Dauntless, carrying a Wildcat helicopter.",
     "Royal Navy", "OPERATES", "Wildcat"),
    ("Hellenic Navy: the frigate Hydra, with an S-70 Aegean Hawk helicopter embarked.", "Hellenic Navy", "OPERATES", "S-70"),
    # "X and its <platform>"
    ("The display brought together the Royal Thai Air Force and its Gripen fighters.",
     "Royal Thai Air Force", "OPERATES", "Gripen"),
])
def test_shape_found(pipeline, text, source, type_, target):
    assert find_relation(text_relations(pipeline, text), source, type_, target)


@pytest.mark.parametrize("text, source, type_, target", [
    # a conjunct with its own owner or determiner is not under the first possessive
    ("Poland's K2 tanks and the Turkish Altay will meet at the trials.", "Poland", "OPERATES", "Altay"),
    # a company not the catalogue's maker of the type makes nothing by standing before it
    ("Lockheed Martin lost the contest: Thailand chose the Saab Gripen over the Lockheed Martin F-16.",
     "Lockheed Martin", "MANUFACTURES", "Gripen"),
    # "equipped with" on something that is no state gives no operator
    ("Boeing equipped the prototype with AGM-84 Harpoon missiles.", "Boeing", "OPERATES", "Harpoon"),
    # "for" without goods changing hands names no user
    ("The Rafale is a replacement for the Mirage 2000 in the Indian Air Force.", "Indian Air Force", "OPERATES",
     "Rafale"),
    # a colon after a country or after more than a service's name is no order of battle
    ("Russia: the Su-35 deal with Egypt is off.", "Russia", "OPERATES", "Su-35"),
    ("He said of the Indian Navy: the Rafale M will serve it well.", "Indian Navy", "OPERATES", "Rafale"),
    # a demonym beside a platform that is only talked about names no operator
    ("Moroccan officials praised the F-16s.", "Morocco", "OPERATES", "F-16"),
])
def test_shape_not_overreached(pipeline, text, source, type_, target):
    assert not find_relation(text_relations(pipeline, text), source, type_, target)
