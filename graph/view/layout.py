"""Node positions computed in Python for graphs too large for in-browser physics.

Fruchterman–Reingold (attraction d²/k along edges, repulsion k²/d between all nodes, a pull to
the centre) in numpy, O(n + m) per iteration. The repulsion is exact between nodes closer than 1.5 k
(found through a grid of cells that size) and, from farther nodes, estimated each iteration from a
random sample of them, scaled to stand for all. Deterministic for a given graph and seed.
On big graphs with groups (the communities), the layout starts from that of the groups, so it
needs fewer iterations and keeps each group's members together.

>>> import networkx as nx
>>> pos = spring_positions(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3] and all(len(p) == 2 for p in pos.values())
True
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping

import networkx as nx
import numpy as np

#: the ideal distance k between linked nodes, in vis-network pixels
EDGE_LENGTH = 70.0
_NEAR = 1.5  # exact repulsion within this distance, in units of k
_GAP = 0.5  # wanted distance to the nearest node, in units of k
_PIVOTS = 64  # nodes whose repulsion, scaled, stands for that of all farther nodes
_HALF = ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1))  # a cell and half its neighbours: each pair once
#: above this many nodes, given groups seed the layout, which then needs this share of the iterations
SEEDED_OVER = 1500
SEEDED_SHARE = 0.4


def _sum(n: int, idx: np.ndarray, vec: np.ndarray) -> np.ndarray:
    """Row sums of ``vec`` grouped by ``idx`` into ``n`` rows."""
    return np.stack([np.bincount(idx, weights=vec[:, 0], minlength=n),
                     np.bincount(idx, weights=vec[:, 1], minlength=n)], axis=1)


def _pairs(key: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs of nodes in the same or adjacent cells, each pair once; ``key = x * width + y``."""
    order = np.argsort(key, kind="stable")
    cells, start, count = np.unique(key[order], return_index=True, return_counts=True)
    firsts, seconds = [], []
    for dx, dy in _HALF:
        want = cells + dx * width + dy
        at = np.minimum(np.searchsorted(cells, want), len(cells) - 1)
        hit = cells[at] == want
        a_start, b_start, b_count = start[hit], start[at[hit]], count[at[hit]]
        reps = count[hit] * b_count
        total = int(reps.sum())
        if not total:
            continue
        offset = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
        b_rep = np.repeat(b_count, reps)
        i = np.repeat(a_start, reps) + offset // b_rep
        j = np.repeat(b_start, reps) + offset % b_rep
        if (dx, dy) == (0, 0):
            i, j = i[i < j], j[i < j]
        firsts.append(order[i])
        seconds.append(order[j])
    if not firsts:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _repulsion(pos: np.ndarray, pivots: np.ndarray) -> np.ndarray:
    """The summed k²/d repulsion on every node: exact within ``_NEAR``, estimated from ``pivots`` beyond."""
    n = len(pos)
    cell = np.floor(pos / _NEAR).astype(np.int64)
    cell -= cell.min(axis=0) - 1
    width = int(cell[:, 1].max()) + 2  # keys of the neighbour cells never wrap into another column
    i, j = _pairs(cell[:, 0] * width + cell[:, 1], width)
    d = pos[i] - pos[j]
    dist2 = np.einsum("ij,ij->i", d, d)
    near = dist2 < _NEAR ** 2
    d = d[near] / (dist2[near] + 1e-6)[:, None]
    force = _sum(n, i[near], d) - _sum(n, j[near], d)
    dx = pos[:, 0, None] - pos[None, pivots, 0]
    dy = pos[:, 1, None] - pos[None, pivots, 1]
    dist2 = dx * dx + dy * dy
    weight = np.where(dist2 >= _NEAR ** 2, (n - 1) / len(pivots) / (dist2 + 1e-6), 0.0)
    return force + np.stack([(dx * weight).sum(axis=1), (dy * weight).sum(axis=1)], axis=1)


def _spread(pos: np.ndarray) -> float:
    """The factor that puts nine nodes in ten at least ``_GAP`` from their nearest neighbour."""
    cell = np.floor(pos / _GAP).astype(np.int64)
    cell -= cell.min(axis=0) - 1
    width = int(cell[:, 1].max()) + 2
    i, j = _pairs(cell[:, 0] * width + cell[:, 1], width)
    nearest = np.full(len(pos), _GAP)
    if len(i):
        dist = np.sqrt(((pos[i] - pos[j]) ** 2).sum(axis=1))
        np.minimum.at(nearest, i, dist)
        np.minimum.at(nearest, j, dist)
    return max(1.0, _GAP / max(float(np.percentile(nearest, 10)), 1e-3))


