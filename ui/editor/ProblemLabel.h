#pragma once

#include <QLabel>
#include <QStringList>

namespace parley::ui {

// What is wrong with one field, shown under it; hidden when nothing is.
class ProblemLabel : public QLabel {
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    void setProblems(const QStringList& problems);
    QStringList problems() const { return m_problems; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColour();

    QStringList m_problems;
};

} // namespace parley::ui
