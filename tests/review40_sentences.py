"""Invented defence-news probes of session 40's merged rules (review40) -> (branch, published, text, what to look
at). None is copied from a development article; names of firms, states, places and people are public ones used in
made-up statements."""
from __future__ import annotations

_D = "2025-03-10"

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- names40: a lone word of a person's name joins the person named first before it (resolve._first_named)
    "nm01": ("names40", _D, "Kim Jong Un oversaw a missile launch on Monday, state media said. In Seoul, analyst Kim "
             "Dong-yup of the University of North Korean Studies said the missile looked new. \"It flew lower than "
             "before,\" Kim said.", "the lone Kim quoted is the analyst, not the leader named first"),
    "nm02": ("names40", _D, "General Austin Miller met Lloyd Austin in Kabul on Tuesday. Austin said the drawdown "
             "would be finished by August.", "a given name that is also a surname: Austin = Lloyd Austin"),
    "nm03": ("names40", _D, "Lloyd Austin met General Austin Miller in Kabul on Tuesday. Austin said the drawdown "
             "would be finished by August.", "true: surname Austin of the one named first"),
    "nm04": ("names40", _D, "Kim warns of 'overwhelming' response\n\nNorth Korea's leader Kim Jong Un said on "
             "Friday that drills by Seoul and Washington would meet an overwhelming response. His sister Kim Yo Jong "
             "called the drills reckless.", "true: a headline Kim is the first named after"),
    "nm05": ("names40", _D, "South Korean Defence Minister Kim Yong-hyun visited the border on Friday, a day after "
             "Kim Jong Un watched an artillery drill. Kim told troops to respond firmly to any provocation.",
             "true: the lone Kim is the minister named first"),
    "nm06": ("names40", _D, "Chinese Defence Minister Dong Jun met his Singaporean counterpart Ng Eng Hen in "
             "Beijing. Dong said China wanted stable ties with Southeast Asia.",
             "true: surname-first catalogued name (Dong Jun)"),
    "nm07": ("names40", _D, "Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow. Later a Chinese "
             "embassy spokesman, Wang Lutong, told reporters the talks had been frank. Wang said a visit by Xi "
             "Jinping was planned.", "lone Wang after a later-introduced spokesman Wang Lutong"),
    "nm08": ("names40", _D, "Marshall Webb, the head of Air Education and Training Command, testified before "
             "Senator Roger Marshall. Marshall asked why pilot training had slowed.",
             "surname Marshall of the senator, not Marshall Webb's given name"),
    "nm09": ("names40", _D, "Defence Secretary John Healey met Admiral Tony Radakin in London. Later, Healey told "
             "MPs that the carrier would sail in April. John Smith, a former officer, said the plan was risky.",
             "true: surname Healey"),
    "nm10": ("names40", _D, "Li Qiang opened the air show in Zhuhai on Tuesday. Li Wei, a spokesman for the "
             "organisers, said 40 countries took part. Li said the J-35 would fly on each day of the show.",
             "lone Li: the spokesman just named or the premier"),
    # ---- platdup40: an uncatalogued lettered designation folds into the catalogued family row the article names
    "pd01": ("platdup40", _D, "The F-16 remains Greece's main fighter. A single F-16XL, a cranked-arrow prototype "
             "Lockheed built in the 1980s, is kept at a museum in California.",
             "F-16XL a prototype of its own, not the F-16 row"),
    "pd02": ("platdup40", _D, "Taiwan flies the F-5 as a trainer. The F-5G, later renamed the F-20 Tigershark, "
             "never found a buyer.", "F-5G = F-20, a different type"),
    "pd03": ("platdup40", _D, "Kenya trains its pilots on the T-6 Texan II. A restored T-6G, a piston trainer of "
             "the 1950s, flew over the ceremony.", "T-6G: the old North American T-6, another aircraft"),
    "pd04": ("platdup40", _D, "Russia's air force flies the MiG-29. India's navy has ordered spare engines for its "
             "MiG-29KUB trainers.", "MiG-29KUB belongs to the catalogued MiG-29K row"),
    "pd05": ("platdup40", _D, "Egypt flies the Mi-24 and ordered eight Mi-24K spotter helicopters this year.",
             "true: an unknown lettered form of a lettered family"),
    "pd06": ("platdup40", _D, "Serbia's army fields the T-72. It is upgrading 30 of them to the T-72MS standard "
             "with new optics.", "true: variant of the T-72 row"),
    "pd07": ("platdup40", _D, "The Indian Air Force flies the Su-30MKI, while Malaysia flies the Su-30. Malaysia "
             "will send its Su-30MKM jets for overhaul in India.", "true: Su-30MKM a Su-30 form (not the MKI row)"),
    "pd08": ("platdup40", _D, "Algeria operates the Mi-28. It has also ordered the Mi-28NEK, an export model with "
             "a new radar.", "version apposition: kept apart?"),
    "pd09": ("platdup40", _D, "Vietnam flies the older Su-27. It wants to buy the Su-27K, which Russia renamed the "
             "Su-33 before it entered service.", "Su-27K = Su-33, another type"),
    "pd10": ("platdup40", _D, "Brazil's pilots fly the T-6 Texan II. The air force has asked for six T-6Cs and "
             "four T-6Ds for its training squadron.", "true: plurals of lettered forms (T-6C listed)"),
    "pd11": ("platdup40", _D, "Kazakhstan's army flies the Mi-8. It ordered 12 Mi-8AMTShs in 2024, and its "
             "border guards will get four more.", "true: plural of a listed lettered form"),
    "pd12": ("platdup40", _D, "Azerbaijan bought the K9 howitzer from South Korea. Its engineers are studying the "
             "K9AZ, a local version proposed by Hanwha Aerospace.", "a local version apposition"),
    "pd13": ("platdup40", _D, "Poland flies the F-16 and is buying the F-35. Lockheed Martin offered it the "
             "F-16IN, the model it had pitched to India.", "F-16IN (Indian tender model)"),
    "pd14": ("platdup40", _D, "Ukraine flies the Su-25. It also received two Su-25UTG carrier trainers from a "
             "Georgian plant.", "Su-25UTG: naval trainer of the family (true)"),
    "pd15": ("platdup40", _D, "Libya's rebels flew the L-39. A newer L-39ZO bought from Ukraine crashed near "
             "Benghazi.", "age word 'newer': kept apart"),
    # ---- eventcat40: other editions of a named series; the recurring-events catalogue
    "ec01": ("eventcat40", _D, "Exercise Crystal Arrow 2025 began in Latvia on Monday with 3,000 troops. The first "
             "Rafale to fly in the Baltic arrived from France for the drill.", "'the first Rafale' is no edition"),
    "ec02": ("eventcat40", _D, "Exercise Crystal Arrow 2025 began in Latvia on Monday. The previous government "
             "had cut the exercise budget in 2023.", "'previous government' is no edition"),
    "ec03": ("eventcat40", _D, "Cobra Warrior 2025 opened at RAF Waddington on Monday. Last year's budget for the "
             "exercise was 20 percent smaller.", "'last year's budget' is no edition"),
    "ec04": ("eventcat40", _D, "Exercise Hoguk 2024 started in South Korea on Monday. The first exercise Seoul "
             "held with Japanese observers took place in 2019, officials said.",
             "'the first exercise ... with Japanese observers' is another exercise, not Hoguk 2019"),
    "ec05": ("eventcat40", _D, "Exercise Northern Strike 2025 began in Michigan. A previous exercise with Canada, "
             "held in 2022, drew 1,000 troops.", "'a previous exercise with Canada' is not the series"),
    "ec06": ("eventcat40", _D, "Exercise Maple Flag 2025 opened in Cold Lake. The 2019 contract for the range was "
             "signed with Lockheed Martin.", "'the 2019 contract' is no edition"),
    "ec07": ("eventcat40", _D, "Exercise Cobra Warrior 2025 opened at RAF Waddington. Last year's edition drew "
             "jets from eight nations.", "true: last year's edition = Cobra Warrior 2024"),
    "ec08": ("eventcat40", _D, "The Galle Dialogue 2024 opened in Colombo on Monday. The previous dialogue, held "
             "in 2023, drew navies from 30 countries.", "true: the previous dialogue = 2023 edition"),
    "ec09": ("eventcat40", _D, "Exercise Dustlik 2025 opened in Pune. The fifth edition was held in Termez in "
             "April 2024.", "true: fifth edition in 2024"),
    "ec10": ("eventcat40", _D, "The Maitree Express train between Kolkata and Dhaka resumed service on Monday "
             "after a two-year halt.", "Maitree a train, not the exercise"),
    "ec11": ("eventcat40", _D, "Uzbekistan opened a new armoured vehicle plant in Dustlik, a town in the Jizzakh "
             "region, on Tuesday.", "Dustlik a town"),
    "ec12": ("eventcat40", _D, "A statue of King Namejs was unveiled outside the Latvian defence ministry in Riga.",
             "Namejs a king"),
    "ec13": ("eventcat40", _D, "Saudi Arabia's Red Sands project on the Red Sea coast will host a new naval base, "
             "officials said.", "Red Sands a project / place"),
    "ec14": ("eventcat40", _D, "Milipol Qatar opened in Doha on Tuesday with 250 exhibitors from 20 countries.",
             "Milipol Qatar is held in Doha: one catalogue row with Milipol Paris"),
    "ec15": ("eventcat40", _D, "Indian and Thai troops began Exercise Maitree in Umroi on Monday.",
             "true: the exercise"),
    "ec16": ("eventcat40", _D, "China's People's Liberation Army launched Strait Thunder drills around Taiwan on "
             "Tuesday, a year after Joint Sword.", "true: two catalogued exercises"),
    "ec17": ("eventcat40", _D, "The Seoul Defense Dialogue 2024 opened on Wednesday. The inaugural dialogue, in "
             "2012, drew 20 countries.", "true: inaugural dialogue 2012"),
    "ec18": ("eventcat40", _D, "Exercise Cobra Warrior 2025 opened at RAF Waddington. The first exercise of its "
             "kind in Europe took place in Spain in 2009.", "'first exercise of its kind' is another"),
    "ec19": ("eventcat40", _D, "CANSEC 2025 opened in Ottawa on Wednesday. The 2020 show was cancelled because of "
             "the pandemic.", "a cancelled edition: no event"),
    "ec20": ("eventcat40", _D, "Exercise Tarkash 2025 began in Chennai. Last year's exercise, Vajra Prahar, was held "
             "in Idaho in 2024.", "a named other exercise in apposition: not Tarkash 2024"),
    "ec21": ("eventcat40", _D, "Trooping the Colour 2025 took place in London on Saturday. The previous parade was "
             "held in June 2024 in the rain.", "true: previous parade 2024"),
    "ec22": ("eventcat40", _D, "Exercise Juniper Oak 2025 ended on Friday. The previous largest drill between the "
             "two militaries was held in 2019.", "'previous largest drill' another exercise"),
    "ec23": ("eventcat40", _D, "Falcon Strike drones made by a Turkish start-up were displayed at IDEF in Istanbul.",
             "Falcon Strike a product name"),
    "ec24": ("eventcat40", _D, "The Bled Strategic Forum 2024 opened in Slovenia. At last year's forum, Ukraine's "
             "president spoke by video.", "true: last year's forum 2023"),
    # ---- memberpart40: "its/their air force|navy|army" -> PART_OF the state named shortly before
    "mp01": ("memberpart40", _D, "Ukraine said Russia had lost 300 jets since 2022 and that Moscow would struggle to "
             "rebuild its air force.", "'its' = Russia, Ukraine named first"),
    "mp02": ("memberpart40", _D, "Poland said Belarus was moving troops to the border and warned that its army "
             "was ready.", "'its' = Poland? (the nearest is Belarus)"),
    "mp03": ("memberpart40", _D, "Pakistan said its air force shot down two Indian drones on Friday.",
             "true: its = Pakistan"),
    "mp04": ("memberpart40", _D, "Japan will sell used P-3C aircraft to the Philippines, whose navy needs patrol "
             "planes; Manila said its navy would fly them from Palawan.", "true: its navy = Philippine Navy"),
    "mp05": ("memberpart40", _D, "The United States will sell F-16s to Turkey, whose air force has waited for years; "
             "Washington said its air force would train the pilots.", "its = the United States (USAF)"),
    "mp06": ("memberpart40", _D, "German tanks arrived in Lithuania on Monday. Berlin said its army would keep a "
             "brigade there.", "true: Berlin = Germany (capital, no country name)"),
    "mp07": ("memberpart40", _D, "Greece and Egypt signed a defence deal, and Cyprus said its navy would join their "
             "drills.", "true: its navy = Cyprus"),
    "mp08": ("memberpart40", _D, "Indian officials met French executives in Paris. The company said its army "
             "contract would be signed in May.", "'its' = a company"),
    # ---- proxies40: catalogued patron-proxy pairs with a backing cue -> COOPERATES_WITH
    "px01": ("proxies40", _D, "Qatar and Egypt, which mediate between Israel and Hamas, said they support a new "
             "truce in Gaza.", "a mediator supporting a truce is no patron"),
    "px02": ("proxies40", _D, "Venezuela sent armed troops to fight the National Liberation Army near the Colombian "
             "border.", "a state fighting the group with armed troops"),
    "px03": ("proxies40", _D, "Sudan's army accused the United Arab Emirates of arming the Rapid Support Forces.",
             "accusation by a third party: the UAE-RSF tie"),
    "px04": ("proxies40", _D, "Morocco accuses Algeria of arming the Polisario Front.",
             "accusation by a third party"),
    "px05": ("proxies40", _D, "Egypt backs the Libyan National Army of Khalifa Haftar with arms and training.",
             "true"),
    "px06": ("proxies40", _D, "Rwanda denies arming the March 23 Movement, which seized Goma in January.",
             "denial"),
    "px07": ("proxies40", _D, "Pakistan's army killed 30 Tehrik-i-Taliban Pakistan fighters and blamed Afghanistan "
             "for sheltering them with weapons and money.", "true-ish: Afghanistan backing TTP"),
    "px08": ("proxies40", _D, "The United States imposed sanctions on Iran and on the Houthis, whose weapons come "
             "from Tehran, the Treasury said.", "true: Iran-Houthis; US sanctions no tie"),
    "px09": ("proxies40", _D, "Iran hosted talks between the Taliban and Pakistan, and said it would support "
             "dialogue.", "hosting talks is no patronage"),
    "px10": ("proxies40", _D, "Mozambique hired the Wagner Group in 2019 to fight insurgents in Cabo Delgado.",
             "true in 2019 (row 2019-2020), published 2025"),
    "px11": ("proxies40", _D, "Turkey said the United States must stop arming the Syrian Democratic Forces.",
             "true: US-SDF; Turkey none"),
    "px12": ("proxies40", _D, "Mali expelled the last Wagner Group fighters and hired the Africa Corps instead.",
             "true: Mali-Africa Corps; Wagner expelled"),
    "px13": ("proxies40", _D, "Hezbollah fighters who fought alongside Syrian troops returned to Lebanon, and Iran "
             "said it would keep supplying them.", "true: Iran-Hezbollah"),
    "px14": ("proxies40", _D, "Iran's foreign minister condemned Israel's killing of Hamas leader Ismail Haniyeh "
             "in Tehran and pledged support for the Palestinians.", "true-ish: Iran-Hamas via support"),
    "px15": ("proxies40", _D, "Qatar expelled Hamas officials from Doha after the United States demanded that it "
             "stop funding the group.", "expelled: demand to stop funding"),
    "px16": ("proxies40", _D, "The Houthis, backed by Iran, fired a missile at Israel, and Qatar condemned the "
             "attack on Hamas leaders in Doha.", "Qatar-Hamas: condemnation of an attack is no tie"),
    "px17": ("proxies40", _D, "Russia's Wagner Group, which was hired by the Central African Republic in 2018, "
             "still guards President Touadera.", "true: CAR hires Wagner; Russia none"),
    "px18": ("proxies40", _D, "Armenia supplied the Artsakh Defense Army with artillery until 2023, Azerbaijan "
             "said.", "row ended 2023; published 2025 past tie"),
    # ---- operators.csv (rows checked against pages)
    "op01": ("operators40", _D, "Brazil's air force flew a C-130 Hercules to Porto Alegre with flood aid.",
             "Brazil C-130 now 1964-2024"),
    "op02": ("operators40", _D, "Denmark's F-16 fighters intercepted two Russian bombers over the Baltic on "
             "Tuesday.", "Denmark F-16 retired 2026: in service"),
    "op03": ("operators40", _D, "The UK's C-130J fleet flew its last sortie before the type left service.",
             "UK C-130J retired 2023"),
}