def _edges(nodes: list, g: nx.Graph) -> np.ndarray:
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in g.edges() if u != v}
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def _disc(rng: np.random.Generator, n: int, radius: float) -> np.ndarray:
    angle, r = rng.uniform(0, 2 * np.pi, n), radius * np.sqrt(rng.uniform(0, 1, n))
    return np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)


def _relax(pos: np.ndarray, edges: np.ndarray, rng: np.random.Generator, iterations: int, temperature: float,
           gravity: float) -> np.ndarray:
    """``iterations`` steps of the forces from ``pos`` (in units of k), each move at most ``temperature``,
    which cools to 0.02."""
    n = len(pos)
    src, dst = edges[:, 0], edges[:, 1]
    links = np.bincount(edges.ravel(), minlength=n)
    # weakly linked nodes are pulled harder, so that isolated nodes and small components sit at the
    # rim of the main component rather than on a distant ring
    pull_in = (gravity * (1.0 + 4.0 / (1.0 + links)))[:, None]
    cooling = (0.02 / temperature) ** (1 / max(1, iterations))
    for _ in range(iterations):
        pivots = rng.choice(n, size=min(_PIVOTS, n), replace=False)
        force = _repulsion(pos, pivots) - pull_in * pos
        if len(src):
            d = pos[src] - pos[dst]
            pull = d * np.sqrt(np.einsum("ij,ij->i", d, d))[:, None]  # d²/k along the unit vector
            force += _sum(n, dst, pull) - _sum(n, src, pull)
        length = np.sqrt(np.einsum("ij,ij->i", force, force)) + 1e-9
        pos = pos + force * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos


def _seeded(nodes: list, groups: Mapping[Hashable, Hashable], edges: np.ndarray, rng: np.random.Generator,
            iterations: int, gravity: float) -> np.ndarray:
    """Start positions from the layout of the groups: each group of three or more members, laid out as
    one node linked to the groups its members link to, at its place scaled to the whole graph, its
    members in a disc around it; the members of smaller groups anywhere, as without groups."""
    n = len(nodes)
    keys = {k: i for i, k in enumerate(sorted({str(groups.get(node, "")) for node in nodes}))}
    of = np.array([keys[str(groups.get(node, ""))] for node in nodes], dtype=np.int64)
    size = np.bincount(of, minlength=len(keys))
    big = np.flatnonzero(size >= 3)
    pos = _disc(rng, n, np.sqrt(n))
    if len(big) < 2:
        return pos
    at = np.full(len(keys), -1)
    at[big] = np.arange(len(big))
    between = at[of[edges]] if len(edges) else np.empty((0, 2), np.int64)
    between = between[(between >= 0).all(axis=1) & (between[:, 0] != between[:, 1])]
    between = np.unique(np.sort(between, axis=1), axis=0).reshape(-1, 2)
    m = len(big)
    centres = _relax(_disc(rng, m, np.sqrt(m)), between, rng, iterations, np.sqrt(m) / 4, gravity)
    centres = (centres - centres.mean(axis=0)) * np.sqrt(size[big].sum() / m)
    member = at[of] >= 0
    spread = _disc(rng, int(member.sum()), 1.0) * np.sqrt(size[of[member]])[:, None] * 0.6
    pos[member] = centres[at[of[member]]] + spread
    return pos


def spring_positions(g: nx.Graph, iterations: int = 100, seed: int = 7, gravity: float = 1.0,
                     edge_length: float = EDGE_LENGTH,
                     groups: Mapping[Hashable, Hashable] | None = None) -> dict[Hashable, tuple[float, float]]:
    """Positions ``{node: (x, y)}`` in pixels, centred on 0; the same graph and seed give the same layout.

    With ``groups`` (node -> group, e.g. communities) and more than :data:`SEEDED_OVER` nodes, the
    layout starts from that of the groups and needs :data:`SEEDED_SHARE` of the iterations: the
    members of a group start together, where the layout of the groups put it.
    """
    nodes = list(g.nodes)
    n = len(nodes)
    if n <= 1:
        return {node: (0.0, 0.0) for node in nodes}
    edges = _edges(nodes, g)
    rng = np.random.default_rng(seed)
    radius = np.sqrt(n)  # repulsion and gravity balance at a disc of about this radius
    if groups is not None and n > SEEDED_OVER:
        pos = _seeded(nodes, groups, edges, rng, iterations, gravity)
        pos = _relax(pos, edges, rng, int(iterations * SEEDED_SHARE), radius / 12, gravity)
    else:
        pos = _relax(_disc(rng, n, radius), edges, rng, iterations, radius / 4, gravity)
    pos = (pos - pos.mean(axis=0)) * (_spread(pos) * edge_length)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos, strict=True)}
