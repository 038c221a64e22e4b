#pragma once

#include "ui/editor/RecordCatalog.h"

#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QCompleter;
class QLineEdit;
class QListWidget;
class QModelIndex;
class QToolButton;

namespace parley::ui {

class ChoiceModel;

// Picks several records of one kind (participants, topics, measures,
// sources, target countries): type any part of a name, native name or alias
// and choose from the popup (Enter takes the first); the picked ones are
// listed below, and Delete or Backspace removes one. When the picker can make
// records, the popup's last row and the New… button ask for a new one of the
// typed name (createRequested); the form that makes it picks it with pick().
class RecordPicker : public QWidget {
    Q_OBJECT
public:
    RecordPicker(std::shared_ptr<RecordCatalog> catalog, RecordKind kind,
                 QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    // "New official “%1”…"; empty (the default) for a picker that makes none.
    void setCreateText(const QString& format);

    const std::vector<std::string>& ids() const { return m_ids; }
    // Shows IDS as the picked ones, as they are (a record from elsewhere may
    // name one twice or one that does not exist: the form says so).
    void setIds(std::vector<std::string> ids);
    // Adds ID unless it is picked already, as a user's choice does.
    void pick(const std::string& id);
    // Call after the catalog gained a record.
    void catalogChanged();

    // Text typed but not picked: saving would drop it, so the form asks first.
    QString pendingText() const;

    QLineEdit* searchField() const { return m_search; }
    QListWidget* pickedList() const { return m_list; }
    QCompleter* completer() const { return m_completer; }

signals:
    void changed();
    void createRequested(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMatches();
    void activate(const QModelIndex& index);
    void activateFirst();
    void removeAt(int row);
    void rebuildList();

    std::shared_ptr<RecordCatalog> m_catalog;
    RecordKind m_kind;
    std::vector<std::string> m_ids;
    QLineEdit* m_search;
    QToolButton* m_newButton;
    QListWidget* m_list;
    QToolButton* m_removeButton;
    ChoiceModel* m_model;
    QCompleter* m_completer;
};

} // namespace parley::ui
