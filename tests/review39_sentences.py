"""Invented defence-news probes of session 39's merged rules (review39) -> (branch, published, text, what to look
at). None is copied from a development article; names of firms, states, places and people are public ones used in
made-up statements."""
from __future__ import annotations

_D = "2025-03-10"

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- rivalry39: catalogued rivalries with a conflict or rivalry word -> IN_CONFLICT_WITH
    "rv01": ("rivalry39", _D, "Greece and Turkey joined a NATO exercise in the eastern Mediterranean on Monday.",
             "allies in one drill"),
    "rv02": ("rivalry39", _D, "The foreign ministers of Greece and Turkey met in Ankara and agreed to cut the number "
             "of military exercises in the Aegean.", "talks that reduce drills"),
    "rv03": ("rivalry39", _D, "Japan and China agreed at the summit in Lima to set up a hotline to reduce the threat "
             "of accidents at sea.", "a hotline agreed at a summit"),
    "rv04": ("rivalry39", _D, "Algeria and Morocco both claimed the African football cup was theirs after the "
             "final in Rabat.", "'claim' about football"),
    "rv05": ("rivalry39", _D, "Serbia and Kosovo signed an energy deal in Brussels despite pressure from "
             "nationalists at home.", "pressure from third parties"),
    "rv06": ("rivalry39", _D, "Pakistan and Afghanistan fear a new wave of floods this summer, the UN said.",
             "shared fear of floods"),
    "rv07": ("rivalry39", _D, "China and Vietnam held joint coast guard drills in the Gulf of Tonkin to fight "
             "smuggling.", "joint drills"),
    "rv08": ("rivalry39", _D, "Guyana and Venezuela pledged at talks in Saint Vincent not to threaten each other or "
             "use force.", "a pledge of no threat (negation)"),
    "rv09": ("rivalry39", _D, "Japan and Russia face a common threat from rising sea levels, scientists warned.",
             "a common threat that is no hostility"),
    "rv10": ("rivalry39", _D, "North Korea's leader said the drills held by South Korea and the United States were "
             "a provocation.", "true: provocation by the rival"),
    "rv11": ("rivalry39", _D, "China stepped up military pressure on Taiwan, sending 40 aircraft across the median "
             "line.", "true: pressure on Taiwan"),
    "rv12": ("rivalry39", _D, "Venezuela renewed its claim to the Essequibo region of Guyana on Sunday.",
             "true: territorial claim"),
    "rv13": ("rivalry39", _D, "Greek officials accused Turkey of harassment after Turkish jets flew over Greek "
             "islands.", "true: harassment"),
    "rv14": ("rivalry39", _D, "South Korea and Japan held talks on deterrence against North Korea.",
             "the talking pair (SK-Japan) is no rivalry; Japan-NK and SK-NK are the deterrence's"),
    "rv15": ("rivalry39", _D, "Tourists from China and Japan crowded the beaches of Bali, while the island's "
             "police warned of pickpocket threats.", "tourists, a threat of crime"),
    "rv16": ("rivalry39", _D, "Israel and Syria both sent rescue teams to Turkey after the earthquake, a rare "
             "exercise in cooperation.", "'exercise in cooperation'"),
    "rv17": ("rivalry39", "2020-06-01", "Eritrea and Ethiopia celebrated the second anniversary of their peace deal, "
             "with no threat on the border.", "a dated gap in the rivalry (2018-2023) and negation"),
    "rv18": ("rivalry39", _D, "Iran's foreign minister met his US counterpart in Oman for talks on the nuclear "
             "threat.", "talks between rivals"),
    "rv19": ("rivalry39", _D, "Greece and Turkey signed a declaration of friendship in Athens, pledging to avoid "
             "provocations in the Aegean.", "a pledge to avoid provocations"),
    # ---- maker39: supply.py named_makers within 7 steps for a firm's nearest catalogued goods; licensed makers
    "mk01": ("maker39", _D, "Colombia picked the Gripen over the F-16 after Lockheed Martin refused to cut its "
             "price.", "a rival bidder near the winner's goods"),
    "mk02": ("maker39", _D, "The Indian Air Force's MiG-21 jets will be retired this year, while Hindustan "
             "Aeronautics focuses on the Tejas.", "licensed maker beside a retiring type (true by catalogue?)"),
    "mk03": ("maker39", _D, "Poland said its F-16 fleet would be kept flying by a new support contract with "
             "Lockheed Martin.", "true: the maker as maintainer of its own type"),
    "mk04": ("maker39", _D, "Airbus lost the Indian transport tender to Tata Advanced Systems, which will assemble "
             "56 C295 aircraft in Vadodara.", "licensed assembler true; Airbus true by catalogue"),
    "mk05": ("maker39", _D, "Greece will upgrade its Leopard 2 tanks with help from Rheinmetall rather than KNDS "
             "Deutschland, officials said.", "an upgrader that is not the maker (Rheinmetall) and the maker"),
    "mk06": ("maker39", _D, "Brazil's air force received its first Gripen assembled by Embraer at Gaviao Peixoto.",
             "true: licensed assembler"),
    "mk07": ("maker39", _D, "Indonesia ordered two Scorpène submarines, which PT PAL will build in Surabaya.",
             "true: licensed builder"),
    "mk08": ("maker39", _D, "Saab chief executive Micael Johansson said the Gripen had lost Switzerland to the "
             "F-35 made by Lockheed Martin.", "rival bidders in one sentence"),
    "mk09": ("maker39", _D, "Dassault Aviation, which builds the Rafale, said it would bid for the Swiss contract "
             "against Lockheed Martin's F-35 and the Eurofighter Typhoon.", "Dassault not Typhoon's maker"),
    "mk10": ("maker39", _D, "Of the 60 Black Hawk helicopters Sweden ordered, 40 are on order from Sikorsky and "
             "the rest come from a Polish plant.", "true: far maker of its nearest goods"),
    "mk11": ("maker39", _D, "Hanwha Aerospace, whose K9 Thunder howitzer Poland bought, said a new plant in "
             "Australia would also service the country's M777 guns.", "maker's goods and other goods"),
    "mk12": ("maker39", _D, "The Indian Navy's Scorpène boats were built by Mazagon Dock Shipbuilders under a "
             "licence from Naval Group.", "true: licensed builder and licensor"),
    "mk13": ("maker39", _D, "Rheinmetall's Lynx lost the Australian infantry vehicle contest to the Redback "
             "offered by Hanwha Aerospace.", "each firm its own vehicle"),
    "mk14": ("maker39", _D, "Ukraine has asked KNDS Deutschland for more PzH 2000 howitzers and spare barrels for "
             "the Leopard 2 tanks it got from Spain.", "true: maker of both types"),
    # ---- junk39: document_names.py (document-like bodies dropped); unit_people.py (institution-like people)
    "dn01": ("junk39", _D, "The Commission on the National Defense Strategy, based in Washington, said the "
             "United States was unprepared for a two-front war.", "a real body named like a document"),
    "dn02": ("junk39", _D, "Saudi Arabia's Vision 2030 calls for half of military spending to be local by the "
             "end of the decade.", "true: a plan dropped as body"),
    "dn03": ("junk39", _D, "Australia's Defence Strategic Update of 2020 cut warning time for a major conflict.",
             "true: a document"),
    "dn04": ("junk39", _D, "The Directorate General for International Relations and Strategy at the French armed "
             "forces ministry in Paris published a study on drones.", "a real directorate ending in 'strategy'"),
    "dn05": ("junk39", _D, "Philippine President Ferdinand Marcos signed Republic Act 11939, the Self-Reliant "
             "Defense Posture Revitalization Act, in Manila.", "true: laws as documents"),
    "dn06": ("junk39", _D, "The Office of the Under Secretary of Defense for Policy in Washington will review "
             "the AUKUS agreement.", "a real office ending 'Policy'; AUKUS agreement"),
    "dn07": ("junk39", _D, "Japan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday.",
             "true: an agreement is no body"),
    "dn08": ("junk39", _D, "The Malaysian Defence White Paper of 2019 named the South China Sea as the main "
             "concern.", "true: a white paper"),
    "dn09": ("junk39", _D, "The Strategic Policy Division of New Zealand's defence ministry in Wellington "
             "drafted the plan.", "a real division (head 'division', not dropped)"),
    "dn10": ("junk39", _D, "Ukraine's Ministry of Strategic Industries and Britain's Defence Equipment and "
             "Support agency agreed on a joint venture.", "real bodies"),
    "dn11": ("junk39", _D, "Foreign Policy, the Washington magazine, reported that the Pentagon had paused "
             "arms shipments to Ukraine.", "a real magazine named like a document"),
    "dn12": ("junk39", _D, "Defense Update, an Israeli defence news site based in Tel Aviv, said the Iron Dome "
             "had intercepted most rockets.", "a real news site named like a document"),
    "up01": ("junk39", _D, "Colonel Pierre Bureau, who commands the French contingent in Estonia, said the "
             "troops were ready.", "a person surnamed Bureau"),
    "up02": ("junk39", _D, "The Defence Services Staff College in Wellington trains officers from 30 countries, "
             "its commandant said.", "true: a college is no person"),
    "up03": ("junk39", _D, "Under-Secretary for Political Affairs Allison Hooker met South Korean officials in "
             "Seoul.", "true: person is Allison Hooker, not 'Political Affairs'"),
    "up04": ("junk39", _D, "Gianluca Navali, chief executive of Fincantieri, said the frigates would be "
             "delivered on time.", "a person surnamed Navali"),
    "up05": ("junk39", _D, "Brigadier James Council of the Australian Army led the training team in Papua New "
             "Guinea.", "a person surnamed Council"),
    "up06": ("junk39", _D, "Admiral Tony Radakin addressed cadets at the Britannia Royal Naval College on "
             "Friday.", "true: the college is no person"),
    "up07": ("junk39", _D, "Spain's Pedro Navales, director of Navantia's submarine programme, visited the "
             "shipyard in Cartagena.", "a person surnamed Navales"),
    "up08": ("junk39", _D, "The Tokyo Stock Exchange said shares of Mitsubishi Heavy Industries rose after the "
             "frigate deal.", "true: exchange is no person"),
    # ---- bloc39: bloc_fit.py, member_nouns.py, descriptions.py "that bloc"
    "bl01": ("bloc39", _D, "Sweden joined NATO in 2024 after decades in the European Union. The bloc has since "
             "agreed new sanctions on Russia.", "'the bloc' with two blocs named"),
    "bl02": ("bloc39", _D, "Hungary, the other ally of Moscow in Europe, blocked the aid package.",
             "an ally of Moscow (owned)"),
    "bl03": ("bloc39", _D, "NATO leaders met in The Hague. Hungary, the other ally yet to approve the plan, "
             "sent its foreign minister.", "true: the other ally"),
    "bl04": ("bloc39", _D, "The European Union named new sanctions. Serbia, a close ally of Russia, refused to "
             "join them.", "an ally of another state"),
    "bl05": ("bloc39", _D, "NATO ministers met in Brussels. Five allies pledged air defence systems: Patriots "
             "from Germany, the Netherlands and Romania and a SAMP/T from Italy and France.",
             "true: five allies named"),
    "bl06": ("bloc39", _D, "The African Union met in Addis Ababa. Ukraine, the newest ally of Kenya in the fight "
             "against piracy, sent an envoy.", "'newest ally' of another state"),
    "bl07": ("bloc39", _D, "The CSTO and the Shanghai Cooperation Organisation both met in Astana. Tajikistan "
             "said it would stay in that bloc.", "'that bloc' with two blocs: Tajikistan in both"),
    "bl08": ("bloc39", _D, "The EU and NATO held talks in Brussels. Turkey, which is not a member of the union, "
             "attended.", "denied membership"),
    "bl09": ("bloc39", _D, "ASEAN ministers met in Vientiane. Timor-Leste, the would-be member, sent observers.",
             "a would-be member"),
    "bl10": ("bloc39", _D, "The G7 summit opened in Canada. Italy, the other member that hosted last year, "
             "brought a plan for Africa.", "true: member of the G7"),
    "bl11": ("bloc39", _D, "NATO warned Russia after the drone attack. Moldova, a partner but not an ally, asked "
             "for help.", "'not an ally'"),
    "bl12": ("bloc39", _D, "The Quad met in Tokyo while the CSTO met in Minsk. India, a founding member, hosted a "
             "dinner.", "founding member with two blocs named"),
    "bl13": ("bloc39", _D, "The European Union and NATO both condemned the strike. Finland, which became the "
             "31st member in 2023, sent troops.", "true: 31st member is NATO's"),
    "bl14": ("bloc39", _D, "NATO held a summit in Vilnius. Four allies, Estonia, Latvia, Lithuania and Poland, "
             "asked for more troops.", "true: four allies listed"),
    "bl15": ("bloc39", _D, "The Arab League met in Cairo. Iraq, the other ally of Iran at the table, "
             "abstained.", "ally of Iran"),
    "bl16": ("bloc39", _D, "Japan and the United States are close allies. Five allies of Washington in Asia took "
             "part in the talks in Manila.", "'five allies of Washington'"),
    "bl17": ("bloc39", _D, "ECOWAS leaders met in Abuja. Mali, Burkina Faso and Niger, all former members, said "
             "they would not attend.", "former members"),
    "bl18": ("bloc39", _D, "NATO and the EU both sent envoys. Austria, the other member that stayed neutral, "
             "sent none.", "'the other member' - EU (Austria not NATO)"),
    # ---- operators39: operators.csv + catalogued_users.py
    "op29": ("operators39", _D, "Poland hosted the MSPO arms fair in Kielce, where Hyundai Rotem showed the K2 "
             "Black Panther tank.", "host of a fair"),
    "op01": ("operators39", _D, "Ukraine shot down a Russian Su-25 attack jet near Pokrovsk.",
             "the shooter operates the type too"),
    "op02": ("operators39", _D, "Greece accused Turkey of sending F-16 fighters into its airspace over the "
             "Aegean.", "accuser and intruder both F-16 users"),
    "op03": ("operators39", _D, "The United Arab Emirates hosted the Dubai Airshow, where the Rafale and the F-16 "
             "were displayed.", "host of a show"),
    "op04": ("operators39", _D, "Egypt hosted the EDEX arms fair in Cairo, where Hanwha showed the K9 Thunder.",
             "host of a fair"),
    "op05": ("operators39", _D, "Israel struck Syrian air defences, destroying an S-300 battery near Damascus.",
             "attacker of the type; Syria true?"),
    "op06": ("operators39", _D, "Azerbaijani Bayraktar TB2 drones destroyed Armenian Su-25 jets on the ground.",
             "Azerbaijan operates TB2 (true) and Su-25 (not here)"),
    "op07": ("operators39", _D, "Norway sold 32 of its retired F-16 jets to Romania.",
             "seller; Romania true"),
    "op08": ("operators39", _D, "The Netherlands donated its F-16s to Ukraine after Romania trained the pilots.",
             "trainer state"),
    "op09": ("operators39", _D, "Poland wants to build Patriot missiles under licence, Warsaw said.",
             "true-ish: Poland operates Patriot"),
    "op10": ("operators39", _D, "Slovakia, Bulgaria and Taiwan have received their first F-16 Block 70 jets.",
             "true: listed users"),
    "op11": ("operators39", _D, "An Indian Rafale crashed in Greece during a joint exercise.",
             "place 'in Greece'"),
    "op12": ("operators39", _D, "Qatar's emir watched a Rafale display in Paris with President Macron.",
             "Qatar's emir (no operator reading here)"),
    "op13": ("operators39", _D, "Ukraine said it destroyed a Russian S-300 launcher in the Belgorod region.",
             "attacker operates S-300 too"),
    "op14": ("operators39", _D, "Greece and Turkey both operate the F-16, and Athens will add the F-35.",
             "true: both operate; Greece F-35"),
    "op15": ("operators39", _D, "Pakistan claimed its JF-17s shot down an Indian MiG-29 over Kashmir.",
             "Pakistan and the MiG-29"),
    "op16": ("operators39", _D, "Iran supplied Russia with drones, while Russia sent Su-35 jets and MiG-29 "
             "trainers to Iran.", "Iran receiving (MiG-29 user)"),
    "op17": ("operators39", _D, "Serbia's MiG-29s flew over Belgrade for the parade, watched by the Hungarian "
             "defence minister.", "true: Serbia; Hungary watching"),
    "op18": ("operators39", _D, "Sweden offered the Gripen to Thailand, which already flies the type, and to "
             "Colombia.", "true: Thailand; Colombia offered"),
    "op19": ("operators39", _D, "Egypt is a Rafale user, but France turned down its request for Meteor "
             "missiles.", "true: Egypt Rafale; Meteor refused"),
    "op20": ("operators39", _D, "Chinese hackers stole F-35 design data from contractors in Australia and Japan.",
             "victims of espionage as F-35 users"),
    "op21": ("operators39", _D, "Turkey was expelled from the F-35 programme after it bought the S-400 from "
             "Russia.", "expelled from F-35 (no user)"),
    "op22": ("operators39", _D, "Japan protested after a Chinese drone approached a Patriot site on Okinawa.",
             "protester near a site"),
    "op23": ("operators39", _D, "Germany will build a HIMARS plant for Lockheed Martin, while Estonia fired its "
             "HIMARS for the first time.", "Estonia true; Germany not a user"),
    "op24": ("operators39", _D, "Kazakhstan wants to replace its Su-25s and MiG-29s with new Turkish drones.",
             "true: retiring-soon types held"),
    "op25": ("operators39", _D, "Venezuela's Su-30 jets shadowed a US bomber, the Pentagon said.",
             "true: Venezuela Su-30"),
    "op26": ("operators39", _D, "The Czech Republic will sell its old Gripen simulators to Hungary, which is also "
             "leasing new C-390 transports.", "seller Czech; Hungary true C-390"),
    "op27": ("operators39", _D, "Ukrainian pilots train on F-16s in Romania and Denmark.",
             "training places"),
    "op28": ("operators39", _D, "A Turkish court jailed a man who photographed F-16 jets at Incirlik for Greek "
             "intelligence.", "spying for Greece"),
}
