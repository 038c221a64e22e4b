// parley: the desktop timeline of diplomatic meetings.
#include "support/HugePages.h"
#include "ui/window/DatabaseFiles.h"
#include "ui/window/MainWindow.h"
#include "ui/window/StartupOptions.h"
#include "ui/window/Translations.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

// The database to open: the one given, else the last one used, else the
// Office of the Historian's history.
QString databaseToOpen(const parley::ui::StartupOptions& options)
{
    if (!options.database.isEmpty())
        return options.database;
    const QString last = parley::ui::DatabaseFiles::lastDatabase();
    return last.isEmpty() ? parley::ui::DatabaseFiles::ensureExample(parley::ui::Example::History)
                          : last;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "parley: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    parley::restartWithHugePages(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Parley"));
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    // Lets Wayland compositors find the installed desktop file and its icon.
    QApplication::setDesktopFileName(QStringLiteral(PARLEY_APP_ID));
    // The system's language first, so that --help and usage errors speak it too.
    parley::ui::Translations translations;
    translations.load(QLocale());

    QString error;
    const auto options = parley::ui::StartupOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(
            stderr, "parley: %s\n%s\n", qPrintable(error),
            qPrintable(QApplication::translate("main", "Run with --help for more information.")));
        return 2;
    }
    // Before any widget exists, since widgets take the locale they are made in.
    if (options->language) {
        QLocale::setDefault(*options->language);
        translations.load(*options->language);
    }
    // Rendering to a file has nobody to read a dialog: errors go to stderr.
    const bool headless = !options->screenshot.isEmpty() || !options->exportFile.isEmpty();

    parley::ui::MainWindow window;
    window.resize(1440, 900);
    // A picture of what the command line says, whatever was left open last time.
    window.setRemembersViewState(!headless);
    QString file;
    try {
        file = databaseToOpen(*options);
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    QString openError;
    if (!window.openDatabase(file, headless ? &openError : nullptr) && headless)
        return fail(openError);
    window.show();
    window.applyStartup(*options);

    if (!headless)
        return QApplication::exec();

    if (!window.waitUntilIdle(60000))
        return fail(QApplication::translate("main", "the query did not finish in time"));
    if (!options->exportFile.isEmpty()) {
        QString exportError;
        if (!window.exportView(options->exportFile, options->exportSize, options->citeSources,
                               &exportError))
            return fail(exportError);
    }
    if (!options->screenshot.isEmpty() && !window.grab().save(options->screenshot, "PNG"))
        return fail(QApplication::translate("main", "cannot write %1").arg(options->screenshot));
    return 0;
}
