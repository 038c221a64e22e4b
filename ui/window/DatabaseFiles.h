#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace parley::ui {

// The datasets built into Parley, each opened as a database of its own.
enum class Example {
    // 160 years of U.S. diplomatic travel and visits, from the records of the
    // Office of the Historian (resources/hsg, imported by the build).
    History,
    // The US–China commerce talks of 2023 (resources/sample).
    UsChina2023,
};
inline constexpr std::array<Example, 2> kExamples{Example::History, Example::UsChina2023};

// Where Parley keeps its own files, and the databases the user opened.
class DatabaseFiles {
public:
    // The example's database in the user's data folder, made from the
    // dataset built into Parley the first time it is needed.
    static QString ensureExample(Example example);
    // The example's name for menus and buttons.
    static QString exampleName(Example example);

    static QStringList recentFiles();
    static void addRecentFile(const QString& file);
    static QString lastDatabase();
};

} // namespace parley::ui
