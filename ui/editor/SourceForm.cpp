#include "ui/editor/SourceForm.h"

#include "ui/editor/DateField.h"
#include "ui/editor/FormText.h"

#include <QFormLayout>
#include <QLineEdit>

namespace parley::ui {

SourceForm::SourceForm(FormContext context, QWidget* parent)
    : RecordFormOf<Source>(std::move(context), parent)
    , m_publisher(textField(this))
    , m_title(textField(this))
    , m_published(new DateField(this))
    , m_url(textField(this))
{
    m_publisher->setPlaceholderText(tr("Reuters, Xinhua, U.S. Department of State…"));
    m_url->setPlaceholderText(tr("https://…"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Publisher:"), field("publisher", m_publisher));
    fields->addRow(tr("&Title:"), field("title", m_title));
    fields->addRow(tr("&Date:"), field("published", m_published));
    fields->addRow(tr("&URL:"), field("url", m_url));
    setFields(fields);
    watch(m_publisher, {"publisher"});
    watch(m_title, {"title"});
    watch(m_published, {"published"});
    watch(m_url, {"url"});
    resize(560, 0);
}

QString SourceForm::recordName() const { return m_title->text().trimmed(); }

void SourceForm::fill(const Source& source)
{
    m_shown = source;
    m_publisher->setText(QString::fromStdString(source.publisher));
    m_title->setText(QString::fromStdString(source.title));
    m_published->setDate(source.published.is_not_a_date() ? std::nullopt
                                                          : std::optional(source.published));
    m_url->setText(toText(source.url));
}

Source SourceForm::read() const
{
    Source source;
    source.publisher = textOf(m_publisher);
    source.title = textOf(m_title);
    source.published = m_published->date().value_or(m_shown.published);
    source.url = optionalTextOf(m_url);
    return source;
}

std::vector<FieldProblem> SourceForm::parseProblems() const
{
    std::vector<FieldProblem> problems;
    if (const QString problem = m_published->problem(); !problem.isEmpty())
        problems.push_back({"published", problem});
    const auto url = optionalTextOf(m_url);
    if (url && !url->starts_with("http://") && !url->starts_with("https://"))
        problems.push_back(
            {"url", problemText("\"" + *url + "\" is not an http:// or https:// URL")});
    return problems;
}

std::string SourceForm::idBase() const { return textOf(m_publisher) + " " + textOf(m_title); }

} // namespace parley::ui
