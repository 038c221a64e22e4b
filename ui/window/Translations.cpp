#include "ui/window/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace parley::ui {

bool Translations::load(const QLocale& locale)
{
    QCoreApplication::removeTranslator(&m_parley);
    QCoreApplication::removeTranslator(&m_qt);
    // A failed load leaves a translator empty, so English shows the source texts.
    const bool parley = m_parley.load(locale, QStringLiteral("parley"), QStringLiteral("_"),
                                      QStringLiteral(":/i18n"));
    // Qt's own texts only along with ours, so that English Parley never gets
    // Chinese buttons from a Chinese system.
    if (parley && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (parley)
        QCoreApplication::installTranslator(&m_parley);
    return parley;
}

} // namespace parley::ui
