#include "ui/editor/PrecisionBox.h"

namespace parley::ui {

PrecisionBox::PrecisionBox(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("Day"), static_cast<int>(Precision::Day));
    addItem(tr("Month"), static_cast<int>(Precision::Month));
    addItem(tr("Year"), static_cast<int>(Precision::Year));
    setToolTip(tr("How exactly the date is known. A month is written as its 1st day and "
                  "stands for the whole month; a year as 1 January."));
}

Precision PrecisionBox::precision() const { return static_cast<Precision>(currentData().toInt()); }

void PrecisionBox::setPrecision(Precision precision)
{
    setCurrentIndex(findData(static_cast<int>(precision)));
}

} // namespace parley::ui
