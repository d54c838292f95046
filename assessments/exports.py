"""The team progression matrix as CSV and XLSX: the same figures as the page."""

import csv
from io import BytesIO

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

from assessments.models import Framework
from assessments.selectors import MatrixRow

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Stop spreadsheet formula injection from names typed by users."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


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


def _filename(extension: str) -> str:
    return f"team-progression-{timezone.localdate():%Y-%m-%d}.{extension}"


def matrix_csv(frameworks: list[Framework], rows: list[MatrixRow]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # so Excel reads the file as UTF-8
    writer = csv.writer(response)
    for line in matrix_table(frameworks, rows):
        writer.writerow([safe_cell(value) for value in line])
    return response


def matrix_xlsx(frameworks: list[Framework], rows: list[MatrixRow]) -> HttpResponse:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Team progression"
    for line in matrix_table(frameworks, rows):
        sheet.append([safe_cell(value) for value in line])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("xlsx")}"'
    response["Cache-Control"] = "private, no-store"
    return response
