#include "ui/panels/SidePicker.h"

#include "ui/model/HtmlText.h"

#include <QCompleter>
#include <QStringListModel>

namespace parley::ui {

SidePicker::SidePicker(QWidget* parent)
    : QLineEdit(parent)
    , m_choices(new QStringListModel(this))
{
    setPlaceholderText(tr("Country or official"));
    setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_choices, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                setText(text);
                choose();
            });
    connect(this, &QLineEdit::returnPressed, this, &SidePicker::choose);
    // Before the completer reads the choices for what was typed.
    connect(this, &QLineEdit::textEdited, this, &SidePicker::makeChoices);
}

QString SidePicker::nameOf(const Side& side, const TimelineSnapshot& snapshot)
{
    return toQString(side.isCountry() ? snapshot.countryName(side.id)
                                      : snapshot.officialName(side.id));
}

void SidePicker::setSnapshot(const SnapshotPtr& snapshot) { m_snapshot = snapshot; }

void SidePicker::makeChoices() const
{
    if (!m_snapshot)
        return;
    const ReferenceData& reference = *m_snapshot->reference;
    if (reference.countries.get() == m_countries && reference.officials.get() == m_officials)
        return;
    m_countries = reference.countries.get();
    m_officials = reference.officials.get();
    m_sideOfText.clear();
    QStringList texts;
    const auto add = [&](const Side& side) {
        QString text = choiceText(side);
        // Two people of one name and country: the id tells them apart.
        if (m_sideOfText.contains(text))
            text = tr("%1 [%2]").arg(text, toQString(side.id));
        m_sideOfText.insert(text, side);
        texts << text;
    };
    for (const auto& [code, country] : *reference.countries)
        add(Side::country(code));
    for (const auto& [id, official] : *reference.officials)
        add(Side::official(id));
    texts.sort(Qt::CaseInsensitive);
    m_choices->setStringList(texts);
}

QString SidePicker::choiceText(const Side& side) const
{
    if (side.isCountry())
        return tr("%1 (country)").arg(nameOf(side, *m_snapshot));
    const Official* official = m_snapshot->official(side.id);
    if (!official)
        return toQString(side.id);
    QString name = toQString(official->name);
    if (official->nativeName)
        name += QLatin1Char(' ') + toQString(*official->nativeName);
    return tr("%1 (%2)").arg(name, toQString(m_snapshot->countryName(official->country)));
}

std::optional<Side> SidePicker::side() const
{
    makeChoices();
    const QString written = text().trimmed();
    if (const auto found = m_sideOfText.constFind(written); found != m_sideOfText.constEnd())
        return *found;
    // A code or an id, as on the command line.
    const auto side = parseSide(written.toStdString());
    if (!side || !m_snapshot)
        return std::nullopt;
    const bool known = side->isCountry() ? m_snapshot->reference->countries->contains(side->id)
                                         : m_snapshot->official(side->id) != nullptr;
    return known ? side : std::nullopt;
}

void SidePicker::setSide(const Side& side)
{
    makeChoices();
    for (auto it = m_sideOfText.constBegin(); it != m_sideOfText.constEnd(); ++it) {
        if (it.value() == side) {
            setText(it.key());
            setCursorPosition(0); // the name's start, not its end
            return;
        }
    }
    setText(toQString(side.id));
}

void SidePicker::choose()
{
    if (const auto chosen = side())
        emit sideChosen(*chosen);
}

} // namespace parley::ui
