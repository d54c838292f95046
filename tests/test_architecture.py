"""The shape DESIGN.md and STYLE.md ask for, checked on the source itself.

- Layers: an app imports only from itself and the apps to its left, and core from no
  project app. Imports anywhere in a module count, those inside functions too, and so do
  string references to another app's model ("content.LessonPage" in a ForeignKey,
  ParentalKey, subpage_types, parent_page_types or apps.get_model). config wires the
  apps together, so it sits outside the layers: it may import any app, and no app
  imports it.
- Size: no product module over 500 lines and no function over 60, so each stays
  readable on its own.
Migrations are left out: they are history, and reference whatever the models did then.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = (
    "core",
    "people",
    "assessments",
    "content",
    "mentoring",
    "observations",
    "meetings",
    "learning",
    "interop",
    "reporting",
    "privacy",
    "demo",
)
OUTSIDE_LAYERS = "config"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MODEL_FIELDS = {
    "ForeignKey",
    "OneToOneField",
    "ManyToManyField",
    "ParentalKey",
    "ParentalManyToManyField",
}
PAGE_TREE_RULES = {"subpage_types", "parent_page_types"}


def python_files(*packages: str) -> list[Path]:
    return sorted(
        path
        for package in packages
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.relative_to(ROOT).parts
    )


def product_files() -> list[Path]:
    """The apps, config and manage.py: everything that ships, tests excluded."""
    return [*python_files(*LAYERS, OUTSIDE_LAYERS), ROOT / "manage.py"]


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _model_labels(node: ast.AST) -> list[tuple[int, str]]:
    """App labels named by string model references ("app.Model") at this node."""
    strings: list[ast.expr] = []
    if isinstance(node, ast.Call) and _call_name(node) in MODEL_FIELDS:
        strings = [*node.args[:1], *(kw.value for kw in node.keywords if kw.arg == "to")]
    elif isinstance(node, ast.Call) and _call_name(node) == "get_model":
        # apps.get_model("learning", "Enrolment") or apps.get_model("learning.Enrolment")
        return [
            (arg.lineno, arg.value.partition(".")[0])
            for arg in node.args[:1]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        ]
    elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
        node.value, ast.List | ast.Tuple
    ):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(isinstance(t, ast.Name) and t.id in PAGE_TREE_RULES for t in targets):
            strings = list(node.value.elts)
    return [
        (item.lineno, item.value.partition(".")[0])
        for item in strings
        if isinstance(item, ast.Constant) and isinstance(item.value, str) and "." in item.value
    ]


def references(source: str) -> list[tuple[int, str]]:
    """(line, top-level package or app label) for every import and model reference."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.partition(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.partition(".")[0]))
        else:
            found += _model_labels(node)
    return found


def layer_violations(app: str, source: str) -> list[str]:
    """References from `app` to config or to an app on its right, as "line: target"."""
    allowed = set(LAYERS[: LAYERS.index(app) + 1])
    return [
        f"{line}: {target}"
        for line, target in references(source)
        if (target in LAYERS or target == OUTSIDE_LAYERS) and target not in allowed
    ]


def long_functions(source: str) -> list[str]:
    return [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


def test_every_app_imports_only_from_its_left():
    violations = [
        f"{path.relative_to(ROOT)}:{problem}"
        for app in LAYERS
        for path in python_files(app)
        for problem in layer_violations(app, path.read_text())
    ]
    assert not violations, "imports against the layer order:\n" + "\n".join(violations)


def test_no_product_module_is_over_500_lines():
    too_long = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path in product_files()
        if (lines := len(path.read_text().splitlines())) > MAX_MODULE_LINES
    ]
    assert not too_long, "modules over 500 lines:\n" + "\n".join(too_long)


def test_no_product_function_is_over_60_lines():
    too_long = [
        f"{path.relative_to(ROOT)}: {function}"
        for path in product_files()
        for function in long_functions(path.read_text())
    ]
    assert not too_long, "functions over 60 lines:\n" + "\n".join(too_long)


def test_the_walk_covers_every_app():
    """A walk that found no files would pass every rule above."""
    assert all(python_files(app) for app in LAYERS)
    assert len(product_files()) > 50


LEFT_FUNCTION_IMPORT = "def f():\n    from learning.models import Enrolment\n"


@pytest.mark.parametrize(
    ("app", "source", "expected"),
    [
        ("learning", "from content.models import LessonPage\nimport core.sanitize\n", []),
        ("learning", "from django.db import models\nfrom . import selectors\n", []),
        ("people", "from learning import services\n", ["1: learning"]),
        ("people", "import learning.models\n", ["1: learning"]),
        ("core", "from people.models import User\n", ["1: people"]),
        ("core", "from config import settings\n", ["1: config"]),
        ("assessments", LEFT_FUNCTION_IMPORT, ["2: learning"]),
        (
            "content",
            'x = models.ForeignKey("learning.Enrolment", on_delete=CASCADE)\n',
            ["1: learning"],
        ),
        ("content", 'x = ParentalKey(to="observations.Observation")\n', ["1: observations"]),
        ("learning", 'x = models.ForeignKey("content.LessonPage", on_delete=CASCADE)\n', []),
        ("content", 'subpage_types = ["content.LessonPage", "reporting.Page"]\n', ["1: reporting"]),
        ("content", 'parent_page_types: list[str] = ["mentoring.Home"]\n', ["1: mentoring"]),
        ("content", 'parent_page_types = ["wagtailcore.Page"]\n', []),
        ("people", 'Enrolment = apps.get_model("learning", "Enrolment")\n', ["1: learning"]),
        ("people", 'Enrolment = apps.get_model("learning.Enrolment")\n', ["1: learning"]),
        ("people", 'Group = apps.get_model("auth", "Group")\n', []),
    ],
)
def test_layer_check_finds_imports_against_the_order(app, source, expected):
    assert layer_violations(app, source) == expected


def test_function_length_check_counts_the_whole_body():
    def source(statements: int) -> str:
        body = "".join(f"        x = {n}\n" for n in range(statements))
        return f"class A:\n    def method(self):\n{body}"

    assert long_functions(source(MAX_FUNCTION_LINES - 1)) == []
    assert long_functions(source(MAX_FUNCTION_LINES)) == [
        f"method ({MAX_FUNCTION_LINES + 1} lines, line 2)"
    ]
