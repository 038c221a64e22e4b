#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

class QMenu;
class QMimeData;

namespace parley::ui {

// A meeting cited as people and reference managers want it: the meeting with
// its date, place and participants and its numbered sources as text, or its
// sources as BibTeX or CSL-JSON entries that note the meeting.
class MeetingCitation {
    Q_DECLARE_TR_FUNCTIONS(MeetingCitation)

public:
    enum class Format { Text, Bibtex, CslJson };

    // MEETING in full with SOURCES (Store::sources of its ids); names from
    // the snapshot.
    MeetingCitation(const Meeting& meeting, const std::vector<Source>& sources,
                    const TimelineSnapshot& names);

    QString text() const;
    // Plain text in FORMAT, and for BibTeX and CSL-JSON also under their own
    // types, so that a reference manager can take the entries as they are.
    QMimeData* mimeData(Format format) const;

    // Adds "Copy Citation", "… as BibTeX" and "… as CSL-JSON" to MENU.
    static void addActions(QMenu* menu, const std::function<void(Format)>& copy);

private:
    const Meeting& m_meeting;
    const std::vector<Source>& m_sources;
    const TimelineSnapshot& m_names;
};

} // namespace parley::ui
