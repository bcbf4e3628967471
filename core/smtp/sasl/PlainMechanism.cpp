// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PlainMechanism.h"
#include <QCoreApplication>

namespace stamp::sasl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanism)
};
} // namespace

PlainMechanism::PlainMechanism(const Credentials &credentials)
    : m_credentials(credentials)
{
    // RFC 4616 §2: NUL separates the three fields, so none may contain one.
    const QChar nul(u'\0');
    if (credentials.authzid.contains(nul) || credentials.username.contains(nul)
        || credentials.secret.contains(nul)) {
        m_problem = Text::tr("PLAIN cannot send a user name or password containing a NUL character");
    }
}

std::optional<QByteArray> PlainMechanism::initialResponse()
{
    // With no initial response the server sends an empty challenge and
    // respond() reports the problem then.
    if (!m_problem.isEmpty())
        return std::nullopt;
    m_sentInitially = true;
    return message();
}

SaslMechanism::Step PlainMechanism::respond(const QByteArray &challenge)
{
    if (!m_problem.isEmpty())
        return { false, {}, m_problem };
    // RFC 4954 §4: a server that got no initial response asks for it with an
    // empty challenge. PLAIN has nothing else to say.
    if (!challenge.isEmpty() || m_answered)
        return { false, {}, Text::tr("server sent an unexpected PLAIN challenge") };
    m_answered = true;
    return { true, message(), {} };
}

QByteArray PlainMechanism::message() const
{
    // RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    return m_credentials.authzid.toUtf8() % '\0' % m_credentials.username.toUtf8() % '\0'
        % m_credentials.secret.toUtf8();
}

} // namespace stamp::sasl
