#include "ui/editor/OfficialForm.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/FormText.h"
#include "ui/editor/PositionsTable.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

#include <set>

namespace parley::ui {

OfficialForm::OfficialForm(FormContext context, QWidget* parent)
    : RecordFormOf<Official>(std::move(context), parent)
    , m_name(textField(this))
    , m_nativeName(textField(this))
    , m_aliases(longTextField(this))
    , m_country(new ChoiceBox(this->context().catalog, RecordKind::Country, this))
    , m_positions(new PositionsTable(this))
{
    m_name->setPlaceholderText(tr("As English-language sources write it"));
    m_nativeName->setPlaceholderText(tr("In the official's own script, if it is another"));
    m_aliases->setPlaceholderText(tr("Other names, one a line"));
    m_aliases->setFixedHeight(m_aliases->fontMetrics().lineSpacing() * 3 + 12);

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Name:"), field("name", m_name));
    fields->addRow(tr("Nati&ve name:"), field("native_name", m_nativeName));
    fields->addRow(tr("&Aliases:"), field("aliases", m_aliases));
    fields->addRow(tr("&Country:"), field("country", m_country));
    fields->addRow(tr("&Offices:"), field("positions", m_positions));
    setFields(fields);
    tabChain({m_name, m_nativeName, m_aliases, m_country, m_positions->table(),
              m_positions->addButton()});

    watch(m_name, {"name"});
    watch(m_nativeName, {"native_name"});
    watch(m_aliases, {"aliases"});
    watch(m_country, {"country"});
    connect(m_positions, &PositionsTable::changed, this, [this] { edited({"positions"}); });
    resize(760, 520);
}

QString OfficialForm::recordName() const { return m_name->text().trimmed(); }

void OfficialForm::fill(const Official& official)
{
    m_shown = official;
    m_name->setText(QString::fromStdString(official.name));
    m_nativeName->setText(toText(official.nativeName));
    QStringList aliases;
    for (const auto& alias : official.aliases)
        aliases << QString::fromStdString(alias);
    m_aliases->setPlainText(aliases.join(QLatin1Char('\n')));
    m_country->setId(official.country);
    m_positions->setPositions(official.positions);
}

std::vector<std::string> OfficialForm::aliases() const
{
    std::vector<std::string> aliases;
    const auto lines = m_aliases->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            aliases.push_back(line.trimmed().toStdString());
    }
    return aliases;
}

Official OfficialForm::read() const
{
    Official official;
    official.name = textOf(m_name);
    official.nativeName = optionalTextOf(m_nativeName);
    official.aliases = aliases();
    official.country = m_country->id();
    official.positions = m_positions->positions(m_shown.positions);
    return official;
}

std::vector<FieldProblem> OfficialForm::parseProblems() const
{
    std::vector<FieldProblem> problems;
    if (m_country->id().empty())
        problems.push_back({"country", problemText("empty (required)")});
    // The database holds each alias of an official once.
    std::set<std::string> seen;
    for (const auto& alias : aliases()) {
        if (!seen.insert(alias).second)
            problems.push_back({"aliases", problemText("\"" + alias + "\" is listed twice")});
    }
    const auto positions = m_positions->parseProblems();
    problems.insert(problems.end(), positions.begin(), positions.end());
    return problems;
}

std::string OfficialForm::idBase() const { return textOf(m_name); }

QString OfficialForm::describeField(const std::string& field) const
{
    static const QRegularExpression office(QStringLiteral(R"(^positions\[#(\d+)\]\.(\w+)$)"));
    const auto match = office.match(QString::fromStdString(field));
    if (!match.hasMatch())
        return {};
    const int number = match.captured(1).toInt() + 1;
    const QString part = match.captured(2);
    if (part == QLatin1String("title"))
        return tr("Office %1, title").arg(number);
    if (part == QLatin1String("organization"))
        return tr("Office %1, organization").arg(number);
    if (part == QLatin1String("start"))
        return tr("Office %1, start").arg(number);
    return tr("Office %1, end").arg(number);
}

} // namespace parley::ui
