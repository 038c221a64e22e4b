#pragma once

#include "db/model/Dates.h"

#include <QComboBox>

namespace parley::ui {

// How exactly a date is known: day, month or year.
class PrecisionBox : public QComboBox {
    Q_OBJECT
public:
    explicit PrecisionBox(QWidget* parent = nullptr);

    Precision precision() const;
    void setPrecision(Precision precision);
};

} // namespace parley::ui
