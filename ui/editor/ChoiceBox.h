#pragma once

#include "ui/editor/RecordCatalog.h"

#include <QComboBox>

#include <memory>
#include <string>

namespace parley::ui {

// Picks one record of a kind (a host country, an official's country, a
// topic's parent): a combo box whose text completes on any part of a name
// ("chi" offers "China (CN)"). Text that names no record is kept as typed,
// so the form can say what is wrong with it.
class ChoiceBox : public QComboBox {
    Q_OBJECT
public:
    ChoiceBox(std::shared_ptr<RecordCatalog> catalog, RecordKind kind, QWidget* parent = nullptr);

    // Offers "none" as the first entry, with this text (a topic's parent).
    void setNoneText(const QString& text);
    // The picked record's id; "" for none or an empty field; the typed text
    // when it names no record.
    std::string id() const;
    void setId(const std::string& id);
    // Call after the catalog gained a record.
    void catalogChanged();

signals:
    void idChanged();

private:
    void fill();
    QString textOf(const Choice& choice) const;

    std::shared_ptr<RecordCatalog> m_catalog;
    RecordKind m_kind;
    QString m_noneText;
};

} // namespace parley::ui
