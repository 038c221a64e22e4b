#pragma once

#include <QLocale>
#include <QTranslator>

namespace parley::ui {

// The interface's language: Parley's own messages (embedded as :/i18n/parley_<lang>.qm)
// and Qt's (qtbase_<lang>.qm from the Qt installation, for standard dialogs and
// buttons). English is the source language and needs no file.
class Translations {
public:
    Translations() = default;
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Installs the translations for the locale's languages in place of any
    // installed before. Returns whether Parley's own messages are translated.
    bool load(const QLocale& locale);

private:
    QTranslator m_parley;
    QTranslator m_qt;
};

} // namespace parley::ui
