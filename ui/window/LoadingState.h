#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace parley {
class LoadProgress;
}

namespace parley::ui {

// What the window says while the load of a database runs, in words: how many
// of its meetings were read, or what is done with them after.
QString loadingText(const LoadProgress& progress);

// What a database just opened shows until its data is in, instead of the
// database before it or an empty timeline: at ten million meetings read from
// SQLite that is twenty seconds.
class LoadingState : public QWidget {
    Q_OBJECT
public:
    explicit LoadingState(QWidget* parent = nullptr);
    // FILE_NAME is the database's, as the title bar gives it.
    void showProgress(const QString& fileName, const LoadProgress& progress);

private:
    static constexpr int kSteps = 1000;
    QLabel* m_title;
    QProgressBar* m_bar;
    QLabel* m_detail;
};

} // namespace parley::ui
