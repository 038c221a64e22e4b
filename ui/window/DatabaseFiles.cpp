#include "ui/window/DatabaseFiles.h"

#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace parley::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("files/recent");

std::filesystem::path toPath(const QString& file) { return file.toStdString(); }

} // namespace

QString DatabaseFiles::ensureSampleDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString file = folder + QStringLiteral("/us-china-2023.parley");
    if (QFileInfo::exists(file))
        return file;
    QDir().mkpath(folder);
    QFile json(QStringLiteral(":/sample/us-china-2023.json"));
    if (!json.open(QIODevice::ReadOnly))
        throw DatabaseError(
            QCoreApplication::translate("parley::ui::DatabaseFiles",
                                        "the sample dataset is missing from this build of Parley")
                .toStdString());
    const QByteArray text = json.readAll();
    const auto dataset = parseDataset(text.toStdString(), "sample dataset");
    checkDataset(dataset, "sample dataset");
    // Made under a temporary name so an interrupted first start leaves no half sample.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto store = Store::create(toPath(partial));
        store.import(dataset);
    }
    if (!QFile::rename(partial, file))
        throw DatabaseError(QCoreApplication::translate("parley::ui::DatabaseFiles",
                                                        "%1: cannot write the sample database")
                                .arg(file)
                                .toStdString());
    return file;
}

QStringList DatabaseFiles::recentFiles() { return QSettings().value(kRecentKey).toStringList(); }

void DatabaseFiles::addRecentFile(const QString& file)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
}

QString DatabaseFiles::lastDatabase()
{
    const QStringList files = recentFiles();
    return files.isEmpty() ? QString() : files.first();
}

} // namespace parley::ui
