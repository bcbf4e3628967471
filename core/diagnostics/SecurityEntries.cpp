// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Failures Stamp decides on itself to keep a connection safe (STARTTLS and
// TLS checks, refusing to send a password unencrypted) and the other local
// refusals: unsupported addresses, a message over the server's SIZE, cancel.
//
// Certificate remedies never suggest switching verification off. What a
// person may do is fix the server or the host name, add the issuing CA, or
// trust exactly one certificate by its SHA-256 fingerprint after checking it
// ("NO STARTTLS", USENIX Security 2021: no fallback, only pinning that exact
// certificate). The command line does that with --ca-file and --pin-sha256,
// the desktop app with the account's Trust CA file and the certificate
// dialog, so those remedies come in both words.

#include "CatalogEntry.h"

#include <QCoreApplication>
#include <iterator>

namespace stamp::catalog {

namespace {

using C = const FailureContext &;

const CatalogEntry kEntries[] = {
    // --- cancellation: first, whatever else the context says ---------------
    { "session.cancelled-outcome-unknown",
        [](C c) { return c.fault == NetworkFault::Cancelled && endOfMessageSent(c); }, DeliveryUnknown,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Cancelled: the message may have been sent"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Sending was cancelled after the whole message had gone to %1 but before the "
            "server confirmed it, so the server may or may not have accepted it."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Before sending again, ask a recipient or look in your webmail's Sent folder "
            "whether it arrived, so that it is not delivered twice.") },

