"""Parameter sets for every named query, drawn from a graph's own names (shared by parity tests)."""
from __future__ import annotations


def params_for(g, rng, n=3):
    """Parameter sets for every named query, drawn from the graph's own names."""
    by_label = {}
    for _, a in g.nodes(data=True):
        by_label.setdefault(a["label"], []).append(a)

    def names(*labels):
        pool = [a for label in labels for a in by_label.get(label, [])]
        picked = rng.sample(pool, min(n, len(pool)))
        return [rng.choice([a["name"], a["name"].upper(), *a["aliases"]]) for a in picked]

    actors = ("Country", "Alliance", "Company", "GovernmentBody", "Organization", "Person")
    sets = {
        "partners": [{"name": x, "domain": d} for x in names("Country") for d in ("", "defense")],
        "alliance_members": [{"name": x} for x in names("Alliance")],
        "platform_actors": [{"name": x} for x in names("Platform")],
        "supply_chains": [{"name": ""}] + [{"name": x} for x in names("Country", "Platform")],
        "joint_ventures": [{"name": ""}] + [{"name": x} for x in names("Company")],
        "people_roles": [{"name": ""}] + [{"name": x} for x in names("Person")],
        "event_displays": [{"name": ""}] + [{"name": x} for x in names("Event")],
        "conflicts": [{"name": ""}] + [{"name": x} for x in names(*actors)],
        "neighbourhood": [{"name": x} for x in names(*actors, "Platform", "Place")],
        "entity": [{"name": x} for x in names(*actors, "Platform")],
    }
    pairs = list(zip(names(*actors), names(*actors), strict=False))
    sets["shortest_path"] = [{"source": a, "target": b} for a, b in pairs]
    sets["relation_evidence"] = [{"source": a, "target": b} for a, b in pairs]
    sets["two_hop"] = [{"entity": x} for x in names(*actors, "Platform")]
    sets["partners_of_partners"] = [{"country": x} for x in names("Country")]
    sets["timeline"] = [{"name": x} for x in names(*actors, "Platform")]
    sets["changes"] = [{"name": ""}] + [{"name": x} for x in names(*actors)]
    sets["counts"] = [{}]
    nodes = list(g.nodes)
    for _ in range(n):  # relations that exist, so evidence rows are compared too
        u, v, d = rng.choice(list(g.edges(data=True)))
        if d["type"] != "MENTIONED_IN":
            sets["relation_evidence"].append({"source": g.nodes[u]["name"], "target": g.nodes[v]["name"]})
            sets["shortest_path"].append({"source": g.nodes[u]["name"], "target": g.nodes[rng.choice(nodes)]["name"]})
    return sets


# time filters every named query takes: a day, a window, an open end on each side
TIME_FILTERS = [{"as_of": "2015-06-01"}, {"since": "2018", "until": "2020-03"}, {"until": "2010"}, {"since": "2024-02"}]


def with_times(sets, rng, n=2):
    """``sets`` plus, for each query, its first ``n`` parameter sets again under a time filter."""
    return {name: list(ps) + [{**p, **rng.choice(TIME_FILTERS)} for p in ps[:n]] for name, ps in sets.items()}
