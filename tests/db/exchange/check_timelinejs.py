#!/usr/bin/env python3
"""parley-db's TimelineJS export checked against the TimelineJS3 JSON format
(https://timeline.knightlab.com/docs/json-format.html): an object with a
required "events" list of slides and an optional "title" slide; each event
has a start_date whose "year" is required (month, day optional), an optional
end_date, a text object with headline and text, and optional group and
unique_id strings. Text is HTML, which TimelineJS renders, so data must
arrive escaped."""

import html
import html.parser
import json
import numbers

from exchange_common import ExchangeTestCase, main, run

DOCUMENT_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date",
              "background", "autolink", "unique_id"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}


class TagCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.links += [value for name, value in attrs if name == "href"]


def parse_html(text):
    collector = TagCollector()
    collector.feed(text)
    collector.close()
    return collector


class TimelineJsExport(ExchangeTestCase):
    def document(self, *filters):
        return json.loads(run("export-timelinejs", self.db, *filters).stdout)

    def check_date(self, date):
        self.assertIsInstance(date, dict)
        self.assertLessEqual(set(date), DATE_KEYS)
        self.assertIn("year", date)
        for key in ("year", "month", "day"):
            if key in date:
                self.assertIsInstance(date[key], (numbers.Integral, str))
                int(date[key])
        if "month" in date:
            self.assertTrue(1 <= int(date["month"]) <= 12)
        if "day" in date:
            self.assertIn("month", date)
            self.assertTrue(1 <= int(date["day"]) <= 31)

    def test_document_has_the_documented_shape(self):
        document = self.document()
        self.assertLessEqual(set(document), DOCUMENT_KEYS)
        self.assertIsInstance(document["events"], list)
        self.assertLessEqual(set(document["title"]), SLIDE_KEYS)
        self.assertIsInstance(document["title"]["text"]["headline"], str)
        ids = []
        for event in document["events"]:
            self.assertLessEqual(set(event), SLIDE_KEYS)
            self.check_date(event["start_date"])
            if "end_date" in event:
                self.check_date(event["end_date"])
            self.assertIsInstance(event["text"]["headline"], str)
            self.assertIsInstance(event["text"]["text"], str)
            self.assertIsInstance(event["group"], str)
            ids.append(event["unique_id"])
        self.assertEqual(len(ids), len(set(ids)), "unique_id must be unique")

    def test_events_equal_the_json_listing(self):
        meetings = self.meetings()
        countries = {c["code"]: c["name"] for c in self.everything()["countries"]}
        events = self.document()["events"]
        self.assertEqual([e["unique_id"] for e in events], [m["id"] for m in meetings])
        for event, meeting in zip(events, meetings):
            with self.subTest(meeting=meeting["id"]):
                parts = ["year", "month", "day"][: {"day": 3, "month": 2, "year": 1}[
                    meeting["precision"]]]
                start = meeting["start"].split("-")
                self.assertEqual(event["start_date"],
                                 {k: int(v) for k, v in zip(parts, start)})
                if meeting["end"] == meeting["start"]:
                    self.assertNotIn("end_date", event)
                else:
                    end = meeting["end"].split("-")
                    self.assertEqual(event["end_date"], {k: int(v) for k, v in zip(parts, end)})
                self.assertEqual(html.unescape(event["text"]["headline"]), meeting["title"])
                self.assertEqual(html.unescape(event["group"]), countries[meeting["host"]])

    def test_data_arrives_as_text_not_markup(self):
        events = {e["unique_id"]: e for e in self.document()["events"]}
        hostile = events["hostile-html"]
        self.assertEqual(parse_html(hostile["text"]["headline"]).tags, [])
        body = parse_html(hostile["text"]["text"])
        self.assertLessEqual(set(body.tags), {"p", "b", "a"})
        self.assertNotIn("script", body.tags)
        self.assertIn("&lt;script&gt;", hostile["text"]["text"])
        links = parse_html(events["hostile-quotes"]["text"]["text"]).links
        self.assertEqual(links, ["https://www.example.org/news?a=1&b=2"])

    def test_filters_apply(self):
        events = self.document("--kind", "call")["events"]
        self.assertEqual([e["unique_id"] for e in events],
                         [m["id"] for m in self.meetings("--kind", "call")])


if __name__ == "__main__":
    main()
