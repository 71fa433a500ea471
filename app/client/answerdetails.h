#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

namespace seqring
{

// The parts of one HTTP answer as a job collected them.
struct HttpAnswer {
    int status = 0;
    QByteArray protocol = "HTTP/1.1"; // or "HTTP/2"
    QByteArray reasonPhrase;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// An answer as the details view shows it: status line, headers and body, with every secret
// redacted. Most answers are never shown, so the text is made only when text() is asked
// for; until then this holds the answer's parts (shared, not copied) and the request's
// token, which nothing can read back.
class AnswerDetails
{
public:
    AnswerDetails() = default;
    // Details already written out (a test's, or a presenter's own): text() gives them as they
    // are. Implicit, so a QString can be assigned.
    AnswerDetails(const QString &text);
    // The details of `answer`, with `token` (the request's bearer token) among the secrets.
    AnswerDetails(const HttpAnswer &answer, const QByteArray &token);

    // True when there is nothing to show (no status, header or body).
    bool isEmpty() const;
    // Status line, headers and body (at most 64 KiB characters of it, with a note of the
    // rest) as text, credential headers, every secret Redaction knows and the token
    // replaced by its marker. Made anew at each call.
    QString text() const;

    // What text() gives for `answer` and `token`, without keeping anything.
    static QString render(const HttpAnswer &answer, const QByteArray &token);
    // How many times render() made a text in this process (tests check that reading an
    // answer makes none).
    static int renderCount();

private:
    struct Parts {
        HttpAnswer answer;
        QByteArray token;
    };
    std::shared_ptr<const Parts> m_parts; // null: m_text is the whole of it
    QString m_text;
};

} // namespace seqring
