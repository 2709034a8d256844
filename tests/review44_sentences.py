"""Invented defence-news probes of session 44's branches (review44) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``manuf44`` (neighbour_makers: a catalogued maker named in the sentence after
its goods; licence and partner builder rows), ``precision44`` (resolve._purchase_signing: no Event for a ceremony
where a contract for a named platform is signed), ``member44`` (pending_members: a state's way into a bloc said
loosely, status from dated membership data), ``deploy44`` (port_calls: a naval vessel calling at a port),
``conflict44`` (catalogued_dyads: "against" aims a deed at a side), ``heldin44`` (events._site_noun_end: a place
before a run of site nouns lies where the site does), ``evdate44`` (time._noun_days / _own_phrase: an event's date
told in its own noun phrase)."""
from __future__ import annotations

_D = "2025-03-10"

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- manuf44: a maker named in the sentence after its goods --------------------------------------------------
    "mf01": ("manuf44", _D, "Canberra will buy three Virginia-class submarines from Washington. The boats will be "
             "built by General Dynamics Electric Boat and HII.", "right: both firms MANUFACTURES Virginia class"),
    "mf02": ("manuf44", _D, "South Korea's KF-21 Boramae fighter is powered by two F414 engines. Hanwha Aerospace "
             "builds the engines under licence in Changwon.", "right: Hanwha Aerospace MANUFACTURES F414"),
    "mf03": ("manuf44", _D, "India's Tejas Mk2 fighter will fly with the F414 engine. Hindustan Aeronautics will "
             "assemble the fighters in Bengaluru.", "HAL makes the Tejas Mk2; the sentence says nothing of HAL making "
             "the F414 (no HAL MANUFACTURES F414)"),
    "mf04": ("manuf44", _D, "The Indian Air Force flies 260 Su-30MKI jets powered by AL-31FP engines. Hindustan "
             "Aeronautics builds the fighters at its Nashik plant.", "HAL makes the Su-30MKI; no HAL -> AL-31 from "
             "'builds the fighters'"),
    "mf05": ("manuf44", _D, "Pakistan operates two Babur-class corvettes. Karachi Shipyard & Engineering Works will "
             "build four new offshore patrol vessels for the coast guard.", "the yard builds other ships: no KS&EW "
             "MANUFACTURES Ada-class/Babur"),
    "mf06": ("manuf44", _D, "Pakistan commissioned the Babur-class corvette PNS Khaibar in Istanbul. Istanbul Naval "
             "Shipyard built the ship in three years.", "right: Istanbul Naval Shipyard MANUFACTURES Babur/Ada class"),
    "mf07": ("manuf44", _D, "The Indian Navy received two more Hermes 900 drones this month. Adani Elbit Advanced "
             "Systems India built them at its Hyderabad plant.", "right: Adani-Elbit MANUFACTURES Hermes 900"),
    "mf08": ("manuf44", _D, "Poland received its first K2 tanks in 2022. Hyundai Rotem's factory in Changwon also "
             "builds trains for the Seoul metro.", "the factory builds trains: no Hyundai Rotem -> K2 from this "
             "sentence (world-true, text-unstated)"),
    "mf09": ("manuf44", _D, "Poland buys 180 K2 tanks\n\nWARSAW, March 10 - Hyundai Rotem will build the first "
             "batch in Changwon, the ministry said.", "goods only in the headline: the guard (no neighbour-maker)"),
    "mf10": ("manuf44", _D, "Greece will buy 20 F-35 jets. Its U.S. subsidiary builds parts of the fighters in "
             "Texas, Lockheed Martin said.", "branch guard: 'its U.S. subsidiary builds' -> no neighbour-maker"),
    "mf11": ("manuf44", _D, "Egypt ordered 30 more Rafale jets in 2021. Dassault Aviation said production of the "
             "fighters was sold out until 2030.", "right: Dassault Aviation MANUFACTURES Rafale"),
    "mf12": ("manuf44", _D, "Brazil's navy test-fired a MANSUP anti-ship missile from a frigate. SIATT, not "
             "Avibras, will make the missile's guidance section.", "right: SIATT; passed over: no Avibras from it"),
    "mf13": ("manuf44", _D, "Italy flies 30 F-35 jets. Leonardo did not build any of them, the ministry said.",
             "negated making: no Leonardo MANUFACTURES F-35 from this sentence"),
    "mf14": ("manuf44", _D, "Ukraine wants more F-16 jets and Patriot systems. Lockheed Martin makes the fighter "
             "in Greenville, South Carolina.", "right: Lockheed Martin -> F-16; no Lockheed -> Patriot"),
    # ---- precision44: no Event for a ceremony where a contract for a named platform was signed -------------------
    "ps01": ("precision44", "2024-08-14", "Poland signs for 96 Apache helicopters\n\nWARSAW, August 13 - Poland "
             "signed a contract for 96 AH-64E Apache helicopters at a ceremony in Warsaw on Tuesday.",
             "right: no ceremony Event (a purchase signing)"),
    "ps02": ("precision44", "2025-03-08", "Navy commissions frigate\n\nGDYNIA, March 7 - The Polish Navy "
             "commissioned the frigate ORP Wicher at a ceremony in Gdynia on Friday. Officials also signed a "
             "contract for two more Miecznik frigates at the ceremony.",
             "a commissioning ceremony: the Event stays"),
    "ps03": ("precision44", "2025-03-06", "First Rafale jets handed to Greece\n\nMERIGNAC, March 5 - Dassault "
             "Aviation handed over the first two Rafale jets to the Hellenic Air Force at a ceremony in Merignac on "
             "Wednesday. Greece signed a contract for six more Rafale jets at the ceremony.",
             "a handover ceremony: the Event stays"),
    "ps04": ("precision44", "2023-12-15", "Britain, Japan and Italy sign GCAP treaty\n\nTOKYO, December 14 - "
             "Britain, Japan and Italy signed an agreement for the joint development of the GCAP fighter at a "
             "ceremony in Tokyo on Thursday.", "an accord between states: its signing Event stays"),
    "ps05": ("precision44", "2021-04-10", "KAI rolls out KF-21\n\nSACHEON, April 9 - Korea Aerospace Industries "
             "rolled out the first KF-21 prototype at a ceremony in Sacheon on Friday, and Indonesia signed a deal "
             "for 48 more KF-21 jets.", "a rollout ceremony: the Event stays"),
    "ps06": ("precision44", "2024-08-14", "Poland to sign for Apache helicopters\n\nWARSAW, August 13 - Poland will "
             "sign a contract for 96 AH-64E Apache helicopters at a ceremony in Warsaw next week.",
             "right: no Event of a future purchase signing"),
    "ps07": ("precision44", "2024-12-06", "Hanwha and PGZ sign K9 deal\n\nWARSAW, December 5 - Hanwha Aerospace and "
             "PGZ signed a deal for the local production of K9 howitzers at a ceremony in Warsaw on Thursday.",
             "right: a firms' contract for goods, no Event"),
    "ps08": ("precision44", "2025-08-09", "Armenia and Azerbaijan sign peace deal\n\nWASHINGTON, August 8 - Armenia "
             "and Azerbaijan signed a peace agreement at a ceremony at the White House on Friday.",
             "an accord between parties: the Event stays"),
    "ps09": ("precision44", "2025-03-08", "Glasgow frigate named\n\nGLASGOW, March 7 - The frigate HMS Glasgow was "
             "named at a ceremony in Glasgow on Friday, where BAE Systems signed a contract for two more Type 26 "
             "frigates.", "a naming ceremony: the Event stays"),
    "ps10": ("precision44", "2024-08-14", "Poland buys Apaches\n\nWARSAW, August 13 - Poland signed a contract for "
             "96 AH-64E Apache helicopters on Tuesday. The deal was signed at a ceremony at the Rzeszow air base, "
             "attended by the US ambassador.", "right: no ceremony Event"),
    "ps11": ("precision44", "2024-08-14", "Poland buys Apaches\n\nWARSAW, August 13 - Poland signed a contract to "
             "buy 96 AH-64E Apache helicopters at a ceremony in Warsaw on Tuesday.",
             "the rule's aim too ('to buy', no 'for'): no Event"),
    "ps12": ("precision44", "2025-05-09", "Poland marks Victory Day\n\nWARSAW, May 8 - Poland signed a contract for "
             "48 K9 howitzers at a ceremony in Warsaw on Thursday, held to mark the 80th anniversary of the end of "
             "the war in Europe.", "a commemoration: the Event stays"),
    # ---- member44: a state's way into a bloc, status from dated membership data ----------------------------------
    "mb01": ("member44", "2022-06-15", "Turkey is blocking Sweden's membership of NATO, diplomats said.",
             "right: Sweden MEMBER_OF NATO candidate; nothing of Turkey from it"),
    "mb02": ("member44", "2021-06-10", "Finland ruled out NATO membership at a security conference in Helsinki.",
             "ruled out in 2021 (joined 2023): no Finland candidate of NATO"),
    "mb03": ("member44", "2024-06-20", "Serbia welcomed Albania's progress towards membership of the European "
             "Union.", "Serbia only welcomed: no Serbia MEMBER_OF EU from it"),
    "mb04": ("member44", "2025-06-30", "NATO leaders met in The Hague last week. Ukraine's bid to host the 2030 "
             "Winter Olympics was backed by Poland.", "a bid for the Olympics: no Ukraine MEMBER_OF NATO"),
    "mb05": ("member44", "2023-08-25", "Indonesia declined an invitation to join BRICS, President Joko Widodo "
             "said.", "declined (joined 2025): no Indonesia candidate of BRICS"),
    "mb06": ("member44", "2025-03-10", "Georgia's ruling party suspended European Union accession talks until "
             "2028.", "right: Georgia MEMBER_OF EU candidate"),
    "mb07": ("member44", "2025-03-10", "Hungary blocked Ukraine's EU accession talks again on Monday.",
             "right: Ukraine candidate of EU; nothing of Hungary"),
    "mb08": ("member44", "2025-03-10", "Sweden joined NATO in March 2024, a year after Finland.",
             "right: Sweden and Finland MEMBER_OF NATO"),
    "mb09": ("member44", "2025-03-10", "Finland joined the European Union in 1995.", "right: Finland MEMBER_OF EU"),
    "mb10": ("member44", "2024-10-20", "Timor-Leste is on course to become the eleventh member of ASEAN next year.",
             "right: East Timor candidate of ASEAN"),
    "mb11": ("member44", "2022-07-10", "Sweden's membership of the European Union has not changed its neutrality.",
             "Sweden an old EU member: no candidate"),
    "mb12": ("member44", "2023-05-10", "Finland's accession to NATO last month angered Moscow.",
             "right: Finland MEMBER_OF NATO"),
    "mb13": ("member44", "2024-03-20", "Georgia congratulated Sweden on its accession to NATO.",
             "Georgia congratulated: no Georgia MEMBER_OF NATO from it; right: Sweden member"),
    "mb14": ("member44", "2025-03-10", "Serbia, which remains outside the European Union, held talks with Russia on "
             "gas supplies.", "outside guard: no Serbia candidate from it"),
    "mb15": ("member44", "2022-05-20", "Russia warned of consequences after Finland and Sweden applied to join "
             "NATO.", "right: Finland and Sweden candidates; nothing of Russia"),
    "mb16": ("member44", "2025-03-10", "The Shanghai Cooperation Organisation met in Tianjin. Azerbaijan's bid to "
             "host the next Formula One race was approved.", "a bid to host a race: no Azerbaijan MEMBER_OF SCO"),
    # ---- operates44 (catalogued_users own_service; "of"/"from" holders) ------------------------------------------
    "op01": ("operates44", _D, "A Royal Air Force Typhoon intercepted a Russian bomber over the North Sea on Monday.",
             "right: Royal Air Force OPERATES Eurofighter Typhoon"),
    "op02": ("operates44", _D, "The Japan Maritime Self-Defense Force's Mogami-class frigates will sail to Australia "
             "in May.", "right: JMSDF OPERATES Mogami class"),
    "op03": ("operates44", _D, "The French Navy escorted a Brazilian Scorpene-class submarine across the Atlantic.",
             "the French Navy has no Scorpene: no French Navy OPERATES Scorpene"),
    "op04": ("operates44", _D, "The German Navy hosted Egyptian officers who command MEKO A-200 frigates.",
             "no German Navy OPERATES MEKO (Egypt's type)"),
    "op05": ("operates44", _D, "Chinese People's Liberation Army Air Force pilots flew beside Pakistan's JF-17 jets "
             "during the Shaheen exercise.", "the PLAAF has no JF-17: no PLAAF OPERATES JF-17"),
    "op06": ("operates44", _D, "The Russian Aerospace Forces trained Indian pilots to fly the Su-30MKI.",
             "no Russian Aerospace Forces OPERATES Su-30MKI (India's type)"),
    "op07": ("operates44", _D, "The Chinese navy escorted Pakistan's first Hangor-class submarine to Karachi.",
             "no PLA Navy OPERATES Hangor class (Pakistan's)"),
    "op08": ("operates44", _D, "The French Navy sold its Gowind corvettes design to Egypt and Malaysia.",
             "a design sold: no French Navy OPERATES Gowind"),
    "op09": ("operates44", _D, "The air forces of Turkey, Greece and Iran still keep F-4 Phantom jets in service.",
             "right: Turkey, Greece, Iran (or their air forces) OPERATES F-4"),
    "op10": ("operates44", _D, "HIMARS units from the United States and Estonia fired rockets during the exercise.",
             "right: United States and Estonia OPERATES HIMARS"),
    "op11": ("operates44", _D, "The US Navy will not buy the Constellation-class frigate after the programme was "
             "cancelled.", "negated and cancelled: no US Navy OPERATES Constellation class"),
    "op12": ("operates44", _D, "USS Comstock, a Whidbey Island-class dock landing ship of the US Navy, docked in "
             "Manila.", "describes the ship: the class guard (no US Navy OPERATES Whidbey Island class from own-"
             "service)"),
    "op13": ("operates44", _D, "The Indian Navy trained Russian crews on the INS Vikramaditya before it left "
             "Severodvinsk.", "no Russian Navy OPERATES Vikramaditya (not named anyway): a near-miss of 'of'"),
    "op14": ("operates44", _D, "Troops from Romania and Poland trained with the K2 tanks of the Polish Army.",
             "right: Polish Army OPERATES K2; no Romania OPERATES K2 from 'troops from Romania'"),
    "mb17": ("member44", "2021-06-10", "Finland has kept NATO membership as an option for decades.",
             "an option in 2021 (it applied in May 2022): no Finland candidate of NATO"),
    "mb18": ("member44", "2024-08-20", "NATO allies were not told in advance. Ukraine's entry into Russia's Kursk "
             "region surprised Moscow.", "an incursion: no Ukraine MEMBER_OF NATO"),
    # ---- membneg44 (merged into int44x 893a96ac): yes/no questions, nor/neither, intention nouns, aversion ------
    "mn01": ("membneg44", _D, "Is Turkey still a reliable member of NATO?", "a yes/no question: no MEMBER_OF stated"),
    "mn02": ("membneg44", _D, "Nor is Serbia a member of NATO, the minister added.", "denied: no Serbia MEMBER_OF"),
    "mn03": ("membneg44", _D, "Is it any wonder that Finland joined NATO in 2023?",
             "a rhetorical question over a fact: Finland MEMBER_OF NATO"),
    "mn04": ("membneg44", _D, "Nor did the war stop Finland from joining NATO in 2023.",
             "the war did not stop it: Finland MEMBER_OF NATO"),
    "mn05": ("membneg44", _D, "Most Austrian voters are opposed to joining NATO, a poll showed.",
             "averse: no Austria MEMBER_OF NATO"),
    "mn06": ("membneg44", "2024-06-10", "Hungary, which long resisted Sweden joining NATO, ratified its accession in "
             "February.", "Sweden joined (March 2024): Sweden MEMBER_OF NATO stays"),
    "mn07": ("membneg44", _D, "Georgia's bid to join the European Union has stalled since 2024.",
             "right: Georgia MEMBER_OF EU candidate"),
    "mn08": ("membneg44", _D, "Did Sweden's accession to NATO in 2024 change the Baltic balance?",
             "a question about a fact: Sweden MEMBER_OF NATO (optional)"),
    # ---- deploy44: port calls -----------------------------------------------------------------------------------
    "dp01": ("deploy44", _D, "The British patrol ship HMS Spey docked in Apia, Samoa, on Monday.",
             "right: HMS Spey DEPLOYED_TO Apia/Samoa"),
    "dp02": ("deploy44", _D, "The aircraft carrier HMS Prince of Wales berthed in Portsmouth, its home port, after "
             "an eight-month deployment to the Pacific.", "home port: no DEPLOYED_TO Portsmouth"),
    "dp03": ("deploy44", _D, "China refused to let the destroyer USS Ralph Johnson dock in Hong Kong.",
             "refused: no DEPLOYED_TO Hong Kong"),
    "dp04": ("deploy44", _D, "The French frigate FS Bretagne did not call at Beirut.", "negated: nothing"),
    "dp05": ("deploy44", _D, "The Russian frigate Admiral Grigorovich visited Port Sudan last week.",
             "right: Admiral Grigorovich DEPLOYED_TO Port Sudan"),
    "dp06": ("deploy44", _D, "The Japanese destroyer JS Izumo will make a port call in Manila next month.",
             "right (planned call): JS Izumo DEPLOYED_TO Manila"),
    "dp07": ("deploy44", _D, "The captain of the aircraft carrier USS Carl Vinson visited Da Nang on Tuesday.",
             "the captain visited: no Carl Vinson DEPLOYED_TO Da Nang from port_calls"),
    "dp08": ("deploy44", _D, "USS Gerald R. Ford docked in Split while USS Mount Whitney put in at Souda Bay.",
             "right: Ford -> Split, Mount Whitney -> Souda Bay; no crossing"),
    "dp09": ("deploy44", _D, "The Royal Navy put HMS Trent into dry dock in Gibraltar for repairs.",
             "a refit: no DEPLOYED_TO from port_calls (put without 'in')"),
    "dp10": ("deploy44", _D, "The German frigate FGS Baden-Wuerttemberg made a stopover in Goa, India, on its way to "
             "Japan.", "right: DEPLOYED_TO Goa/India; not Japan"),
    "dp11": ("deploy44", _D, "The Indian Navy said the aircraft carrier INS Vikrant was visited by the Prime "
             "Minister in Goa.", "visited by a person: no Vikrant DEPLOYED_TO from port_calls"),
    "dp12": ("deploy44", _D, "The submarine HMS Anson will be based in Perth, where it docked for the first time on "
             "Monday.", "docked at its future base: DEPLOYED_TO Perth is fine"),
    "dp13": ("deploy44", _D, "The Chinese navy ship Type 054A frigate Xuchang docked in Colombo, Sri Lanka, on "
             "Sunday.", "right: DEPLOYED_TO Colombo/Sri Lanka"),
    "dp14": ("deploy44", _D, "Was the Russian submarine Kazan allowed to dock in Havana? Cuba said no.",
             "a question answered no: no DEPLOYED_TO Havana"),
    # deploy44 (stand_in_bases): a pronoun or "the jets" based at / flying from a place
    "dp15": ("deploy44", _D, "Poland has bought 32 F-35 jets. The jets will be based at Lask air base.",
             "right: F-35 DEPLOYED_TO Lask"),
    "dp16": ("deploy44", _D, "Ukrainian pilots trained on the F-16 in Arizona. They now live at Kalynivka with "
             "their families.", "'they' are the pilots: no F-16 DEPLOYED_TO Kalynivka"),
    "dp17": ("deploy44", _D, "Russia moved its Kalibr cruise missiles and the ships that carry them out of "
             "Sevastopol. The fleet is now based at Novorossiysk.", "no Kalibr (a missile) DEPLOYED_TO "
             "Novorossiysk"),
    "dp18": ("deploy44", _D, "The Royal Norwegian Air Force flies 52 F-35 jets. It keeps them at Orland and "
             "Evenes.", "right: F-35 DEPLOYED_TO Orland and Evenes"),
    "dp19": ("deploy44", _D, "Egypt ordered 30 more Rafale jets in 2021. Its pilots fly from Gebel El Basur air "
             "base, while its instructors live at Cairo West.", "the pilots fly: no Rafale DEPLOYED_TO Cairo West "
             "(instructors); Gebel El Basur at most"),
    "dp20": ("deploy44", _D, "Greece flies the F-16. The jets flew from Souda Bay to Nellis for the Red Flag "
             "exercise.", "a journey: no F-16 DEPLOYED_TO Souda Bay from stand-in"),
    # ---- conflict44: "against" aims a deed at a side of a catalogued conflict or rivalry -------------------------
    "cf01": ("conflict44", _D, "India's cricket team won its match against Pakistan in Dubai on Sunday.",
             "a match: no India IN_CONFLICT_WITH Pakistan"),
    "cf02": ("conflict44", _D, "Greece lodged a complaint against Turkey at the United Nations over its maps.",
             "a complaint: no IN_CONFLICT_WITH (a stand, not a blow)"),
    "cf03": ("conflict44", _D, "India deployed troops along the Line of Control that could be used against Pakistan.",
             "right: India IN_CONFLICT_WITH Pakistan"),
    "cf04": ("conflict44", _D, "Japan's missile defence network against North Korea was upgraded this year.",
             "right: Japan IN_CONFLICT_WITH North Korea"),
    "cf05": ("conflict44", _D, "Pakistan filed a lawsuit against India at the International Court of Justice.",
             "a lawsuit: no IN_CONFLICT_WITH"),
    "cf06": ("conflict44", _D, "Iran's drones, sold to Russia, were used against Ukraine's power stations.",
             "right: Russia vs Ukraine; no Iran IN_CONFLICT_WITH Ukraine unless catalogued"),
    "cf07": ("conflict44", _D, "China voted against a resolution on Taiwan at the World Health Assembly.",
             "voted: no China IN_CONFLICT_WITH Taiwan from 'against'"),
    "cf08": ("conflict44", _D, "South Korea and Japan competed against each other for the contract, while North "
             "Korea watched.", "a contest: nothing"),
    "cf09": ("conflict44", _D, "Israel would never use such weapons against Iran, its ambassador said.",
             "negated deed: no Israel IN_CONFLICT_WITH Iran from it"),
    "cf10": ("conflict44", _D, "Iranian forces fired missiles at bases of Jaish al-Adl in Pakistan's Balochistan.",
             "right: Iran IN_CONFLICT_WITH Jaish al-Adl; Pakistan only a place"),
    "cf11": ("conflict44", _D, "The Philippines protested against Chinese coast guard actions near Scarborough "
             "Shoal.", "a protest against China: a rivalry stand; right or optional"),
    "cf12": ("conflict44", _D, "Ethiopia's campaign against polio reached Eritrea's border villages.",
             "a vaccination campaign: no Ethiopia IN_CONFLICT_WITH Eritrea"),
    "cf13": ("conflict44", _D, "Pakistan's record against India in World Cup finals is poor.",
             "a sporting record: no IN_CONFLICT_WITH"),
    "cf14": ("conflict44", _D, "Armenia and Azerbaijan signed a pact against drug trafficking.",
             "a joint pact against crime: no Armenia IN_CONFLICT_WITH Azerbaijan"),
    "cf15": ("conflict44", _D, "Colombia sent troops on missions against groups linked to the National Liberation "
             "Army.", "right: Colombia IN_CONFLICT_WITH ELN"),
    # ---- heldin44: a place before a run of site nouns -----------------------------------------------------------
    "hl01": ("heldin44", _D, "Central Asian leaders meet\n\nASTANA, March 9 - The summit was held at the Ak Orda "
             "presidential residence in Astana on Sunday.", "right: summit HELD_IN Astana"),
    "hl02": ("heldin44", _D, "The Kaliningrad naval base in Baltiysk hosts the Baltic Fleet's frigates.",
             "Kaliningrad names the base's region: no Kaliningrad LOCATED_IN Baltiysk"),
    "hl03": ("heldin44", _D, "Russia builds drones at the Yelabuga special economic zone in Tatarstan.",
             "right: Yelabuga LOCATED_IN Tatarstan"),
    "hl04": ("heldin44", _D, "The Kazan helicopter plant in Tatarstan delivered ten Mi-17 helicopters.",
             "right: Kazan LOCATED_IN Tatarstan"),
    "hl05": ("heldin44", _D, "Aid passes through the Gaza humanitarian hub in Rafah.",
             "Gaza names the hub's territory: no Gaza LOCATED_IN Rafah"),
    "hl06": ("heldin44", _D, "Ministers meet in Kyiv\n\nKYIV, March 9 - The meeting took place at the Lviv "
             "military academy in Kyiv on Sunday.", "an academy named after another town: no Lviv LOCATED_IN Kyiv"),
    "hl07": ("heldin44", _D, "The Black Sea port in Novorossiysk was struck by drones.",
             "water-body guard: no Black Sea LOCATED_IN Novorossiysk"),
    "hl08": ("heldin44", _D, "Drill ends\n\nMarch 9 - The exercise ended at the Bukhara airport in the Bukhara "
             "region on Sunday.", "right: Bukhara LOCATED_IN Bukhara region; exercise HELD_IN Bukhara"),
    "hl09": ("heldin44", _D, "Russia's Moscow time zone in winter matches Istanbul's.",
             "'zone in winter': nothing"),
    "hl10": ("heldin44", _D, "The Warsaw security conference in May will discuss drones.",
             "'conference' is no site noun: nothing new"),
    "hl11": ("heldin44", _D, "Parade held\n\nSEVASTOPOL, March 9 - A naval parade was held at the Sevastopol naval "
             "base in Crimea on Sunday.", "right: Sevastopol LOCATED_IN Crimea; parade HELD_IN Sevastopol, not "
             "Crimea"),
    "hl12": ("heldin44", _D, "The Odesa port in 2023 handled less grain than the Izmail port in 2022.",
             "'port in 2023': nothing"),
    "hl13": ("heldin44", _D, "Talks held\n\nMarch 9 - The talks were held at the Moscow embassy residence in "
             "Washington on Sunday.", "a state's residence abroad: no Moscow LOCATED_IN Washington"),
    "hl14": ("heldin44", _D, "Leaders met\n\nMarch 9 - The Central Asian summit was held at the Ak Orda state "
             "residence in Astana on Sunday.", "right: summit HELD_IN Astana (no dateline town)"),
    "hl15": ("heldin44", _D, "Talks held\n\nMarch 9 - The talks took place at the Kyiv airport in Boryspil on "
             "Sunday.", "an airport named after the city it serves: no Kyiv LOCATED_IN Boryspil"),
    # ---- evdate44: an event's date in its own noun phrase -------------------------------------------------------
    "ed01": ("evdate44", "2024-04-10", "Iran vowed to retaliate for the April 1 air strike on its consulate in "
             "Damascus.", "right: air strike dated 2024-04-01"),
    "ed02": ("evdate44", _D, "The Euronaval show in November 2024 drew 500 exhibitors, organisers said on Monday.",
             "right: Euronaval dated 2024-11"),
    "ed03": ("evdate44", "2025-01-15", "Israel has fought Hamas in Gaza since the October 7 attack.",
             "the October 7 attack was in 2023: not 2024-10-07"),
    "ed04": ("evdate44", _D, "Al-Qaeda planned the September 11 attacks from Afghanistan.",
             "the attacks were in 2001: not 2024-09-11"),
    "ed05": ("evdate44", "2025-08-20", "The Zapad exercise, last held in September 2021, will take place in "
             "Belarus in September.", "the 2025 exercise: September 2025, not 2021"),
    "ed06": ("evdate44", _D, "Leaders agreed in May that the alliance would meet at the October summit in Rome.",
             "the summit is in October, not May"),
    "ed07": ("evdate44", _D, "Japan and the Philippines signed the pact ahead of the March 20 summit in Manila.",
             "right: summit 2025-03-20"),
    "ed08": ("evdate44", _D, "Ukraine missed the April 1 deadline for the strike on the bridge.",
             "a deadline's day: no strike dated 2025-04-01 from it"),
    "ed09": ("evdate44", "2024-06-03", "The Shangri-La Dialogue in Singapore on May 31 opened with a speech by "
             "Philippine President Ferdinand Marcos Jr.", "right: Shangri-La Dialogue 2024-05-31"),
    "ed10": ("evdate44", _D, "The Victory Day parade in Moscow on May 9 will be attended by Xi Jinping, the Kremlin "
             "said.", "right: parade 2025-05-09"),
    "ed11": ("evdate44", "2025-02-20", "Kyiv recalled the February 24 invasion at a ceremony on Thursday.",
             "the invasion was in 2022: not 2024-02-24"),
    "ed13": ("evdate44", _D, "The December 3 strike on Kharkiv killed four people, officials said on Monday.",
             "right: strike 2024-12-03 (a past day, not 2025-12-03)"),
    "ed14": ("evdate44", _D, "Ministers will prepare the summit in Vilnius at their April 2 meeting in Brussels.",
             "the meeting's day: no summit dated 2025-04-02"),
    "ed15": ("evdate44", _D, "The May 9 parade, which Xi Jinping attended in 2015, will be smaller this year.",
             "right: parade 2025-05-09, not 2015"),
    "ed16": ("evdate44", _D, "Kyiv marked the February 24 anniversary of the invasion with a ceremony on Monday.",
             "the anniversary's day: no invasion dated 2025-02-24"),
    "ed17": ("evdate44", "2025-02-10", "The summit in March was postponed to June, officials said on Monday.",
             "postponed: the summit is in June 2025, not March"),
    "ed18": ("evdate44", "2025-02-10", "Preparations for the NATO summit in The Hague in June began in January.",
             "right: summit June 2025, not January"),
    "ed12": ("evdate44", _D, "The IDEX exhibition, first held in 1993, opened in Abu Dhabi on February 17.",
             "IDEX 2025 is 2025-02-17, not 1993"),
}
