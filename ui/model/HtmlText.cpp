#include "ui/model/HtmlText.h"

#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

namespace parley::ui {

namespace {

struct Scheme {
    LinkTarget target;
    QLatin1String name;
};

constexpr Scheme kSchemes[] = {
    {LinkTarget::Official, QLatin1String("parley-official")},
    {LinkTarget::Measure, QLatin1String("parley-measure")},
    {LinkTarget::Meeting, QLatin1String("parley-meeting")},
};

QString translateKind(const char* text) { return QCoreApplication::translate("Kinds", text); }

} // namespace

QString toQString(const std::string& text) { return QString::fromStdString(text); }

QString escaped(const std::string& text) { return toQString(text).toHtmlEscaped(); }

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QUrl appUrl(LinkTarget target, const std::string& id)
{
    for (const auto& scheme : kSchemes) {
        if (scheme.target == target) {
            QUrl url;
            url.setScheme(scheme.name);
            url.setPath(toQString(id));
            return url;
        }
    }
    return {};
}

std::optional<AppLink> parseAppLink(const QUrl& url)
{
    for (const auto& scheme : kSchemes) {
        if (url.scheme() == scheme.name && !url.path().isEmpty())
            return AppLink{scheme.target, url.path()};
    }
    return std::nullopt;
}

QString linkHtml(const QUrl& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

QString officesText(const std::vector<Position>& positions, Date day)
{
    QStringList titles;
    for (const auto& position : positions) {
        if (position.heldOn(day))
            titles << toQString(position.title);
    }
    return titles.join(QStringLiteral("; "));
}

QString officesText(const std::vector<Position>& positions)
{
    QStringList titles;
    for (const auto& position : positions)
        titles << toQString(position.title);
    return titles.join(QStringLiteral("; "));
}

QString meetingKindText(std::string_view kind)
{
    if (kind == "bilateral")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Bilateral"));
    if (kind == "multilateral")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Multilateral"));
    if (kind == "summit")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Summit"));
    if (kind == "call")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Call"));
    if (kind == "visit")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Visit"));
    return QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size()));
}

QString measureKindText(std::string_view kind)
{
    if (kind == "sanction")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Sanction"));
    if (kind == "export-control")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Export control"));
    if (kind == "tariff")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Tariff"));
    if (kind == "ban")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Ban"));
    if (kind == "entity-list")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Entity list"));
    if (kind == "investment-review")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Investment review"));
    if (kind == "other")
        return translateKind(QT_TRANSLATE_NOOP("Kinds", "Other measure"));
    return QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size()));
}

QColor mutedTextColor(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Two thirds of the way from base to text keeps contrast on light and dark bases.
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.65f,
                            base.greenF() + (text.greenF() - base.greenF()) * 0.65f,
                            base.blueF() + (text.blueF() - base.blueF()) * 0.65f);
}

} // namespace parley::ui
