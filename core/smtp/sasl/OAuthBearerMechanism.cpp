// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthBearerMechanism.h"

#include "SaslName.h"

#include <QUrl>

namespace stamp::sasl {

OAuthBearerMechanism::OAuthBearerMechanism(const Credentials &credentials, const QString &host, quint16 port)
    : OAuthMechanism(credentials)
    , m_host(host)
    , m_port(port)
{ }

QByteArray OAuthBearerMechanism::clientMessage() const
{
    // RFC 7628 §3.1: gs2-header kvsep *(key "=" value kvsep) kvsep, with
    // kvsep = ^A. The GS2 header (RFC 5801 §4) names the identity the token
    // is for: the authorisation identity if one was given, else the user.
    const QString identity = credentials().authzid.isEmpty() ? credentials().username : credentials().authzid;
    QByteArray message = "n,a=" % encodeSaslName(identity) % ",\x01";
    // §3.1: host and port SHOULD be sent; a name is sent in its ASCII form,
    // the one the server knows itself by.
    if (!m_host.isEmpty()) {
        const QByteArray ace = QUrl::toAce(m_host);
        message += "host=" % (ace.isEmpty() ? m_host.toUtf8() : ace) % '\x01';
    }
    if (m_port != 0)
        message += "port=" % QByteArray::number(m_port) % '\x01';
    message += "auth=Bearer " % credentials().secret.toLatin1() % "\x01\x01";
    return message;
}

QByteArray OAuthBearerMechanism::errorAcknowledgement() const
{
    // RFC 7628 §3.2.3: the client answers an error challenge with a single
    // ^A, and the server then fails the exchange.
    return QByteArrayLiteral("\x01");
}

} // namespace stamp::sasl
