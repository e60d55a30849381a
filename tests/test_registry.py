"""The rule registry, the step list and the README agree, and the code names rules only through
the registry."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from cleaner import STEPS, removals
from cleaner.model import Removal
from cleaner.strip.rules import Rules

README = (ROOT / "README.md").read_text(encoding="utf-8")
PACKAGE = ROOT / "cleaner"


def _readme_rules() -> set[str]:
    table = README.split("### Removal rules", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            names.update(re.findall(r"`([^`]+)`", first))
    return names


def test_readme_documents_every_rule_and_nothing_else() -> None:
    documented = _readme_rules()
    registered = removals.documented_names()
    assert registered - documented == set(), "rules the README does not explain"
    assert documented - registered == set(), "rules the README explains that the code cannot emit"


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))]


def test_every_registered_rule_is_used_by_the_code() -> None:
    constants = {name for name, value in vars(removals).items() if isinstance(value, str) and value in removals.RULES}
    used: set[str] = set()
    for path, tree in _sources():
        if path.name == "removals.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "removals":
                used.add(node.attr)
            elif isinstance(node, ast.alias) and node.name in constants:
                used.add(node.name)
    dead = {removals.RULES[getattr(removals, c)].name for c in constants - used}
    # rules born in data files: the extract selectors name theirs
    selectors = json.loads((PACKAGE / "extract" / "rules.json").read_text(encoding="utf-8"))["selectors"]
    dead -= {s["rule"] for s in selectors}
    assert not dead, f"registered but never emitted: {sorted(dead)}"


def test_rules_are_named_through_the_registry_only() -> None:
    """A string literal passed as a rule to drop/trim/Removal would bypass the registry."""
    offenders = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"drop": 1, "trim": 3, "Removal": 0}.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant | ast.JoinedStr):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


def test_unregistered_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unregistered"):
        Removal("made-up-rule", "text")
    assert Removal(removals.phrase("newsletter"), "x").rule == "phrase:newsletter"


def test_selector_rules_of_the_extract_data_are_registered() -> None:
    selectors = json.loads((PACKAGE / "extract" / "rules.json").read_text(encoding="utf-8"))["selectors"]
    assert selectors
    for spec in selectors:
        assert removals.is_rule(spec["rule"]), spec


def test_phrase_roles_name_existing_families() -> None:
    rules = Rules()
    rules.merge({"families": {"newsletter": ["subscribe"]}, "roles": {"sentences": ["newsletter", "renamed"]}})
    with pytest.raises(ValueError, match="renamed"):
        rules.compile()


def test_readme_explains_every_step_in_order() -> None:
    how = README.split("## How it works", 1)[1].split("\n## ", 1)[0]
    positions = [how.find(f"`{step.name}`") for step in STEPS]
    assert all(p >= 0 for p in positions), [s.name for s, p in zip(STEPS, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_settings_hold_every_threshold_and_a_sweep_changes_one() -> None:
    from cleaner.settings import DEFAULT

    changed = DEFAULT.with_value("edges.phrase_words", "30")
    assert changed.edges.phrase_words == 30 and DEFAULT.edges.phrase_words == 25
    assert changed.echo == DEFAULT.echo
    with pytest.raises(ValueError, match="unknown setting"):
        DEFAULT.with_value("edges.no_such_threshold", "1")
    assert "templates.min_articles" in DEFAULT.names()


def test_a_setting_reaches_the_steps() -> None:
    import cleaner
    from cleaner.settings import DEFAULT

    title = "A title for the story here - Harbour Ledger"  # printed twice: a republished page
    dump = "\n\n".join([title, title, "The first paragraph of the story is long enough to stay.", "Muhuri wa Muda:"])
    strict = DEFAULT.with_value("edges.label_words", "0")
    kept, _ = cleaner.clean_document(dump, kind="text", settings=strict)
    removed, _ = cleaner.clean_document(dump, kind="text")
    assert "Muhuri wa Muda:" in kept.text and "Muhuri wa Muda:" not in removed.text


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern, function or test's data defined again further down a module silently replaces the
    first for every caller (a test then checks other data than it was written for): each top-level
    name of the package, the tests and the scripts is bound once."""
    twice = []
    for path in sorted(p for folder in ("cleaner", "tests", "scripts") for p in (ROOT / folder).rglob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
            elif isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
        twice += [f"{path.relative_to(ROOT)}: {name}" for name in sorted({n for n in names if names.count(n) > 1})]
    assert not twice, twice
