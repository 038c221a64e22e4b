#pragma once

#include "db/model/ChangeSet.h"
#include "db/model/RecordRules.h"

#include <QString>
#include <QStringList>

namespace parley::ui {

class RecordCatalog;

// What deleting a record will change, in words, before it does: "Wang Yi
// takes part in 15 meetings and will be removed from them.", with the
// records it rewrites listed.
struct RemovalText {
    QString question;      // "Delete the official “Wang Yi”?"
    QStringList sentences; // what else changes
    QStringList affected;  // "Biden–Xi talks in Bali (14 November 2022)"
};

// REMOVAL is Store::removal(KIND, ID); NAME is how people know the record.
RemovalText describeRemoval(RecordKind kind, const QString& name, const ChangeSet& removal,
                            const RecordCatalog& catalog);

} // namespace parley::ui
