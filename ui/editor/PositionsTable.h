#pragma once

#include "db/model/Records.h"
#include "ui/editor/RecordForm.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace parley::ui {

// An official's offices, one a row: title, organization, start and end
// (empty while the office is held). Any number may be held at once. Add
// Office appends a row and starts typing its title; Remove Office takes the
// current row out.
class PositionsTable : public QWidget {
    Q_OBJECT
public:
    enum Column { TitleColumn, OrganizationColumn, StartColumn, EndColumn };

    explicit PositionsTable(QWidget* parent = nullptr);

    void setPositions(const std::vector<Position>& positions);
    // The offices as typed; a date that cannot be read is FALLBACK's, and
    // parseProblems() says what is wrong with it.
    std::vector<Position> positions(const std::vector<Position>& fallback) const;
    // "positions[#1].start": dates that cannot be read.
    std::vector<FieldProblem> parseProblems() const;

    void addRow();
    void removeCurrentRow();
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void changed();

private:
    QString cell(int row, int column) const;

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_filling = false;
};

} // namespace parley::ui
