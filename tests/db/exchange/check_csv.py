#!/usr/bin/env python3
"""parley-db's CSV read back by Python's csv module: every row equals the JSON
listing, hostile text written by Python round-trips exactly, Excel's quoting
and byte order mark are accepted, and a bad row changes nothing."""

import csv
import io

from exchange_common import (COLUMNS, HOSTILE_ROWS, NAME_COLUMNS, ExchangeTestCase, main, run,
                             write_csv)


def read_csv(data):
    """Parses bytes as UTF-8 CSV with Python's csv module."""
    return list(csv.reader(io.StringIO(data.decode("utf-8", errors="strict"), newline="")))


class CsvExport(ExchangeTestCase):
    def test_rows_equal_the_json_listing(self):
        meetings = self.meetings()
        urls = {s["id"]: s["url"] for s in self.everything()["sources"]}
        everything = self.everything()
        names = {kind: {r.get("id", r.get("code")): r["name"] for r in everything[kind]}
                 for kind in ("countries", "officials", "topics")}
        rows = read_csv(run("export-csv", self.db).stdout)
        self.assertEqual(rows[0], COLUMNS + NAME_COLUMNS)
        self.assertEqual(len(rows) - 1, len(meetings))
        for row, meeting in zip(rows[1:], meetings):
            record = dict(zip(COLUMNS + NAME_COLUMNS, row))
            self.assertEqual(len(row), len(COLUMNS + NAME_COLUMNS))
            self.assertEqual(record["host_name"], names["countries"][meeting["host"]])
            self.assertEqual(record["participant_names"],
                             ";".join(names["officials"][p] for p in meeting["participants"]))
            self.assertEqual(record["topic_names"],
                             ";".join(names["topics"][t] for t in meeting["topics"]))
            for key in ("id", "title", "start", "end", "precision", "host", "kind"):
                self.assertEqual(record[key], meeting[key], meeting["id"])
            self.assertEqual(record["location"], meeting["location"] or "")
            self.assertEqual(record["summary"], meeting["summary"] or "")
            self.assertEqual(record["participants"], ";".join(meeting["participants"]))
            self.assertEqual(record["topics"], ";".join(meeting["topics"]))
            first_url = next((urls[s] for s in meeting["sources"] if urls[s]), "")
            self.assertEqual(record["source_url"], first_url)

    def test_filters_apply(self):
        rows = read_csv(run("export-csv", self.db, "--country", "AT", "--country", "MT").stdout)
        self.assertEqual([r[0] for r in rows[1:]],
                         [m["id"] for m in self.meetings("--country", "AT", "--country", "MT")])

    def test_rows_end_with_crlf(self):
        data = run("export-csv", self.db).stdout
        self.assertTrue(data.endswith(b"\r\n"))
        self.assertFalse(data.startswith(b"\xef\xbb\xbf"))


class CsvImport(ExchangeTestCase):
    def test_hostile_text_written_by_python_round_trips(self):
        listed = {m["id"]: m for m in self.meetings()}
        for row in HOSTILE_ROWS:
            meeting = listed[row["id"]]
            self.assertEqual(meeting["title"], row["title"])
            self.assertEqual(meeting["summary"], row["summary"])
            self.assertEqual(meeting["location"], row["location"] or None)
            self.assertEqual(meeting["participants"],
                             [p for p in row["participants"].split(";") if p])
        exported = read_csv(run("export-csv", self.db).stdout)
        by_id = {r[0]: dict(zip(COLUMNS, r)) for r in exported[1:]}
        for row in HOSTILE_ROWS:
            expected = dict(row, end=row["end"] or row["start"])
            self.assertEqual(by_id[row["id"]], expected)

    def test_excel_style_quote_all_with_byte_order_mark(self):
        row = dict(HOSTILE_ROWS[0], id="excel-style", title="Quoted, everywhere")
        write_csv(self.path("excel.csv"), [row], quoting=csv.QUOTE_ALL, encoding="utf-8-sig")
        run("import-csv", self.db, self.path("excel.csv"))
        self.assertEqual([m["title"] for m in self.meetings() if m["id"] == "excel-style"],
                         ["Quoted, everywhere"])

    def test_a_bad_row_is_named_and_changes_nothing(self):
        good = dict(HOSTILE_ROWS[1], id="fine-row")
        bad = dict(HOSTILE_ROWS[1], id="bad-row", start="2023-02-30")
        write_csv(self.path("bad.csv"), [good, bad])
        with open(self.db, "rb") as before_file:
            before = before_file.read()
        result = run("import-csv", self.db, self.path("bad.csv"), expect=1)
        message = result.stderr.decode()
        self.assertIn('bad.csv: row 3, column "start": "2023-02-30" is not a valid date',
                      message)
        with open(self.db, "rb") as after_file:
            self.assertEqual(after_file.read(), before)


if __name__ == "__main__":
    main()
