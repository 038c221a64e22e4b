#pragma once

#include <QTextBrowser>

namespace parley::ui {

// What every panel of details shares: rich text that scales with the font, links
// between records turned into signals, web addresses of sources opened in the
// system's browser, a fresh rendering when the palette changes (the HTML
// carries colours), and a ring in the selection colour while the keys go here
// (the style draws none around rich text). Subclasses say what to show in
// render().
class DetailsBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsBrowser(QWidget* parent = nullptr);

signals:
    void meetingActivated(const QString& id);
    void measureActivated(const QString& id);
    void officialActivated(const QString& id);

protected:
    virtual void render() = 0;
    // A centred, muted line instead of a record.
    QString hintHtml(const QString& text) const;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void onAnchorClicked(const QUrl& url);

    bool m_focusByKeys = false; // a click alone does not ring the pane
};

} // namespace parley::ui
