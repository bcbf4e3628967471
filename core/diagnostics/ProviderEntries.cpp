// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Replies from the big providers whose meaning is more specific than the
// reply code: the people who hit them need the provider's own remedy (an app
// password, an administrator switch, OAuth), not "wrong password".
//
// Gmail's replies end in "gsmtp"; Microsoft's codes 5.7.139, 5.7.57, 5.7.60
// and 5.7.30 are its own. Matching is on the code, the enhanced code and
// case-insensitive fragments of the exact texts these servers send.

#include "CatalogEntry.h"

#include <QCoreApplication>
#include <iterator>

namespace stamp::catalog {

namespace {

using C = const FailureContext &;

const CatalogEntry kEntries[] = {
    // --- Gmail ---------------------------------------------------------------
    // "534-5.7.9 Application-specific password required. ... ?p=InvalidSecondFactor"
    { "auth.google-app-password-required",
        [](C c) {
            return isReply(c)
                && (textHasAny(c, { "application-specific password", "InvalidSecondFactor" })
                    || (c.replyCode == 534 && hasEnhanced(c, 7, 9) && isGoogle(c)));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Google needs an app password"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Your Google account uses 2-Step Verification, so Gmail does not accept your "
            "normal password from a mail program."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Create an app password in your Google Account (Security, 2-Step Verification, App "
            "passwords; myaccount.google.com/apppasswords) and enter it as this account's "
            "password. Or switch the account to OAuth sign-in with Google.") },

    // "534-5.7.14 <https://accounts.google.com/...> Please log in via your web browser"
    { "auth.google-web-login-required",
        [](C c) {
            return isReply(c) && isGoogle(c)
                && (hasEnhanced(c, 7, 14)
                    || textHasAny(c, { "log in via your web browser", "WebLoginRequired" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Google wants you to confirm this sign-in"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Google found this sign-in unusual and blocked it until you confirm it in a web "
            "browser."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Sign in to Gmail in a web browser on this computer, answer any security prompt, "
            "then send again. An app password or OAuth sign-in avoids this check.") },

    // "535-5.7.8 Username and Password not accepted. ... ?p=BadCredentials ... gsmtp"
    { "auth.google-bad-credentials",
        [](C c) {
            return isReply(c, 535) && isGoogle(c)
                && (hasEnhanced(c, 7, 8)
                    || textHasAny(c, { "Username and Password not accepted", "BadCredentials" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Gmail did not accept the user name or password"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Google refused the sign-in. Gmail does not accept your normal Google password "
            "from mail programs: it needs an app password (or OAuth), and the user name must be "
            "your full address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Use your full Gmail address as the user name. Turn on 2-Step Verification, create "
            "an app password at myaccount.google.com/apppasswords and enter it as the password; "
            "or switch the account to OAuth sign-in with Google.") },

    // "550 5.4.5 Daily user sending limit exceeded." (at MAIL or after DATA)
    { "sending.daily-limit",
        [](C c) {
            return isReply(c)
                && ((c.replyCode == 550 && hasEnhanced(c, 4, 5))
                    || textHasAny(
                        c, { "sending limit exceeded", "daily user sending", "SubmissionQuotaExceeded" }));
        },
        Transient, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Daily sending limit reached"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Your account has sent as many messages or recipients as the provider allows in a "
            "day (Gmail allows about 500), so this message was not sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Wait up to 24 hours before sending again, and send to fewer recipients at a time. "
            "For regular mass mailings use a bulk-mail service.") },

    // --- Microsoft 365 / Outlook.com ----------------------------------------
    // An account that already signs in with OAuth gets 5.7.139 or 5.7.3 when
    // the tenant keeps SMTP AUTH off for the mailbox: the token was fine, so
    // "switch to OAuth" would send the person in a circle.
    { "auth.microsoft-oauth-smtp-off",
        [](C c) {
            return c.signsInWithOAuth && c.phase == Phase::Auth && isReply(c)
                && (hasEnhanced(c, 7, 139) || (hasEnhanced(c, 7, 3) && isReply(c, 535)));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft does not let this mailbox send through SMTP"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "You signed in with Microsoft and the sign-in worked, but your organisation (its Microsoft 365 "
            "tenant) has sending through SMTP switched off for this mailbox. Signing in again does not "
            "change that."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Ask your Microsoft 365 administrator to turn on Authenticated SMTP for this mailbox (in the "
            "Microsoft 365 admin center: Users, the mailbox, Mail, Manage email apps) or for the "
            "organisation. Nothing in Stamp needs to change; send again once it is on.") },

    // "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is
    // disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled ..."
    { "auth.microsoft-smtp-auth-disabled",
        [](C c) {
            return isReply(c) && hasEnhanced(c, 7, 139)
                && textHasAny(c,
                    { "SmtpClientAuthentication is disabled", "basic authentication is disabled",
                        "smtp_auth_disabled" });
        },
        Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft has password sign-in for sending switched off"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Microsoft refused the sign-in because sending with a password (SMTP AUTH) is "
            "disabled for your organisation or mailbox. Your password may well be correct."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Switch the account to OAuth sign-in, which Microsoft supports. For a work account "
            "your administrator can instead enable SMTP AUTH for your mailbox in the Microsoft "
            "365 admin center (see aka.ms/smtp_auth_disabled).") },

    // "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect."
    { "auth.microsoft-bad-credentials",
        [](C c) { return isReply(c) && hasEnhanced(c, 7, 139) && textHas(c, "credentials were incorrect"); },
        Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft did not accept the user name or password"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft says the user name or the password is wrong."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Use your full email address as the user name and check the password. If your "
            "account uses multi-factor sign-in, a normal password does not work here: switch "
            "the account to OAuth sign-in.") },

    // Other 5.7.139 texts: security defaults, a locked account, a policy.
    { "auth.microsoft-sign-in-blocked", [](C c) { return isReply(c) && hasEnhanced(c, 7, 139); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft blocked this sign-in"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Microsoft refused the sign-in because of a rule on the account, such as security "
            "defaults, conditional access or a locked account."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Sign in at outlook.office.com to check the account, then ask your administrator. "
            "OAuth sign-in usually works where password sign-in is blocked.") },

    // "535 5.7.3 Authentication unsuccessful [...outlook.com]"
    { "auth.microsoft-failed",
        [](C c) {
            return isReply(c, 535) && hasEnhanced(c, 7, 3)
                && (isMicrosoft(c) || textHas(c, "authentication unsuccessful"));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft refused the sign-in"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Microsoft reported the sign-in as unsuccessful: either the user name or password "
            "is wrong, or sending with a password (SMTP AUTH) is off for this mailbox."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the user name is your full address and the password is current. If "
            "they are, switch the account to OAuth sign-in, or ask your administrator to enable "
            "Authenticated SMTP for your mailbox.") },

    // "530 5.7.57 Client not authenticated to send mail"
    { "auth.microsoft-not-authenticated", [](C c) { return isReply(c, 530) && hasEnhanced(c, 7, 57); },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft requires you to sign in"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Microsoft 365 accepts mail only after the sender has signed in, and this session "
            "did not sign in."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Enter your full address as the user name and choose OAuth sign-in (or a password "
            "if your organisation allows it), with STARTTLS on port 587 of "
            "smtp.office365.com.") },

    // "550 5.7.30 Basic authentication is not supported for Client Submission."
    { "auth.microsoft-basic-auth-unsupported",
        [](C c) {
            return isReply(c)
                && (hasEnhanced(c, 7, 30) || textHas(c, "basic authentication is not supported"));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Microsoft no longer accepts password sign-in"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Microsoft has switched off sending with a user name and password (basic "
            "authentication) for this account."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Switch the account to OAuth sign-in. Outlook.com and Hotmail accounts have no "
            "app-password alternative; for a work account, only your administrator can "
            "re-enable password sign-in.") },

    // "550 5.7.60 Client does not have permissions to send as this sender"
    // "554 5.2.0 STOREDRV.Submission.Exception: SendAsDeniedException..."
    { "sender.send-as-denied",
        [](C c) {
            return isReply(c)
                && (hasEnhanced(c, 7, 60)
                    || textHasAny(c, { "SendAsDenied", "permissions to send as this sender" }));
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Not allowed to send as this address"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The account you signed in with is not allowed to send with this message's From "
            "address."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Send from the address that belongs to the account you signed in with, or ask your "
            "administrator to give this account \"Send As\" permission for that address.") },
};

} // namespace

EntryTable providerEntries()
{
    return { kEntries, std::size(kEntries) };
}

} // namespace stamp::catalog
