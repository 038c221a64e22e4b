// Runs the real `parley` program with a private home, so the user's settings
// and data are never touched, and hands back its exit code.
#pragma once

#include <QProcess>
#include <QTemporaryDir>

class ParleyRun {
public:
    // Runs parley with ARGUMENTS; -1 when it crashed or did not finish in a minute.
    int operator()(const QStringList& arguments, QString* errors = nullptr) const
    {
        QProcess parley;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("data")));
        parley.setProcessEnvironment(environment);
        parley.start(QStringLiteral(PARLEY_EXE), arguments);
        if (!parley.waitForFinished(60000))
            return -1;
        if (errors)
            *errors = QString::fromLocal8Bit(parley.readAllStandardError());
        return parley.exitStatus() == QProcess::NormalExit ? parley.exitCode() : -1;
    }

    // A path inside the private home.
    QString file(const QString& name) const { return m_home.filePath(name); }

private:
    QTemporaryDir m_home;
};
