"""The team progression matrix as rows for CSV and XLSX: the same figures as the page.

The file itself is written by `core.exports`, which guards every cell against formulas.
"""

from assessments.models import Framework
from assessments.selectors import MatrixRow


def matrix_table(frameworks: list[Framework], rows: list[MatrixRow]) -> list[list[object]]:
    header: list[object] = ["Person", "Job title", "Teams"]
    for framework in frameworks:
        header += [
            f"{framework.name}: level confirmed",
            f"{framework.name}: level reached, not confirmed",
            f"{framework.name}: next level",
            f"{framework.name}: % towards next level",
            f"{framework.name}: confirmations needing review",
            f"{framework.name}: statements awaiting review",
        ]
    table = [header]
    for row in rows:
        line: list[object] = [
            row.person.name,
            row.person.job_title,
            "; ".join(team.name for team in row.teams),
        ]
        for cell in row.cells:
            if not cell.applies:
                line += ["n/a", "", "", "", "", ""]
                continue
            line += [
                cell.confirmed.level.code if cell.confirmed else "",
                cell.reached_not_confirmed.level.code if cell.reached_not_confirmed else "",
                cell.next_level.level.code if cell.next_level else "",
                cell.percent_to_next if cell.percent_to_next is not None else "",
                ", ".join(flag.level.code for flag in cell.flagged),
                cell.pending,
            ]
        table.append(line)
    return table
