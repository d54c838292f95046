"""The demo's words live in demo/data/, never in Python, so an editor can find and change them.

Docstrings explain code to developers and are allowed; any other string literal in demo/ must
be short, and no HTML paragraph or heading may be written in Python at all.
"""

import ast
import re
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "demo"
LONGEST = 120
HTML_PROSE = re.compile(r"<(p|h[1-6])[\s>]")


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, kinds)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def prose_in(source: str) -> list[str]:
    """String literals (implicit concatenation counted whole) that read as demo text."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return [
        f"line {node.lineno}: {node.value[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and (len(node.value) > LONGEST or HTML_PROSE.search(node.value))
    ]


PYTHON_FILES = sorted(DEMO.rglob("*.py"))


@pytest.mark.parametrize("path", PYTHON_FILES, ids=lambda p: str(p.relative_to(DEMO)))
def test_no_demo_prose_in_python(path):
    assert prose_in(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_prose_split_over_several_literals():
    source = (
        'DESCRIPTION = (\n    "<p>Supervision discussion and reflective notes on my practice "\n'
        '    "over the last quarter.</p>"\n)\n' + "TEXT = " + repr("word " * 30) + "\n"
    )
    found = prose_in(source)
    assert len(found) == 2
    assert found[0].startswith("line 2")


def test_the_check_allows_docstrings_and_short_strings():
    source = '"""' + "A module docstring. " * 10 + '"""\n\ndef f():\n    return "<ul>"\n'
    assert prose_in(source) == []


def test_every_python_file_under_demo_is_checked():
    names = {path.name for path in PYTHON_FILES}
    assert {"seed_demo.py", "modules.py", "resources.py", "loaders.py"} <= names
