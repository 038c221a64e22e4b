#pragma once

#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace parley::ui {

// From a worker thread: calls DELIVER with RECEIVER on the receiver's own
// thread, unless the receiver is gone by then.
template <typename Receiver, typename Deliver>
void deliverLater(const QPointer<Receiver>& receiver, Deliver deliver)
{
    if (!receiver)
        return;
    QMetaObject::invokeMethod(
        receiver.data(),
        [receiver, deliver = std::move(deliver)] {
            if (receiver)
                deliver(*receiver);
        },
        Qt::QueuedConnection);
}

} // namespace parley::ui
