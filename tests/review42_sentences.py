"""Invented defence-news probes of session 42's merged work (review42) -> (change, published, text, what to look at).
None is copied from a development article; names of firms, states, places and people are public ones used in
made-up statements. Changes: ``capital42`` (metonymy.city_reading: a capital read as the city), ``regions42``
(places_regions.csv and fold_bare_regions by alias), ``people42`` (people.csv rows checked, new rows, bare
surnames shared by two people dropped)."""
from __future__ import annotations

_D = "2025-03-10"

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- capital42: the capital stands for its government after the same words -> no Place, the state
    "ca01": ("capital42", _D, "Kazakhstan has drifted away from Moscow since 2022 and now buys Turkish drones.",
             "state: 'away from Moscow' is Russia, no Place Moscow"),
    "ca02": ("capital42", _D, "Lithuania condemned the attack on Kyiv's sovereignty and sent more air defence "
             "systems to Ukraine.", "state: 'attack on Kyiv's sovereignty' is Ukraine, no Place Kyiv"),
    "ca03": ("capital42", _D, "Armenia has come under pressure from Moscow to rejoin the CSTO drills.",
             "state: pressure from Moscow = Russia (guard)"),
    "ca04": ("capital42", _D, "Washington seized the tanker off Venezuela last week, the Pentagon said.",
             "state: Washington = United States (guard)"),
    "ca05": ("capital42", _D, "Tehran controls the militia that fired drones at US troops in Syria.",
             "state: Tehran = Iran (guard)"),
    "ca06": ("capital42", _D, "Azerbaijan has never left Ankara's orbit, and it bought Bayraktar drones again.",
             "state: Ankara = Turkey, no Place Ankara"),
    "ca07": ("capital42", _D, "Seoul launched a lobbying push on Washington to win approval for nuclear-powered "
             "submarines.", "state: push on Washington = US lobbying target, no Place Washington"),
    "ca08": ("capital42", _D, "The ceasefire would leave Moscow in control of a fifth of Ukraine's territory.",
             "state: Moscow = Russia holds territory, no Place Moscow"),
    "ca09": ("capital42", _D, "Moldova wants to escape from Moscow's grip on its gas supply before the winter.",
             "state: escape from Moscow's grip = Russia, no Place Moscow"),
    "ca10": ("capital42", _D, "Tula has long been the centre of Moscow's arms industry, building Pantsir "
             "systems for the Russian army.", "state: centre of Moscow's industry = Russia, no Place Moscow"),
    "ca11": ("capital42", _D, "Sanctions were meant as an attack on Beijing's chip industry, officials in "
             "Taipei said.", "state: 'attack on Beijing's chip industry' = China, no Place Beijing"),
    "ca12": ("capital42", _D, "Beijing-based diplomats say the PLA Navy will hold new drills around Taiwan.",
             "city acceptable: diplomats based in the city (X-based)"),
    # ---- capital42: the city where it should be one
    "ca20": ("capital42", _D, "The convoy left Kabul at dawn and reached the Pakistani border by nightfall.",
             "city: Place Kabul"),
    "ca21": ("capital42", _D, "Russian drone strikes on Kyiv killed four people overnight, Ukraine's air force "
             "said.", "city: Place Kyiv"),
    "ca22": ("capital42", _D, "The suspects hid in a suburb of Tashkent before Uzbekistan's security service "
             "arrested them.", "city: Place Tashkent"),
    "ca23": ("capital42", _D, "Taliban fighters seized Kabul in August 2021 as US troops withdrew.",
             "city: Place Kabul"),
    "ca24": ("capital42", _D, "The M23 rebels have vowed to march on Kinshasa, and Congo asked Angola for help.",
             "city: Place Kinshasa"),
    "ca25": ("capital42", _D, "Ukrainian drones struck an oil depot 200 kilometres from Moscow on Sunday.",
             "city: Place Moscow"),
    "ca26": ("capital42", _D, "Britain flew its diplomats out and the evacuation from Khartoum ended on Monday.",
             "city: Place Khartoum"),
    "ca27": ("capital42", _D, "Israel carried out strikes on Tehran on Friday, and Iran fired missiles back.",
             "city: Place Tehran; conflict Israel-Iran stays"),
    "ca28": ("capital42", _D, "Hamas leaders left Doha for Istanbul after Qatar suspended its mediation.",
             "city: Place Doha"),
    "ca29": ("capital42", _D, "Russian troops tried to encircle Kyiv in 2022 but were pushed back by Ukraine.",
             "city: Place Kyiv"),
    "ca30": ("capital42", _D, "Kalashnikov opened a Moscow-based drone design bureau, Rostec said.",
             "city: Place Moscow (X-based)"),
    "ca31": ("capital42", _D, "President Lula will visit Beijing next month to discuss satellites with China.",
             "city: a visit to Beijing, Place (China stays)"),
    "ca32": ("capital42", _D, "Rebels advanced towards the capital, Bamako, and Mali asked Russia's Africa Corps "
             "for help.", "city: Place Bamako"),
    "ca33": ("capital42", _D, "Ukraine's capital, Kyiv, came under a missile attack on Tuesday.",
             "city: Place Kyiv"),
    # ---- regions42: a region name that is also a city, person, firm or ship, or inside a longer name
    "rg01": ("regions42", _D, "Kuwait's prime minister, Sheikh Sabah al-Khalid al-Sabah, met the US defence "
             "secretary in Kuwait City.", "no Place Sabah (a person's name)"),
    "rg02": ("regions42", _D, "Sabah's coast guard detained a Philippine fishing boat off Malaysia on Monday.",
             "true: Place Sabah (Malaysian region)"),
    "rg03": ("regions42", _D, "North Korea fired two ballistic missiles from Gangwon province into the sea, South "
             "Korea's military said.", "Kangwon is North Korea's here: no Gangwon Province, South Korea"),
    "rg04": ("regions42", _D, "India's National Capital Region will get a new air defence shield, the Indian Air "
             "Force said.", "no Metro Manila (India's NCR)"),
    "rg05": ("regions42", _D, "Soldiers from 2 Para boarded the C-17 at Brize Norton for Estonia.",
             "no Place Pará (2 Para is a British battalion)"),
    "rg06": ("regions42", _D, "Argentina's destroyers sailed from Puerto Belgrano, the naval base near Bahia "
             "Blanca, on Tuesday.", "no Place Bahia (Brazil) from Bahia Blanca"),
    "rg07": ("regions42", _D, "Mexico's army arrested a commander of the Jalisco New Generation Cartel in "
             "Guadalajara.", "CJNG is an org; no Place Jalisco from the cartel's name"),
    "rg08": ("regions42", _D, "Japan's claim to the Northern Territories has stalled talks with Russia on a peace "
             "treaty.", "no Place Northern Territory (Australia)"),
    "rg09": ("regions42", _D, "Captain Kenji Ishikawa commands the destroyer JS Kongo. Ishikawa said the drill "
             "with the US Navy went well.", "bare Ishikawa = the captain, no Place Ishikawa Prefecture"),
    "rg10": ("regions42", _D, "Midfielder Shinji Kagawa visited the JMSDF base at Kure on Saturday.",
             "no Place Kagawa Prefecture from a person's name"),
    "rg11": ("regions42", _D, "Houthi drones struck Riyadh Province on Monday, and air defences over Riyadh "
             "intercepted three more.", "Riyadh (capital) kept apart from Riyadh Province?"),
    "rg12": ("regions42", _D, "Argentina will base its F-16s in Buenos Aires province, far from the ministry in "
             "Buenos Aires, the air force said.", "capital city Buenos Aires is no alias of the province"),
    "rg13": ("regions42", _D, "The Chaco War between Bolivia and Paraguay ended in 1935.",
             "no Place Chaco Province (Argentina)"),
    "rg14": ("regions42", _D, "Indonesian troops clashed with the West Papua Liberation Army near Intan Jaya.",
             "WPLA org; region inside longer name"),
    "rg15": ("regions42", _D, "Sri Lanka's navy opened a new base in the Eastern Province near Trincomalee.",
             "no Eastern Province, Saudi Arabia"),
    "rg16": ("regions42", _D, "Japan's navy held a drill off Kanagawa, and Indonesia sent two ships from South "
             "Sulawesi.", "true: Kanagawa Prefecture, South Sulawesi"),
    "rg17": ("regions42", _D, "Thailand moved tanks to Surin Province after clashes with Cambodia at the "
             "border.", "true: Place Surin Province"),
    "rg18": ("regions42", _D, "Former ASEAN chief Surin Pitsuwan visited Hanoi in 2010. Surin said the region "
             "needed a code of conduct in the South China Sea.", "bare Surin = the person, no Place Surin Province"),
    "rg19": ("regions42", _D, "The Australian Army's 3rd Brigade trains in Queensland with US Marines every "
             "winter.", "true: Place Queensland"),
    "rg20": ("regions42", _D, "Police in Victoria arrested a man who flew a drone over the naval base at "
             "Williamstown, Australia said.", "Victoria (Australian state) is no Seychelles capital"),
    "rg21": ("regions42", _D, "Pakistan deployed troops along the border in Punjab after India's strikes.",
             "Place Punjab (any); no India-only region tied to Pakistan"),
    "rg22": ("regions42", _D, "Robins Air Force Base in Georgia will host the new E-7 Wedgetail squadron.",
             "Georgia = US state, not the country"),
    "rg23": ("regions42", _D, "Brazil's navy commissioned a patrol ship in Belem, the capital of Para state.",
             "true: Place Pará"),
    "rg24": ("regions42", _D, "The Bangsamoro Islamic Freedom Fighters ambushed soldiers in Maguindanao, the "
             "Philippine army said.", "BIFF org; no Place Bangsamoro from the group's name"),
    "rg25": ("regions42", _D, "A Gripen crashed in Santa Cruz province, Argentina, while Bolivia's army held a "
             "parade in Santa Cruz.", "Bolivian city Santa Cruz not folded into the Argentine province"),
    # ---- people42: bare surnames, namesakes, acting holders, term edges
    "pe01": ("people42", "2024-05-02", "Thales chief executive Patrice Caine signed the radar deal in Paris. Caine "
             "said deliveries would start in 2027.", "bare Caine folds into Patrice Caine; LEADS Thales"),
    "pe02": ("people42", "2025-06-02", "General Dan Caine, chairman of the Joint Chiefs of Staff, visited "
             "Poland on Monday. Caine said more Patriot batteries would follow.", "bare Caine folds into Dan Caine"),
    "pe03": ("people42", "2025-06-18", "General Dan Caine met Thales boss Patrice Caine at the Paris Air Show. "
             "Caine told reporters the radar was ready.", "two Caines: no false fold / no third Caine"),
    "pe04": ("people42", "2024-03-05", "Turkmen President Serdar Berdimuhamedov received Turkey's defence "
             "minister in Ashgabat. Berdimuhamedov said Turkmenistan would buy more Bayraktar drones.",
             "bare surname folds into Serdar; Serdar LEADS Turkmenistan; no Gurbanguly"),
    "pe05": ("people42", "2024-03-05", "Gurbanguly Berdimuhamedov, the former president, watched the parade "
             "beside his son, President Serdar Berdimuhamedov.", "two people, Serdar LEADS Turkmenistan"),
    "pe06": ("people42", "2023-05-10", "President Berdimuhamedov inspected the navy's new corvette at the port "
             "of Turkmenbashi.", "bare title+surname in 2023 = Serdar; never Gurbanguly"),
    "pe07": ("people42", "2018-04-23", "Armenian Prime Minister Serzh Sargsyan resigned on Monday after street "
             "protests. Sargsyan had led the country for a decade.", "bare Sargsyan folds into Serzh"),
    "pe08": ("people42", "2017-06-01", "Tigran Sargsyan, chairman of the Eurasian Economic Commission board, met "
             "President Serzh Sargsyan in Yerevan.", "two Sargsyans stay apart"),
    "pe09": ("people42", "2023-03-02", "Foreign Minister Bilawal Bhutto Zardari met his Chinese counterpart in "
             "Beijing. Zardari said Pakistan would buy more J-10C jets.", "bare Zardari folds into Bilawal"),
    "pe10": ("people42", "2017-09-12", "Finnish Defence Minister Jussi Niinistö visited the Hornet squadron in "
             "Rovaniemi. Niinistö said the fighter programme was on schedule.", "bare Niinistö = Jussi"),
    "pe11": ("people42", "2023-06-01", "Kyrgyz President Sadyr Japarov chaired a meeting with Cabinet chairman "
             "Akylbek Japarov. Japarov ordered new drones from Turkey.", "two Japarovs stay apart"),
    "pe12": ("people42", "2022-02-20", "Acting President Alen Simonyan signed Armenia's new defence procurement "
             "law on Friday.", "Alen Simonyan LEADS Armenia (acting)"),
    "pe13": ("people42", "2026-06-12", "Defence Secretary Dan Jarvis visited the Barrow shipyard on his first day "
             "in the job.", "Dan Jarvis LEADS Ministry of Defence (UK)"),
    "pe14": ("people42", "2026-06-10", "Britain's defence secretary, John Healey, told MPs the frigate order "
             "would go ahead.", "Healey LEADS MoD on his last day"),
    "pe15": ("people42", "2015-09-20", "UN Secretary-General Ban Ki-moon called for a ceasefire in Yemen. Ban said "
             "both sides must spare civilians.", "bare Ban folds into Ban Ki-moon"),
    "pe16": ("people42", "2015-09-20", "The ban on cluster munitions was discussed at the UN, where Ban Ki-moon "
             "spoke.", "no Person 'ban'"),
    "pe17": ("people42", "2011-04-05", "US Homeland Security Secretary Janet Napolitano toured the border. "
             "Napolitano said drones would help patrol it.", "bare Napolitano = Janet, not Giorgio"),
    "pe18": ("people42", "2017-05-02", "David Lee, a spokesman for General Dynamics, declined to comment on the "
             "tank contract.", "a namesake: no Taiwan foreign minister LEADS"),
    "pe19": ("people42", "2020-01-05", "Boeing's interim chief executive Greg Smith said the 737 MAX tanker work "
             "would continue.", "Greg Smith LEADS Boeing (interim)"),
    "pe20": ("people42", "2024-04-10", "Senator Pia Cayetano questioned the Philippine Navy's budget. Cayetano "
             "said the frigates were late.", "bare Cayetano = Pia, not Alan Peter"),
    "pe21": ("people42", "2014-03-02", "President Goodluck Jonathan ordered more troops to Borno. Jonathan said the "
             "army would defeat Boko Haram.", "bare Jonathan folds into Goodluck Jonathan"),
    "pe22": ("people42", "2012-06-01", "Speaker Max Sisulu opened the debate on the defence budget. Sisulu said "
             "the navy needed new ships.", "bare Sisulu = Max, not Lindiwe"),
    "pe23": ("people42", _D, "Japanese troops left Kiska in 1943 under fog, and US forces landed weeks later.",
             "Kiska is an island: no Person Kiska"),
    "pe24": ("people42", "2024-03-01", "Acting President László Kövér signed Hungary's ratification of Sweden's "
             "NATO membership.", "Kövér LEADS Hungary (acting)"),
    "pe25": ("people42", "2024-11-20", "Georgia's Ilia Darchiashvili met his Turkish counterpart in Ankara. The "
             "Georgian foreign minister said the pipeline was safe.", "FM in office on the date"),
    "pe26": ("people42", "2017-07-10", "Secretary of State Rex Tillerson flew to Kuwait. Tillerson said the Gulf "
             "dispute could be solved.", "Tillerson LEADS State Dept"),
    "pe27": ("people42", "2025-03-10", "Admiral Christopher Grady, acting chairman of the Joint Chiefs, briefed "
             "Congress on Tuesday.", "Grady LEADS Joint Chiefs (acting)"),
}
