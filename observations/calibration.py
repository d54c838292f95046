"""Agreement between two observers: the pure arithmetic, with no database.

A confusion table counts, for each pair of ratings (observer A's, observer B's), the
criteria the two rated that way. From it:

- observed agreement p_o: the share of criteria both rated the same (the diagonal);
- chance agreement p_e: the agreement expected if each rated at random with their own
  frequencies, the sum over the scale of (A's share of point k) × (B's share of point k);
- Cohen's kappa = (p_o − p_e) / (1 − p_e): 1 for perfect agreement, 0 for no better than
  chance. Undefined (None) when p_e is 1: both observers gave every criterion the same one
  rating, so chance alone explains their agreement.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

ConfusionTable = Mapping[tuple[str, str], int]


@dataclass(frozen=True)
class Agreement:
    rated: int  # criteria rated by both observers
    agreed: int  # of those, rated the same
    observed: float | None  # p_o
    expected: float | None  # p_e
    kappa: float | None

    @property
    def percentage(self) -> float | None:
        return None if self.observed is None else 100 * self.observed


def agreement(table: ConfusionTable) -> Agreement:
    """p_o, p_e and Cohen's kappa of a confusion table {(rating A, rating B): count}."""
    n = sum(table.values())
    if n == 0:
        return Agreement(0, 0, None, None, None)
    agreed = sum(count for (a, b), count in table.items() if a == b)
    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    for (a, b), count in table.items():
        first[a] += count
        second[b] += count
    p_o = agreed / n
    p_e = sum(first[k] * second[k] for k in first) / (n * n)
    kappa = None if p_e >= 1 else (p_o - p_e) / (1 - p_e)
    return Agreement(n, agreed, p_o, p_e, kappa)


def add_table(into: dict[tuple[str, str], int], table: ConfusionTable, *, swap: bool) -> None:
    """Add `table` to `into`, reading it from the second observer's side when `swap`."""
    for (a, b), count in table.items():
        key = (b, a) if swap else (a, b)
        into[key] = into.get(key, 0) + count
