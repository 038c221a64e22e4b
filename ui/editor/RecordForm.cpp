#include "ui/editor/RecordForm.h"

#include "db/store/Store.h"
#include "ui/editor/ChoiceBox.h"
#include "ui/editor/FormFactory.h"
#include "ui/editor/ProblemLabel.h"
#include "ui/editor/ProblemText.h"
#include "ui/editor/RecordPicker.h"
#include "ui/editor/RecordsNow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {

namespace {

// "positions[#1].end" is shown with "positions".
std::string baseField(const std::string& field)
{
    return field.substr(0, field.find_first_of("[."));
}

const char* arrayOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return "sources";
    case RecordKind::Country:
        return "countries";
    case RecordKind::Topic:
        return "topics";
    case RecordKind::Official:
        return "officials";
    case RecordKind::Meeting:
        return "meetings";
    case RecordKind::Measure:
        return "measures";
    }
    return "";
}

} // namespace

RecordForm::RecordForm(RecordKind kind, FormContext context, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_context(std::move(context))
    , m_recordProblems(new ProblemLabel(this))
    , m_notice(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Enter, or Ctrl+Enter from any field)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    // Enter in the summary starts a new line; Ctrl+Enter saves from anywhere.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RecordForm::accept);
    }
}

RecordForm::~RecordForm() = default;

void RecordForm::assignNewId()
{
    if (!isNew())
        return;
    const std::string base = idBase();
    std::string id = m_context.store->freeId(m_kind, base);
    // The store does not know the records made in this form yet.
    for (int n = 2; catalog().contains(m_kind, id); ++n)
        id = m_context.store->freeId(m_kind, base + " " + std::to_string(n));
    m_id = id;
}

std::vector<FieldProblem> RecordForm::problems() const
{
    std::vector<FieldProblem> all = parseProblems();
    // A field that cannot be read has no other problem worth telling.
    std::set<std::string> unread;
    for (const auto& problem : all)
        unread.insert(problem.field);
    for (auto& problem : ruleProblems()) {
        if (!unread.contains(problem.field) && !(isNew() && problem.field == "id"))
            all.push_back(std::move(problem));
    }
    for (const RecordPicker* picker : m_pickers) {
        if (picker->pendingText().isEmpty())
            continue;
        for (const auto& [name, input] : m_inputs) {
            if (input == picker)
                all.push_back({name, tr("\"%1\" is typed but not picked: choose it from the "
                                        "list, or clear it")
                                         .arg(picker->pendingText())});
        }
    }
    return all;
}

QWidget* RecordForm::field(const std::string& name, QWidget* input)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto* label = new ProblemLabel(box);
    layout->addWidget(label);
    box->setFocusProxy(input);
    m_labels[name] = label;
    m_inputs[name] = input;
    m_order.push_back(name);
    return box;
}

void RecordForm::showWith(const std::string& name, QWidget* input, const std::string& other)
{
    m_labels[name] = m_labels.at(other);
    m_inputs[name] = input;
    m_order.push_back(name);
}

QString RecordForm::describeField(const std::string&) const { return {}; }

void RecordForm::tabChain(std::initializer_list<QWidget*> widgets)
{
    std::vector<QWidget*> chain;
    for (QWidget* widget : widgets) {
        if (auto* picker = qobject_cast<RecordPicker*>(widget)) {
            chain.push_back(picker->searchField());
            chain.push_back(picker->pickedList());
        } else {
            chain.push_back(widget);
        }
    }
    for (std::size_t i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void RecordForm::watch(QLineEdit* input, const std::vector<std::string>& fields)
{
    connect(input, &QLineEdit::textEdited, this, [this, fields] { edited(fields); });
}

void RecordForm::watch(QPlainTextEdit* input, const std::vector<std::string>& fields)
{
    connect(input, &QPlainTextEdit::textChanged, this, [this, fields] { edited(fields); });
}

void RecordForm::watch(QComboBox* input, const std::vector<std::string>& fields)
{
    connect(input, &QComboBox::activated, this, [this, fields] { edited(fields); });
}

void RecordForm::watch(ChoiceBox* input, const std::vector<std::string>& fields)
{
    m_choiceBoxes.push_back(input);
    connect(input, &ChoiceBox::idChanged, this, [this, fields] { edited(fields); });
}

void RecordForm::watch(RecordPicker* input, const std::vector<std::string>& fields)
{
    m_pickers.push_back(input);
    connect(input, &RecordPicker::changed, this, [this, fields] { edited(fields); });
}

void RecordForm::edited(const std::vector<std::string>& fields)
{
    m_modified = true;
    m_touched.insert(fields.begin(), fields.end());
    m_storeProblems.clear();
    revalidate();
}

void RecordForm::offerCreation(RecordPicker* picker, RecordKind kind)
{
    picker->setCreateText(newRecordText(kind));
    connect(picker, &RecordPicker::createRequested, this,
            [this, picker, kind](const QString& name) { createFor(picker, kind, name); });
}

void RecordForm::createFor(RecordPicker* picker, RecordKind kind, const QString& name)
{
    // The new record shares this form's catalog and is saved with this record:
    // nothing is written until this form is saved, and Cancel drops both.
    RecordForm* nested = newRecordForm(kind, m_context, name, this);
    nested->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<RecordPicker> target(picker);
    connect(nested, &RecordForm::saveRequested, this, [this, nested, target] {
        nested->assignNewId();
        const Dataset made = nested->change().put;
        appendRecords(m_madeHere, made);
        addToCatalog(made);
        if (target) {
            target->pick(nested->recordId());
            target->searchField()->clear();
            target->catalogChanged();
        }
        nested->finishSaved();
    });
    nested->open();
}

void RecordForm::addToCatalog(const Dataset& records)
{
    for (const auto& record : records.countries)
        catalog().add(record);
    for (const auto& record : records.sources)
        catalog().add(record);
    for (const auto& record : records.topics)
        catalog().add(record);
    for (const auto& record : records.officials)
        catalog().add(record);
    for (const auto& record : records.measures)
        catalog().add(record);
    for (RecordPicker* picker : m_pickers)
        picker->catalogChanged();
    for (ChoiceBox* box : m_choiceBoxes)
        box->catalogChanged();
}

void RecordForm::setFields(QLayout* fields)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields, 1);
    layout->addWidget(m_recordProblems);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
}

