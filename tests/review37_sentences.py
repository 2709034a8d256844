"""Invented defence-news probes of session 37's new rules (review37): key -> (branch, published, text, what to
look at). None is copied from a development article; names of firms, states and people are public ones used in
made-up statements."""
from __future__ import annotations

_D = "2025-03-10"

_DRILL = ("Navies open Amber Shield 2025 exercise off Latvia\n\nRIGA, March 9 - Warships from eight NATO states "
          "began the Amber Shield 2025 exercise off Liepaja on Sunday, the Latvian navy said.\n"
          "The exercise runs until March 20.\n")

_SUMMIT = ("Leaders gather for Vilnius defence summit\n\nVILNIUS, March 9 - Leaders of twelve European states opened "
           "the Baltic Defence Summit 2025 in Vilnius on Sunday.\nThe summit runs for two days.\n")

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- platform37: maker forms, "-class" aliases, a modifier before the ship noun
    "plat01": ("platform37", _D, "Boeing 2024 results beat forecasts as the firm handed over 12 F-15EX jets to the "
               "US Air Force.", "maker before a year, no platform"),
    "plat03": ("platform37", _D, "Atlas Air Boeing 747 freighters flew the howitzers from Texas to Rzeszow.",
               "an operator's name before the maker-prefixed type"),
    "plat05": ("platform37", _D, "Thales Rafale radar upgrades will be paid for by the French Air and Space Force.",
               "a supplier of parts before the type"),
    "plat06": ("platform37", _D, "World-class amphibious ships are what the Philippine Navy lacks, the admiral "
               "said.", "'World-class' at the sentence start before an adjective and a ship noun"),
    "plat08": ("platform37", _D, "The yard builds world-class anti-submarine frigates for the Royal Navy.",
               "lower-case world-class before a modifier and a ship noun"),
    "plat11": ("platform37", _D, "Chile ordered two Larkspur-class offshore patrol vessels from a Dutch yard.",
               "an uncatalogued class with an adjective modifier (true case)"),
    "plat12": ("platform37", _D, "Indonesia's Dassault Rafale fighters will be based at Roesmin Nurjadin air base.",
               "maker before its own type (true case)"),
    # ---- govbody37: a lower-case state body before a title noun; the title's state
    "gov01": ("govbody37", _D, "China summoned the Japanese ambassador on Tuesday. Foreign ministry spokesman "
              "Lin Jian said Tokyo had crossed a red line.", "the state named last before is the other side"),
    "gov02": ("govbody37", _D, "Moscow rejected Kyiv's account of the strike. Foreign ministry spokeswoman Maria "
              "Zakharova said the target was a military depot.", "the capital named last before is the other side"),
    "gov03": ("govbody37", _D, "The Philippines protested to China over the collision near Second Thomas Shoal. "
              "The defence ministry spokesman said Manila would send more ships.",
              "'the defence ministry spokesman' of the state named after, not the last one before"),
    "gov04": ("govbody37", _D, "Islamabad hosted talks with Kabul on Monday, and Afghanistan's army chief met "
              "Pakistan's army chief General Asim Munir.", "two states' army chiefs"),
    "gov05": ("govbody37", _D, "India's army chief, General Upendra Dwivedi, visited troops in Ladakh on Friday.",
              "true case: a state's army chief"),
    "gov06": ("govbody37", _D, "Seoul said the drones came from the North. The defence ministry chief of staff "
              "briefed lawmakers.", "'chief of staff' after a lower-case ministry"),
    "gov09": ("govbody37", _D, "After Washington announced new tariffs on Beijing, foreign ministry spokesman "
              "Guo Jiakun said China would respond.", "a clause of time before: the state of the main clause"),
    "gov10": ("govbody37", _D, "Russian drones hit Odesa overnight, the Ukrainian air force said. Defence ministry "
              "spokesman Dmitry Peskov denied it.", "a spokesman of another state"),
    # ---- member37: represented by, delegation led by, person of body
    "mem01": ("member37", _D, "Ukraine was represented at the International Court of Justice by British barrister "
              "David Kell.", "a hired lawyer is no person of the state"),
    "mem02": ("member37", _D, "Mali was represented by Burkina Faso's foreign minister, Karamoko Traore, at the "
              "Sahel meeting.", "another state's minister stands in; his own state must stay"),
    "mem03": ("member37", _D, "Estonia was represented by Finland's ambassador, Tuula Virtanen, because its own "
              "envoy was ill.", "another state's ambassador"),
    "mem05": ("member37", _D, "Georgia was represented by its foreign minister, Maka Botchorishvili, at a debate "
              "on the occupation of Abkhazia by Russia under Vladimir Putin.", "a 'by' after a state in an of-phrase"),
    "mem06": ("member37", _D, "Chile was represented by its foreign minister, Alberto van Klaveren; Peru by "
              "Defence Minister Walter Astudillo.", "true case: gapped clause"),
    "mem07": ("member37", _D, "A US delegation led by envoy Keith Kellogg met a Ukrainian delegation led by "
              "Rustem Umerov in Riyadh.", "two delegations"),
    "mem09": ("member37", _D, "Serbia was represented by Hungary, whose foreign minister Peter Szijjarto read its "
              "statement.", "a state stands in; the person is the other state's"),
    "mem10": ("member37", _D, "Director Jane Harman of the Wilson Center said the deal would not survive.",
              "a leading title before 'of the Centre' (LEADS wins)"),
    "mem11": ("member37", _D, "The carrier Gerald R. Ford of the US Navy sailed into the Mediterranean on "
              "Friday.", "a ship named after a person, 'of the US Navy'"),
    "mem16": ("member37", _D, "Former director John Brennan of the CIA criticised the plan, and Amy Zegart, of "
              "the Hoover Institution, agreed.", "a former leader, and a comma-of"),
    # ---- stage37: goods in the making
    "stg02": ("stage37", _D, "The Royal Navy's HMS Glasgow, under construction since 2017, was commissioned last "
              "year.", "under construction in the past, now in service"),
    "stg03": ("stage37", _D, "A Tomahawk from the submarine USS Florida was launched at Houthi radar sites on "
              "Friday.", "a missile launched from a vessel"),
    "stg04": ("stage37", _D, "An investigation into the Royal Navy submarine HMS Vigilant was launched on "
              "Monday.", "an inquiry launched about a held vessel"),
    "stg05": ("stage37", _D, "An exercise involving the Spanish Navy frigate Alvaro de Bazan was launched off "
              "Cadiz on Monday.", "an exercise launched"),
    "stg06": ("stage37", _D, "The US Army's Stryker vehicles passed cold-weather trials in Alaska years ago and "
              "have served since.", "trials long ago"),
    "stg07": ("stage37", _D, "The Indian Navy destroyer INS Visakhapatnam fired a BrahMos missile during trials "
              "of a new seeker.", "an in-service ship at trials of a weapon"),
    "stg08": ("stage37", _D, "Poland is building new hangars for its F-35 jets at Lask air base.",
              "hangars being built for held jets"),
    "stg09": ("stage37", _D, "Rheinmetall is building a maintenance hub in Romania for Ukraine's Leopard 2 tanks.",
              "a hub being built for a held fleet"),
    "stg10": ("stage37", _D, "The Indian Army's K9 Vajra howitzers moved along a road being built near the Chinese "
              "border.", "a road being built"),
    "stg11": ("stage37", _D, "The Philippine Navy operates the frigate BRP Jose Rizal, and a second ship is "
              "under construction in Ulsan.", "the sister under construction, not the frigate"),
    "stg12": ("stage37", _D, "Brazil's third Riachuelo-class submarine was launched at Itaguai on Friday.",
              "true case: a launched submarine is ordered"),
    # ---- occasion37: used in the exercise
    "occ01": ("occasion37", _D, _DRILL + "During the Gulf War, US F-15 fighters flew thousands of sorties over "
              "Iraq.", "a past war"),
    "occ02": ("occasion37", _D, _DRILL + "Two new KC-390 tankers landed at Eindhoven on their delivery flight from "
              "Brazil.", "a delivery flight"),
    "occ03": ("occasion37", _D, _DRILL + "Earlier, Indian Tejas jets flew aerobatic displays in Malaysia.",
              "an exhibition abroad"),
    "occ04": ("occasion37", _D, _DRILL + "Russia fired Kinzhal missiles at Kyiv overnight.",
              "a strike elsewhere"),
    "occ05": ("occasion37", _D, _DRILL + "Poland sent Leopard 2 tanks to Ukraine after the invasion.",
              "a donation"),
    "occ06": ("occasion37", _D, _DRILL + "Lockheed Martin makes the F-35 jets that Norway brought to Latvia.",
              "a maker's verb"),
    "occ07": ("occasion37", _D, _DRILL + "Russia used Iskander missiles against Ukrainian cities last week.",
              "use in a war"),
    "occ08": ("occasion37", _D, _DRILL + "German Eurofighter jets flew from Laage to join the drill.",
              "true case: flew to join it"),
    "occ09": ("occasion37", _D, _SUMMIT + "A Polish Air Force Gulfstream G550 flew the Polish president to "
              "Vilnius.", "a summit article: jets flew the leaders"),
    "occ10": ("occasion37", _D, _DRILL + "The Dutch frigate HNLMS Tromp sailed to the Red Sea last month.",
              "another month"),
    "occ11": ("occasion37", _D, _DRILL + "Britain has tested the Storm Shadow missile in Ukraine, officials "
              "said.", "tested elsewhere"),
    # ---- second round
    "plat13": ("platform37", _D, "World-class ships are what the Philippine Navy lacks, the admiral said.",
               "'World-class' at sentence start without a modifier (the older shape)"),
    "gov11": ("govbody37", _D, "Iran accused Israel of the strike on its consulate in Damascus. Foreign ministry "
              "spokesman Esmaeil Baghaei said Tehran would respond.", "the capital named last before is a third state's"),
    "gov12": ("govbody37", _D, "Libya's eastern army chief Khalifa Haftar met Russian officers in Benghazi.",
              "a rival force's chief, not the state's army"),
    "gov13": ("govbody37", _D, "An Israeli army spokesman said troops had entered Rafah.",
              "true case: a demonym's army before 'spokesman'"),
    "mem17": ("member37", _D, "Poland's contingent was commanded by Lieutenant Colonel Adam Nowak.",
              "true case: a contingent's commander"),
    "stg13": ("stage37", _D, "The Royal Navy's HMS Prince of Wales was launched in 2017 and commissioned in 2019.",
              "launched years ago, since commissioned"),
    "stg15": ("stage37", _D, "Egypt will produce spare parts for its Rafale jets.", "parts made for a held fleet"),
    "stg16": ("stage37", _D, "The Royal Navy's HMS Iron Duke began sea trials after a three-year refit.",
              "an in-service ship's trials after a refit"),
    "stg17": ("stage37", _D, "A base for the Indian Navy's Rafale M jets is being built at Goa.",
              "a base being built for held jets"),
    "stg18": ("stage37", _D, "A new road for the Indian Army's K9 Vajra howitzers is under construction in Ladakh.",
              "a road under construction for held guns"),
    "occ12": ("occasion37", _D, _DRILL + "Lockheed Martin makes the F-35 in Fort Worth, Texas.", "a maker's verb"),
    "occ13": ("occasion37", _D, _DRILL + "Norwegian F-35 jets flew over the exercise area on Monday.",
              "true case: flew in the drill"),
    "occ14": ("occasion37", _D, _DRILL + "Ukraine's F-16 jets fired AIM-9 missiles at Russian drones over Odesa.",
              "a war elsewhere"),
}
