#!/usr/bin/env python3
"""parley-db's iCalendar export read back by the icalendar package (Debian
python3-icalendar): every event equals the JSON listing, with an exclusive
DTEND; lines are CRLF, folded at 75 octets without splitting a character."""

import datetime

import icalendar

from exchange_common import ExchangeTestCase, last_day, main, run


class IcsExport(ExchangeTestCase):
    def calendar(self, *filters):
        data = run("export-ics", self.db, *filters).stdout
        return data, icalendar.Calendar.from_ical(data)

    def test_every_event_equals_the_json_listing(self):
        _, calendar = self.calendar()
        meetings = self.meetings()
        everything = self.everything()
        officials = {o["id"]: o["name"] for o in everything["officials"]}
        topics = {t["id"]: t["name"] for t in everything["topics"]}
        events = calendar.walk("VEVENT")
        self.assertEqual(len(events), len(meetings))
        for event, meeting in zip(events, meetings):
            with self.subTest(meeting=meeting["id"]):
                self.assertEqual(str(event["UID"]), meeting["id"] + "@parley")
                start = event["DTSTART"].dt
                end = event["DTEND"].dt
                # All-day: dates, not date-times.
                self.assertIs(type(start), datetime.date)
                self.assertIs(type(end), datetime.date)
                self.assertEqual(start, datetime.date.fromisoformat(meeting["start"]))
                self.assertEqual(end, last_day(meeting) + datetime.timedelta(days=1))
                self.assertEqual(str(event["SUMMARY"]), meeting["title"])
                if meeting["location"] is None:
                    self.assertNotIn("LOCATION", event)
                else:
                    self.assertEqual(str(event["LOCATION"]), meeting["location"])
                categories = [str(c) for c in event["CATEGORIES"].cats] \
                    if meeting["topics"] else []
                self.assertEqual(categories, [topics[t] for t in meeting["topics"]])
                description = str(event["DESCRIPTION"])
                if meeting["summary"]:
                    # iCalendar has one line break, "\n", for CRLF, LF and CR alike.
                    summary = meeting["summary"].replace("\r\n", "\n").replace("\r", "\n")
                    self.assertTrue(description.startswith(summary), description)
                for official in meeting["participants"]:
                    self.assertIn(officials[official], description)
                self.assertIsInstance(event["DTSTAMP"].dt, datetime.datetime)

    def test_month_precision_spans_its_months(self):
        _, calendar = self.calendar()
        event = next(e for e in calendar.walk("VEVENT") if e["UID"] == "hostile-quotes@parley")
        self.assertEqual(event["DTSTART"].dt, datetime.date(2022, 2, 1))
        self.assertEqual(event["DTEND"].dt, datetime.date(2022, 4, 1))

    def test_filters_apply(self):
        _, calendar = self.calendar("--official", "wang-yi", "--to", "2022-12-31")
        self.assertEqual([str(e["UID"]) for e in calendar.walk("VEVENT")],
                         [m["id"] + "@parley"
                          for m in self.meetings("--official", "wang-yi", "--to", "2022-12-31")])

    def test_lines_are_crlf_and_folded_at_75_octets_between_characters(self):
        data, _ = self.calendar()
        self.assertTrue(data.endswith(b"\r\n"))
        lines = data[:-2].split(b"\r\n")
        self.assertNotIn(b"\n", b"".join(lines))
        self.assertNotIn(b"\r", b"".join(lines))
        continued = [line for line in lines if line.startswith(b" ")]
        self.assertTrue(any(line[1] >= 0x80 for line in continued),
                        "the long CJK summary should fold next to a multibyte character")
        for line in lines:
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8", errors="strict")  # a split character would not decode

    def test_two_exports_are_byte_identical(self):
        self.assertEqual(self.calendar()[0], self.calendar()[0])


if __name__ == "__main__":
    main()
