"""What the exchange checks share: a scratch Parley database made from the test
dataset, parley-db run on it, and rows of hostile text written by Python's own
csv module.

Each check is run by CTest as: check_FORMAT.py PARLEY_DB DATASET_JSON
"""

import csv
import datetime
import json
import os
import subprocess
import sys
import tempfile
import unittest

PARLEY_DB, DATASET = sys.argv[1], sys.argv[2]

COLUMNS = ["id", "title", "start", "end", "precision", "location", "host", "kind",
           "participants", "topics", "summary", "source_url"]
# What export adds after them for people: names beside the ids.
NAME_COLUMNS = ["host_name", "participant_names", "topic_names"]

# 3-octet characters, long enough to be folded several times.
LONG_CJK = "中美两国商务部长在华盛顿举行会谈，讨论出口管制与半导体供应链问题。" * 4

# Text that breaks naive writers: CSV quotes and separators, iCalendar's
# escapes and folding (multibyte text longer than 75 octets), and HTML.
HOSTILE_ROWS = [
    {"id": "hostile-quotes", "title": 'He said "no", then left; C:\\temp\\x',
     "start": "2022-02-01", "end": "2022-03-01", "precision": "month",
     "location": 'Paris, "La Défense"; 1er', "host": "CN", "kind": "summit",
     "participants": "antony-blinken;wang-yi", "topics": "taiwan;trade",
     "summary": "First line,\r\nsecond line\nthird 😀 line\n" + LONG_CJK,
     "source_url": "https://www.example.org/news?a=1&b=2"},
    {"id": "hostile-html", "title": "Tom & Jerry <i>summit</i>",
     "start": "2020-01-01", "end": "", "precision": "year", "location": "", "host": "US",
     "kind": "call", "participants": "", "topics": "",
     "summary": '<script>alert("x")</script> & <b>bold</b>', "source_url": ""},
]


def run(*arguments, expect=0):
    """Runs parley-db; returns its stdout as bytes, failing on another exit code."""
    result = subprocess.run([PARLEY_DB, *arguments], capture_output=True, check=False)
    if result.returncode != expect:
        raise AssertionError(f"parley-db {' '.join(arguments)} exited {result.returncode}, "
                             f"expected {expect}: {result.stderr.decode(errors='replace')}")
    return result


def write_csv(path, rows, **options):
    """Writes rows as RFC 4180 CSV with Python's csv module, not Parley's writer."""
    encoding = options.pop("encoding", "utf-8")
    with open(path, "w", newline="", encoding=encoding) as out:
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\r\n", **options)
        writer.writeheader()
        writer.writerows(rows)


def last_day(meeting):
    """The last day a meeting covers, computed here from the data rules, not by Parley."""
    end = datetime.date.fromisoformat(meeting["end"])
    if meeting["precision"] == "year":
        return datetime.date(end.year, 12, 31)
    if meeting["precision"] == "month":
        following = datetime.date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return end


class ExchangeTestCase(unittest.TestCase):
    """A fresh database with the test dataset (and, if asked, the hostile rows)."""

    with_hostile_rows = True

    def setUp(self):
        self.scratch = tempfile.TemporaryDirectory(prefix="parley-exchange-")
        self.db = self.path("parley.db")
        run("init", self.db)
        run("import", self.db, DATASET)
        if self.with_hostile_rows:
            write_csv(self.path("hostile.csv"), HOSTILE_ROWS)
            run("import-csv", self.db, self.path("hostile.csv"))

    def tearDown(self):
        self.scratch.cleanup()

    def path(self, name):
        return os.path.join(self.scratch.name, name)

    def meetings(self, *filters):
        return json.loads(run("meetings", self.db, "--format", "json", *filters).stdout)

    def everything(self):
        """The whole database as parley/1, for names and sources."""
        return json.loads(run("export", self.db).stdout)


def main():
    unittest.main(argv=sys.argv[:1], verbosity=2)
