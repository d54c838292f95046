"""The one CSV/XLSX writer: every download of a table goes through here.

Cells typed by users (names, titles, reflections) can begin with characters a spreadsheet
reads as a formula, so every cell in both formats passes `safe_cell` first. Downloads hold
people's records, so no shared cache may keep them.
"""

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO, StringIO
from typing import Literal

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

ExportFormat = Literal["csv", "xlsx"]
EXPORT_FORMATS: frozenset[str] = frozenset({"csv", "xlsx"})

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Excel's own limits: a sheet title of 31 characters; columns past ~60 wide are unreadable.
SHEET_TITLE_LIMIT = 31
MIN_COLUMN_WIDTH = 8
MAX_COLUMN_WIDTH = 60

Row = Sequence[object]


@dataclass(frozen=True)
class Table:
    """One titled table: a sheet in XLSX, a titled block in a CSV of several tables."""

    title: str
    rows: Sequence[Row]


def safe_cell(value: object) -> object:
    """Stop spreadsheet formula injection: text that starts like a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_filename(stem: str, fmt: ExportFormat) -> str:
    """Every download is stamped with the day it was made, so saved copies do not collide."""
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{fmt}"


def table_response(
    rows: Sequence[Row],
    *,
    filename: str,
    fmt: ExportFormat,
    sheet_title: str,
    freeze_panes: str | None = None,
) -> HttpResponse:
    """One table as a download: the first row is the header (bold in XLSX).

    `filename` is the stem; the day and the extension are added. `freeze_panes` names the
    first scrolling cell in XLSX (say "B2" to keep the header row and first column in view).
    """
    return tables_response(
        [Table(sheet_title, rows)], filename=filename, fmt=fmt, freeze_panes=freeze_panes
    )


def tables_response(
    tables: Sequence[Table],
    *,
    filename: str,
    fmt: ExportFormat,
    freeze_panes: str | None = None,
) -> HttpResponse:
    """Several tables as one download: a sheet each in XLSX; in CSV, when there is more
    than one, each table follows its title row, with a blank row between tables."""
    if fmt == "csv":
        content: bytes | str = _csv_text(tables, titled=len(tables) > 1)
    elif fmt == "xlsx":
        content = _xlsx_bytes(tables, freeze_panes=freeze_panes)
    else:
        raise ValueError(f"Unknown export format {fmt!r}")
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{export_filename(filename, fmt)}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _csv_text(tables: Sequence[Table], *, titled: bool) -> str:
    # The byte order mark lets Excel open the file as UTF-8 rather than the local code page.
    buffer = StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    for index, table in enumerate(tables):
        if titled:
            if index:
                writer.writerow([])
            writer.writerow([safe_cell(table.title)])
        writer.writerows([safe_cell(value) for value in row] for row in table.rows)
    return buffer.getvalue()


def _xlsx_value(value: object) -> object:
    """Guarded as in CSV; characters XML cannot hold (stray control characters) are dropped
    rather than failing the whole download."""
    value = safe_cell(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _xlsx_bytes(tables: Sequence[Table], *, freeze_panes: str | None) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.title[:SHEET_TITLE_LIMIT])
        for row in table.rows:
            sheet.append([_xlsx_value(value) for value in row])
        for cell in sheet[1] if table.rows else []:
            cell.font = Font(bold=True)
        _fit_columns(sheet, table.rows)
        if freeze_panes:
            sheet.freeze_panes = freeze_panes
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fit_columns(sheet: Worksheet, rows: Sequence[Row]) -> None:
    """Columns as wide as their longest value, within readable bounds."""
    widths: dict[int, int] = {}
    for row in rows:
        for index, value in enumerate(row, start=1):
            length = len(str(value)) if value is not None else 0
            widths[index] = max(widths.get(index, 0), length)
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(width + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH
        )
