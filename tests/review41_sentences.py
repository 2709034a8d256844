"""Invented defence-news probes of session 41's merged rules (review41) -> (branch, published, text, what to look
at). None is copied from a development article; names of firms, states, places and people are public ones used in
made-up statements. ``YEARS`` holds yearless datelines for year41b (body, "0000-MM-DD", the year wanted)."""
from __future__ import annotations

_D = "2025-03-10"

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- opsame41: the one armed service of the operating state named in the sentence operates the platform too
    "os01": ("opsame41", _D, "Brazil took delivery of its eighth Gripen E fighter on Tuesday at a Brazilian Air "
             "Force base in Anapolis.", "true: FAB operates the Gripen"),
    "os02": ("opsame41", _D, "Nigeria received two more A-29 Super Tucano aircraft on Friday, bringing the Nigerian "
             "Air Force's fleet of the type to 14.", "true: NAF operates the A-29"),
    "os03": ("opsame41", _D, "Poland signed for 96 AH-64E Apache helicopters, and the US Army will train the first "
             "Polish crews at Fort Novosel.", "US Army is another state's service: no US Army -> Apache from Poland"),
    "os04": ("opsame41", _D, "Switzerland ordered 36 F-35A fighters after the Swiss Air Force evaluated the Rafale, "
             "the Eurofighter and the Super Hornet in 2019.",
             "true: Swiss AF -> F-35A; false if Swiss AF operates the types it only evaluated"),
    "os07": ("opsame41", _D, "Turkey has ordered 40 Hurjet trainers, which the Turkish Air Force and the Turkish "
             "Navy will share.", "two services named: no service reading (guard)"),
    "os08": ("opsame41", _D, "India ordered 26 Rafale M fighters for the Indian Navy's carrier INS Vikrant on "
             "Monday.", "lost/missed true: Indian Navy flies the Rafale M (aircraft vs sea branch)"),
    "os10": ("opsame41", _D, "Germany ordered 15 more F-35A jets, while the Royal Netherlands Air Force sent "
             "instructors to help the Luftwaffe prepare.", "RNLAF is Dutch: no RNLAF -> F-35A via Germany"),
    "os11": ("opsame41", _D, "Qatar has taken delivery of 24 Eurofighter Typhoon jets, and the Royal Air Force "
             "trains Qatari pilots on the type in a joint squadron.", "RAF trains others: no RAF reading from Qatar"),
    "os12": ("opsame41", _D, "Vietnam will buy BrahMos missiles from India, and the Vietnam People's Navy will fit "
             "them to its Gepard-class frigates.", "navy's own ship in the sentence (guard); India -> BrahMos?"),
    "os13": ("opsame41", _D, "Japan will supply five more Teresa Magbanua-class patrol ships to the Philippines "
             "for the Philippine Coast Guard.", "true: PCG operates the ships (sea_guards)"),
    "os14": ("opsame41", _D, "Hungary's Gripen fighters scrambled on Monday after a Russian Su-30 neared the "
             "border, the Hungarian Air Force said.", "true: Hungarian AF -> Gripen; never -> Su-30"),
    "os15": ("opsame41", _D, "Morocco signed for 24 AH-64E Apache helicopters, and the Royal Moroccan Air Force "
             "band played at the ceremony.", "an air force band at a ceremony: the army flies Moroccan Apaches"),
    "os16": ("opsame41", _D, "Greece has bought four FDI frigates from France; the Hellenic Air Force will take "
             "its last Rafale jets next year.", "air force vs frigates mismatch; HAF -> Rafale true"),
    "os20": ("opsame41", _D, "Ukraine's army used a captured Russian T-90 tank in a counterattack near Kupiansk.",
             "Ukrainian army -> T-90 captured: read? Russia -> T-90 true; Russian service none"),
    "os22": ("opsame41", _D, "Argentina received its first F-16 fighters from Denmark, the Argentine Air Force said "
             "at the ceremony in Tandil.", "true: Argentine AF -> F-16; Danish none"),
    # ---- junk41 (no_names): one kind/scope word, an Event named by a preposition and a year, an amount: dropped
    "jk01": ("junk41", _D, "Wing, the drone delivery firm owned by Alphabet, will fly medical supplies for the "
             "British Army under a new contract.", "Wing is a real company (unit head word)"),
    "jk02": ("junk41", _D, "Gunmen attacked two villages in Togo's Maritime region on Sunday, the army said.",
             "Maritime is a Togolese region (no_name_words)"),
    "jk03": ("junk41", _D, "Brazil bought the helicopter carrier HMS Ocean from Britain in 2018. Ocean had served "
             "as the Royal Navy's flagship.", "lone 'Ocean' = the ship"),
    "jk04": ("junk41", _D, "In 2022, Russia invaded Ukraine. Since 2014, Kyiv has rebuilt its army with Western "
             "help.", "true: no Event 'In 2022' / 'Since 2014'"),
    "jk05": ("junk41", _D, "Navy officials said the new frigate would join the fleet in June, according to the "
             "Philippine Navy.", "true: 'Navy' body stays"),
    "jk07": ("junk41", _D, "Rheinmetall signed a $1.2 billion contract with Hungary for Lynx vehicles on "
             "Tuesday.", "true: no Event/Org '$1.2 billion'"),
    "jk09": ("junk41", _D, "The Strategic Rocket Forces test-fired a Yars missile from the Plesetsk cosmodrome, "
             "Russia's defence ministry said.", "'Strategic' must not be a node; SRF -> Yars"),
    "jk10": ("junk41", _D, "Exercise Sea Breeze 2025 began in Odesa on Monday with ships from 12 nations.",
             "true: Sea Breeze 2025 stays (not 'Sea')"),
    "jk11": ("junk41", _D, "Fort Bliss in Texas will host German Patriot crews for training from May.",
             "true: Fort Bliss kept (not 'Fort')"),
    "jk13": ("junk41", _D, "The Sudanese Armed Forces retook the Regional parliament building in Wad Madani on "
             "Saturday.", "'Regional' cut from a name: dropped"),
    "jk14": ("junk41", _D, "Until 2030, Japan will spend 43 trillion yen on defence. By March 2027, its forces will "
             "field long-range missiles.", "true: no Event 'Until 2030' / 'By March 2027'"),
    "jk15": ("junk41", _D, "The 1st Battalion of the Irish Guards will deploy to Estonia in May. Guards officers "
             "said the move was routine.", "true: the battalion stays"),
    # ---- junk41 (called_names): a second name beside the first becomes an alias
    "cn01": ("junk41", _D, "Leonardo, formerly known as Finmeccanica, won a contract for AW149 helicopters from "
             "Poland.", "former name kept apart (guard)"),
    "cn02": ("junk41", _D, "Ukrainian drone maker Skyeton, previously called Aerotechnics, will open a plant in "
             "Slovakia.", "former name kept apart (previously)"),
    "cn03": ("junk41", _D, "Abdul Rahim Dagalo, known as Hemedti's brother and deputy, led the Rapid Support Forces "
             "attack on El Fasher.", "false fold: a person 'known as X's brother' is not X"),
    "cn04": ("junk41", _D, "Ahmad Massoud, known as the son of Ahmad Shah Massoud, leads the National Resistance "
             "Front in the Panjshir valley.", "false fold: son into father?"),
    "cn05": ("junk41", _D, "Milrem Robotics, as Kuldar Vaarsi is known to stress, sells its THeMIS robot to 16 "
             "armies.", "'as X is known to stress': X is no name of Milrem"),
    "cn06": ("junk41", _D, "Sweden may join the European Sky Shield Initiative, or ESSI, later this year.",
             "true: ESSI alias of the initiative"),
    "cn08": ("junk41", _D, "Romania will pick the F-35, or KF-21, for its next fighter order, officials said.",
             "'or' between two different aircraft: kept apart"),
    "cn09": ("junk41", _D, "The Chengdu J-20, known to NATO as Fagin, flew over Zhuhai on Tuesday.",
             "true: Fagin alias of J-20"),
    "cn10": ("junk41", _D, "Hanwha Aerospace, known in South Korea as the maker of the K9 howitzer, opened an "
             "office in Bucharest.", "'known as the maker of K9': K9 no alias of Hanwha"),
    "cn11": ("junk41", _D, "Jorge Alvarez, known as Comandante Tigre, was killed by Colombian troops in Cauca.",
             "true: nickname alias of the person"),
    "cn13": ("junk41", _D, "Kim Yo Jong, known as Kim Jong Un's sister, warned Seoul over leaflet launches.",
             "false fold: sister into brother"),
    "cn14": ("junk41", _D, "Tehran, as Washington is known to argue, cannot be trusted with enrichment.",
             "'as X is known to argue': no fold of two places"),
    # ---- conflict41: new dyads, dyad verbs/nouns, later conjuncts, border neighbours
    "cf01": ("conflict41", "2023-06-20", "Wagner Group fighters fought beside the Russian army in the battle for "
             "Bakhmut, which ended in May.", "allies in the battle: Russia-Wagner (2023 dyad) false"),
    "cf02": ("conflict41", "2025-11-12", "Pakistan and Afghanistan both condemned the attack by Islamic State - "
             "Khorasan Province on a mosque in Peshawar.", "victims of a third party: PAK-AFG false here"),
    "cf03": ("conflict41", "2024-05-14", "Russia and Georgia, which fought a five-day war in 2008, signed a rail "
             "freight deal in Tbilisi on Monday.", "past war in a later year: no RUS-GEO"),
    "cf04": ("conflict41", "2026-02-03", "Afghanistan and Pakistan, which fought a brief border war in October 2025, "
             "reopened the Torkham crossing on Monday.", "2025-2025 dyad in a 2026 story: none"),
    "cf05": ("conflict41", "2025-04-08", "Benin's army repelled an ambush by Jama'at Nasr al-Islam wal Muslimin "
             "fighters near the border with Togo.", "true: Benin-JNIM; Togo across border none"),
    "cf06": ("conflict41", "2025-04-08", "Uganda and the Democratic Republic of the Congo launched a joint "
             "offensive against the Allied Democratic Forces in Ituri.", "true: UGA-ADF, DRC-ADF; UGA-DRC none"),
    "cf07": ("conflict41", "2025-04-08", "Colombia's president opened his election campaign in Cucuta, where the "
             "National Liberation Army and FARC dissidents hold rural areas.",
             "an election campaign: no COL-ELN/ELN-FARC dissidents from 'campaign'"),
    "cf08": ("conflict41", "2025-04-08", "Mexico and the United States agreed to cooperate in the fight against the "
             "Sinaloa Cartel.", "true: MEX-Sinaloa; US-Mexico none"),
    "cf09": ("conflict41", "2025-04-08", "Turkey mediated a ceasefire between the Democratic Republic of the Congo "
             "and Rwanda in Doha.", "mediator Turkey no side; DRC-Rwanda true"),
    "cf11": ("conflict41", "2025-04-08", "Mexico shut down 300 social media accounts the Sinaloa Cartel used in a "
             "recruitment campaign.", "'recruitment campaign' (+ 'shut down'): cue not hostile"),
    "cf13": ("conflict41", "2025-04-08", "Ethiopia and Uganda sent fresh troops to Somalia to fight al-Shabaab "
             "after a raid on a base in Lower Shabelle.", "true: ETH/UGA-al-Shabaab; ETH-UGA none"),
    "cf14": ("conflict41", "2025-04-08", "Egypt detained ten men it linked to Islamic State - Sinai Province on "
             "Monday.", "dyad ended 2023: none in 2025"),
    "cf15": ("conflict41", "2025-04-08", "The United Kingdom and Australia, old partners in the campaign against "
             "Islamic State, signed a submarine treaty.", "UK-AUS none; AUS-IS ended 2017; UK-IS 'old' campaign"),
    "cf16": ("conflict41", "2025-04-08", "The Kachin Independence Army's political front met Myanmar officials in "
             "Kunming for talks on the jade mines.", "'political front' no hostility: MMR-KIA?"),
    "cf17": ("conflict41", "2025-04-08", "Saudi Arabia and the Houthis held talks in Riyadh on extending the truce "
             "in Yemen.", "truce talks between sides of a war"),
    "cf18": ("conflict41", "2025-04-08", "US aircraft struck Islamic State and al-Shabaab targets in Somalia and "
             "Iraq on Sunday.", "later conjunct of a place; US-IS, US-al-Shabaab true"),
    "cf20": ("conflict41", "2025-04-08", "Pakistan's army said it recaptured two posts the Balochistan Liberation "
             "Army had stormed near the border with Iran.", "true: PAK-BLA; Iran across border none"),
    "cf23": ("conflict41", "2025-04-08", "Rwanda and the Democratic Republic of the Congo will hold a joint trade "
             "fair in Goma, organisers said, the first since the war.", "'the war' mention in a trade story"),
    # ---- platcat41: new platform rows
    "pc01": ("platcat41", _D, "Brazilian troops were sent to Cascavel, in Parana state, after floods on Monday.",
             "Cascavel the city: no Platform"),
    "pc02": ("platcat41", _D, "Brazil's army will upgrade 98 EE-9 Cascavel armoured cars with new guns.",
             "true: Brazil/army -> Cascavel platform"),
    "pc03": ("platcat41", _D, "Captain Gokdeniz Yilmaz commanded the Turkish frigate TCG Istanbul during the "
             "drill.", "a person's given name, no Platform"),
    "pc04": ("platcat41", _D, "China's army is replacing its QBZ-95 rifles with the new QBZ-191.",
             "QBZ-95 is another rifle: it folds into QBZ-191 (alias)"),
    "pc05": ("platcat41", _D, "The US Army has ordered the XM7 rifle and the XM250 machine gun from SIG Sauer.",
             "XM250 is another weapon: folded into SIG XM7 row"),
    "pc06": ("platcat41", _D, "Turkey will fit the TEI TF6000 turbofan to the Kizilelma drone; the PD170 engine "
             "powers the Anka.", "PD170 a different engine: alias of TF6000 row"),
    "pc07": ("platcat41", _D, "Singapore's navy commissioned its eighth Littoral Mission Vessel on Friday.",
             "Singapore's Independence class: not Malaysia's Keris row"),
    "pc08": ("platcat41", _D, "The Indian Army will buy 300 more Indian Field Gun pieces from the Ordnance "
             "Factory Board.", "true: IFG row; MANUFACTURES"),
    "pc09": ("platcat41", _D, "Malaysia's navy is adding four more Keris-class littoral mission ships to the "
             "fleet.", "true: Keris-class"),
    "pc12": ("platcat41", _D, "Lockheed Martin's F-22 Raptor flew over Pella, a town in Iowa, on Tuesday.",
             "Raptor patrol boat must not match"),
    "pc13": ("platcat41", _D, "India's DRDO said the Kaveri engine had passed altitude trials in Russia, and HAL "
             "will build the Shakti engine for the Dhruv helicopter.", "true: Kaveri, Shakti rows"),
    "pc14": ("platcat41", _D, "The Indian Army will replace its INSAS rifles with the AK-203 made at Korwa.",
             "true: INSAS (ambiguous flag) read as platform"),
    "pc15": ("platcat41", _D, "The Sultan's Legacy 600 jet landed in Muscat; a Falcon 50 carried the delegation.",
             "business jets (civil), kept as platforms?"),
    # ---- second batch (sharper shapes)
    "os23": ("opsame41", _D, "A private Cessna 172 strayed into restricted airspace over Washington, and the US Air "
             "Force scrambled two F-16s to intercept it.", "USAF -> F-16 true; nobody operates the Cessna 172"),
    "os24": ("opsame41", _D, "Australia will buy the MQ-4C Triton, a drone the Royal Australian Navy once wanted "
             "but the Royal Australian Air Force will fly.", "two services: no service reading"),
    "os25": ("opsame41", _D, "Greece will retire its Mirage 2000-5 jets, the Hellenic Air Force said, after it "
             "sold them to India for spare parts.", "HAF -> Mirage (retired) true; India?"),
    "jk17": ("junk41", _D, "The Corps will buy 20 more CH-53K helicopters, a Marine Corps general told Congress.",
             "'The Corps' = US Marine Corps"),
    "cn16": ("junk41", _D, "Brigadier Tomas Novak, named by Prague as Karel Rehka's successor, took command of the "
             "Czech army on Monday.", "false fold: successor into predecessor"),
    "cn17": ("junk41", _D, "Frontline Robotics, known as Rheinmetall's smallest supplier, makes drone parts in "
             "Latvia.", "false fold: a supplier into Rheinmetall"),
    "cn18": ("junk41", _D, "Pokrovsk, known as the gateway to Donetsk, fell to Russian troops, Ukraine's army "
             "said.", "no fold of Pokrovsk into Donetsk"),
    "cn19": ("junk41", _D, "Yevgeny Prigozhin, once known as Putin's chef, led the Wagner Group mutiny in June "
             "2023.", "'once known as' (former word) guard; Prigozhin kept"),
    "cf24": ("conflict41", "2025-11-12", "Pakistan and Afghanistan ran a joint polio vaccination campaign along the "
             "border this month.", "vaccination campaign: no PAK-AFG"),
    "cf25": ("conflict41", "2025-11-12", "Pakistan and Afghanistan pledged to join the fight against Islamic State "
             "- Khorasan Province at a meeting in Doha.", "allies in a fight: no PAK-AFG"),
    "cf26": ("conflict41", "2025-11-12", "Pakistan and Afghanistan presented a united front against Indian "
             "pressure at the meeting in Tehran.", "a united front: no PAK-AFG"),
    "cf28": ("conflict41", "2025-10-12", "Pakistan launched air strikes in Khost and Afghanistan vowed to retaliate "
             "on Sunday.", "true: PAK-AFG (Afghanistan a side, not a later place conjunct)"),
    "cf29": ("conflict41", "2025-04-08", "Al-Shabaab fighters crossed the border with Kenya and ambushed a Kenyan "
             "police convoy in Mandera.", "true: Kenya-al-Shabaab (border neighbour is the side)"),
    "cf30": ("conflict41", "2023-06-20", "Wagner's campaign in Mali had Russia's blessing, a Kremlin spokesman "
             "said.", "campaign as ally: no RUS-Wagner"),
    "pc16": ("platcat41", _D, "Farmers near the base chased away crows that had gathered on the runway, the Royal "
             "Air Force said.", "lowercase crows: no Platform CROWS"),
    "pc17": ("platcat41", _D, "Argentina's navy sent the patrol ship ARA Bouchard to track Chinese trawlers off "
             "Patagonia.", "true: ARA Bouchard (row alias) -> navy"),
    "pc18": ("platcat41", _D, "Colombia's army received 30 M240 machine guns and 100 Minimi light machine guns from "
             "the United States.", "true: FN MAG / Minimi rows"),
    "pc19": ("platcat41", _D, "Brazil's army will buy Urutu armoured carriers; a venomous urutu snake bit a soldier "
             "in the Amazon.", "true Urutu; lowercase snake not"),
}

