#pragma once

#include "db/model/Filter.h"
#include "ui/model/Grouping.h"

#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace parley::ui {

// The state `parley` opens in, from its command line:
// parley [DB] [--official ID] [--meeting ID] [--from D] [--to D] [--country C]...
//        [--topic T]... [--group-by country|official|topic] [--screenshot FILE.png]
//        [--export FILE.png|.svg|.pdf] [--size WxH] [--lang zh_CN|en]
struct StartupOptions {
    QString database;
    QString official;
    QString meeting;
    Filter filter;
    std::optional<Grouping> grouping;
    QString screenshot;
    QString exportFile;
    QSize exportSize{1600, 900};
    // The interface language and date locale, in place of the system's.
    std::optional<QLocale> language;

    // Parses the application's arguments; on a usage error returns nullopt and
    // sets `error` to a message naming the option.
    static std::optional<StartupOptions> parse(const QStringList& arguments, QString* error);
};

} // namespace parley::ui
