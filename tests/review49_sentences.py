"""Invented defence-news probes of session 49's branches (review49) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``supplies49`` (passes/state_buyers.py ``state_buyers`` and
families/supply.py ``_body_buyers``/``_named_seller``: an armed service or ministry that is the buyer of its own verb
stays a SUPPLIES recipient beside its state), ``coref49`` (relations/pronoun_attendance.py ``stated_attendance``: a
person named only by "he"/"she" takes part in what the clause states as done), ``affil49`` (families/people.py
``_posted_title``: a lower-case diplomatic title before its post's city or state ends before the post)."""
from __future__ import annotations

_D = "2025-11-17"  # a Monday
# the article opening of the particip49 probes (one drill)
_KQ = ("Exercise Khaan Quest 2025 opened near Ulaanbaatar on Monday with troops from 20 nations. The drills run until "
       "June 28. ")

PROBES: dict[str, tuple[str, str | None, str, str]] = {
    # ---- supplies49: a service or ministry that is the buyer of its own verb stays a recipient beside its state ----
    "sb01": ("supplies49", _D, "The Royal Thai Navy took delivery of a second frigate from South Korea on Friday.",
             "right: South Korea SUPPLIES Royal Thai Navy and Thailand"),
    "sb02": ("supplies49", _D, "The Egyptian Air Force acquired 30 more Rafale jets from France in 2021.",
             "right: France SUPPLIES Egyptian Air Force and Egypt"),
    "sb03": ("supplies49", _D, "Peru's Ministry of Defence purchased two used C-27J transport aircraft from Italy "
             "last year.", "right: Italy SUPPLIES Peru's Ministry of Defence and Peru"),
    "sb04": ("supplies49", _D, "Israel agreed in June to supply Barak MX air defence systems to the Royal Moroccan "
             "Army.", "right: Israel SUPPLIES Royal Moroccan Army (the 'to' of a verb of supplying) and Morocco"),
    "sb05": ("supplies49", _D, "The Philippine Navy is still waiting for the two corvettes it ordered from South Korea "
             "in 2021.", "right: South Korea SUPPLIES Philippine Navy (relative clause 'it ordered')"),
    "sb06": ("supplies49", _D, "The Pakistan Navy accepted the first Hangor-class submarine from China at a ceremony "
             "in Wuhan.", "right: China SUPPLIES Pakistan Navy and Pakistan"),
    "sb07": ("supplies49", _D, "The Hellenic Air Force flies 24 Rafale jets bought from France.",
             "near miss: a verb of use: France SUPPLIES Greece only, no Hellenic Air Force recipient"),
    "sb08": ("supplies49", _D, "The Bulgarian Air Force did not take delivery of any F-16 jets from the United States "
             "this year.", "near miss: negation: no SUPPLIES at all"),
    "sb09": ("supplies49", _D, "Will the Colombian Air Force acquire Gripen jets from Sweden before 2027?",
             "near miss: a question: no body recipient (int49's own reading otherwise)"),
    "sb10": ("supplies49", _D, "If the Argentine Air Force buys JF-17 fighters from Pakistan, Britain would object.",
             "near miss: a hypothetical: no body recipient"),
    "sb11": ("supplies49", _D, "The Royal Moroccan Air Force received F-16 jets from the United States, while the "
             "Algerian Air Force flies Su-30 fighters bought from Russia.",
             "right: US SUPPLIES Royal Moroccan Air Force; near miss: no Russia SUPPLIES Algerian Air Force"),
    "sb12": ("supplies49", _D, "The Polish Army took delivery of its first South Korean K2 tanks in December.",
             "near miss: a seller read off a demonym: no South Korea SUPPLIES Polish Army (body)"),
    "sb13": ("supplies49", _D, "The Nigerian Air Force took delivery of two AH-1Z helicopters from Bell last month.",
             "unchanged: a company's customer stays the body (Bell SUPPLIES Nigerian Air Force)"),
    "sb14": ("supplies49", _D, "Germany delivered a fourth IRIS-T SLM system to the Ukrainian Air Force in October.",
             "right: Germany SUPPLIES Ukrainian Air Force and Ukraine"),
    "sb15": ("supplies49", _D, "The Indian Air Force received training from France on the Rafale at Mont-de-Marsan.",
             "near miss: training, not goods: no France SUPPLIES Indian Air Force"),
    "sb16": ("supplies49", _D, "The Ghana Air Force ordered a C295 transport aircraft from Airbus, which builds it in "
             "Seville, Spain.", "near miss: Spain is the maker's site, no seller: no Spain SUPPLIES Ghana Air Force"),
    "sb17": ("supplies49", _D, "The Indonesian Navy ordered two Scorpene submarines from France, and the Malaysian Navy "
             "is still weighing an offer from Turkey.",
             "right: France SUPPLIES Indonesian Navy; near miss: no Turkey SUPPLIES Malaysian Navy (only weighing)"),
    "sb18": ("supplies49", _D, "Royal Saudi Navy takes delivery of fifth Avante 2200 corvette from Spain",
             "headline: Spain SUPPLIES Royal Saudi Navy and Saudi Arabia"),
    "sb19": ("supplies49", _D, "The Kenya Defence Forces got six Wing Loong II drones from China, officials said.",
             "right: China SUPPLIES Kenya Defence Forces and Kenya"),
    "sb20": ("supplies49", _D, "The Vietnam People's Navy received a courtesy visit from the Japanese destroyer JS Ise "
             "at Cam Ranh.", "near miss: a visit, no goods: no Japan SUPPLIES Vietnam People's Navy"),
    # ---- coref49: a person named only by "he"/"she" takes part in what the clause states as done ----------------
    "cp01": ("coref49", _D, "Indonesian Defence Minister Sjafrie Sjamsoeddin returned to Jakarta on Sunday. He attended "
             "the Shangri-La Dialogue in Singapore last week.",
             "right: Sjafrie Sjamsoeddin PARTICIPATED_IN Shangri-La Dialogue"),
    "cp02": ("coref49", _D, "Kenyan President William Ruto flew home on Saturday. He addressed the Munich Security "
             "Conference on Friday.", "right: Ruto PARTICIPATED_IN Munich Security Conference"),
    "cp03": ("coref49", _D, "Indonesian Defence Minister Sjafrie Sjamsoeddin spoke in Jakarta on Sunday. He had "
             "attended the Shangri-La Dialogue in 2019.", "near miss: past perfect: no participation"),
    "cp04": ("coref49", _D, "Kenyan President William Ruto spoke in Nairobi on Sunday. He is expected to attend the "
             "Munich Security Conference in February.", "near miss: a hedge: no participation"),
    "cp05": ("coref49", _D, "Indian Prime Minister Narendra Modi spoke in Delhi on Sunday. He sent his defence "
             "minister to the Shangri-La Dialogue.", "near miss: a sending: Modi no participant"),
    "cp06": ("coref49", _D, "Brazilian President Luiz Inacio Lula da Silva spoke in Brasilia on Monday. He did not "
             "attend the BRICS summit in Kazan.", "near miss: negation: no participation"),
    "cp07": ("coref49", _D, "Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. Will he attend the "
             "NATO summit in The Hague?", "near miss: a question: no participation"),
    "cp08": ("coref49", _D, "Mongolian President Ukhnaagiin Khurelsukh spoke in Ulaanbaatar on Monday. If he attends "
             "the BRICS summit in Kazan, he will meet Vladimir Putin.", "near miss: a hypothetical: no participation"),
    "cp09": ("coref49", _D, "Chinese President Xi Jinping met officials in Beijing on Monday. He skipped the G20 "
             "summit in New Delhi.", "near miss: skipped: no participation"),
    "cp10": ("coref49", _D, "Indian Prime Minister Narendra Modi spoke in Delhi on Sunday. He watched the Republic Day "
             "parade on television.", "doubtful: watching on television (optional at most)"),
    "cp11": ("coref49", _D, "Thai Army chief Pana Claewplodtook visited the troops on Monday. He praised the marines "
             "who took part in Exercise Cobra Gold 2025.",
             "near miss: the marines took part, not Pana"),
    "cp12": ("coref49", _D, "Australian Defence Minister Richard Marles spoke in Canberra on Monday. He said "
             "Indonesia would join Exercise Pitch Black 2026.", "near miss: reported speech about a state: no Marles"),
    "cp13": ("coref49", _D, "Nigerian President Bola Tinubu returned to Abuja on Sunday. He took part in the ECOWAS "
             "summit in Accra on Saturday.", "right: Tinubu PARTICIPATED_IN the ECOWAS summit"),
    "cp14": ("coref49", _D, "The destroyer HMAS Brisbane left Sydney on Monday under Commander Jane Smith. She will "
             "join RIMPAC 2026 off Hawaii.", "near miss: 'she' is the ship (and future): no Jane Smith participation"),
    "cp15": ("coref49", _D, "Polish President Andrzej Duda spoke in Warsaw on Monday. He declined an invitation to the "
             "Victory Day parade in Moscow.", "near miss: declined: no participation"),
    "cp16": ("coref49", _D, "Philippine President Ferdinand Marcos Jr. spoke in Manila on Monday. He may attend the "
             "ASEAN summit in Kuala Lumpur next month.", "near miss: 'may': no participation"),
    "cp17": ("coref49", _D, "South African President Cyril Ramaphosa landed in Johannesburg on Sunday. He flew to "
             "Kazan for the BRICS summit last month.", "right: Ramaphosa PARTICIPATED_IN the BRICS summit"),
    "cp18": ("coref49", _D, "Japanese Defence Minister Gen Nakatani spoke in Tokyo on Monday. He was not invited to the "
             "Zapad 2025 exercise.", "near miss: not invited: no participation"),
    "cp19": ("coref49", _D, "Chilean President Gabriel Boric spoke in Santiago on Monday. He will attend the APEC "
             "summit in Gyeongju next week.", "doubtful: a future attendance"),
    "cp20": ("coref49", _D, "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw on "
             "Monday. He had been at the NATO summit in Vilnius.",
             "near miss: past perfect after two persons: no participation"),
    # ---- affil49: a lower-case diplomatic title before its post's city or state -----------------------------------
    "ap01": ("affil49", _D, "Japan's ambassador in Manila, Kazuhiko Koshikawa, attended the handover of the patrol "
             "vessels.", "right: Koshikawa AFFILIATED_WITH Japan (not the Philippines)"),
    "ap02": ("affil49", _D, "Germany's defence attache in Warsaw, Colonel Thomas Weber, said the tanks would arrive in "
             "spring.", "right: Weber AFFILIATED_WITH Germany (not Poland)"),
    "ap03": ("affil49", _D, "South Korea's special envoy to Poland, Kang Hoon-sik, signed the howitzer deal on "
             "Tuesday.", "right: Kang AFFILIATED_WITH South Korea"),
    "ap04": ("affil49", _D, "Kenya's high commissioner in London, Manoah Esipisu, welcomed the British training "
             "team.", "right: Esipisu AFFILIATED_WITH Kenya (not Britain)"),
    "ap05": ("affil49", _D, "China's consul general in Karachi, Yang Yundong, toured the Pakistan Navy dockyard.",
             "right: Yang Yundong AFFILIATED_WITH China"),
    "ap06": ("affil49", _D, "The ambassador in Kyiv, Bridget Brink, met the defence minister on Monday.",
             "near miss: no owner: no Brink AFFILIATED_WITH Ukraine"),
    "ap07": ("affil49", _D, "Russia's ambassador in Washington, Anatoly Antonov, criticised the sanctions.",
             "right: Antonov AFFILIATED_WITH Russia, not the United States"),
    "ap08": ("affil49", _D, "The former ambassador in Moscow, Michael McFaul, said the talks would fail.",
             "near miss: no owner: no McFaul AFFILIATED_WITH Russia"),
    "ap09": ("affil49", _D, "The UN special envoy to Yemen, Hans Grundberg, met Houthi officials in Muscat.",
             "near miss: the owner is the UN: no Grundberg AFFILIATED_WITH Yemen"),
    "ap10": ("affil49", _D, "Pakistan's envoy to Afghanistan, Mohammad Sadiq, raised the border clashes with the "
             "Taliban.", "right: Sadiq AFFILIATED_WITH Pakistan (not Afghanistan)"),
    "ap11": ("affil49", _D, "A Chinese military attache in Islamabad, Senior Colonel Wang Li, watched the JF-17 "
             "display.", "right: Wang Li AFFILIATED_WITH China (a demonym owner)"),
    "ap12": ("affil49", _D, "Britain's ambassador in Kyiv, Martin Harris, and Ukraine's defence minister, Rustem Umerov, "
             "visited the plant.", "right: Harris AFFILIATED_WITH Britain; Umerov Ukraine"),
    "ap13": ("affil49", _D, "Colonel Jean Dupont, France's defence attache in Abuja, said the Rafale offer stood.",
             "unchanged shape (title after the name): Dupont AFFILIATED_WITH France, not Nigeria"),
    "ap14": ("affil49", _D, "Turkey's consul general in Erbil, Erman Topcu, met Kurdish officials.",
             "right: Topcu AFFILIATED_WITH Turkey (post a city of Iraq)"),
    "ap15": ("affil49", _D, "Talks in Caracas with Brazil's envoy, Celso Amorim, went well, Venezuela said.",
             "near miss: no post between title and name: Amorim AFFILIATED_WITH Brazil only"),
    "ap16": ("affil49", _D, "Nigeria has had no ambassador in Washington since 2023, Foreign Minister Yusuf Tuggar "
             "said.", "near miss: Tuggar is Nigeria's Foreign Minister; no United States tie"),
    "ap17": ("affil49", _D, "India's high commissioner in Dhaka, Pranay Verma, summoned over border fence",
             "headline: Verma AFFILIATED_WITH India"),
    "ap18": ("affil49", _D, "Vietnam's ambassador to the Philippines, Lai Thai Binh, said the two navies would hold "
             "joint patrols.", "right: Lai Thai Binh AFFILIATED_WITH Vietnam"),
    # ---- junk49: entity gates (office_names.py drop_office_names; particle_cuts.py drop_particle_cuts) -------------
    "jk01": ("junk49", _D, "The French carrier Charles de Gaulle docked in Toulon on Friday after a Red Sea patrol.",
             "right: no piece 'Gaulle' or 'Charles' node"),
    "jk02": ("junk49", _D, "The Italian destroyer Luigi Durand de la Penne sailed for the Red Sea on Monday.",
             "right: no piece 'Luigi Durand' or 'Penne' node"),
    "jk03": ("junk49", _D, "The Brazilian frigate Mariz e Barros sailed from Rio de Janeiro for UNITAS 2025.",
             "right: no piece 'Barros' node; Rio de Janeiro stays"),
    "jk04": ("junk49", _D, "Marine Le Pen criticised the sale of Rafale jets to India on Monday.",
             "near miss: an upper-case particle: Person Marine Le Pen stays"),
    "jk05": ("junk49", _D, "European Commission President Ursula von der Leyen visited the Rheinmetall plant in "
             "Unterluess.", "near miss: Person Ursula von der Leyen stays (particles inside the name)"),
    "jk06": ("junk49", _D, "Colombia sent 1,000 more troops to Norte de Santander after ELN attacks on Friday.",
             "look: a Place for Norte de Santander (a piece 'Santander' is junk); ELN stays"),
    "jk07": ("junk49", _D, "Argentina's navy patrols the waters off Tierra del Fuego with two OPV 87 patrol vessels.",
             "look: Place Tierra del Fuego stays"),
    "jk08": ("junk49", _D, "What do Milrem Robotics and Rheinmetall want from Estonia?",
             "near miss: an English 'do' after a capitalised word: Milrem Robotics stays"),
    "jk09": ("junk49", _D, "How do Hezbollah fighters hide their rockets from Israeli drones?",
             "near miss: English 'do': Hezbollah stays"),
    "jk10": ("junk49", _D, "Belgium's Fabrique Nationale de Herstal will supply machine guns to Ukraine.",
             "near miss: the Belgian maker stays (a piece 'Fabrique Nationale' of FN Herstal is junk only if it names "
             "nothing)"),
    "jk11": ("junk49", _D, "The Arsenal de Marinha do Rio de Janeiro repaired the Brazilian submarine Riachuelo.",
             "look: the shipyard (a Company or Organization) is no junk piece"),
    "jk12": ("junk49", _D, "Australia's Head of Air Force Capability, Air Vice-Marshal Nicholas Hogan, said the "
             "first MQ-28 Ghost Bat would fly in 2026.", "right: no Organization 'Head of Air Force Capability'"),
    "jk13": ("junk49", _D, "Lebanon's General Security arrested two men near the Syrian border on Friday.",
             "near miss: the agency General Security stays"),
    "jk14": ("junk49", _D, "Egypt's General Intelligence Service brokered the talks between Hamas and Israel.",
             "near miss: the agency General Intelligence Service stays"),
    "jk17": ("junk49", _D, "The Chairman of the Joint Chiefs of Staff, General Dan Caine, visited Tokyo on Monday.",
             "right: no Organization 'Chairman of the Joint Chiefs'; Dan Caine stays"),
    "jk18": ("junk49", _D, "The Speaker of the Knesset, Amir Ohana, visited Kyiv with a parliamentary delegation.",
             "right: no Organization 'Speaker of the Knesset'; the Knesset stays"),
    "jk19": ("junk49", _D, "The Major Projects Authority criticised the British Army's Ajax programme on Monday.",
             "near miss: the Major Projects Authority stays (a body noun)"),
    "jk20": ("junk49", _D, "Director of National Intelligence Tulsi Gabbard briefed the Senate on Chinese missile "
             "tests.", "right: Person Tulsi Gabbard; no Organization 'Director of National Intelligence'"),
    "jk21": ("junk49", _D, "The Guardia di Finanza seized drone parts bound for Libya at the port of Genoa.",
             "near miss: the Italian body Guardia di Finanza stays"),
    "jk22": ("junk49", _D, "Chile's Fuerza Aerea de Chile received two C-390 transports from Embraer.",
             "look: the Chilean Air Force body is no junk piece"),
    # ---- ties49 (families/ties.py _focal_tie): a tie noun with no side of its own is the article's state's ---------
    "tf01": ("ties49", _D, "Kazakhstan signed a deal for Turkish Anka drones on Monday. Cooperation with Turkey in "
             "the defence industry has grown fast, officials in Astana said.",
             "right: Kazakhstan COOPERATES_WITH Turkey"),
    "tf02": ("ties49", _D, "Vietnam took delivery of two Gepard frigates from Russia in 2018. Ties with Moscow remain "
             "close, a ministry spokesman said.", "right: Vietnam COOPERATES_WITH Russia"),
    "tf03": ("ties49", _D, "Vietnam took delivery of two Gepard frigates from Russia in 2018. Relations with Beijing "
             "have worsened over the Paracel Islands.", "near miss: a worsened tie: no Vietnam-China cooperation"),
    "tf04": ("ties49", _D, "Vietnam took delivery of two Gepard frigates from Russia in 2018. Ties with China were "
             "frozen after the oil rig crisis of 2014.", "near miss: frozen ties: no Vietnam-China cooperation"),
    "tf05": ("ties49", _D, "Vietnam took delivery of two Gepard frigates from Russia in 2018. Beijing says relations "
             "with Manila have improved.", "near miss: China's relations: no Vietnam-Philippines cooperation"),
    "tf06": ("ties49", _D, "Poland ordered 180 K2 tanks from South Korea in 2022. Hungary's partnership with Russia "
             "worries officials in Warsaw.", "near miss: an owner names the side: no Poland-Russia cooperation"),
    "tf07": ("ties49", _D, "Poland ordered 180 K2 tanks from South Korea in 2022. Military cooperation with Belarus "
             "ended in 2020.", "near miss: an ended tie: no Poland-Belarus cooperation (doubtful: past)"),
    "tf08": ("ties49", _D, "Argentina bought 24 used F-16 jets from Denmark in 2024. Will cooperation with Britain "
             "ever resume?", "near miss: a question: no Argentina-Britain cooperation"),
    "tf09": ("ties49", _D, "Turkey took delivery of S-400 missiles from Russia in 2019. Any partnership with Russia on "
             "the S-500 would trigger new US sanctions.",
             "near miss: a hypothetical: no focal-tie Turkey-Russia from this sentence"),
    "tf10": ("ties49", _D, "India ordered 26 Rafale Marine jets from France in April. There is no defence "
             "cooperation with Pakistan.", "near miss: negation: no India-Pakistan cooperation"),
    "tf11": ("ties49", _D, "Finland took delivery of its first F-35 jets from the United States. Cooperation with "
             "NATO has deepened since 2023.", "right: Finland COOPERATES_WITH NATO (or at least no false tie)"),
    "tf12": ("ties49", _D, "Indonesia ordered 42 Rafale jets from France. Ties with France, Turkey, South Korea, Italy "
             "and Brazil are growing.", "near miss: a list of five: no pairwise ties from it"),
    "tf13": ("ties49", _D, "Nigeria bought 12 AH-1Z helicopters from the United States. Security cooperation with "
             "Washington has grown since 2020.", "right: Nigeria COOPERATES_WITH United States"),
    "tf14": ("ties49", _D, "Ethiopia bought Bayraktar drones from Turkey in 2021. Relations with Eritrea were hostile "
             "for two decades.", "near miss: hostile relations: no Ethiopia-Eritrea cooperation"),
    "tf15": ("ties49", _D, "Armenia bought Pinaka rocket launchers from India in 2022. Azerbaijan's president said "
             "relations with Russia were strong.", "near miss: Azerbaijan's relations: no Armenia-Russia cooperation"),
    "tf16": ("ties49", _D, "Armenia bought Pinaka rocket launchers from India in 2022. Russian Foreign Minister Sergei "
             "Lavrov praised ties with Baku.", "near miss: Russia's ties: no Armenia-Azerbaijan cooperation"),
    "tf17": ("ties49", _D, "The Philippines ordered BrahMos missiles from India in 2022. The United States wants closer "
             "ties with Vietnam.", "near miss: the US's ties: no Philippines-Vietnam cooperation"),
    "tf18": ("ties49", _D, "India ordered 26 Rafale Marine jets from France in April. Ties with Washington have never "
             "been better, Modi said.", "right: India COOPERATES_WITH United States"),
    "tf19": ("ties49", _D, "Serbia bought FK-3 air defence systems from China in 2022. Serbia's neighbours fear its "
             "relationship with Moscow.", "near miss: Serbia's own relationship (an owner pronoun): Serbia-Russia is "
             "right, its neighbours are no side"),
    "tf20": ("ties49", _D, "Morocco ordered Barak MX systems from Israel. Cooperation with Algeria on border security "
             "collapsed in 2021.", "near miss: a collapsed tie: no Morocco-Algeria cooperation"),
    # ---- heldin49 (families/events.py _lead_venue, _incident_site): an incident's lead places it ----------------
    "hi01": ("heldin49", _D, "Houthis seize cargo ship in Red Sea\n\nHouthi fighters seized the cargo ship Galaxy "
             "Leader in the Red Sea on Sunday, the first seizure of a merchant ship by the group.\n\nThe seizure drew "
             "protests from Japan.\n", "right: the seizure HELD_IN Red Sea"),
    "hi02": ("heldin49", _D, "Drones strike Russian bomber base\n\nUkrainian drones struck the Engels air base in "
             "Saratov on Sunday, the deadliest attack on the base this year.\n\nThe attack destroyed two bombers.\n",
             "right: the attack HELD_IN Engels air base or Saratov"),
    "hi03": ("heldin49", _D, "Drone shot down over Black Sea\n\nRussian fighters shot down a US MQ-9 Reaper drone "
             "over the Black Sea on Friday, the first such clash between the two air forces.\n\nThe clash drew a "
             "protest from Washington.\n", "right: the clash HELD_IN Black Sea"),
    "hi04": ("heldin49", _D, "Houthi drones hit Saudi oil terminal\n\nHouthi drones hit an oil terminal on Sunday, "
             "the deadliest attack on the port this year, and officials showed the wreckage to reporters in Riyadh "
             "hours later.\n\nThe attack set two tanks on fire.\n",
             "near miss: the wreckage was shown in Riyadh: no HELD_IN Riyadh"),
    "hi05": ("heldin49", _D, "Drone attack kills three US soldiers\n\nA drone struck a US outpost on Sunday, killing "
             "three soldiers in the first deadly attack on US forces in the Middle East this year.\n\nThe attack "
             "wounded 40 others.\n", "near miss: a region as background: no HELD_IN Middle East"),
    "hi06": ("heldin49", _D, "Hezbollah rockets hit northern Israel\n\nHezbollah rockets hit a town on Sunday, killing "
             "two people in the deadliest attack this month. Defence Minister Israel Katz told the Knesset in "
             "Jerusalem that the army would respond.\n\nThe attack damaged ten houses.\n",
             "near miss: a person's own act: no HELD_IN Jerusalem"),
    "hi07": ("heldin49", _D, "Russian missiles hit power plant\n\nRussian missiles hit a power plant on Sunday, the "
             "biggest strike on the grid this year, while President Volodymyr Zelensky was in Washington for "
             "talks.\n\nThe strike cut power to a million homes.\n",
             "near miss: where someone is: no HELD_IN Washington"),
    "hi08": ("heldin49", _D, "Russian missiles hit power plant\n\nRussian missiles hit a power plant on Sunday, the "
             "biggest strike on the grid this year, the energy ministry in Kyiv said.\n\nThe strike cut power to a "
             "million homes.\n", "near miss: the ministry in Kyiv speaks: no HELD_IN Kyiv"),
    "hi09": ("heldin49", _D, "Israeli jets strike Houthi port\n\nIsraeli jets struck the port of Ras Isa on Sunday, "
             "weeks after a similar strike in Hodeidah.\n\nThe strike set fuel tanks on fire.\n",
             "near miss: an earlier strike's site: no HELD_IN Hodeidah"),
    "hi10": ("heldin49", _D, "Houthi drones hit tanker\n\nDrones launched from Sanaa struck a Greek tanker in the "
             "Gulf of Aden on Monday, the third attack on shipping this month.\n\nThe attack caused a fire on "
             "deck.\n", "right: HELD_IN Gulf of Aden; near miss: no HELD_IN Sanaa (a launch site)"),
    "hi11": ("heldin49", _D, "Israeli strike hits Gaza school\n\nAn Israeli strike hit a school in Gaza City on "
             "Sunday, and the wounded were taken to hospitals in Khan Younis.\n\nThe strike killed 12 people.\n",
             "right: HELD_IN Gaza City; near miss: no HELD_IN Khan Younis (where the wounded went)"),
    "hi12": ("heldin49", _D, "Troops clash on Armenia border\n\nArmenian and Azerbaijani troops clashed on the border "
             "on Monday, days after talks in Brussels over a peace treaty.\n\nThe clash left two soldiers dead.\n",
             "near miss: the talks' city: no HELD_IN Brussels"),
    "hi13": ("heldin49", _D, "Al-Shabaab attacks army base\n\nAl-Shabaab fighters attacked an army base in Baidoa on "
             "Friday, the deadliest attack on Somali troops this year.\n\nThe attack killed 17 soldiers.\n",
             "right: HELD_IN Baidoa (another region)"),
    "hi14": ("heldin49", _D, "US drone strike kills militants\n\nA US drone strike killed four militants near Jilib on "
             "Saturday, the Pentagon told reporters in Washington.\n\nThe strike hit a training camp.\n",
             "near miss: a body's own act (the Pentagon told reporters): no HELD_IN Washington; 'near' Jilib is no "
             "HELD_IN either"),
    "hi15": ("heldin49", _D, "KHARKIV, Nov 16 (Wire) - Russian missiles struck an apartment block in Kharkiv on "
             "Sunday, the deadliest attack on the city this year.\n\nThe attack killed nine people.\n",
             "look: the dateline's city is the site too (a miss at most, not false)"),
    "hi16": ("heldin49", _D, "Pakistani jets strike militant hideouts\n\nPakistani jets struck militant hideouts on "
             "Sunday in the deadliest raid this year, and Prime Minister Shehbaz Sharif later chaired a meeting in "
             "Islamabad.\n\nThe raid killed 30 militants.\n",
             "near miss: a person's own act in a conjoined clause: no HELD_IN Islamabad"),
    "hi17": ("heldin49", _D, "Chinese ships clash with Philippine boats\n\nChinese coast guard ships fired water "
             "cannon at Philippine supply boats off Second Thomas Shoal on Sunday, the latest clash in the South "
             "China Sea.\n\nThe clash injured four sailors.\n", "right: HELD_IN Second Thomas Shoal"),
    "hi18": ("heldin49", _D, "Sudanese army drone strike hits market\n\nA drone strike hit a market on Sunday, the "
             "deadliest attack this month, and aid workers in Port Sudan said they had sent medicine.\n\nThe attack "
             "killed 40 people.\n", "near miss: the aid workers' city: no HELD_IN Port Sudan"),
    # ---- operates49 (passes/listed_platforms.py listed_platforms): platforms listed together share the holder ----
    "ol01": ("operates49", _D, "The Japan Air Self-Defense Force scrambled F-15J and F-35A fighters on Monday after "
             "Chinese drones neared Yonaguni.", "right: JASDF OPERATES F-15J and F-35A"),
    "ol02": ("operates49", _D, "The Royal Australian Navy sent the frigate HMAS Arunta, the destroyer HMAS Hobart and "
             "the replenishment ship HMAS Stalwart to the exercise.", "right: RAN OPERATES each ship"),
    "ol03": ("operates49", _D, "The Indian Air Force flies Rafale and Su-30MKI fighters as well as the Tejas.",
             "right: Indian Air Force OPERATES Rafale, Su-30MKI, Tejas"),
    "ol04": ("operates49", _D, "The Royal Moroccan Air Force retired its Mirage F1 and Alpha Jet aircraft in 2024.",
             "right: retired for both (doubtful stage)"),
    "ol05": ("operates49", _D, "Exercise Garuda featured Indian Su-30MKI jets alongside A330 MRTT tankers of the "
             "French Air and Space Force.", "near miss: no India OPERATES A330 MRTT (the French tankers)"),
    "ol06": ("operates49", _D, "Ukraine's F-16 jets and the Su-34 bombers of the Russian Air Force clashed over "
             "Pokrovsk on Sunday.", "near miss: no Ukraine OPERATES Su-34 (an owner after the listed type)"),
    "ol07": ("operates49", _D, "The Philippine Navy is weighing the FREMM, the Type 31 and the MEKO A-200 for its next "
             "frigate order.", "doubtful: candidates weighed: no OPERATES of all three at a firm stage"),
    "ol08": ("operates49", _D, "The Hellenic Air Force flies F-16 jets and its rival, the Turkish Air Force, flies the "
             "F-16 and the KAAN prototype.", "near miss: no Hellenic Air Force OPERATES KAAN"),
    "ol09": ("operates49", _D, "Poland flies F-16 and FA-50 jets, while Slovakia flies F-16 jets and MiG-29 fighters "
             "are stored.", "near miss: no Poland OPERATES MiG-29"),
    "ol10": ("operates49", _D, "The Royal Thai Air Force flies the Gripen C and has no F-35, F-16V or Su-35 jets.",
             "near miss: a negated list: no Thai OPERATES F-35, F-16V, Su-35"),
    "ol11": ("operates49", _D, "Japanese F-15J fighters escorted B-52 bombers and F-35B jets of the US Marine Corps "
             "over the East China Sea.", "near miss: no Japan OPERATES B-52 (escorted: another's)"),
    "ol12": ("operates49", _D, "The Pakistan Air Force flies JF-17 jets, J-10C fighters and Chinese HQ-9 air defence "
             "systems.", "right: PAF OPERATES JF-17 and J-10C (HQ-9: a demonym in the run, a miss at most)"),
    "ol13": ("operates49", _D, "Germany sent Leopard 1 tanks, Gepard guns and IRIS-T systems to Ukraine last year.",
             "right: Ukraine OPERATES each"),
    "ol14": ("operates49", _D, "The Egyptian Navy operates two Mistral-class ships, the FREMM frigate Tahya Misr and "
             "the Gowind corvette El Fateh.", "right: Egyptian Navy OPERATES each; a class beside its ship"),
    "ol15": ("operates49", _D, "The Vietnam People's Navy operates six Kilo-class submarines, the same boats as the "
             "Indian Navy's Sindhughosh class and Algeria's Kilo boats.",
             "near miss: no Vietnam OPERATES the Sindhughosh class"),
    "ol16": ("operates49", _D, "Chilean F-16 fighters flew with Brazilian Gripen E jets and KC-390 tankers during "
             "Exercise Cruzex.", "near miss: no Chile OPERATES Gripen E or KC-390"),
    "ol17": ("operates49", _D, "The Kenya Air Force flies F-5 fighters and wants the JF-17, the Gripen or the FA-50.",
             "near miss: candidates after 'wants': a planned stage at most, not in service"),
    "ol18": ("operates49", _D, "The Royal Saudi Air Force's Typhoon and F-15SA jets shot down Houthi drones and "
             "cruise missiles.", "right: RSAF OPERATES Typhoon and F-15SA"),
    # ---- member49 (families/parts.py told_parts; described part nouns team/office/sector, factory/plant/works) ----
    "mp01": ("member49", _D, "VMFA-242, part of Marine Aircraft Group 12, flies F-35B jets from Iwakuni.",
             "right: VMFA-242 PART_OF Marine Aircraft Group 12 (if both are entities)"),
    "mp02": ("member49", _D, "Airbus Helicopters, part of Airbus, delivered two H225M helicopters to Brazil.",
             "right: Airbus Helicopters PART_OF Airbus"),
    "mp03": ("member49", _D, "Kongsberg Maritime belongs to Kongsberg Gruppen, which also builds the NSM missile.",
             "right: Kongsberg Maritime PART_OF Kongsberg Gruppen"),
    "mp04": ("member49", _D, "The US Coast Guard is not part of the Department of Defense in peacetime.",
             "near miss: negation: no PART_OF Department of Defense"),
    "mp05": ("member49", _D, "Is the US Coast Guard part of the Department of Defense?",
             "near miss: a question: no PART_OF"),
    "mp06": ("member49", _D, "Leonardo DRS could become part of Leonardo again if the board agrees.",
             "near miss: a hedge: no PART_OF"),
    "mp07": ("member49", _D, "The Azov Brigade became part of the National Guard of Ukraine in 2014.",
             "right: Azov Brigade PART_OF National Guard of Ukraine"),
    "mp08": ("member49", _D, "Ukraine wants to become part of NATO, President Volodymyr Zelensky said.",
             "near miss: an Alliance is no owner: no PART_OF NATO"),
    "mp09": ("member49", _D, "The Crimean peninsula belongs to Ukraine, the foreign ministry in Kyiv said.",
             "near miss: a place belongs to a state: no PART_OF"),
    "mp10": ("member49", _D, "The Red Arrows, the Royal Air Force's aerobatic team, flew over Lincoln on Sunday.",
             "right: Red Arrows PART_OF Royal Air Force (team)"),
    "mp11": ("member49", _D, "The Defense Innovation Unit, a Pentagon office, signed a contract with Anduril.",
             "right: Defense Innovation Unit PART_OF Department of Defense (office)"),
    "mp12": ("member49", _D, "Embraer's Gaviao Peixoto plant will assemble the Gripen E jets for the Brazilian Air "
             "Force.", "near miss: a plant after a possessive: no PART_OF Embraer of a site"),
    "mp13": ("member49", _D, "The Hellenic Navy said the frigate Kimon belongs to its new fleet of Belharra frigates "
             "built by Naval Group.", "near miss: a ship belongs to a fleet: no PART_OF"),
    "mp14": ("member49", _D, "The Marine Corps, which belongs to the Department of the Navy, ordered more CH-53K "
             "helicopters.", "right: Marine Corps PART_OF Department of the Navy (relative clause)"),
    "mp15": ("member49", _D, "Rheinmetall said its Unterluess works, the company's largest ammunition factory, will "
             "double output.", "near miss/right: no false PART_OF beyond the works and Rheinmetall"),
    "mp16": ("member49", _D, "Hensoldt, part of a consortium with Thales, bid for the Indian radar tender.",
             "near miss: 'part of a consortium' names no owner body"),
    # ---- conflict49 (families/known_wars.py: known_wars.unfought, the Cold War) ----------------------------------
    "cw01": ("conflict49", _D, "Since the end of the Cold War, Poland has bought mostly Western weapons.",
             "right: no IN_CONFLICT_WITH United States-Soviet Union; no Poland PARTICIPATED_IN the Cold War"),
    "cw02": ("conflict49", _D, "Finland stayed neutral through the Cold War and bought both Soviet and British jets.",
             "right: no Finland PARTICIPATED_IN the Cold War; no catalogued dyad"),
    "cw03": ("conflict49", _D, "The Cold War rivalry between Washington and Moscow drove the arms race of the 1980s.",
             "keep: a stated rivalry: United States IN_CONFLICT_WITH Russia or Soviet Union (text rule)"),
    "cw04": ("conflict49", _D, "The Soviet Union invaded Afghanistan in 1979, at the height of the Cold War.",
             "keep: Soviet Union IN_CONFLICT_WITH Afghanistan (text rule)"),
    "cw05": ("conflict49", _D, "Veterans of the Korean War gathered in Seoul on Monday.",
             "unchanged: the Korean War's catalogued sides still give their dyad (other wars)"),
    "cw06": ("conflict49", _D, "The MiG-21, a Cold War-era fighter, still flies with the Croatian Air Force.",
             "right: no Cold War dyad from a platform's era"),
    "cw07": ("conflict49", _D, "Analysts warn of a new Cold War between China and the United States over Taiwan.",
             "look: a stated rivalry of two states (text rules may keep China-US)"),
    "cw08": ("conflict49", _D, "During the Cold War, Cuba hosted Soviet missiles and the United States imposed an "
             "embargo on Cuba.", "keep: United States IN_CONFLICT_WITH Cuba (embargo, a text rule)"),
    # ---- particip49 (families/events.py _drawn_from): bodies a sent contingent is drawn from take part ---------
    "pd01": ("particip49", _D, _KQ + "Japan has sent 40 personnel: 30 from the Japan Ground Self-Defense Force and 10 "
             "from the Japan Air Self-Defense Force.", "right: JGSDF and JASDF PARTICIPATED_IN Khaan Quest 2025"),
    "pd02": ("particip49", _D, _KQ + "Fiji sent 50 soldiers, most of them from the Republic of Fiji Military Forces.",
             "right: Republic of Fiji Military Forces PARTICIPATED_IN"),
    "pd03": ("particip49", _D, _KQ + "Kazakhstan sent 12 observers, half of them from the Kazakh Air Defence Forces.",
             "near miss: observers: no body participation"),
    "pd04": ("particip49", _D, _KQ + "Japan sent 40 personnel, and the Japan Maritime Self-Defense Force kept two ships "
             "in port.", "near miss: a clause of its own: no JMSDF participation"),
    "pd05": ("particip49", _D, _KQ + "Mongolia sent 200 soldiers, most of them trained by the US Army in Alaska.",
             "near miss: the trainer: no US Army participation"),
    "pd06": ("particip49", _D, _KQ + "South Korea sent 40 personnel, most of them from the Republic of Korea Army, to a "
             "separate drill in Thailand.", "near miss: another drill: no ROK Army participation in Khaan Quest"),
    "pd07": ("particip49", _D, _KQ + "Japan did not send personnel from the Japan Ground Self-Defense Force this year.",
             "near miss: negation: no JGSDF participation"),
    "pd08": ("particip49", _D, _KQ + "If Kazakhstan sends 40 personnel, most of them would come from the Kazakh Air "
             "Defence Forces.", "near miss: a hypothetical: no participation"),
    "pd09": ("particip49", _D, "Exercise Justified Accord 2025 opened in Kenya on Monday. The drills run until March 7. "
             "Uganda sent 120 soldiers: 100 from the Uganda People's Defence Force and 20 from the Uganda Police "
             "Force.", "right: UPDF and Uganda Police Force PARTICIPATED_IN Justified Accord 2025"),
    "pd10": ("particip49", _D, _KQ + "Japan sent 40 tonnes of supplies, most of them from the Japan Self-Defense Forces' "
             "stocks, to flood victims in Dornod.", "near miss: aid from stocks: no JSDF participation"),
    "pd11": ("particip49", _D, _KQ + "The United States sent 300 Marines, some of them veterans of the US Army's "
             "Afghanistan mission.", "doubtful: Marines are the participants; the US Army is a past employer"),
    "pd12": ("particip49", _D, _KQ + "India sent 60 soldiers, all of them from the Assam Rifles, and two officers of "
             "the Indian Air Force as observers.", "right: Assam Rifles; near miss: no Indian Air Force (observers)"),
    # ---- places49 (families/events.py located, _placed_apart, _parallel): "A in X and B in Y" ------------------
    "lp01": ("places49", _D, "Ukrainian drones hit oil depots at Tikhoretsk in Krasnodar Krai and Engels in Saratov "
             "Oblast on Sunday.", "right: Tikhoretsk in Krasnodar Krai, Engels in Saratov Oblast; no cross pair"),
    "lp02": ("places49", _D, "Russian missiles struck Odesa and Izmail in Odesa Oblast overnight.",
             "keep: a shared place: Izmail (and Odesa) LOCATED_IN Odesa Oblast"),
    "lp03": ("places49", _D, "US F-35 jets are based at Lakenheath in Suffolk and Marham in Norfolk.",
             "right: Lakenheath in Suffolk, Marham in Norfolk; no Lakenheath in Norfolk"),
    "lp04": ("places49", _D, "The army moved troops to Kupiansk near Kharkiv and Pokrovsk in Donetsk Oblast.",
             "right: Pokrovsk in Donetsk Oblast; no Kupiansk in Donetsk Oblast"),
    "lp05": ("places49", _D, "NATO drills were held in Bodo and Andoya in Nordland last week.",
             "keep: a shared place: Bodo and Andoya LOCATED_IN Nordland"),
    "lp06": ("places49", _D, "US Navy ships called at Subic Bay in Zambales and Davao in Mindanao this month.",
             "right: Subic Bay in Zambales, Davao in Mindanao; no Subic Bay in Mindanao"),
    "lp07": ("places49", _D, "US troops train at Grafenwoehr in Bavaria, Baumholder in Rhineland-Palatinate and "
             "Hohenfels in Bavaria.", "right: each base its own state; no Grafenwoehr in Rhineland-Palatinate"),
    "lp08": ("places49", _D, "The strikes hit Mosul or Kirkuk in northern Iraq, officials said.",
             "look: a shared place: no false pair"),
}
