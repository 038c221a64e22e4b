#pragma once

#include "db/model/Records.h"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace parley {

// Writes a `parley/1` document to a stream as it goes, so that memory never
// holds the meetings, the bulk of any document: the records before them are
// written at once, each meeting when it is given, the measures last. The text
// is the same, byte for byte, as writeDataset() gives for the whole dataset.
class DatasetWriter {
public:
    // Writes every array before the meetings, from `held` (whose meetings are
    // not read), and keeps its measures for finish().
    DatasetWriter(std::ostream& out, Dataset held);
    DatasetWriter(const DatasetWriter&) = delete;
    DatasetWriter& operator=(const DatasetWriter&) = delete;

    // The next meeting: the caller gives them in the order the document
    // should have (by id, as exports are).
    void write(const Meeting& meeting);
    // Writes the measures and ends the document with a newline.
    void finish();

private:
    std::ostream& m_out;
    std::vector<Measure> m_measures;
    std::size_t m_meetingsWritten = 0;
};

// Writes the document of anything that exports in parts as Store does
// (exportInParts(held, visit)), without holding its meetings.
template <typename Exporter> void writeDataset(std::ostream& out, const Exporter& exporter)
{
    std::optional<DatasetWriter> writer;
    exporter.exportInParts([&](Dataset held) { writer.emplace(out, std::move(held)); },
                           [&](const Meeting& meeting) { writer->write(meeting); });
    writer->finish();
}

} // namespace parley
