#pragma once

#include <QString>
#include <optional>

namespace seqring
{

// What a Webex ID identifies: Webex IDs are base64 (URL-safe or standard, padded or not) of
// a `ciscospark://` URI, and one thing has IDs of more than one form
// (`ciscospark://us/PLACES/<uuid>` and `ciscospark://urn:TEAM:<region>/PLACE/<uuid>`).
// Like Webex's own SDKs, the app compares IDs by the decoded type and UUID.
struct WebexId {
    QString type;   // upper case, singular ("PLACE" for PLACES and PLACE)
    QString uuid;   // lower case
    QString region; // what stands between the scheme and the type ("us", "urn:TEAM:…")

    // The ID decoded; nullopt when `id` is not a base64 `ciscospark://…/TYPE/UUID` (a
    // sandbox or test ID, or a typing slip).
    static std::optional<WebexId> parse(const QString &id);
    // Whether `a` and `b` identify the same thing: by type and UUID when both decode, else
    // when they are the same text (spaces around them ignored).
    static bool same(const QString &a, const QString &b);
    // A key equal for IDs that are the same(): "TYPE/uuid" when it decodes, else the text.
    static QString key(const QString &id);
};

} // namespace seqring
