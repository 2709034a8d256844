"""Invented defence-news probes of session 46's branches (review46) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``platforms46`` (mentions/ships.py ``_hull_number``: a closing number ends a
ship's name, "Yuan Wang 5"; ``name_tail_end`` over a hyphen before a capital, "Sachsen-Anhalt"; mentions/component.py
``_coded_end``: maker + designation + own name as one form, "Sikorsky S-70M Black Hawk"; platforms_types46.csv rows),
``precision46`` (passes/represented_states.py ``drop_led_bodies``: a person who LEADS a target loses the
AFFILIATED_WITH of the same target, whichever rule read it; not a security council secretary's LEADS),
``evdate46`` (entities/series_dates.py ``date_series_events``: an undated catalogued series event takes the one date
its sentences tell, else the report's month)."""
from __future__ import annotations

_D = "2025-03-10"  # a Monday

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- platforms46: ship names over a hyphen / a closing number ----------------------------------------------
    "pl01": ("platforms46", _D, "The Chinese research vessel Yuan Wang 7 docked in Colombo on Sunday, Sri Lanka's navy "
             "said.", "right: Platform 'Yuan Wang 7' (not 'Yuan Wang'); LOCATED/DEPLOYED to Colombo at most"),
    "pl02": ("platforms46", _D, "The Chinese aircraft carrier Shandong 24 nautical miles off Taiwan launched J-15 "
             "fighters on Friday.", "near miss: a measure after the name: no 'Shandong 24'"),
    "pl03": ("platforms46", _D, "The carrier Liaoning 12 Chinese warships and a supply ship sailed past Okinawa.",
             "near miss (garbled list): 'Liaoning 12' must not be a ship name"),
    "pl04": ("platforms46", _D, "Germany's frigate Sachsen-Anhalt left Wilhelmshaven on Monday for the Red Sea, the "
             "German Navy said.", "right: Platform 'Sachsen-Anhalt' whole; OPERATES German Navy"),
    "pl05": ("platforms46", _D, "The Saudi frigate Al-Diriyah and the corvette HMS Spey visited Jeddah last week.",
             "right: 'Al-Diriyah' whole"),
    "pl06": ("platforms46", _D, "The frigate Hamburg-Class ships were never built, the German Navy said.",
             "garbled: a capital after the hyphen"),
    "pl07": ("platforms46", _D, "The Indian destroyer INS Kolkata 3 times fired BrahMos missiles during the drill.",
             "near miss: a count before 'times': no 'INS Kolkata 3'"),
    "pl08": ("platforms46", "2024-11-04", "HMS Prince of Wales, escorted by HMS Dauntless, sailed from Portsmouth on "
             "Sunday with 8 F-35B jets.", "control: no number swallowed"),
    "pl09": ("platforms46", _D, "The Brazilian Air Force will replace its Lockheed KC-130 tankers with two Embraer "
             "KC-390 Millennium aircraft.", "right: KC-130 Platform (row); OPERATES Brazilian Air Force both"),
    "pl10": ("platforms46", _D, "The Philippine Air Force received two Sikorsky S-70i Black Hawk helicopters from "
             "PZL Mielec on Thursday.", "right: one Platform for maker+designation+name"),
    "pl11": ("platforms46", _D, "The Royal Moroccan Air Force still flies the Dassault Falcon 20 for surveillance, "
             "and Morocco bought a Falcon 2000 as a VIP transport.", "right: Falcon 20; no Falcon 20 for 'Falcon 2000'"),
    "pl12": ("platforms46", _D, "The Brazilian Navy's H-36 Caracal helicopters and AH-11B Super Lynx flew from the "
             "carrier Atlântico.", "right: H225M and Westland Lynx nodes, OPERATES Brazilian Navy"),
    "pl13": ("platforms46", _D, "Lockheed Martin offered the F-21 to India, while Boeing pitched the F/A-18 Super "
             "Hornet.", "right: F-21 Platform, MANUFACTURES Lockheed Martin; India no OPERATES"),
    "pl14": ("platforms46", _D, "Irkut showed the MC-21 airliner at the MAKS air show near Moscow.",
             "right: MC-21 Platform (MANUFACTURES Irkut or UAC); DISPLAYED_AT MAKS"),
    "pl15": ("platforms46", _D, "Nigeria's air force retired its Fokker F28 jet and now flies a Boeing 727 for "
             "the president.", "right: both catalogued; Nigerian Air Force OPERATES (F28 former)"),
    "pl16": ("platforms46", _D, "Mahindra Defence Systems delivered 40 Armoured Light Specialist Vehicles to the "
             "Indian Army in Pune.", "right: Mahindra ALSV; MANUFACTURES Mahindra; SUPPLIES/OPERATES Indian Army"),
    "pl17": ("platforms46", _D, "Ukrainian troops destroyed a Russian P-18 Terek radar near Kherson on Saturday.",
             "right: P-18 radar Platform; OPERATES Russia at most"),
    "pl18": ("platforms46", _D, "A Boeing C-17A Globemaster III of the Royal Australian Air Force landed in Darwin.",
             "right: one Platform C-17 (maker + designation + own name)"),
    "pl19": ("platforms46", _D, "The Japanese survey ship Shoyo 2 miles off the Senkakus was shadowed by a Chinese "
             "coast guard cutter.", "near miss: 'Shoyo 2 miles': no 'Shoyo 2'"),
    # ---- precision46: LEADS removes the AFFILIATED_WITH of the same target, any rule ---------------------------
    "pr01": ("precision46", _D, "Japanese Defence Minister Gen Nakatani said on Monday Japan would buy more Tomahawk "
             "missiles.", "minister, ministry not named: AFFILIATED_WITH Japan required (LEADS Japan optional)"),
    "pr02": ("precision46", _D, "Deputy Defence Minister Pavel Fomenko of Russia told reporters the plant would "
             "double output.", "deputy: AFFILIATED_WITH Russia, no LEADS"),
    "pr03": ("precision46", _D, "Vice President Sara Duterte of the Philippines did not attend the ceremony in "
             "Manila.", "vice president: AFFILIATED_WITH Philippines, no LEADS"),
    "pr04": ("precision46", _D, "Sergei Shoigu, secretary of Russia's Security Council, met Chinese officials in "
             "Beijing.", "secretary: AFFILIATED_WITH the council kept (SERVING_HEADS)"),
    "pr05": ("precision46", _D, "Boris Pistorius, who has run Germany's Federal Ministry of Defence since 2023, "
             "visited troops in Lithuania.", "right: LEADS ministry; no AFFILIATED_WITH ministry"),
    "pr06": ("precision46", _D, "Admiral Samuel Paparo, commander of US Indo-Pacific Command, told Congress the "
             "command needed more submarines.", "right: LEADS INDOPACOM; no AFFILIATED_WITH INDOPACOM"),
    "pr07": ("precision46", _D, "Tim Cahill, head of Lockheed Martin's missiles division, said the plant in Camden "
             "would hire 500 people.", "a division head: AFFILIATED_WITH Lockheed Martin (LEADS firm wrong)"),
    "pr08": ("precision46", _D, "Former NATO Secretary General Jens Stoltenberg, now Norway's finance minister, "
             "spoke in Oslo.", "LEADS NATO (former); AFFILIATED_WITH Norway kept (other target)"),
    "pr09": ("precision46", _D, "Ministry of Defence spokesman Igor Konashenkov said Russian forces had taken the "
             "village.", "spokesman: AFFILIATED_WITH ministry kept, no LEADS"),
    "pr10": ("precision46", _D, "Prime Minister Keir Starmer of Britain said the Royal Navy would send a carrier.",
             "right: LEADS UK; AFFILIATED_WITH UK gone (optional)"),
    "pr11": ("precision46", _D, "Richard Marles, Australia's deputy prime minister and defence minister, met his "
             "Japanese counterpart in Tokyo.", "AFFILIATED_WITH Australia required; LEADS Australia wrong"),
    "pr12": ("precision46", _D, "General Ruslan Khomchak, who led Ukraine's armed forces until 2021, is now an "
             "adviser at the Ukrainian defence ministry.", "past chief: LEADS forces (valid_to); ministry tie kept"),
    "pr13": ("precision46", _D, "Micael Johansson, chief executive of Saab, said the Swedish firm would open a "
             "plant in India.", "right: LEADS Saab; AFFILIATED_WITH Saab gone"),
    "pr14": ("precision46", _D, "Colonel Ali Haidar, a Lebanese army officer, said the army chief General Rodolphe "
             "Haykal would visit the south.", "Haidar AFFILIATED_WITH army; Haykal LEADS army"),
    "pr15": ("precision46", _D, "Russian Defence Minister Andrei Belousov, who has headed the ministry since May "
             "2024, inspected a tank plant in Omsk.", "right: LEADS ministry; AFFILIATED_WITH ministry gone"),
    "pr16": ("precision46", _D, "Rheinmetall chief executive Armin Papperger, who joined Rheinmetall in 1990, said "
             "the firm would build a shell plant in Lithuania.", "right: LEADS Rheinmetall only"),
    "pr17": ("precision46", _D, "Ivan Havryliuk, Ukraine's first deputy defence minister, who leads the ministry's "
             "procurement work, visited Kyiv's arms fair.", "deputy: AFFILIATED_WITH ministry/Ukraine; LEADS wrong"),
    "pr18": ("precision46", _D, "Michael Schoellhorn, who runs Airbus Defence and Space, said Airbus would cut 2,500 "
             "jobs.", "LEADS Airbus Defence and Space; AFFILIATED_WITH Airbus kept (other target)"),
    "pr19": ("precision46", _D, "Outgoing army chief General Asim Munir handed command of the Pakistan Army to General "
             "Sahir Shamshad Mirza in Rawalpindi.", "Munir LEADS (valid_to) and Mirza LEADS the army"),
    "pr20": ("precision46", _D, "Mark Rutte, the NATO secretary general, said NATO allies must spend more, and Dutch "
             "officials agreed.", "right: LEADS NATO; no AFFILIATED_WITH NATO (a person and an alliance)"),
    "pr21": ("precision46", _D, "Air Marshal Harjit Singh, a former vice chief of the Indian Air Force who now "
             "heads a think tank in Delhi, said India needed more Rafales.", "vice chief: AFFILIATED_WITH IAF kept"),
    "pr22": ("precision46", _D, "Kenya's defence cabinet secretary Soipan Tuya, who oversees the Kenya Defence "
             "Forces, met Somali officials.", "AFFILIATED_WITH Kenya required; a LEADS KDF at most optional"),
    "pr23": ("precision46", _D, "Oleksandr Kamyshin, an adviser to Ukraine's president who once ran Ukraine's "
             "Ministry of Strategic Industries, said output would rise.", "right: LEADS ministry (past) alone"),
    "pr24": ("precision46", _D, "General Valerii Zaluzhnyi, who led the Armed Forces of Ukraine until 2024, now serves "
             "in the Ukrainian Ministry of Foreign Affairs as ambassador.", "LEADS forces; AFFILIATED_WITH MFA kept"),
    "pr25": ("precision46", _D, "Thales chief executive Patrice Caine said Thales would hire 8,000 people, and Thales "
             "engineer Marie Dubois, who leads the Thales radar team, showed the new set.",
             "Caine LEADS Thales; Dubois AFFILIATED_WITH Thales (a team is no body)"),
    # ---- members46 (relations/plural.py _lede_group/_carried, context.py): plural descriptions of states -------
    "mb01": ("members46", _D, "Egypt and Ethiopia agreed on Tuesday to resume talks on the Nile dam. The statement "
             "thanked the United Arab Emirates and Saudi Arabia for their mediation. Both countries are members of the "
             "African Union.", "right: Egypt, Ethiopia MEMBER_OF AU; no UAE/Saudi MEMBER_OF AU"),
    "mb02": ("members46", _D, "Chile, Peru and Colombia held trade talks in Lima on Monday. The three countries, "
             "which founded the Pacific Alliance in 2011, agreed to cut tariffs.", "right: MEMBER_OF Pacific Alliance"),
    "mb03": ("members46", _D, "Kazakhstan and Uzbekistan signed a rail deal in Tashkent. Both countries belong to the "
             "Commonwealth of Independent States. The Shanghai Cooperation Organisation, to which both also belong, "
             "welcomed the deal.", "right: both MEMBER_OF SCO"),
    "mb04": ("members46", _D, "Japan and South Korea condemned the missile test on Monday. The United States "
             "sanctioned Iran and Venezuela last week. Both countries are members of OPEC.",
             "near miss: the object pair (Iran, Venezuela) is meant: no Japan/South Korea MEMBER_OF OPEC"),
    "mb05": ("members46", _D, "Austria and Ireland signed a defence pact on Monday. The statement thanked Finland and "
             "Sweden for advice. Both countries joined NATO after Russia invaded Ukraine.",
             "near miss: Finland and Sweden joined NATO; no Austria/Ireland MEMBER_OF NATO"),
    "mb06": ("members46", _D, "Turkey and Hungary signed a gas deal in Ankara on Monday. Will both countries join "
             "BRICS?", "question: no MEMBER_OF BRICS"),
    "mb07": ("members46", _D, "Serbia and Bosnia signed a border deal on Monday. If both countries joined the "
             "European Union, the border would open.", "hypothetical: no MEMBER_OF EU (candidate at most)"),
    "mb08": ("members46", "2025-03-10", "Mali, Burkina Faso and Niger met in Niamey on Sunday. The three countries, "
             "which quit ECOWAS in January, formed a joint force of 5,000 troops.",
             "relative clause of leaving: no plain member of ECOWAS (former at most)"),
    "mb09": ("members46", _D, "Armenia and Azerbaijan signed a peace deal on Friday. The two countries, which fought "
             "a war over Karabakh in 2020, will open their border.", "no MEMBER_OF; IN_CONFLICT_WITH at most"),
    "mb10": ("members46", _D, "Vietnam and the Philippines agreed on coast guard patrols on Tuesday. The statement "
             "thanked Japan and Australia for training. Both countries are members of ASEAN.",
             "right: Vietnam, Philippines MEMBER_OF ASEAN; no Japan/Australia"),
    "mb11": ("members46", _D, "Kenya and Tanzania opened a border post on Monday. The two countries, which founded the "
             "East African Community with Uganda, plan a joint railway.", "right: MEMBER_OF EAC both"),
    "mb12": ("members46", _D, "Brazil and Argentina held talks in Brasilia on Monday. Officials from Paraguay and "
             "Uruguay joined later. Both countries are members of Mercosur.",
             "Paraguay/Uruguay (subjects) nearest: they are meant; all four are members anyway"),
    "mb13": ("members46", _D, "Hungary, along with the other members of the European Union, approved the new "
             "sanctions on Monday.", "right: Hungary MEMBER_OF EU ('with the other members' includes it)"),
    "mb14": ("members46", _D, "Turkey promised closer defence ties with the members of the Gulf Cooperation Council.",
             "right: no Turkey MEMBER_OF GCC (eb8cf325)"),
    "mb15": ("members46", _D, "Romania, together with other members of NATO, sent fighter jets to the Baltic states.",
             "right: Romania MEMBER_OF NATO"),
    "mb16": ("members46", _D, "Indonesia sold rice to the members of ASEAN at a discount, the trade ministry said.",
             "Indonesia MEMBER_OF ASEAN not stated here; none from 'to the members'"),
    # ---- events46 (families/accidents.py, entities/resolve.py): the article's crash told twice ------------------
    "ac01": ("events46", "2025-03-12", "A Nigerian Air Force Alpha Jet crashed near Maiduguri on Tuesday, the air force "
             "said. The crash killed both pilots.", "right: crash Event HELD_IN Maiduguri, dated 2025-03-11"),
    "ac02": ("events46", "2025-03-12", "NAIROBI - A Kenya Defence Forces helicopter came down near Garissa on Monday. "
             "Investigators are examining the crash, and the crash site was sealed.",
             "right: HELD_IN Garissa, not Nairobi; 2025-03-10"),
    "ac03": ("events46", _D, "General Amir Hatami, who survived a helicopter crash in 2019, took command of the army on "
             "Sunday.", "crash told once in passing: no Event"),
    "ac04": ("events46", _D, "The Indian F-16 fleet was grounded after a crash in 2023. Since that crash, pilots have "
             "flown fewer hours.", "past crash: dated 2023 if any, not 2025-03"),
    "ac05": ("events46", _D, "The stock market crash hit Embraer shares on Monday. After the crash, Embraer delayed "
             "its KC-390 deliveries.", "a market crash: no accident Event"),
    "ac06": ("events46", _D, "BEIJING - A Chinese J-10 fighter crashed into the sea off Hainan on Sunday. The crash "
             "was the second this year, Xinhua said in Beijing.", "HELD_IN Hainan (or nothing), not Beijing"),
    "ac07": ("events46", _D, "Iran named a new army chief on Thursday, a week after General Ali Shadmani died in a "
             "helicopter crash in the north. The crash is being investigated.",
             "date not Thursday 2025-03-06; a week before at most"),
    "ac08": ("events46", _D, "The US Marine Corps has lost several MV-22 Ospreys in crashes. Each crash was "
             "investigated by the Marine Corps.", "plural record: no Event"),
    "ac09": ("events46", _D, "The defence ministry's website crashed on Monday. The crash was caused by a "
             "cyberattack from Russia, officials in Kyiv said.", "a website crash: no accident Event held in Kyiv"),
    "ac10": ("events46", _D, "A Turkish Bayraktar TB2 drone crashed in northern Iraq on Saturday. Turkey said the "
             "crash was caused by a technical fault.", "right: HELD_IN Iraq; no Turkey PARTICIPATED_IN; no DISPLAYED_AT"),
    "ac11": ("events46", _D, "Did a Russian Su-34 crash near Belgorod on Friday? The crash was not confirmed by "
             "Moscow.", "a question, unconfirmed: an Event at most optional"),
    "ac12": ("events46", _D, "Pilots fear a crash like the one in Jeju. A crash of a KF-21 would delay the programme.",
             "hypothetical: no Event"),
    "ac13": ("events46", "2025-03-12", "A Nigerian Air Force Alpha Jet crashed near Maiduguri on Tuesday. The crash "
             "killed both pilots, and the air force said the crash was under investigation.",
             "right: crash Event HELD_IN Maiduguri, dated 2025-03-11; Nigerian Air Force OPERATES Alpha Jet kept"),
    "ac14": ("events46", "2025-03-12", "An Indonesian Air Force Hawk 209 went down off the coast of Riau on Monday, the "
             "air force said in Jakarta. The crash was the first of the year, and the crash is being investigated.",
             "right: HELD_IN Riau (not Jakarta); dated 2025-03-10"),
    # ---- speed46 (relations/gates.py, cues.yaml gates): gated rules must read new text as int46 did ---------------
    "sp01": ("speed46", _D, "Iran accused Israel on Sunday of striking its consulate in Damascus.",
             "reported_hostility: IN_CONFLICT_WITH as int46"),
    "sp02": ("speed46", _D, "Beijing has repeatedly called Manila a troublemaker in the South China Sea.",
             "reported_labels: as int46"),
    "sp03": ("speed46", _D, "Iran-backed Houthi rebels fired missiles at a Greek tanker in the Red Sea.",
             "backed: Houthis AFFILIATED/backed by Iran as int46"),
    "sp04": ("speed46", _D, "Thailand and Cambodia agreed to a ceasefire on Monday after five days of clashes.",
             "truces: as int46"),
    "sp05": ("speed46", _D, "NATO members Poland and Romania asked for more Patriot batteries.",
             "member_nouns: Poland, Romania MEMBER_OF NATO"),
    "sp06": ("speed46", _D, "Malaysia, which holds the ASEAN chair this year, will host the summit in Kuala Lumpur.",
             "chair_seat: as int46"),
    "sp07": ("speed46", _D, "Kenya's navy received two patrol boats from Turkey's Dearsan shipyard on Monday.",
             "unnamed_services: Kenyan Navy as int46"),
    "sp08": ("speed46", _D, "India and Pakistan traded artillery fire across the Line of Control on Sunday.",
             "joint_subjects: IN_CONFLICT_WITH as int46"),
    "sp09": ("speed46", _D, "The handover of two Belharra frigates to Greece took place in Lorient on Friday.",
             "handovers: as int46"),
    "sp10": ("speed46", _D, "India and France, strategic partners since 1998, signed a submarine deal.",
             "catalogued_partners: as int46"),
    "sp11": ("speed46", _D, "Israel and Hezbollah have fought a war along the border since October 2023.",
             "catalogued_dyads: as int46"),
    "sp12": ("speed46", _D, "The Sahel states signed the charter in Bamako, and their next summit will be held there "
             "in July.", "held_there: as int46"),
    # ---- operates46 (families/inventory.py maker_demonym_user): the maker state's demonym names the user -------
    "op01": ("operates46", _D, "A Chinese J-16 fighter released flares near an Australian P-8A over the South China "
             "Sea on Sunday.", "right: China OPERATES J-16 (and Australia OPERATES P-8A)"),
    "op02": ("operates46", _D, "Swedish Gripen fighters will lead the air policing mission over the Baltic in May.",
             "right: Sweden OPERATES Gripen"),
    "op03": ("operates46", _D, "A Russian Kh-101 cruise missile that came down in a field in eastern Poland was found "
             "on Sunday.", "right: Russia OPERATES Kh-101 (relative clause subject)"),
    "op04": ("operates46", _D, "American Patriot batteries fired at incoming missiles near Erbil on Saturday.",
             "right: United States OPERATES Patriot (unit noun)"),
    "op05": ("operates46", _D, "Turkish Bayraktar TB2 drones struck PKK positions in northern Iraq on Friday.",
             "right: Turkey OPERATES TB2"),
    "op06": ("operates46", _D, "Swedish Gripen fighters of the Hungarian Air Force intercepted a Russian jet over "
             "Slovakia.", "exported: Hungary's; no Sweden OPERATES"),
    "op07": ("operates46", _D, "American F-16 jets flown by Ukrainian pilots shot down a cruise missile over Kyiv.",
             "exported: Ukraine's; no United States OPERATES F-16"),
    "op08": ("operates46", _D, "French Rafale jets flew over Cairo during the parade on Friday.",
             "exported (Egypt's), no state named: France OPERATES would be wrong"),
    "op09": ("operates46", _D, "Russian S-400 systems deployed in Turkey have never been switched on, Ankara said.",
             "exported: Turkey's; no Russia OPERATES from this sentence"),
    "op10": ("operates46", _D, "South Korean K9 howitzers fired live rounds during a Polish drill near Orzysz.",
             "exported: Poland's; no South Korea OPERATES"),
    "op11": ("operates46", _D, "The first American Abrams tanks arrived in Australia on Monday.",
             "arrival: no United States OPERATES"),
    "op12": ("operates46", _D, "A Chinese Wing Loong II drone was on display at the Dubai Airshow.",
             "on show: no China OPERATES"),
    "op13": ("operates46", _D, "Chinese J-10C Fighters Downed Indian Jets, Pakistan Says\n\nISLAMABAD - Pakistan "
             "said on Sunday its J-10C jets had shot down five Indian aircraft.", "headline: no China OPERATES J-10C"),
    "op14": ("operates46", _D, "Chinese J-10C fighters shot down Indian jets in May, Pakistan said.",
             "exported: Pakistan's; no China OPERATES"),
    "op15": ("operates46", _D, "Israeli Heron drones of the Indian Army patrol the Line of Actual Control in Ladakh.",
             "exported: Indian Army OPERATES Heron; no Israel OPERATES"),
    # ---- evdate46: an undated catalogued series event takes the one date told, else the report's month ----------
    "ev01": ("evdate46", "2025-11-20", "Emirates ordered 65 Boeing 777X jets at the Dubai Airshow on Monday.",
             "right: Dubai Airshow date 2025-11-17"),
    "ev02": ("evdate46", "2025-11-20", "Pakistan's JF-17 Thunder flew at the Dubai Airshow this week.",
             "right: no date told: report month 2025-11"),
    "ev03": ("evdate46", "2025-03-10", "The Tejas jet first flew abroad at the Dubai Airshow, where one crashed during "
             "a display.", "a past edition (2021/2023), no date: report month 2025-03 is wrong"),
    "ev04": ("evdate46", "2025-03-10", "South Korea said on Monday it would show the KF-21 Boransae at the Farnborough "
             "Airshow.", "a future edition: 'on Monday' is the statement's date, not the show's"),
    "ev05": ("evdate46", "2025-03-10", "Thai and US marines trained together at Cobra Gold, which ended on Friday.",
             "right: Cobra Gold dated 2025-03-07"),
    "ev06": ("evdate46", "2025-06-02", "Defence ministers met at the Shangri-La Dialogue in Singapore over the weekend.",
             "right: report month (or the weekend)"),
    "ev07": ("evdate46", "2025-03-10", "India's navy will send two frigates to RIMPAC in June, the ministry said on "
             "Sunday.", "two dates (June, Sunday): undated, or June 2025 at most"),
    "ev08": ("evdate46", "2025-03-10", "Indonesia signed for 42 Rafale jets in February 2022, a deal first discussed "
             "at IDEX.", "IDEX is not dated by the signing (Feb 2022): wrong if so"),
    "ev09": ("evdate46", "2025-03-10", "Unlike RIMPAC, the Talisman Sabre exercise is held every two years.",
             "general statement: no edition; report month wrong"),
    "ev10": ("evdate46", "2025-03-10", "Will Turkey bring its KAAN fighter to IDEX next year?",
             "a question about a future edition: no 2025-03"),
    "ev11": ("evdate46", "2025-11-20", "Emirates ordered 65 Boeing 777X jets at the Dubai Airshow 2025 on Monday.",
             "control: the edition's year in its name"),
    "ev12": ("evdate46", "2025-03-10", "Last year's RIMPAC drew 29 navies to Hawaii.",
             "a past edition: not 2025-03 (2024 right)"),
    "ev13": ("evdate46", _D, "Saab will show the GlobalEye at the Paris Air Show in June.",
             "right: Paris Air Show 2025-06"),
    "ev14": ("evdate46", _D, "Poland did not take part in BALTOPS, the ministry said on Monday.",
             "the saying's day is no date of BALTOPS (a June exercise)"),
    "ev15": ("evdate46", _D, "Japan will join Balikatan for the first time, Tokyo said on Tuesday.",
             "the saying's day (2025-03-04) is no date of the exercise"),
    "ev16": ("evdate46", "2025-04-25", "US and Philippine troops fired HIMARS rockets at a target ship during "
             "Balikatan on Wednesday.", "right: Balikatan dated 2025-04-23"),
    "ev17": ("evdate46", _D, "India displayed the Tejas Mk1A at Aero India, which closed in Bengaluru last month.",
             "right: a month told (2025-02)"),
}
