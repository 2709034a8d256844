"""Invented defence-news probes of session 47's branches (review47) -> (branch, published, text, what to look at).
None is copied from a development article; names of states, places, firms, ships, people and types are public ones
used in made-up statements. Branches: ``ties47`` (passes/member_ties.py ``drop_universal_memberships``: no text
MEMBER_OF the United Nations, ``membership.universal_bodies`` in cues.yaml), ``speed47`` (text/metadata.py
``_plain``: "4 March 2024", "March 4, 2024", "March 2024" read without dateparser; ``warm_dates`` at pipeline build).
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
