#pragma once

#include "db/model/Records.h"

#include <span>
#include <string>

namespace parley {

// A meeting as the documents that back it, for a reference manager: one
// entry per source, in the order the meeting lists them, each noting the
// meeting it is cited for (title, dates as precise as known, place). The
// meeting is not itself a publication, so the sources are what is cited.
// Sources the meeting lists but SOURCES lacks are left out.

// BibTeX: @online entries keyed by source id (@misc without a web address),
// with title, organization, date (ISO), url and note; braces, backslashes
// and TeX's special characters are escaped.
std::string citationBibtex(const Meeting& meeting, std::span<const Source> sources);

// CSL-JSON, as Zotero, Pandoc and citeproc read it: an array of items with
// id, type ("webpage" with a URL, else "document"), title, publisher,
// issued.date-parts, URL and note.
std::string citationCslJson(const Meeting& meeting, std::span<const Source> sources);

} // namespace parley
