// parley: the desktop timeline of diplomatic meetings.
#include "ui/DatabaseFiles.h"
#include "ui/MainWindow.h"
#include "ui/StartupOptions.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

// The database to open: the one given, else the last one used, else the sample.
QString databaseToOpen(const parley::ui::StartupOptions& options)
{
    if (!options.database.isEmpty())
        return options.database;
    const QString last = parley::ui::DatabaseFiles::lastDatabase();
    return last.isEmpty() ? parley::ui::DatabaseFiles::ensureSampleDatabase() : last;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "parley: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Parley"));
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));

    QString error;
    const auto options = parley::ui::StartupOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "parley: %s\nRun with --help for more information.\n",
                     qPrintable(error));
        return 2;
    }
    const bool screenshot = !options->screenshot.isEmpty();

    parley::ui::MainWindow window;
    window.resize(1440, 900);
    QString file;
    try {
        file = databaseToOpen(*options);
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    // A screenshot has nobody to read a dialog: errors go to stderr instead.
    QString openError;
    if (!window.openDatabase(file, screenshot ? &openError : nullptr) && screenshot)
        return fail(openError);
    window.show();
    window.applyStartup(*options);

    if (screenshot) {
        if (!window.waitUntilIdle(60000))
            return fail(QApplication::translate("main", "the query did not finish in time"));
        if (!window.grab().save(options->screenshot, "PNG"))
            return fail(
                QApplication::translate("main", "cannot write %1").arg(options->screenshot));
        return 0;
    }
    return QApplication::exec();
}
