// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TokenResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace stamp::oauth {

// Why a provider refused a saved sign-in (a refresh answered with RFC 6749
// §5.2 invalid_grant), guessed from who the provider is and how long ago
// the person signed in, so "sign in again" comes with the reason it keeps
// happening and what ends it. Knows no accounts: the caller says when the
// sign-in was.
//
//     const SignInTrouble trouble = SignInTrouble::of(client.issuer, signedInAt, now, error);
//     message += trouble.words(client.providerName);
class SignInTrouble
{
    Q_DECLARE_TR_FUNCTIONS(SignInTrouble)

public:
    enum class Provider { Google, Microsoft, Other };
    enum class Cause {
        None, // not a refused sign-in: nothing to explain
        // Google, about 7 days after signing in: the app registration's
        // publishing status is "Testing", whose sign-ins last 7 days.
        TestingExpiry,
        // Refused within a day of signing in: withdrawn on purpose (a new
        // password, access removed, an administrator's policy).
        RevokedSoonAfterSignIn,
        // Withdrawn some other time.
        Revoked,
        // Google, long after signing in or at an unknown time: withdrawn,
        // or the 7-day "Testing" limit ran out unnoticed.
        RevokedOrTestingExpiry,
    };

    static constexpr qint64 kDay = 24 * 60 * 60;

    // `issuer` as providers name it ("accounts.google.com"); `signedInAt`
    // invalid when unknown.
    static SignInTrouble of(
        const QString &issuer, const QDateTime &signedInAt, const QDateTime &now, const OAuthError &error);
    static Provider providerOf(const QString &issuer);

    Provider provider() const { return m_provider; }
    Cause cause() const { return m_cause; }
    // The likely cause and what to do, ending in "Sign in to <provider>
    // again"; empty for Cause::None.
    QString words(const QString &providerName) const;

private:
    Provider m_provider = Provider::Other;
    Cause m_cause = Cause::None;
};

} // namespace stamp::oauth
