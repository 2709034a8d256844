"""Invented defence-news probes of session 42's merged govbody42 and platcat42 (review42b) -> (branch, published,
text, what to look at). None is copied from a development article; names of firms, states, places and people are
public ones used in made-up statements."""
from __future__ import annotations

_D = "2025-03-10"

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- govbody42 chambers: a bare "Senate" / "House" resolves to the state's chamber
    "ch01": ("govbody42", _D, "The US Senate approved a $95 billion aid package for Ukraine, Israel and Taiwan on "
             "Tuesday.", "true: United States Senate body (US)"),
    "ch02": ("govbody42", _D, "Nigeria's Senate approved a request by President Tinubu to deploy troops to Benin "
             "after the failed coup.", "true: Senate of Nigeria"),
    "ch03": ("govbody42", _D, "Polish President Andrzej Duda signed the defence budget after the Senate passed it "
             "on Thursday.", "true: Senate of Poland (article state Poland)"),
    "ch04": ("govbody42", _D, "Japan will buy 400 Tomahawk missiles from the United States. The US Senate must "
             "still approve the sale, while Japan's House of Representatives passed the budget last week.",
             "true: US Senate and House of Representatives (Japan); no Japanese Senate"),
    "ch05": ("govbody42", _D, "The Philippine Navy will receive two frigates from South Korea. In Washington, the "
             "Senate voted to fund a new maritime security programme for Manila.",
             "Senate is the US one (in Washington), not Senate of the Philippines"),
    "ch06": ("govbody42", _D, "The Texas Senate passed a bill to fund border surveillance drones on Monday, and "
             "Governor Greg Abbott is expected to sign it.", "a US state's senate: no United States Senate"),
    "ch09": ("govbody42", _D, "British ministers told the House on Wednesday that the Royal Navy would retire two "
             "Type 23 frigates early.", "UK 'the House' = Commons; never US House of Representatives"),
    "ch10": ("govbody42", _D, "Australian Defence Minister Richard Marles told the House that the first Virginia-"
             "class submarine would arrive in 2032.", "Australian House of Representatives (or none); never US"),
    "ch11": ("govbody42", _D, "Brazil's Chamber of Deputies approved the purchase of Gripen fighters, and the "
             "Federal Senate must vote on it next month.", "true: Chamber of Deputies (Brazil), Federal Senate"),
    "ch12": ("govbody42", _D, "The House Armed Services Committee questioned Navy officials about delays to the "
             "Constellation-class frigate on Tuesday.", "true: HASC committee; no PART_OF United States"),
    "ch13": ("govbody42", _D, "The Bundestag Defence Committee approved the purchase of 20 more Eurofighter jets "
             "for the Luftwaffe.", "true: Defence Committee of the Bundestag, no PART_OF Germany"),
    "ch14": ("govbody42", _D, "Kenya's National Assembly approved the deployment of police officers to Haiti, and "
             "the Senate is expected to follow.", "true: National Assembly (Kenya) + Senate of Kenya"),
    "ch15": ("govbody42", _D, "The Defence Committee of Ghana's parliament visited the navy's new patrol boats in "
             "Sekondi.", "no catalogued committee of another state (UK/Germany/France)"),
    "ch16": ("govbody42", _D, "The Senate of the Czech Republic voted on Wednesday to approve the purchase of 24 "
             "F-35 jets.", "true: Senate of the Czech Republic"),
    "ch17": ("govbody42", _D, "Mexico's Senate authorised US special forces to train with Mexican marines, while "
             "the Chamber of Deputies debated the budget.", "Senate of Mexico; Chamber of Deputies (Mexico)"),
    "ch18": ("govbody42", _D, "Thailand will buy Gripen fighters, a member of the House defence committee said, "
             "citing the air force's plan.", "a Thai House: never US House of Representatives / HASC"),
    "ch19": ("govbody42", _D, "Romania's Senate approved the purchase of 54 Abrams tanks, and the Chamber of "
             "Deputies voted on Friday.", "true: Senate of Romania, Chamber of Deputies (Romania)"),
    "ch20": ("govbody42", _D, "The Federation Council approved the treaty with North Korea, the Kremlin said on "
             "Wednesday.", "true: Federation Council (Russia)"),
    "ch21": ("govbody42", _D, "The Student Senate at Texas A&M University voted to end ties with defence firms "
             "including Raytheon.", "student senate: no United States Senate"),
    # ---- govbody42 agencies: acronyms that are ordinary words or another body's
    "ag01": ("govbody42", _D, "The FBI arrested two men accused of smuggling drone parts to Iran, the Justice "
             "Department said.", "true: Federal Bureau of Investigation"),
    "ag02": ("govbody42", _D, "Germany's BAFA approved export licences for IRIS-T systems to Ukraine on Friday.",
             "true: Federal Office for Economic Affairs and Export Control; no PART_OF weirdness"),
    "ag03": ("govbody42", _D, "The ship's crew reported a drone attack to UKMTO off the coast of Yemen on Monday.",
             "true: United Kingdom Maritime Trade Operations (component: no PART_OF UK)"),
    "ag04": ("govbody42", _D, "The company will commit 200 engineers to the Hunter-class frigate programme in "
             "Adelaide.", "'commit' lower case: no Commando Materieel en IT"),
    "ag05": ("govbody42", _D, "COMMIT, the Dutch defence procurement agency, signed for four new submarines from "
             "Naval Group.", "true: Commando Materieel en IT"),
    "ag06": ("govbody42", _D, "Defense Innovation Unit officials said the DIU would buy hundreds of small drones "
             "this year.", "true: DIU"),
    "ag07": ("govbody42", _D, "The Diu fort in Gujarat hosted Indian Navy officers for a ceremony on Sunday.",
             "Diu is an Indian town: no Defense Innovation Unit"),
    "ag08": ("govbody42", _D, "The PSC icebreaker programme and the CBP drone fleet both face cuts, a US official "
             "said.", "CBP = Customs and Border Protection true"),
    "ag09": ("govbody42", _D, "Tulli, Finland's customs service, seized drone parts bound for Russia at the Vaalimaa "
             "crossing.", "true: Finnish Customs"),
    "ag10": ("govbody42", _D, "The US Fifth Fleet said its destroyers shot down four Houthi drones over the Red "
             "Sea.", "true: United States Fifth Fleet"),
    "ag12": ("govbody42", _D, "The Combined Forces Command will hold its Freedom Shield exercise in March, Seoul "
             "said.", "true: ROK/US Combined Forces Command"),
    "ag13": ("govbody42", _D, "ASCA, the Australian defence accelerator, will fund drone start-ups in Adelaide, a "
             "spokesman said.", "true: ASCA = Advanced Strategic Capabilities Accelerator"),
    "ag14": ("govbody42", _D, "Lockheed Martin won a contract from NAVAIR to upgrade F/A-18 jets for the Kuwaiti Air "
             "Force.", "true: NAVAIR; NAVAIR no PART_OF United States"),
    "ag15": ("govbody42", _D, "A nurse at the DIA hospital in Dhaka said the wounded soldiers were stable.",
             "DIA of Dhaka: not the Defense Intelligence Agency"),
    "ag16": ("govbody42", _D, "ASIO said foreign spies had targeted Australian defence workers online.",
             "true: Australian Security Intelligence Organisation"),
    # ---- govbody42 owned bodies: "<part> of the <service>"
    "ow01": ("govbody42", _D, "The General Staff of the Armed Forces of Ukraine said Russian troops attacked near "
             "Pokrovsk 40 times.", "true: General Staff PART_OF Armed Forces of Ukraine"),
    "ow02": ("govbody42", _D, "The Chief of Staff of the Army, General Randy George, visited troops in Poland.",
             "a title: no GovernmentBody 'Chief of Staff', no split"),
    "ow03": ("govbody42", _D, "The Chief of the General Staff of the Armed Forces of Armenia met his French "
             "counterpart in Paris.", "title of a person; General Staff PART_OF Armed Forces of Armenia ok"),
    "ow04": ("govbody42", _D, "Officials from the ministry of defence, the police, the Command of the Armed Forces "
             "and the border service attended the meeting in Dushanbe.",
             "'Command of the Armed Forces' in a list: no junk 'Command' node?"),
    "ow06": ("govbody42", _D, "The Joint Special Operations Command of the Military Forces of Colombia captured a "
             "rebel leader, the army said.", "true: JSOC part of Military Forces of Colombia"),
    "ow07": ("govbody42", _D, "An Army Staff officer said the Office of the Navy in Lima had signed the frigate "
             "deal with Hanwha.", "'Office of the Navy' split: Navy a bare body (Peru?)"),
    "ow08": ("govbody42", _D, "The Academy of the Armed Forces in Liptovsky Mikulas trained Slovak officers on the "
             "CV90.", "academy named with 'Armed Forces': split? 'Armed Forces' bare node is junk"),
    "ow09": ("govbody42", _D, "The Directorate of the Army said its Leopard tanks would be upgraded in Spain.",
             "split into Directorate + Army: bare 'Army' node?"),
    # ---- platcat42: new platform names that are places, persons, companies, words
    "pl02": ("platcat42", _D, "Turkish Navy officer Murat Kılıç said the corvette would sail to Pakistan in May.",
             "Kılıç a surname: no Kılıç-class Platform"),
    "pl03": ("platcat42", _D, "Turkey's navy retired two Kılıç-class fast attack craft built by Lürssen.",
             "true: Kılıç-class fast attack craft"),
    "pl04": ("platcat42", _D, "Iran's navy fired a Ghadir anti-ship missile during drills in the Strait of Hormuz.",
             "true: Ghadir missile"),
    "pl05": ("platcat42", _D, "Residents of Ghadir, a district of Karachi, protested against the navy's new "
             "training range.", "Ghadir a place: no Platform"),
    "pl06": ("platcat42", _D, "The jeweller Rubis and the French Navy's Rubis-class submarines share a name.",
             "Rubis-class submarine true; jeweller 'Rubis' not the class"),
    "pl07": ("platcat42", _D, "The Vulcano, Italy's new logistic support ship, refuelled a Spanish frigate off "
             "Sicily.", "ship named as its class: Vulcano-class logistic support ship ok"),
    "pl08": ("platcat42", _D, "Flights to Catania were cancelled after the Vulcano island volcano erupted, the "
             "Italian Air Force said.", "Vulcano island: no Platform"),
    "pl10": ("platcat42", _D, "Russian troops used TOS-2 flamethrower systems near Bakhmut, the Ukrainian army "
             "said.", "true: TOS-2 (no longer TOS-1A)"),
    "pl11": ("platcat42", _D, "Russia's army fired S-8 rockets from Mi-28 helicopters at Ukrainian positions.",
             "true: S-8 rocket"),
    "pl12": ("platcat42", _D, "The S-8 highway between Lagos and Ibadan was closed after a tanker fire, the army "
             "said.", "S-8 a road? invented; rocket false"),
    "pl13": ("platcat42", _D, "China's army is replacing its QBZ-95 rifles with the QBZ-191.",
             "true: QBZ-95 and QBZ-191"),
    "pl14": ("platcat42", _D, "The Bundeswehr ordered 8,000 more G95 rifles from Heckler & Koch.",
             "true: G95 = HK416; H&K MANUFACTURES"),
    "pl15": ("platcat42", _D, "The US Army began fielding the XM7 rifle and the XM250 machine gun made by SIG "
             "Sauer.", "true: XM7, XM250"),
    "pl16": ("platcat42", _D, "Caracal, the Emirati gunmaker, sold rifles to Brazil, and Airbus delivered H225M "
             "helicopters to Brazil.", "Caracal company not H225M alias (alias removed)"),
    "pl18": ("platcat42", _D, "India launched INS Arighaat, its second nuclear-powered ballistic missile submarine, "
             "at Visakhapatnam.", "single ship alias removed from Arihant class: lost?"),
    "pl19": ("platcat42", _D, "Denmark's Knud Rasmussen-class patrol vessels were built by Karstensens Skibsværft "
             "in Skagen.", "true: class + Karstensens MANUFACTURES"),
    "pl20": ("platcat42", _D, "The explorer Knud Rasmussen mapped Greenland a century ago, a Danish museum said.",
             "a person: no Platform"),
    "pl21": ("platcat42", _D, "Japan's Ground Self-Defense Force test-fired a Type 17 ship-to-ship missile from "
             "Hokkaido.", "true: Type 17 ship-to-ship missile"),
    "pl22": ("platcat42", _D, "The Type 17 is Japan's newest anti-ship missile, said the Ground Self-Defense "
             "Force.", "bare 'Type 17' (own designation)"),
    "pl23": ("platcat42", _D, "Brazil's army still operates the EE-9 Cascavel armoured car built by Engesa.",
             "true: EE-9 Cascavel, Engesa MANUFACTURES"),
    "pl24": ("platcat42", _D, "The town of Cascavel in Paraná hosted a Brazilian Army parade on Independence Day.",
             "Cascavel a Brazilian city: no Platform"),
    "pl25": ("platcat42", _D, "The Royal Australian Navy's Guardian-class patrol boats were gifted to Pacific "
             "states by Austal.", "true: Guardian-class; Austal MANUFACTURES"),
    "pl27": ("platcat42", _D, "Gökdeniz systems made by Aselsan will protect Turkey's new frigates.",
             "true: Aselsan Gökdeniz"),
    "pl28": ("platcat42", _D, "Indian soldiers still carry INSAS rifles, but the army is buying AK-203s from "
             "Indo-Russia Rifles.", "true: INSAS, AK-203; IRRPL MANUFACTURES AK-203"),
    "pl30": ("platcat42", _D, "New Zealand said its Protector-class offshore patrol vessels lack crews.",
             "true: Protector-class OPV"),
    "pl31": ("platcat42", _D, "Hitrole turrets made by Leonardo arm the Italian Navy's new patrol ships.",
             "true: Leonardo Hitrole"),
    "pl32": ("platcat42", _D, "Iran's navy has 16 Ghadir-class midget submarines, a US report said.",
             "true: Ghadir-class (not Ghadir missile)"),
    "pl33": ("platcat42", _D, "Turkey's navy ordered a fourth Reis-class submarine from Gölcük shipyard.",
             "true: Type 214 (Reis class)"),
}
