#pragma once

// Plays the browser of a sign-in: opens the sandbox's consent page, presses Allow or Deny,
// and follows the redirect to wherever it points (the app's loopback listener).
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrl>
#include <QUrlQuery>

namespace testsupport
{

// One answer as a browser would see it, redirects not followed.
struct BrowserPage {
    int status = 0;
    QByteArray body;
    QUrl location; // of a redirect
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;
};

// A browser without cookies or JavaScript: GET a page, submit the consent form.
class ConsentBrowser
{
public:
    BrowserPage get(const QUrl &url) { return send(QNetworkRequest(url), "GET", {}); }

    // Submits the consent page's form with the button `decision` ("allow" or "deny").
    BrowserPage press(const QUrl &authorizeUrl, const BrowserPage &page, const QString &decision)
    {
        static const QRegularExpression hidden(
            QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
        static const QRegularExpression action(QStringLiteral("<form method=\"post\" "
                                                              "action=\"([^\"]+)\""));
        const QString request = hidden.match(QString::fromUtf8(page.body)).captured(1);
        const QString path = action.match(QString::fromUtf8(page.body)).captured(1);
        if (request.isEmpty() || path.isEmpty() ||
            !page.body.contains(QByteArray("value=\"" + decision.toUtf8() + "\"")))
            return {};
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request"), request);
        form.addQueryItem(QStringLiteral("decision"), decision);
        QNetworkRequest post(authorizeUrl.resolved(QUrl(path)));
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        return send(post, "POST", form.toString(QUrl::FullyEncoded).toUtf8());
    }

    // GET the authorize URL, press `decision`, return the redirect's target.
    QUrl consent(const QUrl &authorizeUrl, const QString &decision)
    {
        const BrowserPage page = get(authorizeUrl);
        if (page.status != 200)
            return {};
        return press(authorizeUrl, page, decision).location;
    }

private:
    BrowserPage send(QNetworkRequest request, const QByteArray &method, const QByteArray &body)
    {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        BrowserPage page;
        page.finished = reply->isFinished() || spy.wait(10000);
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        page.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        page.error = reply->error();
        reply->deleteLater();
        return page;
    }

    QNetworkAccessManager m_nam;
};

} // namespace testsupport
