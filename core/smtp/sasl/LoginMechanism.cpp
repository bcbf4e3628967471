#include "LoginMechanism.h"

namespace stamp::sasl {

LoginMechanism::LoginMechanism(const Credentials &credentials)
    : m_credentials(credentials)
{ }

SaslMechanism::Step LoginMechanism::respond(const QByteArray &challenge)
{
    // The prompts are meant to be "Username:" and "Password:", but servers
    // word them as they like (some send nothing at all), so only their order
    // counts.
    Q_UNUSED(challenge);
    switch (++m_challenges) {
    case 1:
        return { true, m_credentials.username.toUtf8(), {} };
    case 2:
        return { true, m_credentials.secret.toUtf8(), {} };
    default:
        return { false, {}, QStringLiteral("server sent a third LOGIN challenge after the password") };
    }
}

} // namespace stamp::sasl
