#include "app/client/responsereader.h"

#include "app/client/httpstatus.h"
#include "app/client/redaction.h"
#include "app/client/retryafter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace seqring
{

namespace
{

std::optional<qint64> errorCodeOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        // A code is a whole number; 1e300 or 2.5 is no code, and casting a double outside
        // qint64's range is undefined.
        const double number = value.toDouble();
        constexpr double kLimit = 9007199254740992.0; // 2^53: every whole double below is exact
        if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= kLimit)
            return qint64(number);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 code = value.toString().toLongLong(&ok);
    if (ok)
        return code;
    return std::nullopt;
}

// Copies message, errors[], errorCode and trackingId of a Webex error body.
void readErrorBody(const QJsonObject &object, ApiError &error)
{
    error.serverMessage = object.value(QLatin1String("message")).toString();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject item = entry.toObject();
        const QString description = item.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            error.descriptions << description;
        if (const auto code = errorCodeOf(item.value(QLatin1String("errorCode"))))
            error.errorCodes << *code;
    }
    error.topLevelErrorCode = errorCodeOf(object.value(QLatin1String("errorCode")));
}

} // namespace

QByteArray ResponseReader::bearerToken(const HttpRequestSpec &request)
{
    const QByteArray value = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const int space = value.indexOf(' ');
    return space < 0 ? value : value.mid(space + 1).trimmed();
}

QString ResponseReader::sentTrackingId(const HttpRequestSpec &request)
{
    if (!request.trackingId.isEmpty())
        return request.trackingId;
    return QString::fromLatin1(request.header(QByteArrayLiteral("TrackingID")));
}

QString ResponseReader::redact(const QString &text, const QByteArray &token)
{
    return Redaction::text(text, token);
}

QString ResponseReader::rawText(const HttpAnswer &answer, const QByteArray &token)
{
    return AnswerDetails::render(answer, token);
}

ApiResult ResponseReader::failure(const HttpRequestSpec &request, ApiError::Kind kind,
                                  const QString &problem, const HttpAnswer &partial)
{
    ApiResult result;
    result.method = request.method;
    result.url = request.url;
    result.httpStatus = partial.status;
    result.trackingId = sentTrackingId(request);
    const QByteArray headerTracking = partial.header(QByteArrayLiteral("trackingid"));
    if (!headerTracking.isEmpty())
        result.trackingId = QString::fromLatin1(headerTracking);
    result.rawResponse = AnswerDetails(partial, bearerToken(request));
    result.headers = partial.headers;
    result.error.kind = kind;
    result.error.httpStatus = partial.status;
    result.error.problem = problem;
    result.error.trackingId = result.trackingId;
    result.error.rawResponse = result.rawResponse;
    return result;
}

ApiResult ResponseReader::read(const HttpRequestSpec &request, const HttpAnswer &answer)
{
    ApiResult result;
    result.method = request.method;
    result.url = request.url;
    result.httpStatus = answer.status;
    result.statusMeaning = HttpStatus::meaning(answer.status);
    result.body = answer.body;
    result.headers = answer.headers;
    result.rawResponse = AnswerDetails(answer, bearerToken(request));

    QJsonParseError parseError{};
    const bool hasBody = !answer.body.trimmed().isEmpty();
    if (hasBody)
        result.json = QJsonDocument::fromJson(answer.body, &parseError);
    const bool readable = hasBody && parseError.error == QJsonParseError::NoError;
    const QJsonObject object = result.json.object();

    result.trackingId = object.value(QLatin1String("trackingId")).toString();
    if (result.trackingId.isEmpty())
        result.trackingId = QString::fromLatin1(answer.header(QByteArrayLiteral("trackingid")));
    if (result.trackingId.isEmpty())
        result.trackingId = sentTrackingId(request);

    ApiError &error = result.error;
    error.httpStatus = answer.status;
    error.trackingId = result.trackingId;
    error.rawResponse = result.rawResponse;
    const QByteArray retryAfter = answer.header(QByteArrayLiteral("Retry-After"));
    if (!retryAfter.isEmpty())
        error.retryAfterSeconds = RetryAfter::seconds(retryAfter);

    if (!HttpStatus::isSuccess(answer.status)) {
        error.kind = ApiError::Kind::Http;
        error.statusMeaning = result.statusMeaning;
        if (readable)
            readErrorBody(object, error);
        return result;
    }
    if (hasBody && (!readable || !result.json.isObject())) {
        error.kind = ApiError::Kind::MalformedReply;
        error.problem = tr("Webex answered %1, but its reply could not be read (%2). The "
                           "request was probably carried out; reload to check.")
                            .arg(answer.status)
                            .arg(readable ? tr("not a JSON object") : parseError.errorString());
        return result;
    }
    error.retryAfterSeconds = -1;
    result.ok = true;
    if (answer.status == 201)
        result.createdId = object.value(QLatin1String("id")).toString();
    return result;
}

} // namespace seqring
