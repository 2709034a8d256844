"""Invented defence-news probes of session 45's branches (review45) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``partof45`` (lower-case "<state> special forces" is the state's troops, no body:
mentions/component.py ``state_bodies_capitalised``; Hanwha Systems / Hanwha Ocean rows of company_parents.csv),
``warring45`` and ``described45`` (on cooperates45: passes/warring_ties.py drops COOPERATES_WITH of two states at war in
the article's year; families/paired.py ``_describes_name``: "A and the Turkish drone maker B signed"), ``evdate45``
(time._begun_earlier: "the latest round began", "opened the event", "ran from", a guest "landed"; _clause_future)."""
from __future__ import annotations

_D = "2025-03-10"  # a Monday

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- partof45: lower-case "<state> special forces" are the state's troops, no body ----------------------------
    "pf01": ("partof45", _D, "Emirati special forces trained alongside French commandos near Abu Dhabi last month.",
             "right: no Special Forces GovernmentBody, no PART_OF"),
    "pf02": ("partof45", _D, "Ukraine's special forces said on Sunday they had destroyed a Russian radar in Crimea.",
             "lower-case after a possessive: no body"),
    "pf03": ("partof45", _D, "Colonel Aibek Sultanov, commander of Kyrgyzstan's Special Forces, opened the drill "
             "near Bishkek on Friday.", "capitalised: the body stays (LEADS, PART_OF Kyrgyzstan)"),
    "pf04": ("partof45", "2024-05-20", "Jordanian special forces took part in Exercise Eager Lion 2024 in May.",
             "no body; Jordan PARTICIPATED_IN Eager Lion (the troops' state)"),
    "pf05": ("partof45", "2024-06-12", "Polish Special Forces Join Drill in Latvia\n\nRIGA, June 11 - Polish special "
             "forces joined the Namejs exercise in Latvia on Tuesday, the Latvian army said.",
             "headline capitalised: a careless body from the headline; Poland PARTICIPATED_IN Namejs"),
    "pf06": ("partof45", _D, "Turkish special forces units crossed into northern Iraq on Sunday, the ministry said.",
             "no body"),
    "pf07": ("partof45", _D, "Egypt's Special Forces and the Saudi special forces held a joint drill near Cairo.",
             "Egypt's capitalised body stays; Saudi lower-case no body"),
    "pf08": ("partof45", _D, "Major General Ahmed Ali, who leads Egypt's special forces, met the Saudi chief of staff.",
             "lower-case led by a named man: no body (the rule); watch LEADS falling on Egypt"),
    "pf09": ("partof45", _D, "The Indonesian army and Indonesian special forces searched the jungle for the rebels.",
             "no Special Forces body; the army body stays"),
    "pf10": ("partof45", _D, "Georgia's defence ministry said Georgian special forces would train with US Green Berets.",
             "ministry stays; no Special Forces body"),
    "pf11": ("partof45", _D, "Hanwha Aerospace and Hanwha Systems, both Hanwha Group companies, will bid for the "
             "Canadian submarine contract.", "right: both PART_OF Hanwha Group; no Systems PART_OF Aerospace"),
    "pf12": ("partof45", _D, "Hanwha Ocean and Hanwha Aerospace will jointly build the submarines in Geoje.",
             "right: no Hanwha Ocean PART_OF Hanwha Aerospace"),
    "pf13": ("partof45", _D, "Hanwha Aerospace, which holds 30 percent of Hanwha Ocean, said the shipyard would hire "
             "1,000 workers.", "minority stake told: no PART_OF"),
    "pf14": ("partof45", _D, "Hanwha Ocean, a unit of South Korea's Hanwha Group, launched a submarine for Poland.",
             "right: Hanwha Ocean PART_OF Hanwha Group"),
    # ---- warring45 (cooperates45): no COOPERATES_WITH of two states at war in the article's year --------------------
    "cw01": ("warring45", "2025-05-19", "Russia and Ukraine exchanged 300 prisoners of war on Sunday, mediated by the "
             "United Arab Emirates.", "no Russia-Ukraine tie (optional at most)"),
    "cw02": ("warring45", "2013-12-18", "Russia and Ukraine signed a gas deal in Moscow on Tuesday.",
             "right: 2013 is before the war: COOPERATES_WITH kept"),
    "cw03": ("warring45", "2025-08-09", "Armenia and Azerbaijan signed a peace agreement at the White House on Friday.",
             "row ends 2023: tie kept (optional)"),
    "cw04": ("warring45", "2025-05-11", "India and Pakistan agreed to a ceasefire on Saturday after four days of "
             "missile and drone strikes.", "no India-Pakistan COOPERATES_WITH; IN_CONFLICT_WITH right"),
    "cw05": ("warring45", "2025-04-29", "India and France signed a deal for 26 Rafale Marine jets in New Delhi on "
             "Monday.", "right: India-France tie kept beside a warring India"),
    "cw06": ("warring45", "2024-07-12", "Pakistan and China held joint naval drills in the Arabian Sea this week.",
             "right: kept"),
    "cw07": ("warring45", "2025-09-01", "Thailand and Cambodia set up a joint border committee in February, months "
             "before the fighting broke out in July.", "a past tie of the war's own year: dropped by the year rule"),
    "cw08": ("warring45", "2024-02-20", "Russia and Ukraine built Zenit rockets together in the 1990s, and Ukraine's "
             "Yuzhmash made the first stage.", "a tie of long before the war: dropped by the published year"),
    "cw09": ("warring45", "2025-03-10", "Ukraine and Poland signed a security pact in Warsaw on Friday, and Russia "
             "condemned it.", "right: Ukraine-Poland kept; no Russia tie"),
    "cw10": ("warring45", "2025-03-10", "The Russian Federation and Ukraine agreed to a 30-day halt to strikes on "
             "energy sites.", "an alias of Russia: dropped as Russia"),
    "cw11": ("warring45", "2025-03-10", "Iran and Pakistan held joint naval drills in the Gulf of Oman last week.",
             "right: the Iran-Pakistan row is 2024 only: kept in 2025"),
    "cw12": ("warring45", "2024-01-29", "Iran and Pakistan agreed to return their ambassadors a week after the "
             "cross-border strikes.", "2024: dropped (optional)"),
    "cw13": ("warring45", "2025-05-24", "The United States and Iran held a fifth round of nuclear talks in Rome on "
             "Friday.", "2025 row: dropped (talks; the strikes came in June)"),
    "cw14": ("warring45", "2025-03-10", "Kyrgyzstan and Tajikistan signed a border treaty in Bishkek on Thursday.",
             "row ends 2022: kept in 2025"),
    "cw15": ("warring45", "2025-03-10", "China and India agreed to resume border patrols, and India and Pakistan "
             "traded fire in Kashmir.", "China-India kept (2020 row); India-Pakistan conflict, no tie"),
    "cw16": ("warring45", "2024-03-10", "Russia and Ukraine signed a friendship treaty in 1997, which Kyiv let lapse in "
             "2019.", "an old accord of the two states, told in a war year: dropped by the published year"),
    # ---- described45 (cooperates45): "A and the Turkish drone maker B signed" --------------------------------------
    "cd01": ("described45", _D, "Italy's Leonardo and the Turkish drone maker Baykar signed a joint venture agreement "
             "in Rome on Thursday.", "right: Leonardo-Baykar; no Turkey tie"),
    "cd02": ("described45", _D, "Saab and the Indian company Adani Defence signed a teaming agreement on Friday.",
             "right: Saab-Adani; no India tie"),
    "cd03": ("described45", _D, "Rheinmetall and the Ukrainian state firm Ukroboronprom signed a deal to build "
             "ammunition plants in Ukraine.", "right: Rheinmetall-Ukroboronprom"),
    "cd04": ("described45", _D, "Airbus and a Spanish company signed a deal to build drones in Getafe.",
             "an unnamed firm: no tie (generic head)"),
    "cd05": ("described45", _D, "Hanwha Aerospace and the Polish state group PGZ signed a framework agreement in "
             "Warsaw.", "right: Hanwha Aerospace-PGZ"),
    "cd06": ("described45", _D, "Poland and the South Korean firm Hanwha Aerospace signed a contract for 180 K9 "
             "howitzers.", "no Poland-South Korea tie (the demonym describes the firm)"),
    "cd07": ("described45", _D, "Kongsberg and the Australian navy signed a support deal for the NSM missiles.",
             "navy is no firm's description: unchanged"),
    "cd08": ("described45", _D, "The Turkish drone maker Baykar and Ukraine's Motor Sich signed a deal for engines.",
             "right: Baykar-Motor Sich; no Turkey, no Ukraine tie"),
    "cd09": ("described45", _D, "Embraer and the Indian group Mahindra said they would jointly offer the C-390 to "
             "India's air force.", "right: Embraer-Mahindra; no India"),
    "cd10": ("described45", _D, "German firm Rheinmetall and Lithuania signed a deal to build an ammunition plant.",
             "Rheinmetall-Lithuania; no Germany"),
    "cd11": ("described45", _D, "Turkey and the Italian company Leonardo signed a deal on helicopter engines.",
             "a state and a described firm: Turkey-Leonardo; no Italy"),
    "cd12": ("described45", _D, "Lockheed Martin and the Indian conglomerate Tata, which builds C-130J parts, signed "
             "a new deal.", "a described firm with a relative clause"),
    "cd13": ("described45", _D, "France and the German company it chose, Hensoldt, signed the radar contract.",
             "a description split by a relative clause"),
    "cd14": ("described45", _D, "Naval Group and the Brazilian shipbuilder that assembles its submarines signed a "
             "new contract.", "unnamed builder: no tie, no Brazil"),
    "cd15": ("described45", _D, "Thales and the French defence procurement agency DGA signed a contract for radars.",
             "agency is no firm noun: as int45"),
    "cd16": ("described45", _D, "Leonardo and the Turkish drone maker Baykar did not sign a deal in Rome, officials "
             "said.", "negated signing: no tie"),
    "cd17": ("described45", _D, "NATO states and the German firm Rheinmetall signed a framework deal for shells.",
             "a generic head beside a described firm: no pairwise tie"),
    "cd18": ("described45", _D, "Will Leonardo and the Turkish drone maker Baykar sign a joint venture deal?",
             "a question: no tie"),
    "cd19": ("described45", _D, "Leonardo and the Turkish drone maker Baykar will sign a joint venture deal next "
             "month.", "future signing (a planned tie; as other future joint signings)"),
    "cd20": ("described45", _D, "Japan, Britain and the Italian company Leonardo signed a deal on the GCAP fighter.",
             "three parties: Japan-Britain, each with Leonardo; no Italy"),
    # ---- evdate45: an event dated by its last or report day takes the first day another sentence tells -------------
    "ed01": ("evdate45", "2024-05-03", "Exercise Cope India 2024 ended on Friday at Kalaikunda, the Indian Air Force "
             "said. The latest round of trade talks between the two states began on Tuesday in Delhi.",
             "'the latest round' of talks is no round of the exercise: no Tuesday start"),
    "ed02": ("evdate45", "2024-11-18", "The Zhuhai Airshow closed on Sunday with a flypast. Chinese Premier Li Qiang "
             "opened the six-day event on Tuesday.", "right: 2024-11-12/2024-11-17"),
    "ed03": ("evdate45", "2024-11-18", "The Zhuhai Airshow closed on Sunday with a flypast. The governor opened the "
             "separate drone event in Shenzhen on Tuesday.", "another event's opening: no Tuesday start"),
    "ed04": ("evdate45", "2024-07-10", "Indian Prime Minister Narendra Modi ended his two-day visit to Moscow on "
             "Tuesday. He landed in Moscow on Monday evening.", "right: the visit 2024-07-08/2024-07-09"),
    "ed05": ("evdate45", "2024-06-20", "Vladimir Putin ended his visit to Pyongyang on Thursday. A North Korean "
             "fighter crash-landed at Wonsan on Tuesday after an engine failure.",
             "a landing of no guest: no Tuesday start"),
    "ed06": ("evdate45", "2025-08-05", "Exercise Talisman Sabre 2025 ended on Monday in Queensland. Talisman Sabre "
             "ran from July 13 across four states.", "right: 2025-07-13/2025-08-04"),
    "ed07": ("evdate45", "2025-08-05", "Exercise Talisman Sabre 2025 ended on Monday in Queensland. Exercise Talisman "
             "Sabre will run from July 2027 next time.", "a future run: no start"),
    "ed08": ("evdate45", "2025-06-27", "The NATO summit in The Hague ended on Wednesday. The latest round of Russian "
             "strikes on Kyiv began on Monday night.", "strikes' round: no Monday start of the summit"),
    "ed09": ("evdate45", "2024-05-03", "Border guards of Kyrgyzstan and Tajikistan traded fire again on Friday, "
             "officials said. The latest round began on Tuesday, when a patrol crossed the line.",
             "right: the fighting 2024-04-30/2024-05-03"),
    "ed10": ("evdate45", "2024-02-14", "The Singapore Airshow 2024 closed on Sunday. Organisers said Airbus launched "
             "the event's largest stand on Tuesday.", "an object of launching that is no event noun: no start"),
    "ed11": ("evdate45", "2025-03-10", "The Chinese navy steamed off Bali on Sunday as Indonesia opened a week of "
             "drills that will run until Saturday.", "a past Sunday (evdate45's clause fix)"),
    "ed12": ("evdate45", "2025-03-10", "Indonesia will host the Komodo exercise off Bali on Sunday, with drills that "
             "run until Saturday.", "a future Sunday stays future"),
    "ed13": ("evdate45", "2025-02-22", "The IDEX 2025 exhibition in Abu Dhabi closed on Friday. The UAE president "
             "opened the event on Monday.", "right: 2025-02-17/2025-02-21"),
    "ed14": ("evdate45", "2025-07-25", "Indian Prime Minister Narendra Modi ended his visit to London on Thursday. "
             "King Charles landed in Ottawa on Wednesday for his own visit.", "another guest's landing: no start"),
    "ed15": ("evdate45", "2025-06-23", "The Paris Air Show closed on Sunday. French President Emmanuel Macron opened "
             "the event on June 16.", "right: 2025-06-16/2025-06-22"),
    "ed16": ("evdate45", "2025-05-10", "Exercise Balikatan 2025 ended on Friday in the Philippines. The latest round of "
             "Chinese coast guard patrols near Scarborough Shoal began on Tuesday.",
             "patrols' round: no Tuesday start of the exercise"),
    "ed17": ("evdate45", "2024-08-03", "Exercise Pitch Black 2024 ended on Friday in Darwin. The exercise began on "
             "July 12.", "right: 2024-07-12/2024-08-02"),
    "ed18": ("evdate45", "2024-08-03", "Exercise Pitch Black 2024 ended on Friday in Darwin. The minister opened the "
             "new runway event at Tindal on Tuesday.", "another event opened: no Tuesday start"),
    # ---- heldin45: a particle the parser hangs a name on is a preposition ------------------------------------------
    "hi01": ("heldin45", "2025-07-20", "Navies gather\n\nJuly 12 - The Malabar exercise, which the four navies held off "
             "Guam in 2024, drew a dozen warships.", "right: Malabar HELD_IN Guam"),
    "hi02": ("heldin45", "2025-07-20", "The navies called off Exercise Sea Breeze 2025 near Odesa on Tuesday, citing "
             "drone threats.", "called off: Sea Breeze near Odesa (as int45), no particle place"),
    "hi03": ("heldin45", "2025-07-20", "Italian frigates fended off Houthi drones during Exercise Aspides in the Red Sea.",
             "a particle on common nouns: as int45"),
    "hi04": ("heldin45", "2025-07-20", "The Talisman Sabre exercise, which the allies staged off Queensland this week, "
             "drew 30,000 troops.", "right: HELD_IN Queensland"),
    "hi05": ("heldin45", "2025-07-20", "The exercise, which Beijing warned Manila off Scarborough Shoal before, went "
             "ahead in Subic Bay.", "warned X off Y: the exercise is held in Subic Bay, not off Scarborough Shoal"),
    "hi06": ("heldin45", "2025-07-20", "The Chinese carrier Shandong sailed off Taiwan on Monday as Exercise Strait "
             "Thunder began.", "a ship sailing off a coast: no new HELD_IN of the exercise off Taiwan"),
    "hi07": ("heldin45", "2025-07-20", "The RIMPAC exercise, which the US Navy kicked off Thursday, is held near Hawaii.",
             "a particle with a day: HELD_IN Hawaii only"),
    "hi08": ("heldin45", "2025-07-20", "Exercise Pitch Black 2024, which the Australian air force ran out of Darwin, "
             "drew 20 nations.", "right: HELD_IN Darwin ('out of' a base)"),
    "hi09": ("heldin45", "2025-07-20", "The Sea Breeze drill, which Russia warned off Crimea last year, resumed near "
             "Odesa.", "'warned off Crimea' is no holding: no HELD_IN Crimea"),
    "hi10": ("heldin45", "2025-07-20", "The drill was held off Okinawa on Friday, the Japanese navy said.",
             "plain 'held off': HELD_IN Okinawa (as int45)"),
    "hi11": ("heldin45", "2025-07-20", "Japan and the Philippines held their first joint drill off Palawan on Friday.",
             "plain: HELD_IN Palawan"),
    # ---- partof45 (e3dac56b): no told PART_OF of a service named by its state's modifier and a plain noun -------------
    "pc01": ("partof45", _D, "The Nigerian military said on Sunday it had killed 40 insurgents in Borno state.",
             "the body stays; no PART_OF (optional by ANNOTATION)"),
    "pc02": ("partof45", _D, "The Indian Navy commissioned the destroyer INS Surat in Mumbai on Friday.",
             "a service's own name: PART_OF India stays"),
    "pc03": ("partof45", _D, "Pakistan's army said on Sunday it had killed 12 militants near the Afghan border.",
             "a possessive: PART_OF Pakistan stays"),
    "pc04": ("partof45", _D, "The Nigerian army, the country's largest service, said it had killed 40 insurgents.",
             "the text ties it to its state in words of its own: PART_OF Nigeria required"),
    "pc05": ("partof45", _D, "Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second "
             "Thomas Shoal.", "no told PART_OF; the body stays (kept by drop_passing_services now)"),
    "pc06": ("partof45", _D, "A former US military officer, John Smith, said the drones were Iranian.",
             "'US military officer': a service in passing; a careless keep makes a junk body"),
    "pc07": ("partof45", _D, "Indian army chief General Upendra Dwivedi visited troops in Ladakh on Saturday.",
             "LEADS Indian Army stays; PART_OF optional"),
    "pc08": ("partof45", _D, "The Thai military, which answers to Thailand's defence ministry, sent troops to the "
             "border.", "tied in words of its own (Thailand's ministry): PART_OF Thailand or ministry"),
    "pc09": ("partof45", _D, "Turkish navy ships and Greek coast guard boats shadowed each other in the Aegean.",
             "two attributive services: no PART_OF, no junk"),
    "pc10": ("partof45", _D, "The ministry said Russian military planes violated Estonian airspace over Vaindloo.",
             "'Russian military planes': in passing; no junk body"),
    # ---- operates45: catalogued users (a type referred back to, holder words, denials by clause, 29 rows) ---------
    "op01": ("operates45", _D, "Norway retired its last F-16 jets in 2022. Romania bought 32 of the jets.",
             "right: Romania OPERATES F-16 (a referred type)"),
    "op02": ("operates45", _D, "Washington approved the sale of F-16 jets to Turkey. Greece objected to the jets.",
             "objecting to a sale: no Greece OPERATES F-16 from this sentence"),
    "op03": ("operates45", _D, "Russia launched 150 Shahed-136 drones at Kyiv overnight, Ukraine's air force said.",
             "right: Russia OPERATES Shahed-136 (row)"),
    "op04": ("operates45", "2024-09-12", "Iran has sent Fath-360 missiles to Russia, the US secretary of state said.",
             "right: Russia OPERATES Fath-360; no Iran OPERATES"),
    "op05": ("operates45", _D, "Poland will not buy more F-35 jets, and Dutch F-35s escorted Russian bombers over the "
             "North Sea.", "denied: no Poland OPERATES F-35 from it; Netherlands holds"),
    "op06": ("operates45", _D, "Poland flies F-16 jets, though officials did not say how many.",
             "right: a denial of another clause: Poland OPERATES F-16"),
    "op07": ("operates45", _D, "Royal Canadian Air Force CF-18 jets intercepted two Russian bombers near Alaska.",
             "no United States OPERATES CF-18 (another's holder word)"),
    "op08": ("operates45", _D, "US Air Force F-16 and F-35 fighters flew with Polish F-16 jets over Lask.",
             "Poland OPERATES F-16; no Poland OPERATES F-35 from this sentence"),
    "op09": ("operates45", _D, "Serbia showed its Russian Pantsir-S1 systems at a parade in Belgrade.",
             "right: Serbia OPERATES Pantsir ('Russian' names the maker)"),
    "op10": ("operates45", _D, "Turkey has flown the F-16 since 1987, and Jordan's air force also keeps the jet.",
             "right: both hold it; another state's holding no longer drops"),
    "op11": ("operates45", _D, "Argentina bought F-16 jets from Denmark. The F-16s will give the Argentine Air Force "
             "its first supersonic fighters in a decade.", "right: Argentine Air Force OPERATES F-16"),
    "op12": ("operates45", _D, "Washington sold F-16 jets to Taiwan, and Pakistan protested against the deal for the "
             "jets.", "a protest: no Pakistan OPERATES F-16 from this sentence"),
    "op13": ("operates45", _D, "Swedish Archer howitzers reached Ukraine's army in May.",
             "right: Ukraine's army/Ukraine OPERATES Archer ('Swedish' names the maker)"),
    "op14": ("operates45", _D, "Danish-funded Archer howitzers reached Ukraine's army in May.",
             "Denmark funds, Ukraine holds: Ukraine OPERATES Archer; no Denmark"),
    "op15": ("operates45", _D, "Belgian F-16 jets will reach Ukraine before the summer, the Belgian minister said.",
             "Ukraine OPERATES F-16 (delivered/ordered); Belgium holds its own"),
    "op16": ("operates45", _D, "Mali's junta showed its Akinci drones at a parade in Bamako.",
             "right: Mali OPERATES Akinci (row)"),
    "op17": ("operates45", _D, "Indian Il-78 tankers refuelled French Rafale jets during Exercise Garuda.",
             "right: India OPERATES Il-78; France OPERATES Rafale; no India OPERATES Rafale from it"),
    "op18": ("operates45", _D, "Hungary received its first H225M helicopters on Friday, and Kuwait flies the same "
             "type.", "right: Hungary and Kuwait OPERATES H225M"),
    "op19": ("operates45", _D, "Sweden offered the Gripen to Colombia last year. Colombia turned it down and chose "
             "the Rafale.", "a refused type: no Colombia OPERATES Gripen"),
    "op20": ("operates45", _D, "The T-72 tanks Russia lost near Kursk were captured and are now used by Ukraine's "
             "army.", "Ukraine's army OPERATES T-72 (row); Russia too (world), not 'lost' alone"),
    "op21": ("operates45", _D, "Serbian crews train on Russian Pantsir-S1 systems near Belgrade.",
             "Serbia holds the Pantsir: a maker's word ('Russian') should not block it"),
    "op22": ("operates45", _D, "Israel used F-16 jets in the strike on Sanaa. Turkey condemned the use of the jets.",
             "a referred type with a condemning state: no Turkey OPERATES F-16 from this sentence"),
    "op23": ("operates45", _D, "Lockheed Martin showed the F-16 Block 70 in Greenville. Bulgaria has ordered it.",
             "right: Bulgaria OPERATES F-16 (Block 70) ordered/delivered (a type referred back to by 'it')"),
    "op24": ("operates45", _D, "Ukraine said it destroyed a Russian S-300 launcher near Belgorod.",
             "no Ukraine OPERATES S-300 from it"),
    # ---- backlog45: fixes of older wrong readings ---------------------------------------------------------------
    "bk01": ("backlog45", _D, "Nor is Serbia a member of NATO, the minister added.", "right: no Serbia MEMBER_OF NATO"),
    "bk02": ("backlog45", _D, "Is Turkey still a reliable member of NATO?",
             "a question presupposing membership: Turkey MEMBER_OF NATO (arguable)"),
    "bk03": ("backlog45", _D, "Norway welcomed Albania's progress towards membership of the European Union.",
             "right: no Norway MEMBER_OF EU"),
    "bk04": ("backlog45", "2024-03-12", "Georgia congratulated Sweden on its accession to NATO on Thursday.",
             "right: Sweden MEMBER_OF NATO; no Georgia"),
    "bk05": ("backlog45", "2024-03-12", "Sweden celebrated its accession to NATO in Stockholm on Monday.",
             "right: Sweden MEMBER_OF NATO ('its' is the subject's)"),
    "bk06": ("backlog45", "2024-01-02", "Argentina declined an invitation to join BRICS, but Egypt joined the bloc on "
             "Monday.", "no Argentina MEMBER_OF BRICS; Egypt MEMBER_OF BRICS"),
    "bk07": ("backlog45", "2025-01-08", "Indonesia accepted an invitation to join BRICS on Monday.",
             "an accepted invitation: Indonesia MEMBER_OF BRICS"),
    "bk08": ("backlog45", _D, "India refused a request to supply BrahMos missiles to Vietnam.",
             "a refused supply: no India SUPPLIES Vietnam"),
    "bk09": ("backlog45", _D, "Russia trained Indian pilots to fly the Su-30MKI in the 2000s.",
             "India OPERATES Su-30MKI; no Russia OPERATES from 'trained'"),
    "bk10": ("backlog45", _D, "Germany sent its own soldiers to operate the Patriot battery in Rzeszow.",
             "the soldiers are Germany's: Germany OPERATES Patriot"),
    "bk11": ("backlog45", _D, "The US trained Ukrainian troops to operate Patriot systems at a base in Germany.",
             "Ukraine OPERATES Patriot; no US OPERATES from it"),
    "bk12": ("backlog45", _D, "The frigates will be built by Fincantieri, not Naval Group, the navy said.",
             "Fincantieri MANUFACTURES; no Naval Group"),
    "bk13": ("backlog45", _D, "The K2 tank is built by Hyundai Rotem, but not its engine, which comes from Germany.",
             "', but not its engine': Hyundai Rotem MANUFACTURES K2 stays"),
    "bk14": ("backlog45", _D, "France sold its Gowind corvettes design to Egypt in 2014.",
             "a design sold: no France OPERATES Gowind"),
    "bk15": ("backlog45", _D, "France sold its Mistral ships to Egypt in 2016 after the Russian deal collapsed.",
             "ships, no design: Egypt OPERATES Mistral; France SUPPLIES Egypt"),
    "bk16": ("backlog45", _D, "India and Pakistan ran a joint campaign against polio in Kashmir.",
             "no India-Pakistan conflict from the campaign"),
    "bk17": ("backlog45", _D, "Israel's campaign against Hezbollah in Lebanon entered its second month.",
             "a campaign against a side: Israel IN_CONFLICT_WITH Hezbollah stays"),
    "bk18": ("backlog45", _D, "The May 9 parade will be smaller this year, the Kremlin said.",
             "parade dated 2025-05-09 (ahead of the report)"),
    "bk19": ("backlog45", "2025-05-12", "The May 9 parade drew 11,000 troops to Red Square, officials said.",
             "right: parade 2025-05-09"),
}