    { "session.cancelled", [](C c) { return c.fault == NetworkFault::Cancelled; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Sending was cancelled"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "You cancelled %2, before the message was handed over, so it was not sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Send it again when you are ready.") },

    // --- STARTTLS (RFC 3207; "NO STARTTLS", USENIX Security 2021) ---------
    { "starttls.missing", [](C c) { return c.fault == NetworkFault::StartTlsMissing; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server did not offer encryption"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 did not offer STARTTLS, so Stamp stopped before sending your password or "
            "message. Either the server does not support encryption on this port, or someone "
            "on the network removed the offer to make Stamp talk in plain text (a downgrade "
            "attack)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Do not turn encryption off to get past this. Try SSL/TLS on port 465 instead, or "
            "ask the server's administrator whether STARTTLS is enabled. If this account "
            "normally works, try again from another network.") },

    { "starttls.refused",
        [](C c) {
            return c.fault == NetworkFault::StartTlsRefused || (c.phase == Phase::StartTls && isReply(c));
        },
        TransientIf4xx, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server refused to start encryption"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 answered the request to start encryption (STARTTLS) with something other than "
            "agreement, so Stamp stopped without sending anything else."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "If the server called the problem temporary, try again later. Otherwise ask the "
            "server's administrator to fix STARTTLS, or use SSL/TLS on port 465 if the server "
            "offers it.") },

    { "starttls.injection", [](C c) { return c.fault == NetworkFault::StartTlsInjection; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Someone may be tampering with the connection"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Right after %1 agreed to start encryption, more unencrypted data arrived, so "
            "Stamp stopped before sending anything. A correct server never does that: it is a "
            "sign of a man-in-the-middle on the network."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Do not send from this network. Try again from a network you trust, prefer SSL/TLS "
            "on port 465, and tell the server's administrator.") },

    // --- TLS ---------------------------------------------------------------
    { "tls.pin-mismatch", [](C c) { return c.fault == NetworkFault::PinMismatch; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate has changed"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate presented by %1 is not the one you chose to trust (its SHA-256 "
            "fingerprint differs). The server may have renewed its certificate, or someone "
            "may be intercepting the connection."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Do not send until you know why. Compare the new SHA-256 fingerprint with the one "
            "your provider or administrator publishes; only if they match, pin the new "
            "fingerprint (--pin-sha256) in place of the old one."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Do not send until you know why. Compare the new SHA-256 fingerprint with the one "
            "your provider or administrator publishes; only if they match, use Review "
            "certificate... and Trust this certificate for this account, in place of the old "
            "one.") },

    { "tls.certificate-revoked",
        [](C c) {
            return certificateFault(c, { QSslError::CertificateRevoked, QSslError::CertificateBlacklisted });
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate was revoked"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate presented by %1 has been withdrawn or blocked, so it no longer "
            "proves that the server is who it claims to be."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Tell the server's administrator: the server needs a new certificate. Do not send "
            "until it has one.") },

    { "tls.host-name-mismatch", [](C c) { return certificateFault(c, { QSslError::HostNameMismatch }); },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The certificate is for a different server name"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate presented by %1 does not include that name, so Stamp cannot tell "
            "that it reached the server you asked for. Often the account uses an alias or an "
            "IP address instead of the server's own name."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Use the exact host name your provider documents for sending (for example "
            "smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add "
            "this name to the certificate. If you have checked the certificate yourself, you "
            "can trust exactly this certificate by its SHA-256 fingerprint (--pin-sha256)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Use the exact host name your provider documents for sending (for example "
            "smtp.gmail.com rather than mail.yourdomain.com), or ask the administrator to add "
            "this name to the certificate. If you have checked the certificate yourself, use "
            "Review certificate... to compare its SHA-256 fingerprint, then Trust this "
            "certificate for this account.") },

    { "tls.certificate-expired",
        [](C c) {
            return certificateFault(c, { QSslError::CertificateExpired, QSslError::InvalidNotAfterField });
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate has expired"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate presented by %1 is past its expiry date, so it no longer proves "
            "the server's identity. A wrong date on this computer causes the same error."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that this computer's date and time are correct. If they are, ask the "
            "server's administrator to renew the certificate.") },

    { "tls.certificate-not-yet-valid",
        [](C c) {
            return certificateFault(
                c, { QSslError::CertificateNotYetValid, QSslError::InvalidNotBeforeField });
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate is not valid yet"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate presented by %1 only becomes valid at a later date. Usually this "
            "computer's clock is wrong; sometimes the server installed a certificate too early."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check this computer's date, time and time zone, then try again. If they are "
            "right, tell the server's administrator.") },

    { "tls.certificate-self-signed",
        [](C c) { return certificateFault(c, { QSslError::SelfSignedCertificate }); }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate is self-signed"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 presented a certificate it signed itself, so no authority this computer trusts "
            "vouches for it. Local bridges (such as Proton Mail Bridge) and private servers do "
            "this, but an attacker intercepting the connection would look the same."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Compare the certificate's SHA-256 fingerprint with the one shown by the bridge or "
            "given by your administrator; if it matches, trust exactly this certificate by its "
            "fingerprint (--pin-sha256). If the server has its own CA, add it with --ca-file "
            "instead."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Use Review certificate... to compare its SHA-256 fingerprint with the one shown by "
            "the bridge or given by your administrator; if it matches, choose Trust this "
            "certificate for this account. If the server has its own CA, choose that CA "
            "certificate as the Trust CA file on the Server tab of the account's settings "
            "instead.") },

    { "tls.certificate-untrusted",
        [](C c) {
            return certificateFault(c,
                { QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                    QSslError::SelfSignedCertificateInChain, QSslError::UnableToVerifyFirstCertificate,
                    QSslError::CertificateUntrusted, QSslError::InvalidCaCertificate });
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate is not trusted"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate of %1 was issued by an authority this computer does not trust, or "
            "the server did not send the intermediate certificates needed to check it. "
            "Company and private servers often use their own authority."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "If the server uses a private certificate authority, add that CA certificate with "
            "--ca-file. If the chain is incomplete, ask the administrator to send the full "
            "chain. Or, after checking its SHA-256 fingerprint with the administrator, trust "
            "exactly this certificate (--pin-sha256)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "If the server uses a private certificate authority, choose that CA certificate as "
            "the Trust CA file on the Server tab of the account's settings. If the chain is "
            "incomplete, ask the administrator to send the full chain. Or use Review "
            "certificate..., check its SHA-256 fingerprint with the administrator, and Trust "
            "this certificate for this account.") },

    { "tls.certificate-invalid", [](C c) { return c.fault == NetworkFault::CertificateRejected; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server's certificate could not be verified"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The certificate presented by %1 failed verification, so Stamp cannot confirm it "
            "reached the right server. Nothing was sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the host name in the account, then ask the server's administrator to fix "
            "the certificate. If you have verified it yourself, you can trust exactly this "
            "certificate by its SHA-256 fingerprint (--pin-sha256)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check the host name in the account, then ask the server's administrator to fix "
            "the certificate. If you have verified it yourself, use Review certificate... to "
            "check its SHA-256 fingerprint and Trust this certificate for this account.") },

