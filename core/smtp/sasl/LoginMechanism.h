#pragma once

#include "SaslMechanism.h"

namespace stamp::sasl {

// LOGIN (draft-murchison-sasl-login): the user name, then the password, each
// in answer to a 334 challenge. Obsolete but still the only password
// mechanism some servers (Microsoft 365 among them) offer.
class LoginMechanism : public SaslMechanism
{
public:
    explicit LoginMechanism(const Credentials &credentials);

    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    Step respond(const QByteArray &challenge) override;

private:
    Credentials m_credentials;
    int m_challenges = 0;

    Q_DISABLE_COPY(LoginMechanism)
};

} // namespace stamp::sasl
