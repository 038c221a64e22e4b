#pragma once

#include "ui/editor/RecordCatalog.h"

#include <QAbstractListModel>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace parley::ui {

// The records of one kind whose names hold what was typed, for a picker's
// completion popup: those whose label starts with it first, then the rest in
// the catalog's order, leaving out the ones already picked. When the picker
// can make records, a last row offers a new one of the typed name.
class ChoiceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, CreateRole };
    // At most this many matches are listed: a name narrows them further.
    static constexpr int kMaxRows = 50;

    ChoiceModel(std::shared_ptr<const RecordCatalog> catalog, RecordKind kind,
                QObject* parent = nullptr);

    // "New official “%1”…": the text of the row that makes a record of the
    // typed name; empty for none.
    void setCreateText(const QString& format);
    void setQuery(const QString& text);
    void setExcluded(std::set<std::string> ids);
    // Reads the catalog again, after a record was added to it.
    void refresh();

    QString query() const { return m_query; }
    int matchCount() const { return static_cast<int>(m_rows.size()); }
    bool offersCreation() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RecordCatalog> m_catalog;
    RecordKind m_kind;
    QString m_createText;
    QString m_query;
    std::set<std::string> m_excluded;
    std::vector<const Choice*> m_rows;
};

} // namespace parley::ui
