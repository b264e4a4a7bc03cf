#!/usr/bin/python3
"""Writes the tables of a quarterly package (.zhq) to an XLSX workbook with Python's xlsxwriter,
as QuarterWorkbook does (one sheet per table, frozen header row, dates as dates, fitted widths),
for bench_exchange to compare with. Usage: xlsx_python.py PACKAGE.zhq OUT.xlsx; prints seconds."""
import datetime
import sqlite3
import sys
import time

import xlsxwriter

TABLES = ["organisation", "member_figures", "ledger_category", "ledger_item", "ledger_event", "cobuild_category", "unit",
          "agreement", "activity", "need", "resource", "need_resource", "project", "project_claim", "project_review",
          "meeting", "task"]


def is_date(column):
    return column.endswith("_on") or column in ("available_from", "available_to", "suspended_since")


def main():
    start = time.perf_counter()
    db = sqlite3.connect(sys.argv[1])
    book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#EEEEEE"})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    for table in TABLES:
        sheet = book.add_worksheet(table[:31])
        cursor = db.execute(f"SELECT * FROM {table} ORDER BY 1")
        columns = [d[0] for d in cursor.description]
        widths = [len(c) + 2 for c in columns]
        for c, name in enumerate(columns):
            sheet.write_string(0, c, name, bold)
        sheet.freeze_panes(1, 0)
        for r, row in enumerate(cursor, start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, (int, float)):
                    sheet.write_number(r, c, value)
                elif is_date(columns[c]) and len(value) == 10:
                    sheet.write_datetime(r, c, datetime.datetime.strptime(value, "%Y-%m-%d"), date_format)
                    widths[c] = max(widths[c], 12)
                else:
                    sheet.write_string(r, c, value)
                    widths[c] = max(widths[c], min(60, sum(2 if ord(ch) >= 0x2E80 else 1 for ch in value) + 2))
        for c, width in enumerate(widths):
            sheet.set_column(c, c, width)
    book.close()
    print(f"{time.perf_counter() - start:.3f}")


if __name__ == "__main__":
    main()
