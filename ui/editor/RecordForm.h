#pragma once

#include "db/model/ChangeSet.h"
#include "ui/editor/RecordCatalog.h"

#include <QDialog>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace parley {
class Store;
}

namespace parley::ui {

class ChoiceBox;
class ProblemLabel;
class RecordPicker;

// What a form needs besides its record: the store, for the ids of new
// records, and the records it may refer to.
struct FormContext {
    std::shared_ptr<const Store> store;
    std::shared_ptr<RecordCatalog> catalog;
};

// Something wrong with a field of the record being edited.
struct FieldProblem {
    std::string field; // as parley/1 names it: "title", "positions[#1].end"; "" for the record
    QString text;      // for people
};

// What every record's form shares: each field with what is wrong with it
// shown underneath as the user types (db/model's RecordRules, plus what
// cannot be read, such as a date that does not exist), Save (Enter) and
// Cancel (Escape, which asks before dropping changes), and records made for
// this one from its pickers (a new official from the participants), which are
// saved with it. The form writes nothing itself: Save checks the fields and
// emits saveRequested; whoever opened the form applies change() and calls
// finishSaved(), or showStoreError() and the form stays open.
class RecordForm : public QDialog {
    Q_OBJECT
public:
    RecordForm(RecordKind kind, FormContext context, QWidget* parent = nullptr);
    ~RecordForm() override;

    RecordKind kind() const { return m_kind; }
    // True for a record that is not in the database yet (new or duplicated).
    bool isNew() const { return !m_existing; }
    // The record's id; for a new one, "" until assignNewId().
    const std::string& recordId() const { return m_id; }
    // The name or title as typed, for titles, messages and undo texts.
    virtual QString recordName() const = 0;
    // Gives a new record its id: Store::freeId of its name, and none that a
    // record made in this form already has.
    virtual void assignNewId();

    // The change Save makes: the record, with the records made for it here.
    virtual ChangeSet change() const = 0;
    // The record as the store held it when the form opened; empty for a new one.
    virtual Dataset loaded() const = 0;
    const Dataset& madeHere() const { return m_madeHere; }

    // When another program changed the record after the form opened: what
    // each side changed, and whether both can be kept.
    struct Conflict {
        bool deleted = false;
        QStringList theirFields;
        QStringList yourFields;
        bool combinable = false;
    };
    virtual Conflict conflictWith(const Dataset& now) const = 0;
    // Shows the record as NOW holds it, as if the form had opened on it; with
    // COMBINE, with this form's changes on top.
    virtual void rebase(const Dataset& now, bool combine) = 0;

    // Everything wrong with the record as the fields hold it: Save refuses
    // while there is any. (A failed save's message is shown too, but does
    // not stop the next try.)
    std::vector<FieldProblem> problems() const;
    bool isModified() const { return m_modified; }

    void finishSaved();
    // Closes without saving and without asking.
    void discard();
    // A failed save: a DataError next to its field when it is about this
    // record, any other message under the fields. The form stays open.
    void showStoreError(const std::string& message);
    void showFailure(const QString& text);
    // A neutral remark under the fields ("Their changes are shown…").
    void showNotice(const QString& text);

    // The problem label of a field, for tests and screen readers.
    ProblemLabel* problemLabel(const std::string& field) const;

signals:
    void saveRequested();

public slots:
    // Save: refused with every problem shown and the first bad field focused.
    void accept() override;
    void reject() override;

protected:
    const FormContext& context() const { return m_context; }
    RecordCatalog& catalog() const { return *m_context.catalog; }

    // What the fields hold that is no record (a date that does not exist).
    virtual std::vector<FieldProblem> parseProblems() const = 0;
    // What RecordRules say of the record the fields make.
    virtual std::vector<FieldProblem> ruleProblems() const = 0;
    // The name a new record's id is made from.
    virtual std::string idBase() const = 0;

    // INPUT with the problems of FIELD under it, for a layout.
    QWidget* field(const std::string& name, QWidget* input);
    // FIELD's problems shown with those of another field (the end date's
    // with the start's, under both); INPUT takes the focus for them.
    void showWith(const std::string& name, QWidget* input, const std::string& other);
    // Words that say which field a problem is about where several share a
    // label ("End", "Office 2, end"); "" for none.
    virtual QString describeField(const std::string& field) const;
    // Tab goes from each widget to the next; a picker's list follows its field.
    void tabChain(std::initializer_list<QWidget*> widgets);
    // An edit of INPUT changes FIELDS: their problems show from then on.
    void watch(QLineEdit* input, const std::vector<std::string>& fields);
    void watch(QPlainTextEdit* input, const std::vector<std::string>& fields);
    void watch(QComboBox* input, const std::vector<std::string>& fields);
    void watch(ChoiceBox* input, const std::vector<std::string>& fields);
    void watch(RecordPicker* input, const std::vector<std::string>& fields);
    void edited(const std::vector<std::string>& fields);
    // The picker offers to make a record of KIND in a form of its own.
    void offerCreation(RecordPicker* picker, RecordKind kind);
    // Puts FIELDS above the problems of the record and the buttons.
    void setFields(QLayout* fields);
    // After the fields were filled: nothing edited yet. An existing or a
    // prefilled record shows its problems at once; a blank one as the fields
    // are edited.
    void markLoaded(bool existing, bool showAllProblems);
    void revalidate();

    std::string m_id;

private:
    void createFor(RecordPicker* picker, RecordKind kind, const QString& name);
    void addToCatalog(const Dataset& records);
    void revealProblems();

    RecordKind m_kind;
    FormContext m_context;
    bool m_existing = false;
    bool m_modified = false;
    bool m_showAll = false;
    std::set<std::string> m_touched;
    Dataset m_madeHere;
    std::vector<std::string> m_order; // fields in the order of the form
    std::map<std::string, ProblemLabel*> m_labels;
    std::map<std::string, QWidget*> m_inputs;
    std::vector<RecordPicker*> m_pickers;
    std::vector<ChoiceBox*> m_choiceBoxes;
    std::vector<FieldProblem> m_storeProblems; // of the last failed save, until the next edit
    ProblemLabel* m_recordProblems;
    QLabel* m_notice;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

} // namespace parley::ui
