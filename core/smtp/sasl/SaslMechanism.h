// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace stamp::sasl {

// What a mechanism needs to log in. `secret` is a password, an app password
// or an OAuth access token; it is never logged.
struct Credentials
{
    QString username;
    QString secret;
    QString authzid;  // authorisation identity; normally empty
};

enum class AuthMethod {
    None,  // do not authenticate
    Auto,  // strongest offered: SCRAM-SHA-256 > SCRAM-SHA-1 > PLAIN > LOGIN > CRAM-MD5
    Plain,
    Login,
    CramMd5,
    ScramSha1,
    ScramSha256,
    XOAuth2,
    OAuthBearer,
};

// "plain", "scram-sha-256", ... as accepted on the command line; nullopt if unknown.
std::optional<AuthMethod> parseAuthMethod(const QString &text);
// The SASL name sent after AUTH ("SCRAM-SHA-256"); empty for None/Auto.
QByteArray mechanismName(AuthMethod method);
// The command-line spelling ("scram-sha-256").
QString methodId(AuthMethod method);

// For Auto: the strongest password mechanism the server offers (upper-case
// names as in Capabilities::authMechanisms()); None when nothing fits.
// OAuth mechanisms are never chosen automatically: they need a token.
AuthMethod chooseAutomatically(const QSet<QByteArray> &offered);

// One SASL exchange (RFC 4954 §4). All data here is raw: the session does the
// base64 encoding and decoding of the wire form.
class SaslMechanism
{
public:
    struct Step
    {
        bool ok = true;
        QByteArray response;  // raw bytes to send (base64-encoded by the caller)
        QString error;        // why the exchange must stop, when !ok
    };

    virtual ~SaslMechanism() = default;

    virtual QByteArray name() const = 0;

    // RFC 4954 §4: the initial response sent on the AUTH line itself, for
    // client-first mechanisms. nullopt when the mechanism waits for a challenge.
    virtual std::optional<QByteArray> initialResponse() { return std::nullopt; }

    // Answers one decoded 334 challenge.
    virtual Step respond(const QByteArray &challenge) = 0;

    // True once the client has sent its last message: the server's next
    // reply can only be the outcome (235 or a failure), never another
    // challenge, and no security layer follows. From then on the client may
    // go on as if logged in (RFC 4954 §4, RFC 2920 §3.1): see AuthExchange.
    virtual bool clientDone() const { return false; }

    // Called on the server's 235. A mechanism that authenticates the server
    // too (SCRAM) says why when that did not happen; empty: accepted.
    virtual QString successProblem() const { return {}; }

    // What the server reported inside the exchange, for diagnostics: the
    // decoded JSON of an OAuth error challenge (RFC 7628 §3.2.2) or SCRAM's
    // "e=" value (RFC 5802 §7). Empty when the server reported nothing.
    virtual QByteArray serverError() const { return {}; }
};

// Makes the mechanism for `method` (not None or Auto). `host` and `port` are
// used by OAUTHBEARER's GS2 header (RFC 7628 §3.1).
std::unique_ptr<SaslMechanism> createMechanism(AuthMethod method, const Credentials &credentials,
                                               const QString &host = {}, quint16 port = 0);

}  // namespace stamp::sasl
