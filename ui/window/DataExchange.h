#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QString>

namespace parley {
class Store;
}

namespace parley::ui {

// The GUI's door to the exchange formats that db/ reads and writes.
namespace DataExchange {

enum class MeetingsFormat { Calendar, Spreadsheet, TimelineJs };

// The file dialog filter and default suffix of each format.
QString filterOf(MeetingsFormat format);

// Writes the snapshot's meetings (what the filters show) in the format, all
// at once: the file is replaced only when everything was written. Throws with
// a message for people.
void exportMeetings(MeetingsFormat format, const QString& file, const TimelineSnapshot& snapshot,
                    const Store& store);
// The same for these meetings, which must be full records (Store::meeting()).
void exportMeetings(MeetingsFormat format, const QString& file,
                    const std::vector<Meeting>& meetings, const Store& store);

// Imports a parley/1 JSON document or a meetings CSV (by the file's suffix)
// into the store, all or nothing. Throws DataError or DatabaseError.
void importFile(Store& store, const QString& file);

} // namespace DataExchange

} // namespace parley::ui
