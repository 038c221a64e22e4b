// Helpers for the timeline's tests: what a widget or a painting draws as
// text, read back from SVG.
#pragma once

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>
#include <QXmlStreamReader>

namespace parley::test {

// Every text PAINT draws on a painter of SIZE, in drawing order.
template <typename Paint> QStringList drawnTexts(QSize size, Paint paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&svg);
    paint(painter);
    painter.end();
    QXmlStreamReader xml(buffer.data());
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
            texts << xml.text().toString();
    }
    return texts;
}

// Every text the widget draws.
inline QStringList drawnTexts(QWidget& widget)
{
    return drawnTexts(widget.size(), [&](QPainter& painter) { widget.render(&painter); });
}

} // namespace parley::test
