// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SaslMechanism.h"

namespace stamp::sasl {

// LOGIN (draft-murchison-sasl-login): the user name, then the password, each
// in answer to a 334 challenge. Obsolete but still the only password
// mechanism some servers (Microsoft 365 among them) offer.
//
// The draft has the server ask first, but servers accept the user name as
// an initial response (RFC 4954 §4), which saves a round trip: Cyrus SASL
// (Postfix, Cyrus IMAP), Dovecot, Exim, Microsoft Exchange and Microsoft
// 365 do, and Python's smtplib has sent it that way to every server since
// 3.5. For a server that ignores it and asks for the user name again, the
// prompt is read, so the password never goes where the name belongs.
class LoginMechanism : public SaslMechanism
{
public:
    enum class Start { WithUserName, OnRequest };

    explicit LoginMechanism(const Credentials &credentials, Start start = Start::WithUserName);

    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;
    bool clientDone() const override { return m_state == State::PasswordSent; }

private:
    enum class State { AwaitingUserPrompt, AwaitingPasswordPrompt, PasswordSent };

    Credentials m_credentials;
    Start m_start;
    State m_state = State::AwaitingUserPrompt;
    bool m_userNameRepeated = false;

    Q_DISABLE_COPY(LoginMechanism)
};

} // namespace stamp::sasl
