#include "app/program/commonoptions.h"

#include "app/client/apiclient.h"
#include "app/client/harfile.h"
#include "app/client/httprequest.h"
#include "models/urlpolicy.h"

#include <QCommandLineParser>
#include <QLoggingCategory>

namespace seqring
{

CommonOptions::CommonOptions()
    : baseUrl(QStringLiteral("base-url"), tr("API root, e.g. https://webexapis.com/v1."),
              QStringLiteral("URL")),
      org(QStringLiteral("org"), tr("Organization ID (partner administrators)."),
          QStringLiteral("ID")),
      har(QStringLiteral("har"),
          tr("At exit, write the requests and answers of this run to FILE as HAR 1.2, tokens "
             "and secrets removed."),
          QStringLiteral("FILE")),
      verbose(QStringLiteral("verbose"), tr("Log every request and answer (method, URL, status, "
                                            "time; never a token) to standard error."))
{
}

CommonOptions::~CommonOptions() = default;

void CommonOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({baseUrl, org, har, verbose});
}

bool CommonOptions::read(const QCommandLineParser &parser, RequestContext *context,
                         QString *problem) const
{
    if (parser.isSet(verbose)) // seqring.http is off by default (app/client/httplog.h)
        QLoggingCategory::setFilterRules(QStringLiteral("seqring.http.info=true"));
    context->apiRoot = parser.isSet(baseUrl) ? parser.value(baseUrl) : kWebexApiRoot;
    if (const QString refused = UrlPolicy::checkApiRoot(context->apiRoot); !refused.isEmpty()) {
        *problem = tr("--base-url %1: %2").arg(context->apiRoot, refused);
        return false;
    }
    if (parser.isSet(org))
        context->orgId = parser.value(org);
    return true;
}

bool CommonOptions::startHar(const QCommandLineParser &parser, ApiClient *client, QString *problem)
{
    if (!parser.isSet(har))
        return true;
    m_harFile = std::make_unique<HarFile>(parser.value(har));
    if (m_harFile->start(client->requestLog(), problem))
        return true;
    m_harFile.reset();
    *problem = tr("--har %1: %2").arg(parser.value(har), *problem);
    return false;
}

QString CommonOptions::finish(const QCommandLineParser &parser, ApiClient *client) const
{
    if (!parser.isSet(har) || !m_harFile)
        return {}; // no --har, or startHar() refused it and the command stopped
    return m_harFile->finish(client->requestLog());
}

} // namespace seqring
