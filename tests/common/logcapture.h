#pragma once

// Captures every log line ("category: message") while it lives, with the given logging
// rules on, for tests that search the log for secrets.
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace seqring::test
{

class LogCapture
{
public:
    explicit LogCapture(const QString &rules)
    {
        lines().clear();
        QLoggingCategory::setFilterRules(rules);
        m_previous = qInstallMessageHandler(&LogCapture::capture);
    }
    ~LogCapture() { stop(); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    // Stops capturing (once) and gives the lines captured, joined by newlines.
    QString stop()
    {
        if (m_active) {
            m_active = false;
            qInstallMessageHandler(m_previous);
            QLoggingCategory::setFilterRules(QString());
        }
        QMutexLocker lock(&mutex());
        return lines().join(QLatin1Char('\n'));
    }

private:
    static QMutex &mutex()
    {
        static QMutex instance;
        return instance;
    }
    static QStringList &lines()
    {
        static QStringList instance;
        return instance;
    }
    static void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        QMutexLocker lock(&mutex());
        lines().append(QString::fromLatin1(context.category ? context.category : "default") +
                       QStringLiteral(": ") + message);
    }

    QtMessageHandler m_previous = nullptr;
    bool m_active = true;
};

} // namespace seqring::test
