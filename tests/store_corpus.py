"""A small corpus of one-line defence reports written to a folder, for the store's ingest tests.

    folder = corpus(tmp_path / "in", 24)     # Report000.txt ... Report023.txt
"""
from __future__ import annotations

TEXTS = [
    "Poland is a member of NATO. Poland signed a defense cooperation agreement with South Korea.",
    "Lithuania is a member of NATO. Lithuania ordered HIMARS launchers from the United States.",
    "Turkey supplied Bayraktar TB2 drones to Niger. Niger is in conflict with jihadist groups.",
    "Kazakhstan signed a defense cooperation agreement with Turkey. Kazakhstan is a member of the CSTO.",
    "Armenia bought CAESAR howitzers from France. Armenia is in conflict with Azerbaijan.",
    "Sweden joined NATO. Sweden signed a defense cooperation agreement with Finland.",
]


def corpus(folder, n: int, tag: str = "Report"):
    """Write ``n`` reports named ``TAG000.txt``... into ``folder`` (made if missing); return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{tag}{i:03d}.txt").write_text(f"{tag} {i}.\n{TEXTS[i % len(TEXTS)]}", encoding="utf-8")
    return folder