    // OpenSSL's words when the other side answers a TLS hello in plain text.
    { "tls.not-tls-port",
        [](C c) {
            return c.fault == NetworkFault::TlsHandshake
                && detailHasAny(c, { "wrong version number", "unknown protocol", "packet length too long" });
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server answered without encryption"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Stamp started an encrypted (SSL/TLS) connection, but %1 answered in plain text: "
            "this port expects STARTTLS. Port 587 normally uses STARTTLS, port 465 SSL/TLS."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Set the security to STARTTLS for port 587, or change the port to 465 to keep "
            "SSL/TLS.") },

    { "tls.protocol-too-old",
        [](C c) {
            return c.fault == NetworkFault::TlsHandshake
                && detailHasAny(c,
                    { "unsupported protocol", "no protocols available", "alert protocol version",
                        "version too low" });
        },
        Permanent, QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server uses an outdated encryption version"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 offers only TLS 1.0 or 1.1, which are no longer safe (RFC 8996); Stamp "
            "requires TLS 1.2 or newer."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Ask the server's administrator to enable TLS 1.2 or 1.3, or use a provider that "
            "supports them.") },

    { "tls.handshake-failed", [](C c) { return c.fault == NetworkFault::TlsHandshake; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The encrypted connection could not be set up"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Stamp and %1 could not agree on a secure connection, so nothing was sent."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Check that the security setting matches the port (SSL/TLS for 465, STARTTLS for "
            "587). If it does, send the session log to the server's administrator.") },

    // --- sign-in refused locally -------------------------------------------
    { "auth.plaintext-refused", [](C c) { return c.fault == NetworkFault::PlaintextAuthRefused; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "Your password would travel unencrypted"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The connection to %1 is not encrypted, so your user name and password would "
            "cross the network readable by anyone on the way. Stamp did not send them."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Set the security to SSL/TLS (port 465) or STARTTLS (port 587). Signing in without "
            "encryption is only allowed to a server on this computer.") },

    { "auth.no-mechanism", [](C c) { return c.fault == NetworkFault::AuthNotOffered; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "No usable sign-in method"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "%1 did not offer a sign-in method Stamp can use with this account's credentials. "
            "Some providers, such as Outlook.com and Microsoft 365, accept only OAuth."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "If your provider requires OAuth, switch the account to OAuth sign-in; otherwise "
            "choose a method the server lists in the session log, or Automatic. If this server "
            "needs no sign-in (a relay on your own network), remove the user name.") },

    { "auth.server-unverified", [](C c) { return c.fault == NetworkFault::AuthServerUnverified; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server could not prove its identity"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "During the SCRAM sign-in %1 failed to prove that it knows your password. It may be "
            "an impostor, or its stored copy of your credentials may be out of date."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Do not send through this connection. Check the host name and the certificate, "
            "then ask the administrator whether your password or account was recently changed "
            "or migrated.") },

    // --- refused locally before the message is uploaded --------------------
    { "message.smtputf8-required", [](C c) { return c.fault == NetworkFault::SmtpUtf8Required; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The server cannot handle this address"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "An address in this message has non-ASCII characters (such as accents or non-Latin "
            "letters) before the @, and %1 does not support such addresses (SMTPUTF8)."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Use an ASCII-only address for that person if they have one, or send through a "
            "server that supports SMTPUTF8.") },

    { "message.too-large-local", [](C c) { return c.fault == NetworkFault::MessageTooLarge; }, Permanent,
        QT_TRANSLATE_NOOP("DiagnosticsCatalog", "The message is too large for this server"),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "The message is larger than the size %1 says it accepts, so Stamp did not upload "
            "it. Attachments grow by about a third when they are encoded for mail."),
        QT_TRANSLATE_NOOP("DiagnosticsCatalog",
            "Remove or shrink attachments, or share large files as links, then send again.") },
};

} // namespace

EntryTable securityEntries()
{
    return { kEntries, std::size(kEntries) };
}

} // namespace stamp::catalog
