"""The one CSV/XLSX writer: formula guard in every cell, header, names and headers."""

import csv
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from core.exports import Table, safe_cell, table_response, tables_response

HOSTILE = ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"]
ROWS = [["Name", "Note", "Count"], *[[value, value, 3] for value in HOSTILE], ["Plain", "", -4]]


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx(response):
    return load_workbook(io.BytesIO(response.content))


def test_safe_cell_quotes_text_that_starts_like_a_formula():
    assert [safe_cell(value) for value in HOSTILE] == ["'" + value for value in HOSTILE]
    assert safe_cell("Priya") == "Priya"
    assert safe_cell(-4) == -4
    assert safe_cell(None) is None


def test_csv_guards_every_cell():
    response = table_response(ROWS, filename="people", fmt="csv", sheet_title="People")
    rows = csv_rows(response)
    assert rows[0] == ["Name", "Note", "Count"]
    for row, value in zip(rows[1:], HOSTILE, strict=False):
        assert row == ["'" + value, "'" + value, "3"]
    assert rows[-1] == ["Plain", "", "-4"]


def test_csv_starts_with_a_byte_order_mark_so_excel_reads_utf8():
    response = table_response([["Café"]], filename="x", fmt="csv", sheet_title="X")
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert response.content.decode("utf-8-sig") == "Café\r\n"


def test_xlsx_guards_every_cell_and_stores_text_not_formulas():
    response = table_response(ROWS, filename="people", fmt="xlsx", sheet_title="People")
    sheet = xlsx(response)["People"]
    for row, value in zip(sheet.iter_rows(min_row=2), HOSTILE, strict=False):
        name, note, count = row
        # lxml writes a carriage return as a character reference, so it comes back as it was.
        assert name.value == "'" + value
        assert name.data_type == "s"
        assert note.value == name.value
        assert count.value == 3
    assert [c.value for c in sheet[sheet.max_row]] == ["Plain", None, -4]


def test_xlsx_header_is_bold_and_columns_fit_their_text():
    rows = [["Name", "A very long heading for a narrow column"], ["x" * 200, 1]]
    response = table_response(
        rows, filename="people", fmt="xlsx", sheet_title="People", freeze_panes="B2"
    )
    sheet = xlsx(response).active
    assert sheet.title == "People"
    assert all(cell.font.bold for cell in sheet[1])
    assert not any(cell.font.bold for cell in sheet[2])
    assert sheet.column_dimensions["A"].width == 60  # capped: a 200-character name
    assert 40 <= sheet.column_dimensions["B"].width < 60
    assert sheet.freeze_panes == "B2"


def test_xlsx_drops_characters_a_workbook_cannot_hold():
    response = table_response(
        [["Name"], ["Bell\x07 here"]], filename="x", fmt="xlsx", sheet_title="X"
    )
    assert xlsx(response).active["A2"].value == "Bell here"


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("csv", "text/csv; charset=utf-8"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ],
)
def test_download_names_type_and_cache_headers(fmt, content_type):
    response = table_response([["A"]], filename="team-progression", fmt=fmt, sheet_title="A")
    today = timezone.localdate()
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (
        f'attachment; filename="team-progression-{today:%Y-%m-%d}.{fmt}"'
    )
    assert response["Cache-Control"] == "private, no-store"


def test_several_tables_are_titled_blocks_in_csv_and_sheets_in_xlsx():
    tables = [
        Table("Team figures", [["Team", "Size"], ["North", 4]]),
        Table("A sheet title longer than Excel's limit of 31", [["Measure"], ["=1"]]),
    ]
    rows = csv_rows(tables_response(tables, filename="d", fmt="csv"))
    assert rows == [
        ["Team figures"],
        ["Team", "Size"],
        ["North", "4"],
        [],
        ["A sheet title longer than Excel's limit of 31"],
        ["Measure"],
        ["'=1"],
    ]
    workbook = xlsx(tables_response(tables, filename="d", fmt="xlsx"))
    assert workbook.sheetnames == ["Team figures", "A sheet title longer than Excel"]
    assert workbook["A sheet title longer than Excel"]["A2"].value == "'=1"


def test_one_table_in_csv_has_no_title_row():
    rows = csv_rows(table_response([["Team"], ["North"]], filename="d", fmt="csv", sheet_title="T"))
    assert rows == [["Team"], ["North"]]


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="pdf"):
        table_response([["A"]], filename="d", fmt="pdf", sheet_title="A")  # type: ignore[arg-type]


def test_workbooks_are_written_through_lxml():
    """openpyxl picks its XML writer when imported; without lxml it falls back to one that
    takes twice as long over a team's matrix (pyproject.toml declares lxml for this)."""
    import openpyxl.xml

    assert openpyxl.xml.LXML
