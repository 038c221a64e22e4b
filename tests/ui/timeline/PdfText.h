// What a PDF holds as poppler's tools read it: its pages and their text.
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QXmlStreamReader>

namespace parley::test {

// The output of a poppler tool (pdfinfo, pdftotext), empty when it is missing.
inline QString poppler(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// How many pages the PDF has, by pdfinfo; 0 when it cannot tell.
inline int pdfPages(const QString& file)
{
    for (const QString& line : poppler(QStringLiteral("pdfinfo"), {file}).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

// The text of one page (from 1), by pdftotext.
inline QString pdfPageText(const QString& file, int page)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), file, QStringLiteral("-")});
}

// The words of one page (from 1) as pdftotext finds them, in its order.
inline QStringList pdfPageWords(const QString& file, int page)
{
    const QString boxes =
        poppler(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), file, QStringLiteral("-")});
    QStringList words;
    QXmlStreamReader xml(boxes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"word")
            words << xml.readElementText();
    }
    return words;
}

} // namespace parley::test
