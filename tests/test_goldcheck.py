"""The gold checker: problems it must find in a small made-up annotation, and none in the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.goldcheck import check_file, main

DEV = Path(__file__).parent / "data" / "dev"


def _gold(tmp_path: Path, entities: list[dict], relations: list[dict]) -> Path:
    (tmp_path / "a.txt").write_text("Norway\u2019s army chose the K9 howitzer from Hanwha Aerospace.", encoding="utf-8")
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"document": {"file": "a.txt", "published": "2024-05-02"},
                                "entities": entities, "relations": relations}), encoding="utf-8")
    return path


def test_alias_absent_from_the_text_is_a_problem_only_when_asked(tmp_path):
    path = _gold(tmp_path, [{"name": "Norway", "label": "Country", "aliases": ["Norway's", "Norge"]},
                            {"name": "K9 Thunder", "label": "Platform", "category": "artillery", "aliases": ["K9"]}], [])
    assert check_file(path) == []
    found = check_file(path, aliases=True)
    assert len(found) == 1 and "'Norge'" in found[0]  # "Norway's" matches the curly apostrophe


def test_disallowed_relation_and_missing_entity(tmp_path):
    path = _gold(tmp_path, [{"name": "Norway", "label": "Country"},
                            {"name": "Hanwha Aerospace", "label": "Company"},
                            {"name": "Sweden", "label": "Country"}],
                 [{"source": "Norway", "type": "MANUFACTURES", "target": "Hanwha Aerospace"},
                  {"source": "Norway", "type": "COOPERATES_WITH", "target": "Denmark"}])
    found = "\n".join(check_file(path))
    assert "'Sweden': neither its name nor an alias occurs" in found
    assert "is not allowed by the ontology" in found
    assert "an endpoint is not an entity name" in found


@pytest.mark.parametrize("half", sorted(p.name for p in DEV.iterdir() if p.is_dir()))
def test_every_dev_half_passes(half, capsys):
    assert main([str(DEV / half)]) == 0, capsys.readouterr().out
