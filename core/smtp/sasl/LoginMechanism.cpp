// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LoginMechanism.h"
#include <QCoreApplication>

namespace stamp::sasl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanism)
};

// Whether a prompt asks for the user name rather than the password. Servers
// word them as they like ("Username:", "User Name", "login:"), some send
// nothing at all; only a prompt that clearly names the user counts.
bool asksForUserName(const QByteArray &prompt)
{
    const QByteArray text = prompt.toLower();
    if (text.contains("pass"))
        return false;
    return text.contains("user") || text.contains("name") || text.contains("login");
}
} // namespace

LoginMechanism::LoginMechanism(const Credentials &credentials, Start start)
    : m_credentials(credentials)
    , m_start(start)
{ }

std::optional<QByteArray> LoginMechanism::initialResponse()
{
    if (m_start == Start::OnRequest || m_state != State::AwaitingUserPrompt)
        return std::nullopt;
    m_state = State::AwaitingPasswordPrompt;
    return m_credentials.username.toUtf8();
}

SaslMechanism::Step LoginMechanism::respond(const QByteArray &challenge)
{
    switch (m_state) {
    case State::AwaitingUserPrompt:
        // The draft's order: the first challenge asks for the user name,
        // whatever its wording.
        m_state = State::AwaitingPasswordPrompt;
        return { true, m_credentials.username.toUtf8(), {} };
    case State::AwaitingPasswordPrompt:
        // A server that ignored the initial response asks for the user
        // name again; answering with the password would hand it to
        // whatever the server does with user names (its logs).
        if (m_start == Start::WithUserName && !m_userNameRepeated && asksForUserName(challenge)) {
            m_userNameRepeated = true;
            return { true, m_credentials.username.toUtf8(), {} };
        }
        m_state = State::PasswordSent;
        return { true, m_credentials.secret.toUtf8(), {} };
    case State::PasswordSent:
        break;
    }
    return { false, {}, Text::tr("server sent a third LOGIN challenge after the password") };
}

} // namespace stamp::sasl
