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

#include <string_view>
#include <utility>

namespace parley::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("files/recent");

std::filesystem::path toPath(const QString& file) { return file.toStdString(); }

} // namespace

QString DatabaseFiles::exampleName(Example example)
{
    switch (example) {
    case Example::History:
        return QCoreApplication::translate(
            "parley::ui::DatabaseFiles", "U.S. diplomatic travel and visits, 1866–2025 (Office of "
                                         "the Historian)");
    case Example::UsChina2023:
        return QCoreApplication::translate("parley::ui::DatabaseFiles",
                                           "US–China commerce talks, 2023 (sample)");
    }
    return {};
}

QString DatabaseFiles::ensureExample(Example example)
{
    // The built-in dataset (qt_add_resources in CMakeLists.txt) and the file
    // it becomes.
    const auto [resource, name] =
        example == Example::History
            ? std::pair(QStringLiteral(":/history.json"), QStringLiteral("history.parley"))
            : std::pair(QStringLiteral(":/sample/us-china-2023.json"),
                        QStringLiteral("us-china-2023.parley"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString file = folder + QLatin1Char('/') + name;
    if (QFileInfo::exists(file))
        return file;
    QDir().mkpath(folder);
    QFile json(resource);
    if (!json.open(QIODevice::ReadOnly))
        throw DatabaseError(QCoreApplication::translate("parley::ui::DatabaseFiles",
                                                        "%1 is missing from this build of Parley")
                                .arg(exampleName(example))
                                .toStdString());
    const QByteArray text = json.readAll();
    const std::string where = resource.toStdString();
    const auto dataset = parseDataset(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())), where);
    checkDataset(dataset, where);
    // Made under a temporary name so an interrupted first start leaves no half database.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto store = Store::create(toPath(partial));
        store.import(dataset);
    }
    if (!QFile::rename(partial, file))
        throw DatabaseError(QCoreApplication::translate("parley::ui::DatabaseFiles",
                                                        "%1: cannot write the example database")
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
