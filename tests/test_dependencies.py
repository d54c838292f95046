"""Every third-party module the code uses comes from a distribution pyproject.toml declares.

A package that arrives only because another one depends on it (django-filter through
Wagtail, say) works until that other package drops it, and then a fresh install breaks.
So the product code's imports, and the dotted paths the settings load (INSTALLED_APPS,
MIDDLEWARE, storage, template and cache backends), must each be provided by a distribution
in `dependencies`; the tests' imports by one in `dependencies` or the `dev` extra.
"""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
FIRST_PARTY = {path.parent.name for path in ROOT.glob("*/__init__.py")} | {
    path.stem for path in ROOT.glob("*.py")
}
NOT_PRODUCT = {"tests", ".venv"}


def normalise(name: str) -> str:
    """PEP 503 names: factory_boy, Factory-Boy and factory.boy are one distribution."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(requirements: list[str]) -> set[str]:
    return {normalise(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req).group()) for req in requirements}


def imported_top_level_modules(files: list[Path]) -> dict[str, set[str]]:
    """Top-level module name -> the files importing it, for absolute imports at any depth."""
    found: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.partition(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def third_party(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    return {
        name: files
        for name, files in modules.items()
        if name not in sys.stdlib_module_names and name not in FIRST_PARTY
    }


def undeclared(modules: dict[str, set[str]], declared: set[str]) -> list[str]:
    """Modules no declared distribution provides, each with the files that use it."""
    providers = packages_distributions()
    problems = []
    for name, files in sorted(modules.items()):
        distributions = {normalise(dist) for dist in providers.get(name, [])}
        if not distributions & declared:
            source = ", ".join(sorted(distributions)) or "nothing installed"
            problems.append(f"{name} (from {source}) used in {', '.join(sorted(files))}")
    return problems


def product_files() -> list[Path]:
    return [
        path
        for path in ROOT.rglob("*.py")
        if not NOT_PRODUCT & set(path.relative_to(ROOT).parts)
        and "migrations" not in path.relative_to(ROOT).parts
    ]


def settings_modules() -> dict[str, set[str]]:
    """Top-level modules of the dotted paths Django imports from the settings."""
    paths = [
        *settings.INSTALLED_APPS,
        *settings.MIDDLEWARE,
        *(storage["BACKEND"] for storage in settings.STORAGES.values()),
        *(template["BACKEND"] for template in settings.TEMPLATES),
        *(cache["BACKEND"] for cache in settings.CACHES.values()),
    ]
    return {path.partition(".")[0]: {"config/settings.py"} for path in paths}


DECLARED = requirement_names(PYPROJECT["project"]["dependencies"])
DECLARED_FOR_TESTS = DECLARED | requirement_names(
    PYPROJECT["project"]["optional-dependencies"]["dev"]
)


def test_the_walk_sees_the_product_code():
    """Guard against a walk that finds nothing and so passes whatever is declared."""
    modules = third_party(imported_top_level_modules(product_files()))
    assert {"django", "wagtail", "nh3", "openpyxl"} <= set(modules)


def test_product_code_imports_only_declared_distributions():
    problems = undeclared(third_party(imported_top_level_modules(product_files())), DECLARED)
    assert not problems, "not declared in dependencies:\n" + "\n".join(problems)


def test_settings_load_only_declared_distributions():
    problems = undeclared(third_party(settings_modules()), DECLARED)
    assert not problems, "not declared in dependencies:\n" + "\n".join(problems)


def test_tests_import_only_declared_or_dev_distributions():
    modules = third_party(imported_top_level_modules(sorted((ROOT / "tests").rglob("*.py"))))
    problems = undeclared(modules, DECLARED_FOR_TESTS)
    assert not problems, "not declared in dependencies or dev:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("modules", "declared", "expected"),
    [
        ({"nh3": {"core/sanitize.py"}}, {"nh3"}, []),
        (
            {"nh3": {"core/sanitize.py"}},
            {"django"},
            ["nh3 (from nh3) used in core/sanitize.py"],
        ),
        ({"factory": {"tests/factories.py"}}, {"factory-boy"}, []),
    ],
)
def test_undeclared_names_the_module_and_where_it_is_used(modules, declared, expected):
    assert undeclared(modules, declared) == expected
