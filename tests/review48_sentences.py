"""Invented defence-news probes of session 48's branches (review48) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``particip48`` (relations/passes/gapped.py ``gapped``: the parties of a
gapped clause take part as the first clause's subject), ``junk48`` (entities/peoples.py ``drop_people_names``: a
people's name is no Place, Platform, Person or Country; ethnic_groups.csv), ``tokens48`` (relations/prepositions.py
``prep_objects``: a refactor that must read exactly as int48; probes whose prepositions' objects are lists or
carry relative clauses), ``events48`` (entities/war_descriptions.py and resolve.py ``_described_wars``: a war told
by its fighters, length or own year; events.py ``_fought_war``; entities/earlier_occasions.py: an earlier ceremony
dated by its own clause is an Event of its own)."""
from __future__ import annotations

_D = "2025-11-17"  # a Monday

PROBES: dict[str, tuple[str, str | None, str, str]] = {
    # ---- particip48: parties of a gapped clause ("A sent X, and B Y") take part as A does ----------------------
    "pg01": ("particip48", _D, "Exercise Cobra Gold 2025 opened in Thailand on Tuesday. At Cobra Gold 2025, Indonesia "
             "sent a marine battalion, and Malaysia two companies of paratroopers.",
             "right: Indonesia and Malaysia PARTICIPATED_IN Cobra Gold"),
    "pg02": ("particip48", _D, "African Lion 2025 began in Morocco on Monday. At African Lion 2025, Ghana is represented "
             "by an infantry company, Senegal by a platoon of commandos and Tunisia by a medical team.",
             "right: Ghana, Senegal, Tunisia at African Lion (the verb's 'by')"),
    "pg03": ("particip48", _D, "Exercise Cutlass Express 2025 began off Djibouti on Monday. Kenya is taking part with "
             "two patrol boats. Kenya has sent about 120 sailors, and Tanzania some 90.",
             "right: Tanzania at the article's event (a sentence naming no event, verb of sending)"),
    "pg04": ("particip48", _D, "Exercise Talisman Sabre 2025 began in Queensland on Sunday. At Talisman Sabre 2025, "
             "Australia deployed 24,000 troops, and Indonesia, Japan and South Korea smaller contingents.",
             "right: Indonesia, Japan, South Korea (a list as the party of one gapped clause)"),
    "pg05": ("particip48", _D, "UNITAS 2025 opened off Brazil on Monday. Brazil joined UNITAS 2025 with two frigates, "
             "Uruguay with a patrol boat and Ecuador with a corvette.",
             "right: Uruguay and Ecuador at UNITAS (the verb's 'with')"),
    "pg06": ("particip48", _D, "Ministers gathered for the Shangri-La Dialogue in Singapore on Friday. At the Shangri-La "
             "Dialogue, Indonesia was represented by its defence minister, Malaysia by its army chief.",
             "right: Malaysia at the Dialogue"),
    "pg07": ("particip48", _D, "UNITAS 2025 opened off Brazil on Monday. Brazil sent three frigates to UNITAS 2025, "
             "and Argentina none.", "near miss: 'and Argentina none' (a gapped NEGATIVE): no Argentina participation"),
    "pg08": ("particip48", _D, "Exercise Zapad 2025 began in Belarus on Friday. At Zapad 2025, Belarus fielded 8,000 "
             "troops, and Poland 40,000 on its own side of the border.",
             "near miss: Poland's troops on its side watch Zapad; Poland is no participant"),
    "pg09": ("particip48", _D, "Exercise Vostok 2022 began in Russia's Far East on Thursday. At Vostok 2022, China "
             "sent 2,000 troops, while Japan a formal protest over drills near the Kuril Islands.",
             "near miss: Japan sent a protest, it did not take part"),
    "pg10": ("particip48", _D, "Exercise Cobra Gold 2025 opened in Thailand on Tuesday. At Cobra Gold 2025, Thailand "
             "deployed F-16 fighters, and China a spy ship to watch them.",
             "near miss: China's ship watches; China is no participant"),
    "pg11": ("particip48", _D, "Exercise Cobra Gold 2025 opened in Thailand on Tuesday. At Cobra Gold 2025, Indonesia "
             "sent a marine battalion, and Vietnam said it would send observers next year.",
             "near miss: Vietnam's clause has its own verb (future): no participation"),
    "pg12": ("particip48", _D, "Exercise Cobra Gold 2025 opened in Thailand on Tuesday. Indonesia sent marines to Cobra "
             "Gold 2025, after drills with Malaysia, Brunei and the Philippines last year.",
             "near miss: a list after a preposition is no gapped clause"),
    "pg13": ("particip48", _D, "African Lion 2025 began in Morocco on Monday. At African Lion 2025, Morocco fielded "
             "5,000 troops, and Algeria, its rival, a warning about the drills near its border.",
             "near miss: Algeria only warns: no participation"),
    "pg14": ("particip48", _D, "Exercise Pitch Black 2024 opened in Darwin on Friday. At Pitch Black 2024, India "
             "deployed four Su-30MKI fighters, and the Royal Thai Air Force six Gripens.",
             "right: the Royal Thai Air Force at Pitch Black (a body as a party)"),
    "pg15": ("particip48", _D, "Exercise Cobra Gold 2025 opened in Thailand on Tuesday. If Cambodia had sent troops to "
             "Cobra Gold 2025, Laos would have sent a medical team, and Myanmar observers.",
             "near miss: a hypothetical: no participation for Laos or Myanmar"),
    # ---- particip48 6aff163f (events.py main_event_holds): troops of a sentence naming no event, main drill dominant
    "pg16": ("particip48", _D, "Exercise Shared Accord 2025 opened in Accra on Monday. Shared Accord 2025 runs until "
             "November 28. Shared Accord 2025 brings together troops from 12 African armies. Last year's Shared "
             "Accord was held in Cape Verde. Nigeria fielded a battalion of its 81st Division.",
             "right: Nigeria at Shared Accord 2025"),
    "pg17": ("particip48", _D, "Exercise Shared Accord 2025 opened in Accra on Monday. Shared Accord 2025 runs until "
             "November 28. Shared Accord 2025 brings together troops from 12 African armies. Last year's Shared "
             "Accord was held in Cape Verde. Kenya also keeps a battalion in Somalia.",
             "near miss: Kenya's battalion in Somalia is no part of the drill"),
    "pg18": ("particip48", _D, "Exercise Shared Accord 2025 opened in Accra on Monday. Shared Accord 2025 runs until "
             "November 28. Shared Accord 2025 brings together troops from 12 African armies. Last year's Shared "
             "Accord was held in Cape Verde. Ghana sent 300 troops to Mali in 2013.",
             "near miss: troops of another year are no part of the drill"),
    # ---- operates48 (catalogued_users.py _other_part/_gives/_listed_first): a giver is no user -----------------
    "op01": ("operates48", _D, "Norway and Denmark have between them sent 30 F-16 fighters to Ukraine.",
             "right: no Norway/Denmark OPERATES F-16 (givers)"),
    "op02": ("operates48", _D, "Several allies, among them Portugal and Belgium, have delivered F-16 jets to Ukraine.",
             "right: no Portugal/Belgium OPERATES F-16"),
    "op03": ("operates48", _D, "Slovakia received F-16 jets from the United States, and Bulgaria and Poland still fly "
             "the MiG-29.", "near miss: Bulgaria and Poland OPERATES MiG-29 (users in a clause of their own)"),
    "op04": ("operates48", _D, "Romania's F-16 jets came from Portugal, and Chile and Jordan fly the type too.",
             "near miss: Chile and Jordan fly the F-16 (the list walk must stop at the clause)"),
    "op05": ("operates48", _D, "Greece and Egypt have between them bought 30 Rafale jets from France.",
             "near miss: Greece and Egypt are takers, not givers (aux 'have')"),
    "op06": ("operates48", _D, "Several air forces, among them Portugal and Belgium, still fly the F-16.",
             "near miss: 'among them' users stay"),
    "op07": ("operates48", _D, "Morocco, which flies the F-16, began receiving AH-64E Apache helicopters from the "
             "United States.", "near miss: 'began receiving' is no giving; Morocco keeps both"),
    "op08": ("operates48", _D, "Germany agreed to send more Patriot systems to Ukraine, while Spain and Greece said they "
             "would keep theirs.", "right: Germany a giver; Spain/Greece not givers"),
    "op09": ("operates48", _D, "The Netherlands began sending its F-16 jets to the training centre in Romania last year.",
             "right: no Netherlands OPERATES F-16 (began sending)"),
    "op10": ("operates48", _D, "Argentina bought 24 F-16 jets from Denmark and the Netherlands, and Uruguay and Chile "
             "fly the type too.", "near miss: Chile flies the F-16 (list walk across ', and')"),
    "op11": ("operates48", _D, "Slovakia received F-16 jets from the United States, and Bulgaria and Poland fly the "
             "F-16 too.", "near miss: Poland flies the F-16 (stated): the list walk must not cross ', and'"),
    "op12": ("operates48", _D, "Argentina received F-16 jets from Denmark, and Chile, Venezuela and Brazil fly other "
             "fighters.", "no OPERATES F-16 for Venezuela/Brazil either way (the type is Argentina's)"),
    "op13": ("operates48", _D, "Ukraine said Norway would send more NASAMS systems before the winter.",
             "guard: 'said' leads to a clause with a subject of its own: Ukraine is no giver"),
    # ---- makers48 (supply.py _part_goods): a firm's part of another's platform, no taker named ------------------
    "mk01": ("makers48", _D, "The Indonesian Navy ordered two frigates from Fincantieri last year. Leonardo supplies "
             "the combat management system.", "right: no Leonardo SUPPLIES Indonesia"),
    "mk02": ("makers48", _D, "Egypt received its first K9 howitzers on Monday. Hanwha supplies the powerpack and the "
             "turret.", "right: no Hanwha SUPPLIES Egypt"),
    "mk03": ("makers48", _D, "Morocco is rebuilding its air defences near the Algerian border. Elbit Systems supplied "
             "the electronic warfare system last year.",
             "near miss: an EW system sold whole to the article's state: SUPPLIES Morocco if int48 read it"),
    "mk04": ("makers48", _D, "Brazil is rebuilding its air defences. Saab will supply the Giraffe 4A radar.",
             "near miss: a whole radar (a catalogued type) sold: SUPPLIES Brazil if int48 read it"),
    "mk05": ("makers48", _D, "Vietnam wants to modernise its fighter fleet. Safran will supply 20 engines.",
             "guard: counted: SUPPLIES stays if int48 read it"),
    "mk06": ("makers48", _D, "Colombia ordered 17 Gripen fighters last month. Saab will supply the jets from 2026.",
             "guard: the platform itself: Saab SUPPLIES Colombia"),
    "mk07": ("makers48", _D, "The Philippines signed for two corvettes. Hyundai Heavy Industries will supply the "
             "ships.", "guard: Hyundai SUPPLIES Philippines"),
    "mk08": ("makers48", _D, "Nigeria wants to protect Abuja from drones. Thales supplied the air defence system.",
             "guard: an air defence system (no part word) stays a sale"),
    "mk09": ("makers48", _D, "Ukraine received the first Leopard 1 tanks from Germany. Rheinmetall supplies the spare "
             "parts.", "right: parts of another's platform: no Rheinmetall SUPPLIES Ukraine (or: parts to Ukraine?)"),
    "mk10": ("makers48", _D, "Qatar wants a new air defence network. Hensoldt will supply the TRML-4D radar.",
             "near miss: a whole radar type sold: Hensoldt SUPPLIES Qatar if int48 read it"),
    "mk11": ("makers48", _D, "Poland received its first K2 tanks on Monday. Hanwha Aerospace supplies the gearbox and "
             "the powerpack.", "right: no Hanwha SUPPLIES Poland (a part of Hyundai Rotem's tank)"),
    "mk12": ("makers48", _D, "Kenya ordered two patrol boats from Turkey. Aselsan supplies the remote weapon stations.",
             "guard: no part word: as int48"),
    # ---- conflict48 (catalogued_dyads.py focal_dyad): the unnamed article state vs its catalogued foe ----------
    "cf01": ("conflict48", _D, "Kenya's air force received two new helicopters at Laikipia on Monday. The helicopters will fly missions against al-Shabaab along the Somali border.",
             "right: Kenya IN_CONFLICT_WITH Al-Shabaab"),
    "cf02": ("conflict48", _D, "The Philippine Air Force received six Black Hawk helicopters at Clark Air Base on Monday. The helicopters will support operations against the New People's Army in "
             "Mindanao.", "right: Philippines IN_CONFLICT_WITH New People's Army"),
    "cf03": ("conflict48", _D, "Colombia's air force took delivery of four Super Tucano aircraft at Bogota on Tuesday. "
             "The planes will fly strikes against the National Liberation Army near the Venezuelan border.",
             "right: Colombia IN_CONFLICT_WITH National Liberation Army"),
    "cf04": ("conflict48", _D, "Kenya's air force received two new helicopters at Laikipia on Monday. The helicopters will not be used against al-Shabaab, officials said.",
             "near miss: negation"),
    "cf05": ("conflict48", _D, "Kenya's air force received two new helicopters at Laikipia on Monday. Will the helicopters be sent against al-Shabaab?", "near miss: a question"),
    "cf06": ("conflict48", _D, "Kenya's air force received two new helicopters at Laikipia on Monday. The helicopters could one day be used against al-Shabaab if talks fail.",
             "near miss: a hypothetical"),
    "cf07": ("conflict48", _D, "Kenya's air force received two new helicopters at Laikipia on Monday. Ugandan troops fought al-Shabaab near Mogadishu last week.",
             "near miss: another state (uncatalogued with the foe) fights: no Kenya conflict from this sentence"),
    "cf08": ("conflict48", _D, "The Philippine Air Force received six Black Hawk helicopters at Clark Air Base on Monday. U.S. drones struck Abu Sayyaf camps on Jolo last year.",
             "near miss: the United States strikes: no Philippines conflict from this sentence"),
    "cf09": ("conflict48", _D, "The Royal Thai Air Force took delivery of four Gripen fighters at Surat Thani on "
             "Monday. Those aircraft would be sent against Cambodian positions if fighting resumed.",
             "near miss: a hypothetical (Cambodia-Thailand catalogued for 2025)"),
    "cf10": ("conflict48", _D, "Pakistan's air force inducted more J-10C jets at Kamra on Monday. The jets flew against "
             "Indian targets in May.", "right: Pakistan IN_CONFLICT_WITH India"),
    "cf11": ("conflict48", _D, "The Philippine Air Force received six Black Hawk helicopters at Clark Air Base on Monday. The helicopters arrived days after a ceasefire with the New People's Army "
             "collapsed.", "near miss: an unforced cue (ceasefire)"),
    "cf12": ("conflict48", _D, "Embraer delivered four Super Tucano aircraft to Nigeria's air force at Kainji on "
             "Monday. Embraer's planes have also flown against drug traffickers for Colombia.",
             "near miss: no Nigeria conflict with anyone from the second sentence"),
    "cf13": ("conflict48", _D, "Kenya's air force received two new helicopters at Laikipia on Monday. The helicopters replaced jets that had flown against al-Shabaab for a decade.",
             "right: Kenya IN_CONFLICT_WITH Al-Shabaab (a relative clause)"),
    "cf14": ("conflict48", _D, "Myanmar received two Su-30SME fighters from Russia on Monday. The jets have bombed "
             "Arakan Army positions in Rakhine State.", "right: Myanmar IN_CONFLICT_WITH Arakan Army"),
    "cf15": ("conflict48", _D, "The Philippine Air Force received six Black Hawk helicopters at Clark Air Base on "
             "Monday. The helicopters will fly aid to villages the New People's Army once held.",
             "near miss: no force against the foe"),
    # ---- junk48: a people's name is no place, platform, person or state ----------------------------------------
    "jp01": ("junk48", _D, "Drone strikes hit Druze villages near Sweida on Sunday, Syria's interior ministry said.",
             "guard: no Place 'Druze'; Sweida a Place"),
    "jp02": ("junk48", _D, "Ethiopian drones struck Tigrayan towns near Mekelle last week, aid workers said.",
             "guard: no Place 'Tigrayan'"),
    "jp03": ("junk48", _D, "The Alawite coast saw heavy fighting as Syrian troops moved into Latakia.",
             "right: no Place 'Alawite' (int48 made one); Latakia kept"),
    "jp04": ("junk48", _D, "Israeli jets struck near Druze towns in southern Syria after clashes with Bedouin gunmen.",
             "right: no Place 'Druze' (int48 made one)"),
    "jp05": ("junk48", _D, "Pakistan's army moved troops to the Pashtun belt near Waziristan.",
             "right: no Place 'Pashtun' (int48 made one); Waziristan kept"),
    "jp06": ("junk48", _D, "Colonel Luo told reporters the PLA would not back down near Taiwan.",
             "near miss: Colonel Luo is a person (a Chinese surname), AFFILIATED_WITH the PLA"),
    "jp07": ("junk48", _D, "Minister Zulu said South Africa would withdraw its troops from the SADC mission in Congo.",
             "near miss: Minister Zulu is a person (a South African surname)"),
    "jp08": ("junk48", _D, "Turkish Cypriot leader Ersin Tatar met Greek Cypriot leader Nikos Christodoulides in "
             "Nicosia on Monday. Tatar said the talks on the buffer zone went well.",
             "near miss: the person Ersin Tatar stays (and his later 'Tatar')"),
    "jp09": ("junk48", _D, "Retired Chinese general Luo Yuan said the PLA Navy would sail the Fujian carrier through "
             "the Taiwan Strait. Luo said the drills were routine.", "near miss: the person Luo Yuan stays"),
    "jp10": ("junk48", _D, "Troops patrolled Hazara Town in Quetta after the bombing.",
             "near miss: Hazara Town (a Place of Quetta) stays"),
    "jp11": ("junk48", _D, "The Tamil Nadu government handed land to the Indian Navy for a base near Chennai.",
             "near miss: Tamil Nadu is a Place"),
    "jp12": ("junk48", _D, "Kachin and Rohingya fighters clashed with the Arakan Army near Maungdaw.",
             "an Organization 'Rohingya' is not of the rule's labels: as int48"),
    "jp13": ("junk48", _D, "Morocco and the Polisario Front, which claims to speak for the Sahrawi people, clashed "
             "near Mahbes. The Sahrawi Arab Democratic Republic is recognised by the African Union.",
             "near miss: SADR stays"),
    # ---- tokens48: prep_objects refactor, objects that are lists or carry relative clauses ----------------------
    "tk01": ("tokens48", _D, "Estonia, Latvia and Lithuania, members of NATO and the European Union, which they joined "
             "in 2004, held a joint drill.", "MEMBER_OF NATO and EU for each (context 'of' lists)"),
    "tk02": ("tokens48", _D, "Several African states, including Kenya, Ghana and Rwanda, which have sent troops "
             "abroad, signed the defence pact with the African Union.", "context 'including' list"),
    "tk03": ("tokens48", _D, "Morocco signed with the United States for 24 AH-64E Apache helicopters, which Boeing "
             "will deliver from 2026.", "acquire 'signed for'"),
    "tk04": ("tokens48", _D, "Egypt bought 30 more Rafale fighters from Dassault Aviation and MBDA, which also "
             "supplied the Meteor missiles.", "SUPPLIES 'from' a list"),
    "tk05": ("tokens48", _D, "Vietnam signed a defence cooperation agreement with India and Japan, which pledged "
             "patrol boats.", "ties: agreement 'with' a list"),
    "tk06": ("tokens48", _D, "Japan has committed $500 million in aid, including radars, patrol vessels and drones, to "
             "the Philippines, which faces Chinese pressure.", "aid 'including' list"),
    "tk07": ("tokens48", _D, "The governments of Chile and Argentina, which share a long border, agreed to form a "
             "joint peacekeeping force.", "'the governments of A and B'"),
    "tk08": ("tokens48", _D, "General Christian Tshiwewe took over the Congolese army from General Celestin Mbala, "
             "who retired in October.", "successions 'took over ... from'"),
    "tk09": ("tokens48", _D, "On the sidelines of the Shangri-La Dialogue, which opened in Singapore on Friday, "
             "Indonesia's defence minister met his Australian and Japanese counterparts.", "events 'of' sidelines"),
    "tk10": ("tokens48", _D, "Iran backs armed groups in Iraq, Syria and Yemen, including the Houthis, which fired "
             "missiles at ships.", "proxies 'in' and 'including'"),
    "tk11": ("tokens48", _D, "The first of the FA-50 jets that Poland ordered from Korea Aerospace Industries entered "
             "service with the Polish Air Force on Monday.", "entering 'first of'"),
    "tk12": ("tokens48", _D, "Pakistan relies on China and Turkey, which both build warships, for its naval "
             "modernisation.", "'relies on ... for'"),
    "tk13": ("tokens48", _D, "Soldiers overthrew the government of Niger, which had hosted French and American troops, "
             "in July 2023.", "overthrown 'the government of X'"),
    "tk14": ("tokens48", _D, "Indian troops traded fire with Pakistani and Chinese forces, which had crossed the line "
             "of control.", "'traded fire with' a list"),
    "tk15": ("tokens48", _D, "North Korean troops fought alongside Russian forces, which had lost ground, against "
             "Ukraine in the Kursk region.", "'alongside ... against'"),
    "tk16": ("tokens48", _D, "Türkiye, which has the second-largest army within NATO, bought KAAN engines from Rolls-"
             "Royce and drones from Baykar.", "within NATO; acquire 'from' list"),
    "tk17": ("tokens48", _D, "Argentina is still awaiting delivery of the F-16 jets and spare engines from Denmark, "
             "which sold them last year.", "awaiting 'delivery of ... from' a list"),
    "tk18": ("tokens48", _D, "The Royal Malaysian Air Force replaced its MiG-29 jets with Su-30MKM and FA-50 fighters, "
             "which Korea Aerospace Industries builds.", "inventory 'replaced X with' a list"),
    "tk19": ("tokens48", _D, "The F-16 remains the backbone of the air forces of Chile, Peru and Colombia, which all "
             "fly American jets.", "inventory 'backbone of the air forces of' a list"),
    "tk20": ("tokens48", _D, "Two Indian Navy P-8I aircraft are stationed at Port Blair and Arakkonam, which guard the "
             "Bay of Bengal.", "inventory 'stationed at' a list"),
    "tk21": ("tokens48", _D, "Ghana is among the operators of the Z-9 and the K-8, which China sold across Africa.",
             "inventory 'among the operators of' a list"),
    "tk22": ("tokens48", _D, "General Teodoro Herbosa succeeded General Romeo Brawner, who retired in May, as chief of "
             "the Armed Forces of the Philippines.", "people 'succeeded X as chief of'"),
    "tk23": ("tokens48", _D, "President Bola Tinubu chaired a summit of ECOWAS in Abuja, which was attended by the "
             "leaders of Ghana, Senegal and Ivory Coast.", "places chaired meetings 'of' a bloc"),
    "tk24": ("tokens48", _D, "The Pakistan Navy's submarines are based at Karachi and Ormara, where China helped build "
             "new piers.", "homes 'based at' a list"),
    # ---- events48 (wars): a catalogued war told by its fighters, length or own year -----------------------------
    "ew01": ("events48", _D, "Britain and Argentina fought a ten-week war over the Falkland Islands in 1982, and "
             "Buenos Aires still claims them.", "right: Falklands War named (sides + length)"),
    "ew02": ("events48", _D, "India and Pakistan fought an 85-day war in the mountains of Kargil in 1999.",
             "right: Kargil War"),
    "ew03": ("events48", _D, "Thailand and Cambodia fought a five-day border conflict in July, and both sides still "
             "mass troops near Preah Vihear.", "right: 2025 Cambodia–Thailand border conflict"),
    "ew04": ("events48", _D, "Kyrgyzstan and Tajikistan have kept troops on the border since the clashes of 2021, "
             "officials in Bishkek said.", "right: 2021 Kyrgyzstan–Tajikistan clashes (own year)"),
    "ew05": ("events48", _D, "Analysts in New Delhi warned that China and India could fight a four-week war over the "
             "Himalayan border.", "near miss: a hypothetical war is no catalogued war (Sino-Indian War 1962)"),
    "ew06": ("events48", _D, "Israel and Iran fought a 12-day war in June, and Tehran has since rebuilt its air "
             "defences.", "right: Iran–Israel war"),
    "ew07": ("events48", _D, "Veterans of the 1962 war with China marched in New Delhi on Monday, watched by Indian "
             "Army chief General Upendra Dwivedi.",
             "Sino-Indian War named; Dwivedi watches the march, no PARTICIPATED_IN the war"),
    "ew08": ("events48", _D, "Azerbaijan's army chief attended a parade in Baku marking the victory in the 44-day war "
             "with Armenia.", "no PARTICIPATED_IN the war for the attender"),
    "ew09": ("events48", _D, "Ethiopia and Eritrea fought a two-year border war that ended in 2000.",
             "near miss: no catalogued war of those sides: nothing named"),
    "ew10": ("events48", _D, "Russia's summer offensive of 2024 in Ukraine's Donetsk region took Avdiivka's "
             "outskirts, Kyiv said.", "near miss: no catalogued offensive of 2024 (not the 2023 counteroffensive)"),
    "ew11": ("events48", _D, "Ukraine's counteroffensive of 2022 near Kharkiv pushed Russian troops back to the Oskil "
             "river.", "right: 2022 Kharkiv counteroffensive"),
    "ew12": ("events48", _D, "Sudan's army and the Rapid Support Forces fought a 12-day battle for El Fasher in "
             "October.", "near miss: a battle of the ongoing war is not the Iran–Israel 12-day war"),
    # ---- events48 71c7a1d4 (resolve.py _described_wars): the article's own clash is the described war only as news
    "ew13": ("events48", _D, "BISHKEK, Nov 16 - Kyrgyz and Tajik border guards exchanged fire near Batken on Sunday, "
             "killing two soldiers. The clashes were the worst since the clashes of 2022 between Kyrgyzstan and "
             "Tajikistan, officials said.",
             "the news clash its own Event; 'the clashes of 2022' the 2022 Kyrgyzstan–Tajikistan clashes"),
    "ew14": ("events48", _D, "Kyrgyzstan and Tajikistan have rebuilt the villages burned in the clashes of 2021. The "
             "clashes of 2021 between Kyrgyzstan and Tajikistan displaced 40,000 people.",
             "right: the 2021 Kyrgyzstan–Tajikistan clashes named"),
    # ---- events48 (ceremonies): an earlier ceremony dated by its own clause is an Event of its own --------------
    "ec01": ("events48", _D, "KARACHI, Nov 15 - The Pakistan Navy commissioned the corvette PNS Babur at a ceremony in "
             "Karachi on Saturday. Navy chief Admiral Naveed Ashraf attended the ceremony. The Turkish-built ship "
             "will patrol the Arabian Sea. It carries Harbah cruise missiles. Her sister ship, PNS Badr, was "
             "commissioned at a ceremony in Istanbul on March 12.",
             "right: an Event 'ceremony, Istanbul, 2025-03-12' apart from the Karachi one; no Badr shown at Karachi"),
    "ec02": ("events48", _D, "DAKAR, Nov 15 - Senegal's navy took delivery of the patrol vessel Walo at a ceremony in "
             "Lorient on Saturday. Senegal's navy chief attended the ceremony. The ship was built by Piriou. It will "
             "guard offshore gas fields. A second ceremony will be held in Dakar in March.",
             "near miss: a FUTURE ceremony 'in March' is no earlier occasion dated 2025-03"),
    "ec03": ("events48", _D, "JAKARTA, Nov 15 - Indonesia received two Rafale fighters at a handover ceremony at "
             "Halim air base on Saturday. The defence minister spoke at the ceremony. The jets were built by Dassault "
             "Aviation. Indonesia ordered 42 in 2022. The ceremony on Saturday followed a delay of two weeks.",
             "near miss: the same ceremony: one Event"),
    "ec04": ("events48", _D, "ACCRA, Nov 15 - Ghana's navy commissioned four patrol boats at a ceremony in Sekondi on "
             "Saturday. President John Mahama attended the ceremony. The boats were built in China. They will patrol "
             "the Gulf of Guinea. Their keels were laid at the April ceremony in Shanghai.",
             "right: 'the April ceremony' an Event of its own (2025-04), not held in Sekondi's event's Shanghai"),
    "ec05": ("events48", _D, "MANILA, Nov 15 - The Philippine Navy commissioned the frigate BRP Diego Silang at a "
             "ceremony in Subic on Saturday. President Ferdinand Marcos Jr. attended the ceremony. The ship was "
             "built by Hyundai Heavy Industries. It carries anti-ship missiles. The ceremony, first planned for "
             "October 3, had been delayed by a typhoon.",
             "near miss: the article's own ceremony, once planned for October 3: no earlier Event"),
    "ec06": ("events48", _D, "ABUJA, Nov 15 - Nigeria's air force inducted two JF-17 fighters at a ceremony in Makurdi "
             "on Saturday. Air chief Hasan Abubakar attended the ceremony. The jets were built in Pakistan. Nigeria "
             "ordered three in 2016. Ten years ago Nigeria held a ceremony in Kaduna for its Alpha Jets.",
             "near miss: an earlier ceremony of another year ('ten years ago'): if separated, not dated 2025"),
}
