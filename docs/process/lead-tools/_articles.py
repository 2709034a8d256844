"""Each article of a half whose graph a devset run kept, loaded and matched to its gold by the shared scorer
(the loop every count-only script here starts with)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, '/work/main/tests')
from devset import scorer_module  # noqa: E402

sc = scorer_module()


def matched(gold_dir, graph_dir, strict=False):
    """(index, gold path, gold, nodes, edges, entity nodes, node id -> gold name) per article with a graph."""
    for i, gp in enumerate(sorted(Path(gold_dir).glob('*.json'))):
        g = Path(graph_dir) / gp.name
        if not g.exists():
            continue
        gold = json.loads(gp.read_text())
        nodes, edges = sc.load_graph(g)
        ents = sc.entity_nodes(nodes, edges)
        yield i, gp, gold, nodes, edges, ents, sc.match_entities(gold['entities'], ents, strict)


def pairs(sys_args):
    """(gold dir, graph dir) pairs of a command line GOLD GRAPHS [GOLD GRAPHS ...]."""
    return zip(sys_args[1::2], sys_args[2::2])


def matched_edges(edges, mapping):
    """(type, gold source, gold target) -> edge, for every edge whose two ends match gold entities."""
    out = {}
    for e in edges:
        s, t = mapping.get(e['source']), mapping.get(e['target'])
        if isinstance(s, str) and isinstance(t, str):
            out[(e['type'], s, t)] = e
    return out
