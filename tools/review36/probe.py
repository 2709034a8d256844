"""review36: invented probe sentences for session 36's merged rules; prints nodes and text relations (with rule)
as JSON so two worktrees' readings can be compared (run with PYTHONPATH at each worktree)."""
from __future__ import annotations

import json
import sys

from graph.pipeline import Pipeline
from tests.extracted import graph_of, relations_in

SEEN: dict[tuple[str, str, str], set[str]] = {}


class Recording(Pipeline):
    """A pipeline that keeps the producing rule of every relation (as tools/rule_precision.py does)."""

    def relations_of(self, doc, entities, doc_id):
        relations = super().relations_of(doc, entities, doc_id)
        for r in relations:
            SEEN.setdefault((r.source, r.type, r.target), set()).add(r.rule or "?")
        return relations

SENTENCES = {
    # ctxplat36: object of goods verbs, made-by participles, service possessive, listed phrases
    "c01": "The judge ordered the Senator to testify before the ethics committee on Tuesday.",
    "c02": "The Kremlin ordered the Tor project to shut down its Russian exit nodes.",
    "c03": "Moscow's regulator ordered the Tor to be blocked nationwide last week.",
    "c04": "The plant in Hanover produced the Varta batteries that power the army's radios.",
    "c05": "The ambassador arrived in a Jaguar offered by a local dealer.",
    "c06": "The defence minister drove a Jaguar built by Tata Motors at its Solihull factory.",
    "c07": "The Indian Army's Warrior ethos was praised by the visiting general.",
    "c08": "Engineers repaired the Bastion wall and the F-16 hangars after the storm.",
    "c09": "The family operates the Chieftain, a pub near the Catterick garrison.",
    "c10": "Greece will upgrade the Bastion of its northern border along the Evros river.",
    "c11": "The captain ordered the Marauder crew to stand down after the drill.",
    "c12": "Local firms bought the Mustang franchise and the Tornado arcade in Dubai.",
    "c13": "The Dutch navy will field the Jackal rugby team at the services cup.",
    "c14": "The festival will deploy the Mistral choir and the Rafale jets for the flypast.",
    "c15": "Regiments such as the Warrior brigade marched past the saluting base.",
    "c16": "Oman ordered the Typhoon in 2012 to replace its Jaguar fleet.",
    "c17": "Kenya will buy the Bronco, the Bushmaster and the Arma from three suppliers.",
    "c18": "The Senate passed the Patriot Act in 2001, and Congress renewed it in 2005.",
    "c19": "Pilots reported a Falcon sighting near the runway at Ramstein.",
    "c20": "The minister said troops would receive the Cougar and Lynx vehicles by March.",
    "c21": "The Eurofighter consortium ordered the Meteor missiles from MBDA.",
    "c22": "The Navy's Neptune festival drew thousands of visitors to Sevastopol.",
    "c23": "The zoo bought the Puma from a breeder in Texas last spring.",
    "c24": "Ford will build the Puma at its Craiova plant in Romania.",
    "c25": "Ford builds the Bronco at its Wayne plant in Michigan.",
    "c26": "Civilian vehicles such as the Jaguar were requisitioned by the police.",
    "c27": "The ministry will lease the Mistral, a hotel on the Black Sea coast, for delegates.",
    # place36: "at" + a name; province/state forms; capitals
    "p01": "Talks at Downing Street ended without a deal on the frigate programme.",
    "p02": "Engineers at Dornmark, the sensor's maker, said the tests had gone well.",
    "p03": "Investigators at Bellingcat, the open-source group, traced the missile launcher.",
    "p04": "Speaking at Chatham House, the Polish defence minister called for more air defence.",
    "p05": "Australian and US troops trained together at Talisman Sabre, the biennial exercise.",
    "p06": "Hanwha showed its K9 howitzer at Eurosatory, the Paris arms fair, in June.",
    "p07": "The frigate was displayed at RIMPAC in July and later sailed to Guam.",
    "p08": "Bankers at Lazard, which advised the deal, declined to comment.",
    "p09": "The agreement was signed at Rheinmetall, the German arms maker, on Monday.",
    "p10": "He told reporters at Reuters, on the sidelines of the summit, that Kyiv needed shells.",
    "p11": "The prime minister met Erdogan at Dolmabahce, the Ottoman palace in Istanbul.",
    "p12": "The ship was built at Itajai by a Brazilian yard and handed over in May.",
    "p13": "Islamic State's Sahel province claimed the attack on the army post.",
    "p14": "Observers worry about the state of the army after years of cuts.",
    "p15": "Armenia, a small Caucasus state, bought Akash air defence systems from India.",
    "p16": "Serbia, a Balkan state, received Chinese FK-3 missiles in April.",
    "p17": "The Washington state governor visited the Boeing plant in Everett.",
    "p18": "Fighting continued in the province of Idlib, and Turkish drones struck Idlib again.",
    "p19": "Recognition of a Palestinian state was discussed in Paris.",
    "p20": "Tokyo said on Monday it would buy Tomahawk missiles. Tokyo also plans to raise its defence budget, and Japan will sign the deal in March.",
    "p21": "Talks in Jakarta ended on Friday. Indonesia will buy Rafale jets, officials in Jakarta said.",
    "p22": "Troops from the district of Kabul were moved to Kandahar province.",
    "p23": "Militants attacked a checkpoint in Shan state, where the Tatmadaw has lost ground.",
    "p24": "The Kursk region governor said Ukrainian drones had hit a depot.",
    # junk36: written place forms
    "j01": "The destroyer returned to Norfolk, Virginia, after a seven-month deployment.",
    "j02": "Protesters gathered at the Everett plant, where Boeing builds tankers.",
    "j03": "Georgia's defence minister visited Batumi, Georgia, and the Vaziani base.",
    # catalogue36: energy and technology firms
    "k01": "Gazprom cut gas supplies to Moldova in December.",
    "k02": "Huawei supplied 5G equipment to Serbia's police.",
    "k03": "Rosatom will build a nuclear power plant in Egypt.",
    "k04": "Nvidia chips were found in Russian Orlan-10 drones shot down near Kharkiv.",
    "k05": "Satellite images from Google Maps showed new hangars at the Chinese base.",
    "k06": "The Aeroflot Airbus A320 was grounded by sanctions.",
    "k07": "TSMC makes chips for Apple and for the F-35's mission computers.",
    "k08": "Eni and Saudi Aramco signed a gas deal with Egypt.",
    "k09": "Intel from Ukrainian sources suggests the Kinzhal was launched from a MiG-31.",
    "k10": "The Kia plant in Gwangju builds the KLTV tactical vehicle for the South Korean army.",
    # more "at" names, written forms, a variant named twice
    "x01": "Ministers from Kyiv, Georgia and Moldova met in Riga on Monday.",
    "x02": "The destroyer returned to Norfolk, Virginia, after a seven-month deployment.",
    "x03": "Fighting continued in the province of Idlib near the Turkish border.",
    "x04": "The jets were shown at Zapad, the Russian-Belarusian exercise, in September.",
    "x05": "The minister was interviewed at Bloomberg, where he defended the budget.",
    "x06": "The general spoke at Sandhurst, the army's officer academy, on Friday.",
    "x07": "Protesters gathered outside the Kempinski hotel where the delegates stayed.",
    "x08": "Talks were held at Anduril, which builds the Fury drone, in California.",
    "x09": "The summit at Elmau, in the Bavarian Alps, ended on Tuesday.",
    "x10": "Poland ordered the MQ-9B SkyGuardian. The Reaper will fly from Miroslawiec.",
    "x11": "Speaking at Zelensky's side, the chancellor pledged more Patriot systems.",
    "x12": "Exports rose in the Texas state budget while Kansas state troopers trained with the Guard.",
    # catalogue36: more non-defence firms
    "y01": "Rebels mounted machine guns on Toyota Hilux pickups seized in Tripoli.",
    "y02": "A Volkswagen van carrying explosives was stopped at the border.",
    "y03": "Cummins engines power the Stryker and the Bradley.",
    "y04": "Siemens turbines ended up in Crimea despite sanctions.",
    "y05": "Nokia and Ericsson will supply 5G networks to Finland's armed forces.",
    "y06": "Russia's Rosatom supplies enriched uranium to the United States.",
    "y07": "Glencore shipped Russian oil to India in May.",
    "y08": "Lukoil's Burgas refinery was seized by Bulgaria.",
    "y09": "Hikvision cameras were removed from British government buildings.",
    "y10": "Microsoft helped Ukraine move its government data to the cloud.",
    "y11": "Maxar images showed Russian bombers at Engels air base.",
    "y12": "Eutelsat offered Ukraine OneWeb terminals to replace Starlink.",
    # variants36: variant rows vs family
    "v01": "Finland ordered more K9 Moukari howitzers, and Norway operates the K9 Vidar.",
    "v02": "The Royal Air Force retired its Tornado GR4 fleet in 2019; Germany still flies the Tornado.",
    "v03": "India inducted the Dhruv and the Rudra, both built by Hindustan Aeronautics.",
    "v04": "Poland ordered the MQ-9B SkyGuardian; the US Air Force flies the MQ-9 Reaper.",
    "v05": "The Army flies the Dhruv Mk III and the Dhruv NG helicopters.",
}


def reading(g) -> dict:
    nodes = sorted(f"{a['label']}:{a['name']}" for _, a in g.nodes(data=True) if a.get("label") != "Document")
    name = {n: a.get("name") for n, a in g.nodes(data=True)}
    rules = {(name.get(s), t, name.get(o)): ",".join(sorted(r)) for (s, t, o), r in SEEN.items()}
    rels = sorted(f"{s} -{t}-> {o} [{rules.get((s, t, o), '?')}]" for (s, t, o) in relations_in(g))
    return {"nodes": nodes, "rels": rels}


if __name__ == "__main__":
    p = Recording()
    out = {}
    for k, s in SENTENCES.items():
        SEEN.clear()
        out[k] = reading(graph_of(p, s, "2025-03-10"))
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
