#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace seqring
{

// `seqring-admin --preview DRAFT.json`: prints the request a draft would send, with the
// token redacted, and no window.
class PreviewSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(PreviewSubcommand)
public:
    struct Options {
        QString draftPath;
        QString apiRoot;     // empty: the Webex API root
        QString workspaceId; // overrides the draft's when set
        QString orgId;       // overrides the draft's when set
        QString token;       // usually WEBEX_ACCESS_TOKEN; shown redacted
        QString defaultRegion = QStringLiteral("US");
    };
    // 0: printed the request; 2: the draft is unreadable or invalid (messages on err).
    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace seqring
