"""Invented defence-news probes of session 47's branches (review47) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``ties47`` (passes/member_ties.py ``drop_universal_memberships``: no text
MEMBER_OF the United Nations, ``membership.universal_bodies`` in cues.yaml), ``speed47`` (text/metadata.py
``_plain``: "4 March 2024", "March 4, 2024", "March 2024" read without dateparser; ``warm_dates`` at pipeline build; 7f5353d5: token walks cut to the words they look for), ``events47``
(entities/resolve.py: an unnamed attack, raid or assault told twice is the article's Event, ``weak_event_nouns``),
``catalogue47`` (mentions/component.py ``_company_branches``/``_branch_words``: a firm + up to two name words + a
country is one firm; entities/canon.py keeps it apart from its parent; mentions/nlp.py ``class_forms``: "X-class"
and "X class" of every catalogued class row); ties47 d69b5a48 (confirmed_membership.py ``_lone_member_in``).
Probes of ``speed47`` carry no published date: their date is the one the text's head gives (``DATELINES`` holds the
bare date strings they are read from, compared with int47's dateparser reading)."""
from __future__ import annotations

_D = "2025-11-17"  # a Monday

PROBES: dict[str, tuple[str, str | None, str, str]] = {
    # ---- ties47: no MEMBER_OF the United Nations from the text -------------------------------------------------
    "ti01": ("ties47", _D, "North Korea remains under United Nations sanctions over its ballistic missile tests, South "
             "Korea's Joint Chiefs of Staff said.", "right: no MEMBER_OF UN (sanctions)"),
    "ti02": ("ties47", _D, "Nepal has more than 5,000 troops under UN command in Lebanon and South Sudan.",
             "right: no MEMBER_OF UN; a UN mission tie (COOPERATES_WITH) not lost"),
    "ti03": ("ties47", _D, "Japan, a non-permanent member of the UN Security Council, called for an emergency session "
             "on Sudan.", "MEMBER_OF the Security Council (a body of its own) kept if int47 read it"),
    "ti04": ("ties47", _D, "Indonesia is a founding member of ASEAN and a member of the United Nations.",
             "list: MEMBER_OF ASEAN kept; UN gone (optional)"),
    "ti05": ("ties47", _D, "Fiji sent 170 more soldiers to the United Nations Disengagement Observer Force in the Golan "
             "Heights on Saturday.", "a UN force: its tie kept (COOPERATES_WITH or PARTICIPATED_IN), no MEMBER_OF UN"),
    "ti06": ("ties47", _D, "Russia and China, both permanent members of the Security Council, blocked the resolution "
             "on Myanmar.", "right: no MEMBER_OF UN"),
    "ti07": ("ties47", _D, "Kosovo is not a member of the United Nations, and Serbia is working to block its bid.",
             "negation: no MEMBER_OF"),
    "ti08": ("ties47", _D, "UN Secretary-General Antonio Guterres attended the African Union summit in Addis Ababa on "
             "Sunday.", "right: no MEMBER_OF AU for the UN; Guterres LEADS UN kept"),
    "ti09": ("ties47", _D, "The United Nations and the European Union are members of the Quartet on the Middle East "
             "with the United States and Russia.", "the UN as a member (source) is not the target the rule drops"),
    "ti10": ("ties47", _D, "South Sudan joined the United Nations in 2011 and the African Union the same year.",
             "right: MEMBER_OF AU kept; UN gone (optional)"),
    "ti11": ("ties47", _D, "Sweden became the 32nd member of NATO in March 2024, while Switzerland, a UN member since "
             "2002, stays outside the alliance.", "right: Sweden MEMBER_OF NATO kept; no Switzerland NATO"),
    "ti12": ("ties47", _D, "Rwanda works closely with the United Nations in the Central African Republic, where 2,000 "
             "Rwandan troops serve under UN command.", "COOPERATES_WITH UN (security) must not go with the membership"),
    "ti13": ("ties47", _D, "Ghana, a member of ECOWAS and the United Nations, has trained with the UN for decades.",
             "list: MEMBER_OF ECOWAS kept; COOPERATES_WITH UN (trained) kept"),
    "ti14": ("ties47", _D, "UN members vote to condemn Pyongyang's latest missile launch",
             "headline: no MEMBER_OF UN"),
    "ti15": ("ties47", _D, "Brazil, a UN member, is also a member of BRICS and Mercosur.",
             "list: BRICS and Mercosur kept"),
    "ti16": ("ties47", _D, "Bangladesh, which has the most peacekeepers in UN missions, signed a training agreement with "
             "the United Nations on Monday.", "COOPERATES_WITH UN (agreement) kept"),
    "ti17": ("ties47", _D, "Palestine, a non-member observer state of the United Nations, asked the General Assembly "
             "to vote on full membership.", "no MEMBER_OF; no member status from 'non-member'"),
    "ti18": ("ties47", _D, "Kazakhstan, a member of the Collective Security Treaty Organization, sent officers to a UN "
             "mission in the Golan Heights.", "CSTO membership kept beside the UN"),
    "ti19": ("ties47", _D, "Tuvalu joined the U.N. in 2000 and the Commonwealth the same year.",
             "right: no MEMBER_OF UN from 'U.N.'; Commonwealth kept"),
    "ti20": ("ties47", _D, "Malawi was elected a member of the UN Human Rights Council for three years on Tuesday.",
             "a UN body's membership is not the UN's: kept if int47 read it"),
    "ti21": ("ties47", _D, "Finland and Sweden, members of the United Nations, the European Union and NATO, held a "
             "naval drill in the Baltic.", "list: EU and NATO kept"),
    # ---- ties47 d69b5a48: a noun in one bloc, in a sentence naming one member state, is that state's membership ----
    "tl01": ("ties47", _D, "Canada, the lowest spender in NATO, promised on Monday to reach 2 per cent of GDP by 2027.",
             "right: Canada MEMBER_OF NATO"),
    "tl02": ("ties47", _D, "Nigeria, the largest army in ECOWAS, sent 200 more troops to Gambia.",
             "right: Nigeria MEMBER_OF ECOWAS"),
    "tl03": ("ties47", _D, "Vietnam has become the most vocal claimant in ASEAN over the South China Sea.",
             "right: Vietnam MEMBER_OF ASEAN"),
    "tl04": ("ties47", _D, "Kazakhstan, the largest economy in the CSTO, declined to send troops to Armenia.",
             "right: Kazakhstan MEMBER_OF CSTO (Armenia not)"),
    "tl05": ("ties47", _D, "Finland, which has the longest land border in NATO with Russia, ordered more HIMARS "
             "launchers.", "right: Finland MEMBER_OF NATO (relative clause); Russia none"),
    "tl06": ("ties47", _D, "Hungary, the most Russia-friendly government in the EU, blocked the aid package on "
             "Tuesday.", "right: Hungary MEMBER_OF EU"),
    "tl07": ("ties47", _D, "Ukraine hopes for a future in NATO, Poland's president Andrzej Duda said in Warsaw.",
             "near miss: Poland only speaks: no Poland MEMBER_OF NATO stated"),
    "tl08": ("ties47", _D, "Japan met its partners from NATO countries in Brussels on Monday, Germany's defence ministry "
             "said.", "near miss: a non-member's partners, a member speaking: no Germany MEMBER_OF NATO stated"),
    "tl09": ("ties47", _D, "Russia wants to sow division in NATO, Estonia's prime minister Kristen Michal said.",
             "near miss: Russia's aim, Estonia speaks: no Estonia MEMBER_OF NATO stated"),
    "tl10": ("ties47", _D, "If Ukraine joined, it would have the largest army in NATO, Britain's defence secretary said.",
             "hypothetical about a non-member: no UK MEMBER_OF NATO"),
    "tl11": ("ties47", "2023-06-01", "Sweden hopes to become the 32nd country in NATO by July, a Finnish official "
             "said.", "dated: Sweden not yet a member; Finland only speaks"),
    "tl12": ("ties47", _D, "Armenia has frozen its participation in the CSTO and skipped the bloc's summit in Minsk.",
             "frozen: MEMBER_OF suspended (fb07), not a plain member"),
    "tl13": ("ties47", _D, "The biggest armies in NATO belong to the United States, Turkey, France and Germany.",
             "list: the rule (one state) must not pick one of four"),
    "tl14": ("ties47", _D, "Serbia, the only country in the Balkans outside NATO besides Bosnia, bought Chinese FK-3 "
             "missiles, Croatia's defence minister said.", "negation by 'outside': no Croatia or Serbia MEMBER_OF"),
    "tl15": ("ties47", _D, "Is Turkey still a reliable voice in NATO after buying the S-400?",
             "question: Turkey MEMBER_OF NATO presupposed (right or optional)"),
    "tl16": ("ties47", _D, "Brazil's Embraer has become the biggest aircraft supplier in NATO after Portugal and the "
             "Netherlands bought the C-390.", "maker's state not a member: no Brazil; Portugal/Netherlands two: none"),
    # ---- speed47: the head's written date read without dateparser ---------------------------------------------
    "sp01": ("speed47", None, "ABUJA, 4 March 2024 - Nigeria's air force took delivery of two more A-29 Super Tucano "
             "aircraft on Monday.", "published 2024-03-04"),
    "sp02": ("speed47", None, "Vietnam buys Indian patrol boats\n\nHANOI, March 4, 2024 (Wire) - Vietnam signed for "
             "12 patrol boats from Larsen & Toubro.", "published 2024-03-04"),
    "sp03": ("speed47", None, "Published: 12th February 2025\n\nChile's navy retired the frigate Almirante Williams on "
             "Friday.", "published 2025-02-12"),
    "sp04": ("speed47", None, "Date: March 2025\n\nPeru's air force said its MiG-29 fleet would fly until 2030.",
             "published 2025-03 (month only)"),
    "sp05": ("speed47", None, "NAIROBI, 31 April 2024 - Kenya ordered six Bayraktar TB2 drones.",
             "no such day: dateparser's answer, no crash"),
    "sp06": ("speed47", None, "Date: 4 MARCH 2024\n\nMongolia hosted the Khaan Quest exercise near Ulaanbaatar.",
             "upper-case month: dateparser path, same answer"),
    "sp07": ("speed47", None, "Date: Sept. 9, 2025\n\nThe Philippine Navy commissioned the frigate BRP Miguel "
             "Malvar.", "abbreviated month: dateparser path, 2025-09-09"),
    "sp08": ("speed47", None, "Date: 9 September, 2025\n\nThe Philippine Navy commissioned the frigate BRP Diego "
             "Silang.", "comma after the month: dateparser path, 2025-09-09"),
    # ---- speed47 7f5353d5: token walks cut to the words they look for (must read as int47) ------------------------
    "sw01": ("speed47", _D, "Poland signs deal for 96 Apache helicopters\n\nPoland signed a $10bn deal on Monday for 96 "
             "AH-64E Apache helicopters, the defence ministry said.", "headline signing verb: same as int47"),
    "sw02": ("speed47", _D, "Morocco received a letter of offer and acceptance from Washington for 600 Stinger "
             "missiles on Friday.", "a deal's 'letter': same as int47"),
    "sw03": ("speed47", _D, "Greece received letters of offer and acceptance for 20 F-35 jets, the ministry said.",
             "plural 'letters': same as int47"),
    "sw04": ("speed47", _D, "Ukraine used Storm Shadow missiles against Russian positions in Kherson, officials said.",
             "used against: same as int47"),
    "sw05": ("speed47", _D, "The strike on the port of Sevastopol destroyed a landing ship, Ukraine's navy said on "
             "Saturday.", "a described strike: same as int47"),
    "sw06": ("speed47", _D, "The drone, known as the Shahed-136, was launched from Iranian territory, the IDF said.",
             "'known as': same as int47"),
    "sw07": ("speed47", _D, "Vietnam's navy commissioned two new patrol ships at a ceremony in Cam Ranh on Sunday.",
             "a ceremony act: same as int47"),
    # ---- events47: an unnamed attack, raid or assault told twice is the article's Event ------------------------
    "ea01": ("events47", _D, "Houthi fighters fired drones at a Saudi Aramco depot in Jeddah on Saturday. The attack "
             "started a fire but killed nobody, the Saudi-led coalition said. Iran denied any role in the attack.",
             "right: an attack Event (Jeddah, 2025-11-15) HELD_IN Jeddah"),
    "ea02": ("events47", _D, "Al-Shabaab fighters stormed an African Union base near Baidoa on Tuesday. Somali officials "
             "said the raid killed 12 soldiers. The group claimed the raid in a statement.",
             "right: a raid Event HELD_IN Baidoa; al-Shabaab PARTICIPATED_IN"),
    "ea03": ("events47", _D, "ELN gunmen hit a Colombian army post in Cauca on Sunday. The army said the assault wounded "
             "four soldiers, and President Gustavo Petro condemned the assault.",
             "right: an assault Event HELD_IN Cauca"),
    "ea04": ("events47", _D, "Taiwan's defence minister Wellington Koo warned that an attack on Kinmen could come "
             "without warning. Any attack would be met with force, he said.",
             "near miss (hypothetical): no attack Event"),
    "ea05": ("events47", _D, "The Indian Army received six AH-64E Apache attack helicopters on Tuesday. The attack "
             "helicopters will be based in Jodhpur.", "near miss (compound): no attack Event"),
    "ea06": ("events47", _D, "The Indian Army ordered 70,000 AK-203 assault rifles from a plant in Amethi. The assault "
             "rifles will replace the INSAS.", "near miss (compound): no assault Event"),
    "ea07": ("events47", _D, "Russia has stepped up drone attacks on Ukrainian ports in Odesa. Kyiv says the attacks aim "
             "to cut grain exports.", "near miss (plural, recurring): no Event"),
    "ea08": ("events47", _D, "North Korea held a military parade in Pyongyang on Thursday. State media said the parade "
             "showed missiles built for a nuclear attack. Analysts said an attack on Seoul remained unlikely.",
             "near miss: the parade is the event; no attack Event"),
    "ea09": ("events47", _D, "Pakistan's army denied that any attack took place on its base in Quetta. There was no "
             "attack, a spokesman said on Monday.", "near miss (negation): no attack Event"),
    "ea10": ("events47", _D, "The Thai army chief died of a heart attack in Bangkok on Sunday. The heart attack came "
             "days before the annual reshuffle.", "near miss: a heart attack is no Event"),
    "ea11": ("events47", _D, "Israeli jets struck a Hezbollah depot near Tyre on Monday. The strike followed an attack on "
             "a northern Israeli town last week, the army said. The attack wounded two people.",
             "the strike is the event; the earlier attack is not folded into it"),
    "ea12": ("events47", _D, "A US Marine was charged on Friday over an assault on a woman in Okinawa. The assault took "
             "place near Camp Hansen last month, police said.", "near miss: a crime is no armed occasion"),
    "ea13": ("events47", _D, "JNIM militants attacked a gendarmerie post near Kayes in Mali on Wednesday. The junta said "
             "the attack was repelled; JNIM said the attack killed 20 gendarmes.",
             "right: an attack Event HELD_IN Kayes (a verb first, the noun twice)"),
    "ea14": ("events47", _D, "Germany's interior minister said a cyber attack had hit the Bundeswehr's procurement "
             "office. The attack was traced to a group linked to Russia's GRU.",
             "a cyber attack told twice: an Event (or none); no HELD_IN Germany from 'Germany's'"),
    # ---- events47 c11cd7a0: an unnamed seizure, hijacking, sinking, shoot-down, intercept or incident told twice ----
    "eb01": ("events47", _D, "Iran's Revolutionary Guard seized the tanker St Nikolas in the Gulf of Oman on Thursday. "
             "Greece condemned the seizure, and the owner said the seizure was illegal.",
             "right: a seizure Event (Gulf of Oman, 2025-11-13)"),
    "eb02": ("events47", _D, "A Chinese J-16 intercepted an Australian P-8A Poseidon over the South China Sea on Monday. "
             "Canberra called the intercept unsafe; Beijing said the intercept was lawful.", "right: an intercept Event"),
    "eb03": ("events47", _D, "Somali pirates hijacked the bulk carrier Ruen off Socotra. India's navy ended the "
             "hijacking in March; the hijacking had lasted three months.", "right: a hijacking Event"),
    "eb04": ("events47", _D, "Two Chinese coast guard ships rammed a Philippine supply boat near Second Thomas Shoal on "
             "Monday. Manila protested the incident, and Washington said the incident showed China's aggression.",
             "right: an incident Event (2025-11-17)"),
    "eb05": ("events47", _D, "The Japanese coast guard said there was no incident near the Senkaku Islands on Monday. "
             "Any incident would be reported at once, it added.", "near miss (negation, hypothetical): no Event"),
    "eb06": ("events47", _D, "A Royal Thai Navy officer suffered a seizure aboard HTMS Chakri Naruebet on Monday. "
             "Doctors said the seizure was not linked to his duties.", "near miss (medical): no seizure Event"),
    "eb07": ("events47", _D, "Ukraine's intelligence service published an intercept of a Russian soldier's call from "
             "Bakhmut. The intercept was released on Telegram on Sunday.",
             "near miss (an intercepted call): no intercept Event"),
    "eb08": ("events47", _D, "Japan's air force scrambled jets 700 times this year. Officials said such incidents are "
             "rising, and the incidents cost millions.", "near miss (plural, recurring): no Event"),
    "eb09": ("events47", _D, "Rising prices are sinking the budget of the Pakistan Navy. The sinking budget worries "
             "Islamabad, the finance minister said.", "near miss (figurative): no sinking Event"),
    # ---- leads47 2d70ac1f: "who had taken over from Y", "begins a term at the head of B, succeeding Y" ----------
    "lr15": ("leads47", _D, "Admiral Dinesh Tripathi begins his term at the head of the Indian Navy on Tuesday, "
             "succeeding Admiral R. Hari Kumar.", "right: Hari Kumar former LEADS Indian Navy; Tripathi LEADS"),
    "lr16": ("leads47", _D, "General Tomasz Piotrowski, who had taken over from General Jaroslaw Mika as operational "
             "commander of the Polish Armed Forces, visited Rzeszow.",
             "right: Mika former LEADS the Polish Armed Forces' operational command (or the forces)"),
    "lr17": ("leads47", _D, "Maria Zakharova, who had taken over from Alexander Lukashevich as spokeswoman of the "
             "Russian Ministry of Foreign Affairs, mocked the sanctions.", "a spokesman: no LEADS for Lukashevich"),
    "lr18": ("leads47", _D, "Colonel Olena Kovalenko, who had taken over from Major Ihor Bondar as the brigade's "
             "press officer, said the Ukrainian Ground Forces held the line.",
             "a press officer: no LEADS Ukrainian Ground Forces for Bondar"),
    # ---- catalogue47: a national subsidiary (firm + up to two name words + country) is one firm ----------------
    "cs01": ("catalogue47", _D, "Boeing Defence Australia won a contract on Monday to support the RAAF's E-7A Wedgetail "
             "fleet.", "right: Company 'Boeing Defence Australia'; no Boeing-Australia confusion"),
    "cs02": ("catalogue47", _D, "General Atomics Global India will assemble MQ-9B drones for the Indian Navy in "
             "Chennai.", "right: one Company"),
    "cs03": ("catalogue47", _D, "Saab FFVO India opened a factory in Jhajjar to build Carl-Gustaf recoilless rifles.",
             "right: one Company; MANUFACTURES Carl-Gustaf"),
    "cs04": ("catalogue47", _D, "Airbus Helicopters Mexico delivered two H145M helicopters to the Mexican Navy in "
             "Queretaro.", "right: one Company (or Airbus Helicopters + place); Mexican Navy OPERATES H145M"),
    "cs05": ("catalogue47", _D, "Boeing said on Monday that Boeing Defence Australia would build ten more MQ-28 Ghost "
             "Bat drones. Boeing shares rose 2 per cent.", "two firms kept apart: Boeing and Boeing Defence Australia"),
    "cs06": ("catalogue47", _D, "The Hanwha Redback Australia ordered in 2023 will be built in Geelong.",
             "near miss: a product name between firm and state: no Company 'Hanwha Redback Australia'"),
    "cs07": ("catalogue47", _D, "A contract signed by Rheinmetall Thursday Ukraine said would double shell output.",
             "near miss: a weekday between firm and state is no firm name word"),
    "cs08": ("catalogue47", _D, "Saab Hands India First Carl-Gustaf M4 Rifles",
             "headline in Title Case: no 'Saab Hands India' firm"),
    "cs10": ("catalogue47", _D, "Embraer chief executive Francisco Gomes Neto said Embraer Portugal would build parts "
             "of the C-390 in Evora.", "right: 'Embraer Portugal' one firm (adjacent form, as int47)"),
    # ---- catalogue47: a catalogued ship class under either spelling of its class word ------------------------
    "cc01": ("catalogue47", _D, "France's Horizon-class air defence destroyer Forbin escorted the carrier Charles de "
             "Gaulle in the Red Sea.", "right: Platform Horizon-class frigate; French Navy OPERATES"),
    "cc02": ("catalogue47", _D, "Denmark sent its Iver Huitfeldt-class air defence frigate Niels Juel to the Baltic on "
             "Monday.", "right: Iver Huitfeldt-class Platform"),
    "cc03": ("catalogue47", _D, "The Indian Navy's Nilgiri-class stealth frigate INS Himgiri was commissioned in "
             "Kolkata.", "right: Nilgiri-class Platform; Indian Navy OPERATES"),
    "cc04": ("catalogue47", _D, "Germany's Sachsen-class air-defence frigate Hessen shot down two Houthi drones.",
             "right: Sachsen-class Platform; German Navy/Germany OPERATES"),
    "cc05": ("catalogue47", _D, "Australia's Canberra-class amphibious ship HMAS Adelaide sailed for Tonga on Sunday.",
             "right: the Canberra class (not the Spanish Juan Carlos I)"),
    "cc06": ("catalogue47", _D, "Canada's first River-class destroyer will be built by Irving Shipbuilding in Halifax.",
             "right: River-class destroyer (Canadian Type 26), not the British River-class patrol vessel"),
    "cc07": ("catalogue47", _D, "The Royal Navy's River-class patrol ship HMS Spey called at Apia in Samoa.",
             "right: River-class patrol vessel (British), not the Canadian destroyer"),
    "cc08": ("catalogue47", _D, "The US Navy will retire four Independence-class ships next year, the Pentagon said.",
             "right: Independence-class LCS (US), not Singapore's littoral mission vessel"),
    "cc09": ("catalogue47", _D, "Israel's Magen-class corvettes fired Barak missiles at a drone over Eilat.",
             "right: Sa'ar 6 / Magen one type; Israel OPERATES"),
    "cc10": ("catalogue47", _D, "Officers of the Indian Navy's City class of 2025 graduated in Ezhimala on Saturday.",
             "near miss: 'City class' of a course, no Type 26 Platform"),
    "cc11": ("catalogue47", _D, "The Kolkata-class guided missile destroyers INS Kolkata and INS Chennai sailed from "
             "Mumbai.", "right: Kolkata-class Platform; ships apart; no Kolkata Place from the class"),
    "cc12": ("catalogue47", _D, "South Korea's Chang Bogo-class submarines will be replaced by KSS-III boats.",
             "right: Chang Bogo (Type 209 / Jangbogo) one type; South Korea OPERATES"),
    # ---- leads47: a post changing hands in one clause (passes/successions.py) -----------------------------------
    "lr01": ("leads47", _D, "Admiral Nicolas Vaujour took over the French Navy from Admiral Pierre Vandier in September "
             "2023.", "right: Vandier LEADS French Navy (former, valid_to 2023-09); Vaujour LEADS French Navy"),
    "lr02": ("leads47", _D, "General Oleksandr Syrskyi replaced General Valerii Zaluzhnyi at the head of the Armed "
             "Forces of Ukraine in February 2024.", "right: Zaluzhnyi former LEADS the armed forces; Syrskyi LEADS"),
    "lr03": ("leads47", _D, "Lieutenant General Taoreed Lagbaja handed command of the Nigerian Army to Lieutenant "
             "General Olufemi Oluyede on Wednesday.", "right: Oluyede LEADS Nigerian Army; Lagbaja former"),
    "lr04": ("leads47", _D, "Command of the Royal Navy passed from Admiral Ben Key to General Gwyn Jenkins on Monday.",
             "right: Jenkins LEADS Royal Navy; Key former (valid_to 2025-11-17)"),
    "lr05": ("leads47", _D, "Kathy Warden succeeded Wes Bush as chief executive of Northrop Grumman in 2019.",
             "right: Bush former LEADS Northrop Grumman; Warden LEADS"),
    "lr06": ("leads47", "2024-01-15", "Who will succeed Jens Stoltenberg at the head of NATO is still open, diplomats in "
             "Brussels said.", "question / future: no former LEADS NATO for Stoltenberg (he still leads)"),
    "lr07": ("leads47", _D, "Defence Minister Rustem Umerov denied that General Mykhailo Drapatyi would replace General "
             "Oleksandr Syrskyi at the head of the Armed Forces of Ukraine.",
             "denied / hypothetical: no former LEADS for Syrskyi, no LEADS for Drapatyi"),
    "lr08": ("leads47", _D, "Prime Minister Anthony Albanese said Richard Marles would replace him at the ASEAN summit "
             "in Kuala Lumpur.", "a stand-in at a summit: no former LEADS for Albanese"),
    "lr09": ("leads47", _D, "Maria Zakharova replaced Alexander Lukashevich as spokeswoman of the Russian Ministry of "
             "Foreign Affairs in 2015.", "a spokesman's post: no LEADS of the ministry for either"),
    "lr10": ("leads47", _D, "Rear Admiral Fred Pyle replaced Rear Admiral Joshua Lasky as deputy commander of the US "
             "Seventh Fleet on Friday.", "a deputy's post: no LEADS Seventh Fleet for either"),
    "lr11": ("leads47", _D, "The Hunter-class frigates will replace the Anzac class in Royal Australian Navy service.",
             "no people: nothing"),
    "lr12": ("leads47", _D, "Admiral Dinesh Tripathi, who took over the Indian Navy from Admiral R. Hari Kumar in April, "
             "visited Colombo on Monday.", "right (relative clause): Hari Kumar former LEADS Indian Navy"),
    "lr13": ("leads47", _D, "Defence Minister Rajnath Singh handed the colours to Lieutenant General Upendra Dwivedi, "
             "the new chief of the Indian Army, in New Delhi.", "who hands a symbol presides: no former LEADS Singh"),
    "lr14": ("leads47", _D, "Mark Rutte, who replaced Jens Stoltenberg as NATO secretary general, visited Kyiv on "
             "Monday.", "right: Stoltenberg former LEADS NATO; Rutte LEADS NATO"),
    # ---- supplies47: a sale through a state's own arms-sale programme (US Foreign Military Sales) -----------------
    "su01": ("supplies47", _D, "Poland will buy 96 AH-64E Apache helicopters from Boeing through the US Foreign "
             "Military Sales programme.", "right: United States SUPPLIES Poland [ordered]"),
    "su02": ("supplies47", _D, "Taiwan is buying 66 F-16V jets through Foreign Military Sales, and the United States "
             "expects to deliver them by 2026.", "right: United States SUPPLIES Taiwan"),
    "su03": ("supplies47", _D, "Morocco received its first F-16 Block 72 jets from the United States in 2025 under a "
             "Foreign Military Sales contract.", "right: United States SUPPLIES Morocco [delivered]"),
    "su04": ("supplies47", _D, "Greece signed a Letter of Offer and Acceptance with the United States for 20 F-35 jets "
             "on Monday.", "right: United States SUPPLIES Greece [ordered] (capitalised letter)"),
    "su05": ("supplies47", _D, "Indonesia rejected a Foreign Military Sales offer from the United States for F-15EX "
             "jets and bought Rafales instead.", "rejected: no US SUPPLIES Indonesia (or cancelled at most)"),
    "su06": ("supplies47", _D, "If Congress approves, Egypt could buy F-15 jets from the United States through Foreign "
             "Military Sales.", "hypothetical: planned at most, not ordered"),
    "su07": ("supplies47", _D, "Pakistani pilots train in Texas under the Foreign Military Sales programme, the United "
             "States said.", "training is no goods: no SUPPLIES"),
    "su08": ("supplies47", _D, "Brazil's air force chose a new FMS for its C-390 jets; the flight management software "
             "comes from a firm in the United States.", "FMS = flight management system: no US SUPPLIES Brazil"),
    "su09": ("supplies47", _D, "Ukraine receives Patriot missiles bought by Germany through the US Foreign Military Sales "
             "programme.", "two other states: the rule gives nothing (Germany the buyer)"),
    "su10": ("supplies47", _D, "Japan and Australia both buy F-35s through the Foreign Military Sales programme of the "
             "United States.", "list of buyers: nothing from the rule (both right but not read)"),
    "su11": ("supplies47", _D, "Saudi Arabia will not buy more THAAD batteries through Foreign Military Sales, the "
             "United States said.", "negation: no SUPPLIES"),
    "su12": ("supplies47", _D, "The United States approved a possible Foreign Military Sale to Estonia of six HIMARS "
             "launchers on Friday.", "approved possible sale: SUPPLIES Estonia [planned]"),
    # ---- precision47: a fleet's service told in a show article is no display; "near" places no event ------------
    "pn01": ("precision47", _D, "Aero India opened in Bengaluru on Monday. The Tejas jets on show have flown with the "
             "Indian Air Force since 2016.", "right: Tejas DISPLAYED_AT Aero India kept ('on show')"),
    "pn02": ("precision47", _D, "The Dubai Airshow opened on Monday. The UAE Air Force's Mirage 2000 jets still fly from "
             "Al Dhafra, officials said.", "right: no DISPLAYED_AT Mirage 2000 ('still fly')"),
    "pn03": ("precision47", _D, "Russia's Navy Day parade was held in St Petersburg on Sunday. Its Tu-142 patrol "
             "planes, which have flown for five decades, are due to be retired.",
             "right: no DISPLAYED_AT Tu-142 (a fleet's service)"),
    "pn04": ("precision47", _D, "The Farnborough Airshow opened on Monday. Two F-35B jets flew over the crowd, and a "
             "Eurofighter Typhoon flew a display.", "guard: both DISPLAYED_AT Farnborough kept"),
    "pn05": ("precision47", _D, "At the Zhuhai Airshow on Tuesday the J-35A flew in public for the first time; the "
             "design has flown since 2012 in tests.", "guard: J-35 DISPLAYED_AT Zhuhai kept"),
    "pn06": ("precision47", _D, "Fighting broke out near Goma on Saturday between M23 rebels and Congolese troops.",
             "right: no HELD_IN Goma"),
    "pn07": ("precision47", _D, "China and Russia began the Joint Sea exercise off Zhanjiang on Monday.",
             "guard: HELD_IN Zhanjiang kept ('off')"),
    "pn08": ("precision47", _D, "India and France held the Varuna exercise in the Arabian Sea on Monday.",
             "guard: HELD_IN Arabian Sea kept ('in')"),
    "pn09": ("precision47", _D, "Chinese forces held the Strait Thunder-2025A drills around Taiwan on Monday.",
             "right: no HELD_IN Taiwan from 'around' (or optional)"),
    "pn10": ("precision47", _D, "NATO's Steadfast Defender exercise near Rzeszow in Poland ran for two weeks.",
             "guard: HELD_IN Poland kept ('in Poland')"),
}

# bare date strings as a head gives them: speed47's _plain must give int47's iso_date answer (dateparser's)
DATELINES: tuple[str, ...] = (
    "4 March 2024", "04 March 2024", "March 4, 2024", "March 4 2024", "March 4th, 2024", "4th March 2024",
    "1st May 2025", "22nd June 2025", "3rd July 2025", "March 2024", "May 2025", "31 April 2024", "February 30, 2024",
    "29 February 2024", "29 February 2023", "0 March 2024", "March 0, 2024", "4 MARCH 2024", "4 march 2024",
    "Sept. 9, 2025", "9 September, 2025", "4 March 1899", "December 31, 1999", "January 1, 2000", "March 2124",
    "4 March 24", "March 4, 2024 10:00", "Monday, 4 March 2024", "4 March 2024 (Reuters)", "June 2025 ",
    "32 March 2024", "4  March 2024",
)
