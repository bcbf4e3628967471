// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SignInTrouble.h"

namespace stamp::oauth {

SignInTrouble::Provider SignInTrouble::providerOf(const QString &issuer)
{
    if (issuer.contains(QLatin1String("google"), Qt::CaseInsensitive))
        return Provider::Google;
    if (issuer.contains(QLatin1String("microsoftonline"), Qt::CaseInsensitive)
        || issuer.contains(QLatin1String("login.live.com"), Qt::CaseInsensitive))
        return Provider::Microsoft;
    return Provider::Other;
}

SignInTrouble SignInTrouble::of(
    const QString &issuer, const QDateTime &signedInAt, const QDateTime &now, const OAuthError &error)
{
    SignInTrouble trouble;
    trouble.m_provider = providerOf(issuer);
    if (!error.needsSignIn())
        return trouble;
    const bool google = trouble.m_provider == Provider::Google;
    // A time in the future is a clock that was changed: as good as unknown.
    const qint64 age = signedInAt.isValid() ? signedInAt.secsTo(now) : -1;
    if (age < 0)
        trouble.m_cause = google ? Cause::RevokedOrTestingExpiry : Cause::Revoked;
    else if (age < kDay)
        trouble.m_cause = Cause::RevokedSoonAfterSignIn;
    // Google ends the refresh tokens of an app registration whose
    // publishing status is "Testing" after 7 days; a day either way allows
    // for when the next send happened to ask.
    else if (google && age >= 6 * kDay && age <= 8 * kDay)
        trouble.m_cause = Cause::TestingExpiry;
    else if (google && age > 8 * kDay)
        trouble.m_cause = Cause::RevokedOrTestingExpiry;
    else
        trouble.m_cause = Cause::Revoked;
    return trouble;
}

QString SignInTrouble::words(const QString &providerName) const
{
    switch (m_cause) {
    case Cause::None:
        return {};
    case Cause::TestingExpiry:
        return tr("You last signed in about a week ago, and Google ends every sign-in after 7 days while "
                  "the app registration Stamp signs in with has the publishing status \"Testing\". Sign "
                  "in to %1 again; to stop this happening every week, the administrator of that app "
                  "registration should set its publishing status to \"In production\" in the Google "
                  "Cloud console.")
            .arg(providerName);
    case Cause::RevokedSoonAfterSignIn:
        switch (m_provider) {
        case Provider::Google:
            return tr("It was refused within a day of signing in, so Google has most likely withdrawn "
                      "it: the Google account's password was changed, Stamp's access was removed on the "
                      "Google Account's Security page (under third-party apps and services), or the "
                      "organisation's administrator requires signing in again at set times. Sign in to "
                      "%1 again; if it is refused again, check that page or ask the administrator.")
                .arg(providerName);
        case Provider::Microsoft:
            return tr("It was refused within a day of signing in, so Microsoft has most likely revoked "
                      "it: Microsoft revokes saved sign-ins when the account's password is changed, and "
                      "when the organisation administrator's policy says so (for example a required "
                      "sign-in frequency, or sessions revoked by an administrator). Sign in to %1 again; "
                      "if it is refused again, ask the administrator.")
                .arg(providerName);
        case Provider::Other:
            return tr("It was refused within a day of signing in, so the provider has most likely "
                      "withdrawn it: the password was changed, or Stamp's access was removed in the "
                      "account's security settings. Sign in to %1 again; if it is refused again, check "
                      "those settings.")
                .arg(providerName);
        }
        break;
    case Cause::Revoked:
        switch (m_provider) {
        case Provider::Google:
            return tr("Google withdraws a saved sign-in when the Google account's password is changed, "
                      "when Stamp's access is removed on the Google Account's Security page (under "
                      "third-party apps and services), or when the organisation's administrator requires "
                      "signing in again. Sign in to %1 again.")
                .arg(providerName);
        case Provider::Microsoft:
            return tr("Microsoft revokes saved sign-ins when the account's password is changed, when the "
                      "organisation administrator's policy says so (for example a required sign-in "
                      "frequency, or sessions revoked by an administrator), and after 90 days without "
                      "use. Sign in to %1 again.")
                .arg(providerName);
        case Provider::Other:
            return tr("Providers withdraw a saved sign-in when the password is changed, when Stamp's "
                      "access is removed in the account's security settings, or after a long time "
                      "without use. Sign in to %1 again.")
                .arg(providerName);
        }
        break;
    case Cause::RevokedOrTestingExpiry:
        return tr("Google withdraws a saved sign-in when the Google account's password is changed or "
                  "Stamp's access is removed on the Google Account's Security page, and ends every "
                  "sign-in after 7 days while the app registration Stamp signs in with has the "
                  "publishing status \"Testing\". Sign in to %1 again; if this happens every week, the "
                  "administrator of that app registration should set its publishing status to \"In "
                  "production\".")
            .arg(providerName);
    }
    return {};
}

} // namespace stamp::oauth
