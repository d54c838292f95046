"""Cohen's kappa against a hand-worked example (observations.calibration)."""

import pytest

from observations.calibration import add_table, agreement

# Two observers rate 20 criteria on a three-point scale. Rows: observer A; columns: B.
#
#                  B: developing  secure  strong | A's total
#   A: developing           4       1       0    |    5
#   A: secure               1       6       1    |    8
#   A: strong               0       2       5    |    7
#   B's total               5       9       6    |   20
#
# Observed agreement  p_o = (4 + 6 + 5) / 20 = 15/20 = 0.75
# Chance agreement    p_e = (5×5 + 8×9 + 7×6) / 20² = (25 + 72 + 42) / 400 = 139/400 = 0.3475
# Cohen's kappa           = (0.75 − 0.3475) / (1 − 0.3475) = 0.4025 / 0.6525 = 161/261 ≈ 0.6169
TABLE = {
    ("developing", "developing"): 4,
    ("developing", "secure"): 1,
    ("secure", "developing"): 1,
    ("secure", "secure"): 6,
    ("secure", "strong"): 1,
    ("strong", "secure"): 2,
    ("strong", "strong"): 5,
}


def test_kappa_matches_the_hand_worked_example():
    result = agreement(TABLE)
    assert result.rated == 20
    assert result.agreed == 15
    assert result.observed == pytest.approx(0.75)
    assert result.percentage == pytest.approx(75.0)
    assert result.expected == pytest.approx(0.3475)
    assert result.kappa == pytest.approx(161 / 261)
    assert round(result.kappa, 4) == 0.6169


def test_kappa_is_the_same_read_from_either_observer():
    swapped: dict = {}
    add_table(swapped, TABLE, swap=True)
    assert swapped[("secure", "strong")] == 2  # A strong / B secure, read from B's side
    assert agreement(swapped).kappa == pytest.approx(161 / 261)


def test_kappa_is_undefined_when_chance_explains_everything():
    # Both observers rated all 5 criteria "secure": p_o = 1, p_e = (5×5)/25 = 1.
    result = agreement({("secure", "secure"): 5})
    assert result.observed == 1
    assert result.expected == 1
    assert result.kappa is None


def test_complete_disagreement_gives_a_negative_kappa():
    # A: secure, strong; B: strong, secure. p_o = 0, p_e = (1×1 + 1×1)/4 = 0.5,
    # kappa = (0 − 0.5) / (1 − 0.5) = −1.
    result = agreement({("secure", "strong"): 1, ("strong", "secure"): 1})
    assert result.observed == 0
    assert result.expected == pytest.approx(0.5)
    assert result.kappa == pytest.approx(-1)


def test_no_criteria_compared_gives_no_figures():
    result = agreement({})
    assert (result.rated, result.observed, result.expected, result.kappa) == (0, None, None, None)
    assert result.percentage is None
