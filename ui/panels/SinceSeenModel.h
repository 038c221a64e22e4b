#pragma once

#include "db/analysis/Fingerprints.h"
#include "ui/model/TimelineSnapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace parley::ui {

// The records new or changed since the database was last seen, as rows:
// meetings, then officials, then measures, each with what it is, when, and
// whether it is new or changed. Costs nothing per row until shown.
class SinceSeenModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Meeting, Official, Measure };
    enum Column { KindColumn, WhatColumn, WhenColumn, StatusColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;

    explicit SinceSeenModel(QObject* parent = nullptr);

    // CHANGES name records of REFERENCE.
    void setChanges(const SinceSeen& changes,
                    const std::shared_ptr<const ReferenceData>& reference);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        Kind kind;
        QString id;
        bool changed;
        QString what;
        QString when;
    };
    std::vector<Row> m_rows;
};

} // namespace parley::ui
