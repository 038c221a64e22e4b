#pragma once

// A Period travels in signals (the visible range, a chosen date range) and
// QVariants; Qt must know the type, once for every library.

#include "db/model/Dates.h"

#include <QMetaType>

Q_DECLARE_METATYPE(parley::Period)
