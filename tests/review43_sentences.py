"""Invented defence-news probes of session 43's merged work (review43) -> (change, published, text, what to look at).
None is copied from a development article; names of states, places, bodies and people are public ones used in
made-up statements. Changes: ``partic43`` (gathering_verbs presence_acts: who sat or stood at the article's
summit, visit, ceremony, parade or fair took part, with those beside them), ``heldin43`` (a point event held in a
town is not also held in a region; travel to P for E; "off PLACE"; apposition to an edition noun),
``cooperates43`` (a name glued after "non-" is no mention), ``summitname43`` (a numbered catalogue row is not
numbered twice in an alias)."""
from __future__ import annotations

_D = "2025-03-10"

# leads that make the article's main event a summit, a parade, a ceremony, a fair, a meeting
_SUMMIT = ("Central Asian leaders meet in Astana\n\nASTANA, March 9 - The annual Central Asian summit opened in "
           "Astana on Sunday, hosted by Kazakh President Kassym-Jomart Tokayev.\n")
_PARADE = ("Russia holds Victory Day parade\n\nMOSCOW, May 9 - Russia held its Victory Day parade on Red Square on "
           "Friday, with 11,000 troops marching past the Kremlin.\n")
_CEREMONY = ("Navy commissions new frigate\n\nGDYNIA, March 7 - The Polish Navy commissioned the frigate ORP Wicher "
             "at a ceremony in Gdynia on Friday.\n")
_FAIR = ("IDEX opens in Abu Dhabi\n\nABU DHABI, February 17 - IDEX 2025 opened in Abu Dhabi on Monday with 1,500 "
         "exhibitors.\n")
_MEETING = ("NATO ministers meet in Brussels\n\nBRUSSELS, April 3 - NATO foreign ministers met in Brussels on "
            "Thursday to discuss support for Ukraine.\n")