void RecordForm::markLoaded(bool existing, bool showAllProblems)
{
    m_existing = existing;
    m_modified = false;
    m_showAll = showAllProblems;
    m_touched.clear();
    m_storeProblems.clear();
    revalidate();
}

void RecordForm::revalidate()
{
    std::map<ProblemLabel*, QStringList> shown;
    QStringList forRecord;
    auto all = problems();
    all.insert(all.end(), m_storeProblems.begin(), m_storeProblems.end());
    for (const auto& problem : all) {
        const std::string base = baseField(problem.field);
        if (!m_showAll && !m_touched.contains(base))
            continue;
        const QString about = describeField(problem.field);
        const QString text =
            about.isEmpty() ? problem.text : about + QStringLiteral(": ") + problem.text;
        if (m_labels.contains(base) && !base.empty())
            shown[m_labels.at(base)] << text;
        else
            forRecord << (problem.field.empty() || !about.isEmpty()
                              ? text
                              : QString::fromStdString(problem.field) + QStringLiteral(": ") +
                                    problem.text);
    }
    for (const auto& [name, label] : m_labels) {
        const auto at = shown.find(label);
        label->setProblems(at == shown.end() ? QStringList() : at->second);
        m_inputs.at(name)->setAccessibleDescription(label->text());
    }
    m_recordProblems->setProblems(forRecord);
}

void RecordForm::revealProblems()
{
    m_showAll = true;
    revalidate();
    std::set<std::string> bad;
    for (const auto& problem : problems())
        bad.insert(baseField(problem.field));
    for (const auto& problem : m_storeProblems)
        bad.insert(baseField(problem.field));
    const auto first =
        std::ranges::find_if(m_order, [&](const auto& f) { return bad.contains(f); });
    if (first != m_order.end())
        m_inputs.at(*first)->setFocus(Qt::OtherFocusReason);
}

ProblemLabel* RecordForm::problemLabel(const std::string& field) const
{
    const auto at = m_labels.find(field);
    return at == m_labels.end() ? m_recordProblems : at->second;
}

void RecordForm::accept()
{
    if (!problems().empty()) {
        revealProblems();
        return;
    }
    m_notice->hide();
    emit saveRequested();
}

void RecordForm::finishSaved()
{
    m_modified = false;
    QDialog::accept();
}

void RecordForm::discard()
{
    m_modified = false;
    QDialog::reject();
}

void RecordForm::reject()
{
    if (!m_modified) {
        QDialog::reject();
        return;
    }
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Discard Changes?"),
                                recordName().isEmpty()
                                    ? tr("Discard what you typed?")
                                    : tr("Discard your changes to “%1”?").arg(recordName()),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    ask->button(QMessageBox::Cancel)->setText(tr("Keep Editing"));
    ask->setDefaultButton(QMessageBox::Discard);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, ask] {
        if (ask->clickedButton() == ask->button(QMessageBox::Discard)) {
            m_modified = false;
            QDialog::reject();
        }
    });
    ask->open();
}

void RecordForm::showStoreError(const std::string& message)
{
    const auto problem = parseStoreProblem(message);
    if (problem && problem->array == arrayOf(m_kind) && problem->id == m_id) {
        m_storeProblems.push_back({problem->field, problemText(problem->message)});
        m_showAll = true;
        revealProblems();
        return;
    }
    if (problem)
        showFailure(QString::fromStdString(problem->array + "[" + problem->id + "]" +
                                           (problem->field.empty() ? "" : "." + problem->field)) +
                    QStringLiteral(": ") + problemText(problem->message));
    else
        showFailure(QString::fromStdString(message));
}

void RecordForm::showFailure(const QString& text)
{
    m_storeProblems.push_back({std::string(), text});
    m_showAll = true;
    revalidate();
}

void RecordForm::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace parley::ui
