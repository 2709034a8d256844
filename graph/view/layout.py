"""Node positions computed in Python for graphs too large for in-browser physics.

Fruchterman–Reingold (attraction d²/k along edges, repulsion k²/d between all nodes, a pull to
the centre) in numpy, O(n + m) per iteration. The repulsion is exact between nodes in the same or
adjacent cells of a grid laid over the drawing and, from farther cells, that of each cell's mass at
its centroid (a particle-mesh approximation). Deterministic for a given graph and seed.

>>> import networkx as nx
>>> pos = spring_positions(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3] and all(len(p) == 2 for p in pos.values())
True
"""
from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

#: the ideal distance k between linked nodes, in vis-network pixels
EDGE_LENGTH = 70.0
_HALF = ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1))  # a cell and half its neighbours: each pair once


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


def _repulsion(pos: np.ndarray, grid: int) -> np.ndarray:
    """The summed k²/d repulsion on every node: exact nearby, by cell centroids from afar."""
    n = len(pos)
    low = pos.min(axis=0)
    size = (pos.max(axis=0) - low).max() / grid + 1e-9
    cell = np.minimum(((pos - low) / size).astype(np.int64), grid - 1)
    width = grid + 2  # keys of the neighbour cells never wrap into another column
    key = (cell[:, 0] + 1) * width + cell[:, 1] + 1
    force = np.zeros_like(pos)
    i, j = _pairs(key, width)
    if len(i):
        d = pos[i] - pos[j]
        d /= (np.einsum("ij,ij->i", d, d) + 1e-6)[:, None]
        force += _sum(n, i, d) - _sum(n, j, d)
    cells, inverse = np.unique(key, return_inverse=True)
    mass = np.bincount(inverse).astype(float)
    centroid = _sum(len(cells), inverse, pos) / mass[:, None]
    cx, cy = cells // width, cells % width
    far = (np.abs(cx[:, None] - cx[None, :]) > 1) | (np.abs(cy[:, None] - cy[None, :]) > 1)
    delta = centroid[:, None, :] - centroid[None, :, :]
    weight = far * mass[None, :] / (np.einsum("abk,abk->ab", delta, delta) + 1e-6)
    field = np.einsum("abk,ab->ak", delta, weight)
    return force + field[inverse]


def spring_positions(g: nx.Graph, iterations: int = 100, seed: int = 7, gravity: float = 1.0,
                     edge_length: float = EDGE_LENGTH) -> dict[Hashable, tuple[float, float]]:
    """Positions ``{node: (x, y)}`` in pixels, centred on 0; the same graph and seed give the same layout."""
    nodes = list(g.nodes)
    n = len(nodes)
    if n <= 1:
        return {node: (0.0, 0.0) for node in nodes}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in g.edges() if u != v}
    edges = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    src, dst = edges[:, 0], edges[:, 1]
    rng = np.random.default_rng(seed)
    radius = np.sqrt(n)  # repulsion and gravity balance at a disc of about this radius
    angle, r = rng.uniform(0, 2 * np.pi, n), radius * np.sqrt(rng.uniform(0, 1, n))
    pos = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    grid = int(np.clip(np.sqrt(n / 3), 3, 40))
    temperature = radius / 4
    cooling = (0.02 / temperature) ** (1 / iterations)
    for _ in range(iterations):
        force = _repulsion(pos, grid) - gravity * pos
        if len(src):
            d = pos[src] - pos[dst]
            pull = d * np.sqrt(np.einsum("ij,ij->i", d, d))[:, None]  # d²/k along the unit vector
            force += _sum(n, dst, pull) - _sum(n, src, pull)
        length = np.sqrt(np.einsum("ij,ij->i", force, force)) + 1e-9
        pos += force * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    pos = (pos - pos.mean(axis=0)) * edge_length
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos, strict=True)}
