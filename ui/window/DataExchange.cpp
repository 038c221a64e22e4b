#include "ui/window/DataExchange.h"

#include "db/exchange/IcsWriter.h"
#include "db/exchange/MeetingCsv.h"
#include "db/exchange/TimelineJsWriter.h"
#include "db/interchange/DatasetFile.h"
#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace parley::ui::DataExchange {

QString filterOf(MeetingsFormat format)
{
    switch (format) {
    case MeetingsFormat::Calendar:
        return QCoreApplication::translate("DataExchange", "iCalendar (*.ics)");
    case MeetingsFormat::Spreadsheet:
        return QCoreApplication::translate("DataExchange", "CSV spreadsheet (*.csv)");
    case MeetingsFormat::TimelineJs:
        return QCoreApplication::translate("DataExchange", "TimelineJS document (*.json)");
    }
    return {};
}

void exportMeetings(MeetingsFormat format, const QString& file, const TimelineSnapshot& snapshot,
                    const Store& store)
{
    // In full, with summaries and sources: the snapshot holds brief records.
    exportMeetings(format, file, store.meetings(snapshot.filter), store);
}

void exportMeetings(MeetingsFormat format, const QString& file,
                    const std::vector<Meeting>& meetings, const Store& store)
{
    const NameIndex names = store.names();
    std::string text;
    switch (format) {
    case MeetingsFormat::Calendar:
        text = writeIcs(meetings, names);
        break;
    case MeetingsFormat::Spreadsheet:
        text = writeMeetingsCsv(meetings, names);
        break;
    case MeetingsFormat::TimelineJs:
        text = writeTimelineJs(meetings, names);
        break;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !out.commit())
        throw DataError(file.toStdString() + ": " + out.errorString().toStdString());
}

void importFile(Store& store, const QString& file)
{
    const std::filesystem::path path = file.toStdString();
    if (QFileInfo(file).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0) {
        store.import(readMeetingsCsvFile(path, store));
        return;
    }
    // Read in passes, so that a document of any size is imported in bounded
    // memory.
    const DatasetFile document(path);
    store.import(document);
}

} // namespace parley::ui::DataExchange
