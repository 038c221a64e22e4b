#pragma once

#include "ui/editor/RecordFormOf.h"

class QLineEdit;

namespace parley::ui {

class ChoiceBox;

// A topic: its name (a rename keeps its id and every link to it) and its
// parent (a move in the tree; a topic cannot move under itself or its own
// subtopics).
class TopicForm : public RecordFormOf<Topic> {
    Q_OBJECT
public:
    explicit TopicForm(FormContext context, QWidget* parent = nullptr);

    QString recordName() const override;

    QLineEdit* nameField() const { return m_name; }
    ChoiceBox* parentBox() const { return m_parent; }

protected:
    void fill(const Topic& topic) override;
    Topic read() const override;
    std::vector<FieldProblem> parseProblems() const override;
    std::string idBase() const override;

private:
    QLineEdit* m_name;
    ChoiceBox* m_parent;
};

} // namespace parley::ui
