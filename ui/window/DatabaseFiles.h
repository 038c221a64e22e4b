#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace parley {
class Store;
}

namespace parley::ui {

// Where Parley keeps its own files, and the databases the user opened.
class DatabaseFiles {
public:
    // The sample database in the user's data folder, made from the sample
    // dataset built into Parley the first time it is needed.
    static QString ensureSampleDatabase();

    static QStringList recentFiles();
    static void addRecentFile(const QString& file);
    static QString lastDatabase();
};

} // namespace parley::ui
