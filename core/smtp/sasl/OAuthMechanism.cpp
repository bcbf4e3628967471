// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthMechanism.h"

#include "Logging.h"
#include <QCoreApplication>

namespace stamp::sasl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanism)
};

// RFC 6750 §2.1 limits a bearer token to a few printable ASCII characters.
// Only the ones that would break the message framing (controls such as the
// ^A separator, spaces, non-ASCII) are refused here; the rest is the
// server's to judge.
bool isSendableToken(const QString &token)
{
    for (QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

bool containsControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}
} // namespace

OAuthMechanism::OAuthMechanism(const Credentials &credentials)
    : m_credentials(credentials)
{
    if (credentials.secret.isEmpty())
        m_problem = Text::tr("no OAuth access token was given");
    else if (!isSendableToken(credentials.secret))
        m_problem = Text::tr("the OAuth access token contains spaces, control or non-ASCII characters");
    else if (containsControlCharacter(credentials.username) || containsControlCharacter(credentials.authzid))
        m_problem = Text::tr("the user name contains control characters");
}

std::optional<QByteArray> OAuthMechanism::initialResponse()
{
    // With no initial response the server sends an empty challenge and
    // respond() reports the problem then.
    if (!m_problem.isEmpty())
        return std::nullopt;
    return clientMessage();
}

SaslMechanism::Step OAuthMechanism::respond(const QByteArray &challenge)
{
    if (!m_problem.isEmpty())
        return { false, {}, m_problem };
    if (m_errorReceived)
        return { false, {},
            Text::tr("server sent another %1 challenge after its error")
                .arg(QString::fromLatin1(name())) };
    if (challenge.isEmpty()) {
        // RFC 4954 §4: a server that got no initial response asks for it
        // with an empty challenge; once is enough.
        if (m_sentOnRequest)
            return { false, {},
                Text::tr("server sent an empty %1 challenge twice").arg(QString::fromLatin1(name())) };
        m_sentOnRequest = true;
        return { true, clientMessage(), {} };
    }
    // RFC 7628 §3.2.2: any other challenge is the server's JSON error. The
    // exchange goes on so the server can send its failure reply, which is
    // what the session reports; the JSON adds the reason.
    m_errorReceived = true;
    m_serverError = challenge;
    qCDebug(lcSasl, "%s: server sent an error challenge", name().constData());
    return { true, errorAcknowledgement(), {} };
}

} // namespace stamp::sasl