#: year41b: a yearless dateline "0000-MM-DD" with a body -> the year wanted
YEARS: dict[str, tuple[str, str, str, str]] = {
    "yr01": ("0000-06-14", "The Ruritanian Air Force retired its last Hawk trainers at Vesna on Friday, ending 40 "
             "years of service. The jets were ordered in 1985.", "2025", "true: 1985 + 40, Friday 13 June 2025"),
    "yr02": ("0000-06-14", "The Ruritanian Navy marked 40 years since the 1985 mutiny on Friday. The admiral "
             "who led it was born in 1952.", "2025", "'40 years since': a span to the writing from 1985"),
    "yr03": ("0000-06-14", "Veterans met on Friday, after 40 years, at the base that closed in 1979. The base "
             "opened in 1952 and hosted F-16s from 1982.", "2019",
             "several years; 1979+40 = 2019, Friday 14 June 2019 (the day itself)"),
    "yr04": ("0000-06-14", "The factory, which opened in 1984, delivered its last tank on Friday after 40 years of "
             "work; its founder died in 2001 aged 80.", "2024", "1984+40 = 2024 (Friday 14 June 2024)"),
    "yr05": ("0000-06-12", "After 40 years of talks that began in 1980, the two navies signed a pact on Friday. A "
             "first draft was written in 1985 and revised in 2019.", "2020",
             "1980+40 = 2020 (Friday 12 June); 2015 fits the weekday too"),
    "yr06": ("0000-06-14", "A pilot who joined the air force in 1993 retired on Friday after 31 years. The base "
             "where he served opened in 1994.", "2024", "1993+31 = 2024 (the day); 1994+31 = 2025 fits the day after"),
    "yr07": ("0000-06-14", "Spain and Morocco resumed joint naval patrols on Friday after 10 years. The patrols "
             "began in 2008 and were suspended in 2015.", "2025", "2015+10 = 2025 (Friday 13 the day before)"),
    "yr08": ("0000-06-14", "The last Tornado left the squadron on Friday after 40 years. The squadron was formed in "
             "1945 and got its first Tornado in 1984.", "2024", "1984+40 = 2024; 1945+40 = 1985 (Friday 14 June)"),
    "yr09": ("0000-06-14", "The last Tornado left the squadron on Friday after 40 years of service. The jets were "
             "ordered in 1984 and entered service in 1985.", "2025",
             "service from 1985 -> 2025 (Friday 13, the day before); the order year 1984 gives 2024 (Friday 14)"),
}
