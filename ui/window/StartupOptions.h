#pragma once

#include "db/analysis/Side.h"
#include "db/model/Filter.h"
#include "ui/model/Grouping.h"

#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QCoreApplication;

namespace parley::ui {

// The state `parley` opens in, from its command line:
// parley [DB] [--official ID] [--meeting ID] [--from D] [--to D] [--country C]...
//        [--topic T]... [--group-by country|official|topic] [--channel A,B]
//        [--followed ID] [--screenshot FILE.png] [--export FILE.png|.svg|.pdf]
//        [--size WxH] [--cite] [--lang zh_CN|en]
struct StartupOptions {
    QString database;
    QString official;
    QString meeting;
    Filter filter;
    std::optional<Grouping> grouping;
    // The two sides whose channel to show (countries or officials).
    std::optional<std::pair<Side, Side>> channel;
    // The measure or meeting to show what came around.
    QString followed;
    QString screenshot;
    QString exportFile;
    QSize exportSize{1600, 900};
    // List the sources of what the export shows under it, numbered on it.
    bool citeSources = false;
    // The interface language and date locale, in place of the system's.
    std::optional<QLocale> language;

    // Parses the application's arguments; on a usage error returns nullopt and
    // sets `error` to a message naming the option.
    static std::optional<StartupOptions> parse(const QStringList& arguments, QString* error);
};

} // namespace parley::ui
