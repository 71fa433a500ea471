#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace seqring::bench
{

// A seqring-sandbox process on a port of its own choosing, with `arguments`; stopped when
// destroyed. apiRoot() is empty when it did not start.
class SandboxProcess
{
public:
    SandboxProcess(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                               arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        static const QRegularExpression root(QStringLiteral("(http://127\\.0\\.0\\.1:[0-9]+/v1)"));
        QByteArray out;
        while (m_process.waitForReadyRead(30000)) {
            out += m_process.readAllStandardOutput();
            const auto match = root.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_apiRoot = match.captured(1);
                break;
            }
        }
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    QString apiRoot() const { return m_apiRoot; }

private:
    QProcess m_process;
    QString m_apiRoot;
};

} // namespace seqring::bench
