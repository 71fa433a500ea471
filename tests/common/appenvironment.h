#pragma once

// The environment in which tests start the real app as a process: offscreen, its settings
// and data in a test's own folder, no token from the caller's environment.

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace seqring::test
{

inline QProcessEnvironment appEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("WEBEX_ACCESS_TOKEN"));
    return env;
}

} // namespace seqring::test
