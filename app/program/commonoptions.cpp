#include "app/program/commonoptions.h"

#include "app/client/apiclient.h"
#include "app/client/harwriter.h"
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

QString CommonOptions::finish(const QCommandLineParser &parser, const ApiClient &client) const
{
    if (!parser.isSet(har))
        return {};
    return HarWriter::write(parser.value(har), *client.requestLog());
}

} // namespace seqring
