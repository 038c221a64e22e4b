#pragma once

#include "db/model/NameIndex.h"
#include "db/model/Records.h"

#include <string>
#include <vector>

namespace parley {

// The meetings as a TimelineJS3 JSON document, to publish on the web:
// {"title": {"text": {...}}, "events": [...]} with one event per meeting in the
// order given. An event's start_date holds year, month and day as far as the
// precision knows them (a month-precision meeting gives year and month, a
// year-precision one the year only); end_date is present when the meeting
// lasts beyond that unit. text.headline is the title; text.text an HTML
// paragraph list of place, kind, summary, participants, topics and sources
// (http and https sources as links). group is the host country's name, so
// TimelineJS draws a row per host country; unique_id is the meeting id. Every
// string from the data is HTML-escaped, since TimelineJS renders it as HTML.
std::string writeTimelineJs(const std::vector<Meeting>& meetings, const NameIndex& names);

} // namespace parley
