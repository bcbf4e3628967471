// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stamp::oauth {

namespace {
void wipeString(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}

// error_description is for developers (§5.2) and comes from the network:
// keep it printable and short before it reaches a person's screen.
QString tidy(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += (c.isPrint() ? c : QLatin1Char(' '));
    out = out.simplified();
    if (out.size() > 300)
        out = out.left(300) + QStringLiteral("…");
    return out;
}

QString withDescription(const QString &words, const QString &code, const QString &description)
{
    QString text = words;
    if (!description.isEmpty())
        text
            += QLatin1Char(' ') + TokenResponse::tr("The provider said: \"%1\" (%2).").arg(description, code);
    else if (!code.isEmpty())
        text += QLatin1Char(' ') + TokenResponse::tr("(Error code: %1.)").arg(code);
    return text;
}
} // namespace

bool TokenSet::needsRefresh(const QDateTime &now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return true;
    if (!expiresAt.isValid())
        return false; // no lifetime given: use it until the server refuses it
    return now.secsTo(expiresAt) <= marginSeconds;
}

void TokenSet::wipe()
{
    wipeString(accessToken);
    wipeString(refreshToken);
}

QString TokenResponse::describeAuthorizationError(const QString &code)
{
    if (code == QLatin1String("access_denied"))
        return tr("Access was not granted: the sign-in was declined or cancelled in the browser.");
    if (code == QLatin1String("invalid_request"))
        return tr("The provider rejected the sign-in request as malformed.");
    if (code == QLatin1String("unauthorized_client"))
        return tr("The provider does not allow this client ID to sign in this way; check the client ID "
                  "configured for Stamp.");
    if (code == QLatin1String("unsupported_response_type"))
        return tr("The provider does not support the authorization-code sign-in Stamp uses.");
    if (code == QLatin1String("invalid_scope"))
        return tr(
            "The provider does not know the access Stamp asked for (the scope); the provider settings may "
            "be out of date.");
    if (code == QLatin1String("server_error"))
        return tr("The provider had an internal error; try again later.");
    if (code == QLatin1String("temporarily_unavailable"))
        return tr("The provider's sign-in service is overloaded or down for maintenance; try again later.");
    return tr("The provider refused the sign-in.");
}

QString TokenResponse::describeTokenError(const QString &code)
{
    if (code == QLatin1String("invalid_grant"))
        return tr("The provider no longer accepts this sign-in: it was revoked, has expired, or the password "
                  "was changed. Sign in again.");
    if (code == QLatin1String("invalid_client"))
        return tr(
            "The provider does not recognise Stamp's client ID or client secret; check the OAuth client "
            "configuration.");
    if (code == QLatin1String("unauthorized_client"))
        return tr("The provider does not allow this client ID to use this kind of sign-in.");
    if (code == QLatin1String("unsupported_grant_type"))
        return tr("The provider does not support this kind of token request.");
    if (code == QLatin1String("invalid_scope"))
        return tr("The provider refused the access Stamp asked for (the scope).");
    if (code == QLatin1String("invalid_request"))
        return tr("The provider rejected the token request as malformed.");
    return tr("The provider refused to issue a token.");
}

OAuthError TokenResponse::authorizationError(const QUrlQuery &query)
{
    OAuthError error;
    error.kind = OAuthError::Kind::Provider;
    error.code = tidy(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded));
    error.description = tidy(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
    error.text = withDescription(describeAuthorizationError(error.code), error.code, error.description);
    return error;
}

TokenResult TokenResponse::parse(int httpStatus, const QByteArray &body, const QDateTime &now)
{
    TokenResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    auto fail = [&](OAuthError::Kind kind, const QString &text) {
        result.error.kind = kind;
        result.error.httpStatus = httpStatus;
        result.error.text = text;
        return result;
    };

    // §5.2: an error response carries "error"; usually status 400 or 401,
    // but some servers send it with 200, so the body decides.
    if (object.contains(QStringLiteral("error"))) {
        result.error.kind = OAuthError::Kind::Provider;
        result.error.httpStatus = httpStatus;
        result.error.code = tidy(object.value(QStringLiteral("error")).toString());
        result.error.description = tidy(object.value(QStringLiteral("error_description")).toString());
        result.error.text = withDescription(
            describeTokenError(result.error.code), result.error.code, result.error.description);
        return result;
    }
    if (httpStatus != 200)
        return fail(OAuthError::Kind::Http,
            tr("The provider's token service answered with HTTP status %1 and no explanation.")
                .arg(httpStatus));
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(OAuthError::Kind::BadResponse,
            tr("The provider's token service sent something that is not JSON."));

    TokenSet tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    const QString type = object.value(QStringLiteral("token_type")).toString();
    if (tokens.accessToken.isEmpty())
        return fail(OAuthError::Kind::BadResponse, tr("The provider's token service sent no access token."));
    // §7.1: the client must understand the token type; SMTP's mechanisms
    // carry bearer tokens only (RFC 6750). The type is case-insensitive.
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return fail(OAuthError::Kind::BadResponse,
            tr("The provider issued a \"%1\" token; Stamp can only use bearer tokens.").arg(tidy(type)));
    // expires_in is a number of seconds (§5.1); some servers send it as a
    // string. JSON numbers are doubles: one beyond qint64 cannot be
    // converted (undefined behaviour, found by fuzzing), and a lifetime of
    // centuries is no lifetime a token has, so both count as not given; a
    // token the server refuses is renewed anyway.
    constexpr qint64 kMaxLifetime = qint64(100) * 366 * 24 * 3600;
    const QJsonValue expires = object.value(QStringLiteral("expires_in"));
    qint64 seconds = -1;
    if (expires.isDouble()) {
        const double value = expires.toDouble();
        if (value > 0 && value <= double(kMaxLifetime))
            seconds = static_cast<qint64>(value);
    } else if (expires.isString()) {
        seconds = expires.toString().toLongLong();
    }
    if (seconds > 0 && seconds <= kMaxLifetime)
        tokens.expiresAt = now.toUTC().addSecs(seconds);
    const QString scope = object.value(QStringLiteral("scope")).toString();
    tokens.scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    result.tokens = tokens;
    return result;
}

} // namespace stamp::oauth
