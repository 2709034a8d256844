"""Invented defence-news probes of session 38's new rules (review38): key -> (branch, published, text, what to
look at). None is copied from a development article; names of firms, states, places and people are public ones
used in made-up statements."""
from __future__ import annotations

_D = "2025-03-10"

_DRILL = ("Navies open Amber Shield 2025 exercise off Latvia\n\nRIGA, March 9 - Warships from eight NATO states "
          "began the Amber Shield 2025 exercise off Liepaja on Sunday, the Latvian navy said.\n"
          "The exercise runs until March 20.\n")

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- statepair38: states listed beside a small bloc
    "sp01": ("statepair38", _D, "Kazakhstan, Kyrgyzstan and Tajikistan criticised the CSTO for its slow response to "
             "the border clashes.", "criticism, not membership (members by data)"),
    "sp02": ("statepair38", _D, "The CSTO sent troops to Kazakhstan and Kyrgyzstan after the floods.",
             "the bloc acts on the listed states"),
    "sp03": ("statepair38", "2024-03-01", "Mali, Burkina Faso and Niger announced in January that they would "
             "withdraw from ECOWAS.", "states leaving (still members by data on the date)"),
    "sp04": ("statepair38", _D, "Armenia, which has frozen its participation, and Belarus skipped the CSTO summit "
             "in Minsk.", "a suspended member"),
    "sp05": ("statepair38", _D, "Unlike Armenia and Kyrgyzstan, the CSTO's biggest member has sent troops abroad.",
             "'unlike' list"),
    "sp06": ("statepair38", "2024-10-20", "Indonesia and Malaysia sent observers to the BRICS summit in Kazan.",
             "observers, not members on the date"),
    "sp07": ("statepair38", _D, "The Shanghai Cooperation Organisation met in Tianjin on Monday. India, China and "
             "Pakistan also traded threats over Kashmir.", "bloc in the sentence before, another topic"),
    "sp08": ("statepair38", "2023-08-10", "ECOWAS threatened to use force against Niger's junta. Mali and Burkina "
             "Faso warned they would defend Niger.", "a list of the bloc's opponents"),
    "sp09": ("statepair38", _D, "China warned Australia and Japan against turning the Quad into an Asian NATO.",
             "a warning to two states"),
    "sp10": ("statepair38", _D, "Troops from Saudi Arabia, Kuwait and Bahrain joined the Gulf Cooperation Council's "
             "Peninsula Shield drill.", "true case: contingents of the bloc's force"),
    # ---- supplies38: boats not as arms
    "bo01": ("supplies38", _D, "Turkey sent boats carrying hundreds of migrants to Greece, Athens said.",
             "migrants' boats"),
    "bo02": ("supplies38", _D, "Japan donated 12 rescue boats to the Philippines after the typhoon.",
             "rescue boats given as aid"),
    "bo03": ("supplies38", _D, "The Philippine coast guard seized three Chinese fishing boats near Scarborough "
             "Shoal.", "fishing boats seized"),
    "bo04": ("supplies38", _D, "Sunseeker showed its new boats to buyers from Qatar at the Southampton Boat Show.",
             "a boat show"),
    "bo05": ("supplies38", _D, "Norway sold 40 old fishing boats to Senegal last year.", "fishing boats sold"),
    "bo06": ("supplies38", _D, "Italy returned the boats to Tunisia after the migrants were rescued.",
             "boats returned"),
    "bo07": ("supplies38", _D, "Cambridge beat Oxford in the Boat Race, and Britain shipped boats to the Paris "
             "regatta.", "rowing boats"),
    "bo08": ("supplies38", _D, "The United States delivered four Mark VI patrol boats to Ukraine last year.",
             "true case: patrol boats"),
    "bo09": ("supplies38", _D, "Britain has given Ukraine 20 boats for river crossings.", "true case: boats given"),
    # ---- dupjunk38: one name under two labels in one article (store fold)
    "dj01": ("dupjunk38", _D, "The German frigate Hamburg left Wilhelmshaven on Monday for the Red Sea. In Hamburg, "
             "the city's mayor said the port was ready for more navy visits.", "a ship named after a city"),
    "dj02": ("dupjunk38", _D, "The frigate Baden-Württemberg docked in Kiel on Friday. Baden-Württemberg's premier "
             "praised the crew.", "a ship named after a state of Germany"),
    "dj03": ("dupjunk38", _D, "India and Russia opened exercise Indra in Rajasthan on Monday. Separately, Spain's "
             "Indra won a radar contract from the Spanish Army.", "an exercise and a firm of one name"),
    "dj04": ("dupjunk38", _D, "The Ukrainian firm Antonov said its Kyiv plant was hit. Russian paratroopers had "
             "landed at Antonov in 2022.", "a firm and an airfield of one name"),
    "dj05": ("dupjunk38", _D, "General Lloyd Austin visited troops in Austin, Texas, on Monday.",
             "a person and a place (guarded)"),
    "dj06": ("dupjunk38", _D, "The Finnish firm Patria opened an office in Riga. Japan's army drove its new Patria "
             "vehicles through Hokkaido.", "a firm and its platform, unrelated in the text"),
    "dj07": ("dupjunk38", _D, "Rheinmetall will build a plant in Unterluess. The Unterluess plant makes shells for "
             "Ukraine.", "a place and a facility"),
    "dj08": ("dupjunk38", _D, "The Indian Navy's destroyer Delhi docked in Colombo. Delhi has asked Colombo to "
             "deny berths to Chinese survey ships.", "a ship named after a capital that stands for its state"),
    # ---- event38: bare "the unrest / coup / mutiny / protests"
    "ev01": ("event38", "2024-05-10", "Kazakhstan's police dispersed protests by farmers in Astana.",
             "new protests in a state with catalogued unrest"),
    "ev02": ("event38", "2024-05-10", "Kyrgyzstan's government blamed foreign agents for the unrest, and Kazakhstan "
             "closed the border.", "another state's unrest"),
    "ev03": ("event38", "2024-02-01", "Soldiers in Sierra Leone attempted a coup, weeks after Niger's junta "
             "expelled French troops.", "another state's coup"),
    "ev04": ("event38", _D, "Niger's army chief recalled the 1974 coup in a speech on Monday.",
             "an old coup dated by the text"),
    "ev05": ("event38", "2024-06-01", "Protests against Niger's military government erupted in Niamey a year after "
             "the coup.", "true case: the coup, and protests not the coup"),
    "ev06": ("event38", "2024-06-01", "Wagner Group fighters left Mali. In Russia, a mutiny by conscripts at a base "
             "in Siberia was put down.", "another mutiny"),
    "ev07": ("event38", "2024-03-01", "Chad's president met Vladimir Putin in Moscow. Days earlier, soldiers in "
             "Guinea-Bissau staged a failed coup.", "another state's coup, the catalogued state named"),
    "ev08": ("event38", "2023-09-01", "Gabon's army seized power in a coup on Wednesday, a month after the coup in "
             "Niger.", "two coups in one sentence"),
    "ev09": ("event38", "2024-06-01", "Students in Kenya staged protests against tax rises, while Kazakhstan raised "
             "fuel prices.", "protests of another state"),
    "ev10": ("event38", "2022-01-20", "Kazakhstan's President Kassym-Jomart Tokayev thanked the CSTO for sending "
             "troops during the unrest.", "true case"),
    "ev11": ("event38", "2024-08-01", "Myanmar's junta, which has ruled since the coup, extended emergency rule. "
             "Thailand saw protests over the monarchy.", "true coup, other state's protests"),
    "ev12": ("event38", "2025-01-15", "Niger's leaders said a coup was being plotted from Benin.",
             "a planned coup, not the catalogued one"),
    # ---- partic38: forces that flew / fired in another context
    "pa01": ("partic38", _D, _DRILL + "During the Gulf War, the US Air Force flew F-15 fighters over Iraq.",
             "a past war"),
    "pa02": ("partic38", _D, _DRILL + "The Brazilian Air Force flew two KC-390 tankers to Eindhoven on a delivery "
             "flight.", "a delivery flight"),
    "pa03": ("partic38", _D, _DRILL + "The Ukrainian Air Force fired Storm Shadow missiles at Crimea overnight.",
             "a war strike"),
    "pa04": ("partic38", _D, _DRILL + "Russia's Black Sea Fleet fired Kalibr missiles at Odesa on Saturday.",
             "a strike of a non-participant"),
    "pa05": ("partic38", _D, _DRILL + "Finland's air force fielded F/A-18 Hornets at Rovaniemi in last month's "
             "Arctic Challenge exercise.", "another exercise"),
    "pa06": ("partic38", _D, _DRILL + "The Indian Navy fired a BrahMos missile from INS Visakhapatnam in the "
             "Arabian Sea.", "another sea"),
    "pa07": ("partic38", _D, _DRILL + "The Royal Danish Air Force flew F-35 jets over the exercise area on Monday.",
             "true case"),
    "pa08": ("partic38", _D, _DRILL + "The German Navy's frigate Sachsen sailed with Latvian minehunters.",
             "true case: the owner of the sailing ship"),
    "pa09": ("partic38", _D, _DRILL + "The Lithuanian Air Force will use the Black Hawk helicopters it bought from "
             "the US for search and rescue.", "future use, outside the drill"),
    # ---- heldin38: landing / activity / sailing; installation venues
    "hl01": ("heldin38", _D, _DRILL + "A Latvian Air Force C-130 made an emergency landing at Riga airport on "
             "Tuesday.", "an aircraft's landing"),
    "hl02": ("heldin38", _D, _DRILL + "The landing of the minister's plane at Ventspils was delayed by fog.",
             "a delegation's landing"),
    "hl03": ("heldin38", _D, _DRILL + "Business activity in Ventspils has slowed since the port lost Russian trade.",
             "business activity"),
    "hl04": ("heldin38", _D, _DRILL + "Russian naval activity near Kaliningrad has grown.", "another party's activity"),
    "hl05": ("heldin38", _D, _DRILL + "Ferry sailing between Tallinn and Helsinki was cancelled by storms.",
             "a ferry's sailing"),
    "hl06": ("heldin38", _D, _DRILL + "Amphibious landings took place at Pavilosta beach on Tuesday.", "true case"),
    "hl07": ("heldin38", _D, _DRILL + "The marines' landings at Pavilosta were the largest in years.",
             "true case with a possessor (lost?)"),
    "hl08": ("heldin38", _D, "Fighter jets land at Siauliai for Baltic drill\n\nVILNIUS, March 9 - Fighter jets "
             "arrived at Siauliai Air Base in Lithuania on Sunday for the Baltic Sky 2025 exercise, which will be "
             "flown over Latvia.\nThe exercise runs until March 20.\n", "an arrival base, not the venue"),
    "hl09": ("heldin38", _D, "Leaders meet in Brussels on Ukraine\n\nBRUSSELS, March 9 - NATO defence ministers "
             "opened talks in Brussels on Sunday, a day after visiting troops at Adazi Military Base in Latvia.\n"
             "The meeting ends on Monday.\n", "an installation visited on another day"),
    "hl10": ("heldin38", _D, "Drill opens at Adazi\n\nRIGA, March 9 - Soldiers from six states began the Iron Wolf "
             "2025 exercise at Adazi Military Base in Latvia on Sunday.\nThe exercise runs until March 20.\n",
             "true case: base and its town"),
    # ---- round two
    "sp11": ("statepair38", _D, "Russia and Belarus, the two states of the Union State, held the Zapad drill, while "
             "the CSTO stayed silent.", "bloc named in passing"),
    "sp12": ("statepair38", "2025-06-01", "ASEAN foreign ministers met in Kuala Lumpur. Vietnam, the Philippines and "
             "Malaysia each reject China's line in the South China Sea.", "bloc before, another topic"),
    "bo10": ("supplies38", _D, "Smugglers sent overcrowded boats from Libya to Italy all week.", "smugglers' boats"),
    "bo11": ("supplies38", _D, "Russia sold boats and nets to Vietnam's fishing fleet.", "fishing trade"),
    "bo12": ("supplies38", _D, "China donated two fishing boats to Sri Lanka.", "fishing boats given"),
    "dj09": ("dupjunk38", _D, "Turkey's drone carrier Anadolu docked in Istanbul on Monday, Anadolu reported.",
             "a ship and a news agency of one name"),
    "dj10": ("dupjunk38", _D, "Japan's helicopter carrier Izumo left Yokosuka on Monday. In Izumo, a city in "
             "Shimane, officials welcomed the crew's families.", "a ship named after a city"),
    "dj11": ("dupjunk38", _D, "The Indian Navy's frigate Tabar visited Kiel. Tabar, a town in Iran, was hit by an "
             "earthquake.", "a ship and a foreign town"),
    "dj12": ("dupjunk38", _D, "The German frigate Bayern arrived in Mumbai. Bayern Munich beat Dortmund, and Bayern's "
             "premier Markus Soeder met Indian investors.", "a ship named after a state"),
    "dj13": ("dupjunk38", _D, "The Ukrainian Navy's corvette Hetman Ivan Mazepa sailed from Istanbul. Hetman, the "
             "Polish firm, makes body armour.", "uncatalogued firm and ship part"),
    "ev13": ("event38", _D, "Niger's army chief recalled the 1974 coup.", "an old coup by year only"),
    "ev14": ("event38", "2024-03-01", "Chad's president met Vladimir Putin. Soldiers in Guinea-Bissau staged a failed "
             "coup.", "another state's coup, undated"),
    "ev15": ("event38", "2024-02-01", "Soldiers in Sierra Leone attempted a coup, and Niger's junta expelled French "
             "troops.", "another state's coup, undated"),
    "ev16": ("event38", "2024-06-01", "Russia's defence ministry said a mutiny had been put down, and Wagner Group "
             "fighters left Mali.", "another mutiny"),
    "ev17": ("event38", "2025-01-15", "Riot police in Kazakhstan broke up the protests outside the Chinese embassy.",
             "new protests"),
    "ev18": ("event38", "2025-06-01", "Gabon held its first election since the coup.", "true case: the coup"),
    "pa10": ("partic38", _D, _DRILL + "In Ukraine, the Russian Air Force fired Kh-101 missiles at power plants.",
             "a war strike, another state"),
    "pa11": ("partic38", _D, _DRILL + "The Swedish Air Force flew its Gripen jets to the Paris Air Show.",
             "a show abroad"),
    "pa12": ("partic38", _D, _DRILL + "The Latvian Navy used its minehunters to clear old mines off Ventspils "
             "last autumn.", "another time, no year"),
    "pa13": ("partic38", _D, _DRILL + "The US Navy's destroyer USS Carney fired SM-2 missiles at Houthi drones in "
             "the Red Sea.", "the owner of a ship that fired elsewhere"),
    "hl11": ("heldin38", _D, "Ramstein group meets\n\nRAMSTEIN, March 9 - Defence ministers of the Ukraine Defence "
             "Contact Group met at Ramstein Air Base near Kaiserslautern on Sunday.\nThe meeting ends on Monday.\n",
             "true case: the base and its town"),
    "hl12": ("heldin38", _D, "Summit opens in Vilnius\n\nVILNIUS, March 9 - NATO leaders opened the Vilnius Summit "
             "2025 on Sunday, after troops paraded at Rukla Military Base near Jonava.\nThe summit ends on Monday.\n",
             "another occasion's installation"),
    "hl13": ("heldin38", _D, "Jets arrive for drill\n\nRIGA, March 9 - Fighter jets that will fly in the Baltic Sky "
             "2025 exercise over Latvia landed at Amari Air Base near Tallinn on Sunday.\nThe exercise runs until "
             "March 20.\n", "an arrival installation"),
    "hl14": ("heldin38", _D, _DRILL + "Chinese activity around Taiwan also rose this week.",
             "another state's activity (demonym)"),
    "hl15": ("heldin38", _D, _DRILL + "Sailing from Karlskrona, the Swedish corvettes joined on Monday.",
             "true-ish: where ships sailed from"),
    # ---- round three
    "hl16": ("heldin38", "2024-05-10", "Chile bids farewell to peacekeepers\n\nSANTIAGO, May 9 - A farewell ceremony "
             "for the Chilean peacekeepers was held in Santiago on Thursday, a week after the troops landed at Cerro "
             "Moreno Air Base in Antofagasta.\n", "another occasion's installation beside the venue"),
    "hl17": ("heldin38", "2024-05-10", "Frigate commissioned\n\nTALCAHUANO, May 9 - The Chilean Navy commissioned "
             "the frigate Almirante Lynch at a ceremony in Talcahuano on Thursday, after sea trials from the "
             "Punta Arenas Naval Base in Punta Arenas.\n", "trials base of another occasion"),
    "hl18": ("heldin38", "2024-05-10", "Farewell at Cerro Moreno\n\nANTOFAGASTA, May 9 - A farewell ceremony for "
             "the Chilean peacekeepers was held at Cerro Moreno Air Base in Antofagasta on Thursday.\n",
             "true case"),
    "ev19": ("event38", "2025-01-15", "Kazakhstan jailed three activists who organised protests against a nuclear "
             "plant.", "new protests, no date"),
    "ev20": ("event38", "2024-04-01", "Turkey, whose army crushed a coup attempt in 2016, bought Kazakhstan's "
             "unrest-era bonds.", "an old dated coup"),
}
