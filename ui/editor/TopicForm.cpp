#include "ui/editor/TopicForm.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/FormText.h"

#include <QFormLayout>
#include <QLineEdit>

#include <set>

namespace parley::ui {

TopicForm::TopicForm(FormContext context, QWidget* parent)
    : RecordFormOf<Topic>(std::move(context), parent)
    , m_name(textField(this))
    , m_parent(new ChoiceBox(this->context().catalog, RecordKind::Topic, this))
{
    m_parent->setNoneText(tr("(none: a topic of its own)"));
    m_parent->setToolTip(tr("The broader topic this one belongs to"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Name:"), field("name", m_name));
    fields->addRow(tr("&Parent:"), field("parent", m_parent));
    setFields(fields);
    watch(m_name, {"name"});
    watch(m_parent, {"parent"});
    resize(460, 0);
}

QString TopicForm::recordName() const { return m_name->text().trimmed(); }

void TopicForm::fill(const Topic& topic)
{
    m_name->setText(QString::fromStdString(topic.name));
    m_parent->setId(topic.parent.value_or(std::string()));
}

Topic TopicForm::read() const
{
    Topic topic;
    topic.name = textOf(m_name);
    const std::string parent = m_parent->id();
    topic.parent = parent.empty() ? std::nullopt : std::optional(parent);
    return topic;
}

std::vector<FieldProblem> TopicForm::parseProblems() const
{
    // RecordRules see one record; the tree is the catalog's. Walking up from
    // the new parent must not come back to this topic.
    std::vector<FieldProblem> problems;
    if (isNew())
        return problems;
    std::set<std::string> seen;
    for (auto up = std::optional(m_parent->id()); up && !up->empty() && seen.insert(*up).second;
         up = catalog().parentOf(*up)) {
        if (*up == m_id) {
            problems.push_back(
                {"parent", problemText("the topic tree has a cycle through \"" + m_id + "\"")});
            break;
        }
    }
    return problems;
}

std::string TopicForm::idBase() const { return textOf(m_name); }

} // namespace parley::ui
