#include "tests/bench/bareloop.h"

#include "app/client/oneshotbody.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <functional>

namespace seqring::bench
{

double bareBatch(const QList<HttpRequestSpec> &specs, bool oneShotBody, QString *problem)
{
    QNetworkAccessManager manager;
    QEventLoop loop;
    qsizetype next = 0;
    std::function<void()> sendNext;
    sendNext = [&] {
        if (next == specs.size()) {
            loop.quit();
            return;
        }
        const HttpRequestSpec &spec = specs.at(next++);
        QNetworkRequest request(spec.url);
        for (const auto &header : spec.headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = nullptr;
        if (oneShotBody) {
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
            auto *body = new OneShotBody(spec.body);
            reply = manager.post(request, body);
            body->setParent(reply);
        } else {
            reply = manager.post(request, spec.body);
        }
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            if (status != 201) {
                *problem = QStringLiteral("bare QNetworkAccessManager: create %1 answered %2 (%3)")
                               .arg(next)
                               .arg(status)
                               .arg(reply->errorString());
                loop.quit();
                return;
            }
            sendNext();
        });
    };
    return timedBatch(loop, sendNext, QStringLiteral("bare QNetworkAccessManager"), problem);
}

double timedBatch(QEventLoop &loop, const std::function<void()> &start, const QString &who,
                  QString *problem)
{
    QTimer::singleShot(120000, &loop, [&] {
        *problem = who + QStringLiteral(": batch took over two minutes");
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    start();
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return problem->isEmpty() ? ms : -1;
}

} // namespace seqring::bench
