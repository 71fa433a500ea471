#pragma once

// For the leak test: one root folder in which every process, the test's own included, gets
// its own HOME and XDG folders, and the standard output and error of each are kept in files
// (out/NAME.stdout, out/NAME.stderr), so a search of the root searches all they wrote.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace seqring::test
{

// Writes `bytes` to `path`, making its folder; false if it could not.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class IsolatedProcesses
{
public:
    // Every seqring category at debug, and Qt NetworkAuth's.
    static constexpr const char *kLoggingRules = "seqring.*=true;qt.networkauth*=true";

    QString root() const { return m_root.path(); }
    QString folder(const QString &process, const QString &sub) const
    {
        return m_root.filePath(process + QLatin1Char('/') + sub);
    }
    QString output(const QString &process, const char *stream) const
    {
        return m_root.filePath(QStringLiteral("out/%1.%2").arg(process, QLatin1String(stream)));
    }

    // The environment of `process`: its own HOME, XDG_CONFIG_HOME, XDG_DATA_HOME,
    // XDG_CACHE_HOME and XDG_RUNTIME_DIR under the root (made here), offscreen, English, the
    // logging rules on, no token or client from the caller. The D-Bus session (the keychain)
    // is shared.
    QProcessEnvironment environment(const QString &process) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QList<QPair<const char *, const char *>> folders = {{"HOME", "home"},
                                                                  {"XDG_CONFIG_HOME", "config"},
                                                                  {"XDG_DATA_HOME", "data"},
                                                                  {"XDG_CACHE_HOME", "cache"},
                                                                  {"XDG_RUNTIME_DIR", "runtime"},
                                                                  {"TMPDIR", "tmp"}};
        for (const auto &[variable, sub] : folders) {
            const QString path = folder(process, QLatin1String(sub));
            QDir().mkpath(path);
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
            env.insert(QLatin1String(variable), path);
        }
        QDir().mkpath(m_root.filePath(QStringLiteral("out")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QLatin1String(kLoggingRules));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char *variable :
             {"WEBEX_ACCESS_TOKEN", "WEBEX_CLIENT_ID", "WEBEX_CLIENT_SECRET"})
            env.remove(QLatin1String(variable));
        return env;
    }

    // This process takes the environment of `process` for itself (QStandardPaths reads it
    // on each call), with its standard output and error going to that process's files, the
    // logging rules on and every message on standard error (never QTest's capped log).
    void becomeOwn(const QString &process)
    {
        QLoggingCategory::setFilterRules(
            QString::fromLatin1(kLoggingRules).replace(QLatin1Char(';'), QLatin1Char('\n')));
        m_previousHandler = qInstallMessageHandler(&IsolatedProcesses::toStandardError);
        const QProcessEnvironment env = environment(process);
        for (const QString &key : env.keys())
            qputenv(key.toLocal8Bit().constData(), env.value(key).toLocal8Bit());
        std::fflush(stdout);
        std::fflush(stderr);
        m_savedOut = ::dup(1);
        m_savedErr = ::dup(2);
        redirect(1, output(process, "stdout"));
        redirect(2, output(process, "stderr"));
    }
    // Standard output and error back to where they went before becomeOwn().
    void restoreOutput()
    {
        if (m_savedOut < 0)
            return;
        qInstallMessageHandler(m_previousHandler);
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(m_savedOut, 1);
        ::dup2(m_savedErr, 2);
        ::close(m_savedOut);
        ::close(m_savedErr);
        m_savedOut = m_savedErr = -1;
    }

    // The end of what `process` printed, on the output of before becomeOwn() (for failures).
    void showTail(const QString &process, qint64 bytes) const
    {
        const int fd = m_savedOut >= 0 ? m_savedOut : 1;
        for (const char *stream : {"stdout", "stderr"}) {
            QFile file(output(process, stream));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            file.seek(std::max<qint64>(0, file.size() - bytes));
            const QByteArray tail = file.readAll();
            std::fflush(stdout);
            if (::write(fd, tail.constData(), size_t(tail.size())) < 0)
                return;
        }
    }

    // The first capture of `pattern` in what `process` printed on standard output, once it
    // is there (empty after `timeoutMs`).
    QString waitForOutput(const QString &process, const QRegularExpression &pattern,
                          int timeoutMs) const
    {
        QString found;
        (void)QTest::qWaitFor(
            [&] {
                QFile file(output(process, "stdout"));
                if (file.open(QIODevice::ReadOnly))
                    found = pattern.match(QString::fromUtf8(file.readAll())).captured(1);
                return !found.isEmpty();
            },
            timeoutMs);
        return found;
    }

    // A process of `name`, its output to its files (started by the caller).
    std::unique_ptr<QProcess> process(const QString &name) const
    {
        auto child = std::make_unique<QProcess>();
        child->setProcessEnvironment(environment(name));
        child->setStandardOutputFile(output(name, "stdout"), QIODevice::Append);
        child->setStandardErrorFile(output(name, "stderr"), QIODevice::Append);
        return child;
    }

private:
    static void toStandardError(QtMsgType, const QMessageLogContext &context,
                                const QString &message)
    {
        std::fprintf(stderr, "%s: %s\n", context.category ? context.category : "default",
                     message.toLocal8Bit().constData());
        std::fflush(stderr);
    }
    static void redirect(int fd, const QString &path)
    {
        const int file = ::open(QFile::encodeName(path).constData(),
                                O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (file >= 0) {
            ::dup2(file, fd);
            ::close(file);
        }
    }

    QTemporaryDir m_root;
    int m_savedOut = -1;
    int m_savedErr = -1;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace seqring::test
