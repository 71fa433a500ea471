#include "app/client/answerdetails.h"

#include "app/client/redaction.h"

#include <atomic>

namespace seqring
{

namespace
{

constexpr int kMaxRawBodyChars = 64 * 1024; // what the details view shows of a body
std::atomic<int> renders{0};

} // namespace

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

AnswerDetails::AnswerDetails(const QString &text) : m_text(text) {}

AnswerDetails::AnswerDetails(const HttpAnswer &answer, const QByteArray &token)
    : m_parts(std::make_shared<const Parts>(Parts{answer, token}))
{
}

bool AnswerDetails::isEmpty() const
{
    if (!m_parts)
        return m_text.isEmpty();
    const HttpAnswer &answer = m_parts->answer;
    return answer.status == 0 && answer.headers.isEmpty() && answer.body.isEmpty();
}

QString AnswerDetails::text() const
{
    return m_parts ? render(m_parts->answer, m_parts->token) : m_text;
}

int AnswerDetails::renderCount()
{
    return renders.load();
}

QString AnswerDetails::render(const HttpAnswer &answer, const QByteArray &token)
{
    ++renders;
    QString text;
    if (answer.status != 0) {
        text = QStringLiteral("%1 %2 %3")
                   .arg(QString::fromLatin1(answer.protocol))
                   .arg(answer.status)
                   .arg(QString::fromLatin1(answer.reasonPhrase))
                   .trimmed() +
               QLatin1Char('\n');
    }
    for (const auto &pair : answer.headers) {
        text += QString::fromLatin1(pair.first) + QStringLiteral(": ") +
                (Redaction::isSecretHeader(pair.first) ? Redaction::marker()
                                                       : QString::fromLatin1(pair.second)) +
                QLatin1Char('\n');
    }
    if (!answer.body.isEmpty()) {
        QString body = QString::fromUtf8(answer.body);
        if (body.size() > kMaxRawBodyChars) {
            body.truncate(kMaxRawBodyChars);
            // In ResponseReader's context, where the translations have it.
            body += QLatin1Char('\n') + QCoreApplication::translate(
                                            "ResponseReader", "[%n more byte(s) not shown]",
                                            nullptr, int(answer.body.size() - kMaxRawBodyChars));
        }
        text += QLatin1Char('\n') + body;
    }
    return Redaction::text(text, token);
}

} // namespace seqring