PROBES: dict[str, tuple[str, str, str, str]] = {
    # ---- partic43: "sat" / "stood" / "seated" that are no attendance -> no PARTICIPATED_IN of the person
    "pr01": ("partic43", _D, _SUMMIT + "Kyrgyz President Sadyr Japarov sat on a United Nations panel on water "
             "before he took office.", "no Japarov PARTICIPATED_IN the summit (sat on a panel)"),
    "pr02": ("partic43", _D, _SUMMIT + "Former Kyrgyz president Almazbek Atambayev stood trial in Bishkek on "
             "charges of corruption.", "no Atambayev PARTICIPATED_IN (stood trial)"),
    "pr04": ("partic43", _D, _SUMMIT + "Turkmen President Serdar Berdimuhamedov sat out the summit and sent his "
             "foreign minister instead.", "no Serdar PARTICIPATED_IN (sat out)"),
    "pr05": ("partic43", _D, _SUMMIT + "Uzbek President Shavkat Mirziyoyev said Uzbekistan stood by its decision "
             "to stay out of the CSTO.", "no Uzbekistan PARTICIPATED_IN from 'stood by'"),
    "pr06": ("partic43", _D, _SUMMIT + "A bronze statue of former president Nursultan Nazarbayev stands beside "
             "the congress hall.", "no Nazarbayev PARTICIPATED_IN (a statue stands)"),
    "pr07": ("partic43", _D, _SUMMIT + "Tajikistan stood beside Russia when the West imposed sanctions, "
             "President Emomali Rahmon said.", "figurative: no Tajikistan/Russia PARTICIPATED_IN from 'stood beside'"),
    "pr08": ("partic43", _D, _SUMMIT + "At the Shanghai Cooperation Organisation summit in Tianjin, Shavkat "
             "Mirziyoyev sat beside Chinese President Xi Jinping.",
             "another summit: no Xi PARTICIPATED_IN the Astana summit"),
    "pr09": ("partic43", _D, _SUMMIT + "Next year Shavkat Mirziyoyev will sit beside Turkish President Recep "
             "Tayyip Erdogan at the summit in Samarkand.", "future: no Erdogan PARTICIPATED_IN"),
    "pr11": ("partic43", _D, _SUMMIT + "Russian President Vladimir Putin, who was not invited, sat in the Kremlin "
             "watching the summit on television.", "elsewhere: no Putin PARTICIPATED_IN"),
    "pr13": ("partic43", _D, _SUMMIT + "Uzbek Defence Minister Bakhodir Kurbanov sits on the council of the "
             "Shanghai Cooperation Organisation's defence ministers.", "no Kurbanov PARTICIPATED_IN (sits on council)"),
    "pr14": ("partic43", _D, _SUMMIT + "The Kazakh parliament building, where Tokayev's predecessor Nursultan "
             "Nazarbayev once sat for hours, stands next to the Bayterek tower.",
             "no Nazarbayev PARTICIPATED_IN (past, a building stands)"),
    "pr17": ("partic43", _D, _PARADE + "At a parade in Beijing in September, North Korean leader Kim Jong Un sat "
             "beside Chinese President Xi Jinping.", "another parade: no Kim/Xi PARTICIPATED_IN Victory Day parade"),
    # ---- partic43: true attendance
    "pr31": ("partic43", _D, _SUMMIT + "Sadyr Japarov, the guest of honour, was seated beside Kassym-Jomart "
             "Tokayev.", "true: Japarov PARTICIPATED_IN"),
    "pr33": ("partic43", _D, _PARADE + "Slovak Prime Minister Robert Fico stood on the tribune next to Brazilian "
             "President Luiz Inacio Lula da Silva.", "true: Fico and Lula PARTICIPATED_IN"),
    # ---- heldin43: travel to P for E
    "tr01": ("heldin43", _D, _MEETING + "Before the meeting, US Secretary of State Marco Rubio flew to Ankara for "
             "talks with Turkish Foreign Minister Hakan Fidan.", "the ministers' meeting is not HELD_IN Ankara"),
    "tr03": ("heldin43", _D, "Quad leaders meet in Sydney\n\nSYDNEY, May 24 - The Quad summit opened in Sydney "
             "on Wednesday.\nNarendra Modi arrived in Tokyo after the summit for talks on trade.",
             "summit not HELD_IN Tokyo"),
    "tr04": ("heldin43", _D, "Putin and Trump meet in Alaska\n\nANCHORAGE, August 15 - Russian President Vladimir "
             "Putin flew to Anchorage, Alaska, for the summit with US President Donald Trump.",
             "true: summit HELD_IN Anchorage; Alaska dropped (town named)"),
    "tr05": ("heldin43", _D, "Putin and Trump meet in Alaska\n\nAugust 15 - Russian President Vladimir Putin flew "
             "to Alaska for the summit with US President Donald Trump.", "true: summit HELD_IN Alaska (state only)"),
    "tr06": ("heldin43", _D, "NATO summit opens\n\nJuly 11 - Turkish President Recep Tayyip Erdogan did not "
             "travel to Vilnius for the NATO summit.", "negated: no HELD_IN from this travel"),
    "tr08": ("heldin43", _D, "Rutte meets Trump\n\nWASHINGTON, March 13 - Before the NATO summit in The Hague, "
             "NATO Secretary General Mark Rutte flew to Washington for a meeting with Donald Trump.",
             "NATO summit not HELD_IN Washington"),
    "tr09": ("heldin43", _D, "India celebrates Republic Day\n\nNEW DELHI, January 26 - Indonesian President "
             "Prabowo Subianto came to New Delhi for the Republic Day parade as chief guest.",
             "true: parade HELD_IN New Delhi"),
    "tr11": ("heldin43", _D, "Defence fair opens in Abu Dhabi\n\nABU DHABI, February 17 - IDEX 2025 opened in "
             "Abu Dhabi on Monday.\nSaab's chief executive Micael Johansson flew to Dubai for the air show in "
             "November.", "IDEX not HELD_IN Dubai; Dubai Airshow (if made) HELD_IN Dubai acceptable"),
    # ---- heldin43: "off"
    "of01": ("heldin43", _D, "Storm halts drill\n\nTOKYO, June 3 - The Resolute Dragon exercise was called off "
             "after a typhoon hit Okinawa.", "no HELD_IN Okinawa from 'called off after'"),
    "of03": ("heldin43", _D, "Drill begins\n\nJune 3 - F-35 jets took off from Misawa Air Base for the Red Flag "
             "Alaska exercise.", "exercise not HELD_IN Misawa Air Base"),
    "of04": ("heldin43", _D, "IDEX opens\n\nABU DHABI, February 17 - IDEX 2025 kicked off in Abu Dhabi on Monday "
             "with 1,500 exhibitors.", "true: IDEX HELD_IN Abu Dhabi"),
    "of05": ("heldin43", _D, "Paris parade\n\nPARIS, July 14 - An off-duty soldier watched the Bastille Day "
             "parade from a cafe in Marseille.", "parade not HELD_IN Marseille"),
    "of06": ("heldin43", _D, "Helicopter lost\n\nJune 3 - A Chinese helicopter crashed off Hainan during the "
             "Strait Thunder exercise.", "exercise not HELD_IN Hainan (what a dated clause did)"),
    "of10": ("heldin43", _D, "Summit ends\n\nMarch 3 - The leaders sealed off Qingdao's port during the summit "
             "in Tianjin.", "summit HELD_IN Tianjin, not Qingdao"),
    "of11": ("heldin43", _D, "Drill ends\n\nJune 3 - Balikatan 2025 ended on Friday, a week after a ship ran "
             "aground off Palawan.", "Balikatan not HELD_IN Palawan"),
    # ---- heldin43: region pass (point events)
    "rg01": ("heldin43", _D, "Parade in Crimea\n\nMay 9 - Russia held a Victory Day parade in Crimea on Friday, "
             "its governor said.", "true: parade HELD_IN Crimea (region only, kept)"),
    "rg02": ("heldin43", _D, "Parade in Lahore\n\nLAHORE, March 23 - Pakistan held a military parade in Lahore, "
             "the capital of Punjab, on Sunday.", "true: parade HELD_IN Lahore; Punjab dropped"),
    "rg03": ("heldin43", _D, "Ceremony in Texas\n\nMarch 3 - Lockheed Martin held a ceremony in Fort Worth, "
             "Texas, for the 1,000th F-35.", "true: ceremony HELD_IN Fort Worth; Texas dropped"),
    "rg04": ("heldin43", _D, "Drill in Hokkaido\n\nJune 3 - Japan and the US held the Orient Shield exercise in "
             "Hokkaido, with live fire near Chitose.", "exercise (no point kind): Hokkaido kept"),
    "rg07": ("heldin43", _D, "Summit on Lake Issyk-Kul\n\nJuly 3 - The summit was held on the shores of the Black "
             "Sea in Krasnodar Krai.", "no town: Krasnodar Krai kept (Black Sea no town)"),
    # ---- cooperates43: "non-"
    "nn01": ("cooperates43", "2021-05-10", "Non-NATO members such as Sweden and Finland joined the BALTOPS "
             "exercise in the Baltic Sea.", "no NATO mention; Sweden, Finland PARTICIPATED_IN"),
    "nn02": ("cooperates43", _D, "NATO and non-NATO states sent warships to the Sea Breeze exercise off Odesa.",
             "NATO kept"),
    "nn03": ("cooperates43", _D, "Leaders of the Non-Aligned Movement met in Baku as India sent its foreign "
             "minister.", "Non-Aligned Movement kept"),
    "nn04": ("cooperates43", _D, "Pakistan, a major non-NATO ally of the United States, bought F-16s from "
             "Lockheed Martin.", "no NATO; SUPPLIES kept"),
    "nn05": ("cooperates43", _D, "Non-EU states such as Norway and Switzerland joined the European Sky Shield "
             "Initiative.", "no EU mention"),
    "nn06": ("cooperates43", _D, "Ukraine, a non-NATO state, has received more than 50 F-16s from NATO "
             "members.", "no NATO from 'non-NATO'; NATO kept from 'NATO members'"),
    "nn08": ("cooperates43", _D, "The anti-NATO protest in Bratislava drew 5,000 people.",
             "anti-NATO: NATO kept (not negated)"),
    "nn09": ("cooperates43", _D, "China signed the Treaty on the Non-Proliferation of Nuclear Weapons in 1992.",
             "treaty name with Non- kept"),
    "nn10": ("cooperates43", _D, "The non-ASEAN members of the forum, China and Japan, held a drill with "
             "Vietnam.", "no ASEAN mention"),
    "nn11": ("cooperates43", _D, "Diplomats said the non-US members of the coalition, Britain and France, "
             "would keep flying over Syria.", "no US mention"),
    "nn12": ("cooperates43", _D, "NATO's non-NATO partners, including Japan and Australia, met in Brussels.",
             "NATO kept (possessive)"),
    # ---- summitname43: numbered rows
    "sn01": ("summitname43", "2023-09-06", "Leaders gathered in Jakarta on Wednesday for the 43rd ASEAN Summit, "
             "a year after the 40th ASEAN Summit in Phnom Penh.", "43rd HELD_IN Jakarta; 40th apart"),
    # ---- partic43: more senses of sitting and standing that are no attendance (the presence path itself)
    "pa02": ("partic43", _D, _SUMMIT + "Kazakhstan's former prime minister Karim Massimov sits in prison for "
             "treason.", "no Massimov PARTICIPATED_IN (sits in prison)"),
    "pa04": ("partic43", _D, _SUMMIT + "Serdar Berdimuhamedov stood in for his father at a gas forum in "
             "Ashgabat.", "no Serdar PARTICIPATED_IN (another forum)"),
    "pa06": ("partic43", _D, _SUMMIT + "Sadyr Japarov stood up for the rights of Kyrgyz migrants in Russia.",
             "no Japarov PARTICIPATED_IN (stood up for)"),
    "pa08": ("partic43", _D, _SUMMIT + "Uzbek opposition figure Muhammad Salih stood in the presidential "
             "election as the only rival of Islam Karimov.", "no Salih/Karimov PARTICIPATED_IN (stood in an election)"),
    "pa10": ("partic43", _D, _PARADE + "A monument to Marshal Georgy Zhukov stands near the square.",
             "no Zhukov PARTICIPATED_IN (a monument stands)"),
    "pa12": ("partic43", _D, _CEREMONY + "President Karol Nawrocki will stand beside the crew when the ship sails "
             "for the Baltic in June.", "future: no Nawrocki PARTICIPATED_IN"),
    "pa13": ("partic43", _D, _SUMMIT + "Sadyr Japarov sat down with Chinese envoy Li Hui after the summit to "
             "discuss the railway.", "after the summit: no Li Hui PARTICIPATED_IN"),
    "pa15": ("partic43", _D, _FAIR + "In Paris two years ago, Edge chief executive Hamad Al Marar stood beside "
             "Dassault chief Eric Trappier.", "elsewhere/past: no Trappier PARTICIPATED_IN IDEX"),
    "pa16": ("partic43", _D, _SUMMIT + "Ilham Aliyev, who sits at the head of the Turkic states' council, stayed "
             "in Baku.", "no Aliyev PARTICIPATED_IN (stayed in Baku)"),
    "pa17": ("partic43", _D, _SUMMIT + "Rahmon's son Rustam Emomali, who sits in the upper house, is seen as his "
             "heir.", "no Rustam PARTICIPATED_IN (sits in the upper house)"),
    # ---- partic43: more true attendance
    "pa30": ("partic43", _D, _SUMMIT + "Sadyr Japarov sat between Kassym-Jomart Tokayev and Emomali Rahmon.",
             "true: Japarov, Rahmon PARTICIPATED_IN"),
    "pa31": ("partic43", _D, _SUMMIT + "Behind Tokayev stood Kazakh Defence Minister Ruslan Zhaksylykov.",
             "true: Zhaksylykov PARTICIPATED_IN ('behind' is a stop word: miss risk)"),
    "pa32": ("partic43", _D, _CEREMONY + "Andrzej Duda stood on the deck while navy chief Admiral Krzysztof "
             "Jaworski read the order.", "true: Duda PARTICIPATED_IN"),
    "pa34": ("partic43", _D, _FAIR + "Edge chief executive Hamad Al Marar stood in front of the company's new "
             "drone with Saab chief Micael Johansson.", "true: Al Marar, Johansson PARTICIPATED_IN IDEX"),
    # ---- heldin43: more travel
    "tv01": ("heldin43", _D, _SUMMIT + "Before the summit, Shavkat Mirziyoyev flew to Moscow for the parade.",
             "the summit is not HELD_IN Moscow"),
    "tv02": ("heldin43", _D, _SUMMIT + "Azerbaijani President Ilham Aliyev came to Kazakhstan for the summit.",
             "summit HELD_IN Astana only; Kazakhstan (a state) extra?"),
    "tv03": ("heldin43", _D, "Modi heads to Russia\n\nNEW DELHI, October 22 - Indian Prime Minister Narendra Modi "
             "travelled to Kazan for the BRICS summit on Tuesday.", "true: summit HELD_IN Kazan"),
    "tv04": ("heldin43", _D, "Trump in Texas\n\nMarch 3 - Donald Trump flew to Texas for the ceremony at Fort "
             "Worth.", "ceremony HELD_IN Fort Worth, not Texas"),
    "tv05": ("heldin43", _D, "Macron in India\n\nJanuary 26 - French President Emmanuel Macron visited India for "
             "the Republic Day parade.", "parade HELD_IN India (state only; judge)"),
    "tv06": ("heldin43", _D, "Xi in Moscow\n\nMay 9 - Chinese President Xi Jinping flew to Moscow for the Victory "
             "Day parade, then went to Minsk for talks with Alexander Lukashenko.",
             "parade HELD_IN Moscow; not Minsk"),
    "tv09": ("heldin43", _D, _PARADE + "After the parade, Xi Jinping flew to Minsk for a state visit.",
             "the parade is not HELD_IN Minsk; the state visit may be"),
    # ---- heldin43: more off / apposition
    "of20": ("heldin43", _D, "Navy Day in Sevastopol\n\nJuly 27 - Russia's Navy Day parade was held off "
             "Sevastopol on Sunday.", "true: parade HELD_IN Sevastopol"),
    "of21": ("heldin43", _D, "Malabar opens\n\nNovember 8 - The Malabar exercise, held off Guam, opened on "
             "Friday as a Chinese survey ship was spotted off Palau.", "Malabar HELD_IN Guam, not Palau"),
    "of24": ("heldin43", _D, "Drill near Taiwan\n\nApril 2 - China's Strait Thunder exercise began off Fujian "
             "after Taiwan's president called off a trip to Guatemala.", "HELD_IN Fujian; not Guatemala"),
    "ap01": ("heldin43", _D, "Army forum opens\n\nAugust 12 - The Army-2025 forum opened in Kubinka, smaller than "
             "the previous edition, Army-2022, in Moscow Oblast.", "Army-2022 HELD_IN Moscow Oblast; 2025 in Kubinka"),
    # ---- heldin43: more region pass
    "rg20": ("heldin43", _D, "Ceremony in Kursk\n\nMOSCOW, May 9 - Russia held a ceremony in Kursk Oblast on "
             "Friday to honour soldiers killed there.", "dateline Moscow must not push out Kursk Oblast"),
    "rg21": ("heldin43", _D, "Ceremony at Baltiysk\n\nJuly 3 - The Baltic Fleet held a ceremony at its base in "
             "Baltiysk, in Kaliningrad Oblast.", "true: ceremony HELD_IN Baltiysk; Oblast dropped"),
    "rg22": ("heldin43", _D, "Parade in Punjab\n\nMarch 23 - Pakistan held a parade in Punjab province on Sunday, "
             "and jets flew over the Indus River.", "Punjab kept (a river is no town)"),
    # ---- cooperates43: more
    "nn22": ("cooperates43", _D, "The non-US-made jets, Rafales from Dassault, went to India.",
             "no US mention"),
    "nn23": ("cooperates43", _D, "NON-NATO SWEDEN JOINS BALTOPS\n\nSweden joined the BALTOPS exercise on Monday.",
             "no NATO in the headline"),
    "nn24": ("cooperates43", _D, "Brazil, a non-OPEC state, bought Gripen jets from Saab.",
             "no OPEC; Saab SUPPLIES Brazil"),
    # ---- summitname43: more numbered rows
    "sn04": ("summitname43", "2025-10-26", "The 47th ASEAN Summit and the 20th East Asia Summit opened in Kuala "
             "Lumpur on Sunday.", "47th ASEAN Summit HELD_IN Kuala Lumpur"),
    "pa18": ("partic43", _D, _SUMMIT + "A portrait of Nursultan Nazarbayev stands in the hall.",
             "no Nazarbayev PARTICIPATED_IN (a portrait stands)"),
    "of25": ("heldin43", _D, "Russia's Navy Day parade was held off Sevastopol on Sunday.",
             "true: parade HELD_IN Sevastopol (of20 without its headline)"),
}
