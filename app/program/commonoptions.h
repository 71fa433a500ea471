#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <memory>

class QCommandLineParser;

namespace seqring
{

class ApiClient;
class HarFile;
struct RequestContext;

// The options every part of the program that talks to the service shares, defined once:
// --base-url, --org, --har and --verbose, for the window and each subcommand alike.
class CommonOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)
public:
    CommonOptions();
    ~CommonOptions();

    // Adds the four options to `parser`.
    void addTo(QCommandLineParser &parser) const;
    // After the parser has read the arguments: the API root (the Webex one unless --base-url
    // names another, which UrlPolicy::checkApiRoot must accept) and --org into *context, and
    // --verbose applied (the request log, seqring.http, to standard error). False with a
    // sentence naming the option and its value when the API root is refused.
    bool read(const QCommandLineParser &parser, RequestContext *context, QString *problem) const;
    // When --har was given: opens its file now (a run does not start when it cannot be
    // written: false with the sentence why), and from now on writes there what `client`'s
    // request log lets go, so that the file has the whole run however long it is.
    bool startHar(const QCommandLineParser &parser, ApiClient *client, QString *problem);
    // When --har was given (and startHar() opened it), writes what `client`'s request log
    // still holds and closes the file (HAR 1.2, every secret redacted); the sentence saying
    // why it could not be written, else empty.
    QString finish(const QCommandLineParser &parser, ApiClient *client) const;

    const QCommandLineOption baseUrl;
    const QCommandLineOption org;
    const QCommandLineOption har;
    const QCommandLineOption verbose;

private:
    std::unique_ptr<HarFile> m_harFile; // after startHar()
};

} // namespace seqring
