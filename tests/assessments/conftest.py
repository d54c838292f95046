import pytest

from assessments.models import Framework, Statement


@pytest.fixture
def framework(db):
    return Framework.objects.get(code="FGCC", status="published")


def level_statements(framework: Framework, code: str) -> list[Statement]:
    return list(
        Statement.objects.filter(domain__level__framework=framework, domain__level__code=code)
        .select_related("domain__level__framework")
        .order_by("domain__order", "order")
    )


@pytest.fixture
def statements_a(framework):
    return level_statements(framework, "A")


@pytest.fixture
def statements_b(framework):
    return level_statements(framework, "B")
