// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The diagnostics catalogue: every entry reached by a realistic failure (the
// provider texts are the ones their servers send), the texts complete and
// honest, and a valid answer for anything the session may report.

#include "diagnostics/DiagnosticsCatalog.h"
#include "smtp/Phase.h"
#include "smtp/Reply.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace stamp;

Q_DECLARE_METATYPE(stamp::FailureContext)
Q_DECLARE_METATYPE(stamp::Phase)

namespace {

const QString kHost = QStringLiteral("smtp.example.com");
const QString kGmail = QStringLiteral("smtp.gmail.com");
const QString kMicrosoft = QStringLiteral("smtp.office365.com");

constexpr Phase kAllPhases[] = {
    Phase::Resolve,
    Phase::Connect,
    Phase::Greeting,
    Phase::Ehlo,
    Phase::StartTls,
    Phase::Tls,
    Phase::Auth,
    Phase::Mail,
    Phase::Rcpt,
    Phase::Data,
    Phase::FinalReply,
    Phase::Local,
};

// Builds the context the session would report for `wire`, one or more reply
// lines as the server sent them ("535-5.7.8 ...\n535 5.7.8 ..."): the
// enhanced code comes from the first line and is cut from every line's text.
FailureContext reply(
    Phase phase, const char *wire, const QString &host = kHost, NetworkFault fault = NetworkFault::None)
{
    Reply parsed;
    const QList<QByteArray> lines = QByteArray(wire).split('\n');
    for (const QByteArray &line : lines) {
        parsed.code = line.left(3).toInt();
        QByteArray text = line.mid(4);
        EnhancedStatus status;
        const int used = EnhancedStatus::parse(text, &status);
        if (used > 0) {
            if (!parsed.enhanced.isValid())
                parsed.enhanced = status;
            text = text.mid(used);
        }
        parsed.lines << text;
    }
    FailureContext context;
    context.phase = phase;
    context.fault = fault;
    context.replyCode = parsed.code;
    context.enhanced = parsed.enhanced;
    context.replyText = parsed.text();
    context.host = host;
    return context;
}

FailureContext fault(Phase phase, NetworkFault kind, const QString &detail = {}, const QString &host = kHost)
{
    FailureContext context;
    context.phase = phase;
    context.fault = kind;
    context.detail = detail;
    context.host = host;
    return context;
}

FailureContext certificate(const QList<QSslError::SslError> &errors,
    NetworkFault kind = NetworkFault::CertificateRejected, const QString &host = kHost)
{
    FailureContext context = fault(Phase::Tls, kind, {}, host);
    context.tlsErrors = errors;
    return context;
}

struct Row
{
    QByteArray name;
    FailureContext context;
    QString id;
    bool transient;
};

QList<Row> buildRows()
{
    const bool T = true;
    const bool P = false;
    const auto lit = [](const char *s) { return QString::fromLatin1(s); };
    QList<Row> r;
    const auto add
        = [&r, &lit](const char *name, const FailureContext &context, const char *id, bool transient) {
              r.append({ QByteArray(name), context, lit(id), transient });
          };

    // --- cancellation --------------------------------------------------------
    add("cancel after the final dot", fault(Phase::FinalReply, NetworkFault::Cancelled),
        "session.cancelled-outcome-unknown", P);
    // Before the final dot the server cannot have accepted the message.
    add("cancel during upload", fault(Phase::Data, NetworkFault::Cancelled), "session.cancelled", P);
    add("cancel at RCPT", fault(Phase::Rcpt, NetworkFault::Cancelled), "session.cancelled", P);
    add("cancel while connecting", fault(Phase::Connect, NetworkFault::Cancelled), "session.cancelled", P);

    // --- STARTTLS --------------------------------------------------------------
    add("no STARTTLS in EHLO", fault(Phase::Ehlo, NetworkFault::StartTlsMissing), "starttls.missing", P);
    add("STARTTLS 454 TLS not available",
        reply(Phase::StartTls, "454 4.7.0 TLS not available due to local problem", kHost,
            NetworkFault::StartTlsRefused),
        "starttls.refused", T);
    add("STARTTLS 502",
        reply(Phase::StartTls, "502 5.5.1 Error: command not implemented", kHost,
            NetworkFault::StartTlsRefused),
        "starttls.refused", P);
    add("STARTTLS garbage", fault(Phase::StartTls, NetworkFault::StartTlsRefused), "starttls.refused", P);
    add("STARTTLS 454 without a fault",
        reply(Phase::StartTls, "454 4.7.0 TLS not available due to local problem"), "starttls.refused", T);
    add("STARTTLS injection", fault(Phase::StartTls, NetworkFault::StartTlsInjection), "starttls.injection",
        P);

    // --- TLS -------------------------------------------------------------------
    add("pin mismatch", fault(Phase::Tls, NetworkFault::PinMismatch), "tls.pin-mismatch", P);
    add("revoked", certificate({ QSslError::CertificateRevoked }), "tls.certificate-revoked", P);
    add("host name mismatch", certificate({ QSslError::HostNameMismatch }), "tls.host-name-mismatch", P);
    add("self-signed and wrong name",
        certificate({ QSslError::SelfSignedCertificate, QSslError::HostNameMismatch }),
        "tls.host-name-mismatch", P);
    add("expired", certificate({ QSslError::CertificateExpired }), "tls.certificate-expired", P);
    add("not yet valid", certificate({ QSslError::CertificateNotYetValid }), "tls.certificate-not-yet-valid",
        P);
    add("self-signed (Proton Bridge)",
        certificate({ QSslError::SelfSignedCertificate }, NetworkFault::CertificateRejected,
            QStringLiteral("127.0.0.1")),
        "tls.certificate-self-signed", P);
    add("unknown issuer",
        certificate(
            { QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate }),
        "tls.certificate-untrusted", P);
    add("self-signed in chain", certificate({ QSslError::SelfSignedCertificateInChain }),
        "tls.certificate-untrusted", P);
    add("untrusted reported with the handshake failure",
        certificate({ QSslError::UnableToGetIssuerCertificate }, NetworkFault::TlsHandshake),
        "tls.certificate-untrusted", P);
    add("certificate rejected, no error listed", certificate({}), "tls.certificate-invalid", P);
    add("path length exceeded", certificate({ QSslError::PathLengthExceeded }), "tls.certificate-invalid", P);
    add("TLS to a STARTTLS port",
        fault(Phase::Tls, NetworkFault::TlsHandshake,
            lit("Error during SSL handshake: error:0A00010B:SSL routines::wrong version number")),
        "tls.not-tls-port", P);
    add("TLS 1.0 only server",
        fault(Phase::Tls, NetworkFault::TlsHandshake,
            lit("Error during SSL handshake: error:0A000102:SSL routines::unsupported protocol")),
        "tls.protocol-too-old", P);
    add("handshake failure",
        fault(Phase::Tls, NetworkFault::TlsHandshake,
            lit("Error during SSL handshake: error:0A000410:SSL routines::sslv3 alert handshake failure")),
        "tls.handshake-failed", P);

    // --- local refusals ------------------------------------------------------------
    add("plaintext AUTH", fault(Phase::Auth, NetworkFault::PlaintextAuthRefused), "auth.plaintext-refused",
        P);
    add("no AUTH mechanism", fault(Phase::Auth, NetworkFault::AuthNotOffered), "auth.no-mechanism", P);
    add("SCRAM server signature", fault(Phase::Auth, NetworkFault::AuthServerUnverified),
        "auth.server-unverified", P);
    add("SMTPUTF8 missing", fault(Phase::Mail, NetworkFault::SmtpUtf8Required), "message.smtputf8-required",
        P);
    add("over SIZE", fault(Phase::Mail, NetworkFault::MessageTooLarge, lit("31457280 > 26214400 bytes")),
        "message.too-large-local", P);

    // --- Gmail ------------------------------------------------------------------------
    add("Gmail 534 app password",
        reply(Phase::Auth,
            "534-5.7.9 Application-specific password required. Learn more at\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d2e1a72fcca58-7a1b - gsmtp",
            kGmail),
        "auth.google-app-password-required", P);
    add("Gmail 534 web login",
        reply(Phase::Auth,
            "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbt>\n"
            "534-5.7.14 Please log in via your web browser and then try again.\n"
            "534-5.7.14  Learn more at\n"
            "534 5.7.14  https://support.google.com/mail/answer/78754 a1si1234 - gsmtp",
            kGmail),
        "auth.google-web-login-required", P);
    add("Gmail 535 bad credentials",
        reply(Phase::Auth,
            "535-5.7.8 Username and Password not accepted. Learn more at\n"
            "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-ab3 - gsmtp",
            kGmail),
        "auth.google-bad-credentials", P);
    add("Gmail daily limit at MAIL",
        reply(Phase::Mail, "550 5.4.5 Daily user sending limit exceeded.", kGmail), "sending.daily-limit", T);
    add("Gmail daily limit after DATA",
        reply(Phase::FinalReply, "550 5.4.5 Daily user sending limit exceeded. a1sm - gsmtp", kGmail),
        "sending.daily-limit", T);
    add("Gmail too large",
        reply(Phase::FinalReply,
            "552-5.3.4 Your message exceeded Google's message size limits. Please visit\n"
            "552-5.3.4  https://support.google.com/mail/?p=MaxSizeError to view our size\n"
            "552 5.3.4 guidelines. a1-20020a17 - gsmtp",
            kGmail),
        "message.too-large", P);
    add("Gmail too many logins",
        reply(Phase::Auth, "454 4.7.0 Too many login attempts, please try again later. a1sm - gsmtp", kGmail),
        "auth.too-many-logins", T);
    add("Gmail STARTTLS first",
        reply(Phase::Mail, "530 5.7.0 Must issue a STARTTLS command first. a1sm - gsmtp", kGmail),
        "starttls.required-by-server", P);
    add("Gmail auth required",
        reply(Phase::Mail,
            "530-5.7.0 Authentication Required. Learn more at\n"
            "530 5.7.0  https://support.google.com/mail/?p=WantAuthError - gsmtp",
            kGmail),
        "auth.required", P);

    // --- Microsoft ----------------------------------------------------------------------
    add("Microsoft SMTP AUTH disabled for the tenant",
        reply(Phase::Auth,
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
            "Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR01CA0012.prod.outlook.com]",
            kMicrosoft),
        "auth.microsoft-smtp-auth-disabled", P);
    add("Microsoft basic auth disabled",
        reply(Phase::Auth,
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
            "[BN9PR03CA0123.namprd03.prod.outlook.com]",
            kMicrosoft),
        "auth.microsoft-smtp-auth-disabled", P);
    add("Microsoft credentials incorrect",
        reply(Phase::Auth,
            "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. "
            "[BN9PR03CA0123.namprd03.prod.outlook.com]",
            kMicrosoft),
        "auth.microsoft-bad-credentials", P);
    add("Microsoft security defaults",
        reply(Phase::Auth,
            "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security "
            "defaults policy. Contact your administrator.",
            kMicrosoft),
        "auth.microsoft-sign-in-blocked", P);
    add("Microsoft 5.7.3",
        reply(Phase::Auth,
            "535 5.7.3 Authentication unsuccessful [SN4PR0601CA0004.namprd06.prod.outlook.com]", kMicrosoft),
        "auth.microsoft-failed", P);
    // The same replies to an account that signs in with OAuth: never "switch to OAuth".
    FailureContext oauthTenant = reply(Phase::Auth,
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
        "Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR01CA0012.prod.outlook.com]",
        kMicrosoft);
    oauthTenant.signsInWithOAuth = true;
    add("Microsoft SMTP AUTH off, OAuth account", oauthTenant, "auth.microsoft-oauth-smtp-off", P);
    FailureContext oauth573 = reply(Phase::Auth,
        "535 5.7.3 Authentication unsuccessful [SN4PR0601CA0004.namprd06.prod.outlook.com]", kMicrosoft);
    oauth573.signsInWithOAuth = true;
    add("Microsoft 5.7.3, OAuth account", oauth573, "auth.microsoft-oauth-smtp-off", P);
    add("Microsoft 5.7.57",
        reply(Phase::Mail, "530 5.7.57 Client not authenticated to send mail. [SN4PR0601CA0004.outlook.com]",
            kMicrosoft),
        "auth.microsoft-not-authenticated", P);
    add("Microsoft 5.7.30",
        reply(Phase::Mail, "550 5.7.30 Basic authentication is not supported for Client Submission.",
            QStringLiteral("smtp-mail.outlook.com")),
        "auth.microsoft-basic-auth-unsupported", P);
    add("Microsoft 5.7.60",
        reply(Phase::Mail, "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
            kMicrosoft),
        "sender.send-as-denied", P);
    add("Microsoft SendAsDenied",
        reply(Phase::FinalReply,
            "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; "
            "Failed to process message due to a permanent exception with message Cannot submit message.",
            kMicrosoft),
        "sender.send-as-denied", P);
    add("Microsoft recipient not found",
        reply(Phase::Rcpt,
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            kMicrosoft),
        "recipient.unknown", P);
    add("Microsoft unable to relay",
        reply(Phase::Rcpt, "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", kMicrosoft),
        "recipient.relay-denied", P);

    // --- standard replies ----------------------------------------------------------------
    add("421 at the greeting",
        reply(Phase::Greeting, "421 4.3.2 Service not available, closing transmission channel"),
        "server.closing", T);
    add("421 then closed",
        reply(
            Phase::Mail, "421 4.7.0 Try again later, closing connection.", kHost, NetworkFault::RemoteClosed),
        "server.closing", T);
    add("421 after the message", reply(Phase::FinalReply, "421 4.4.2 Timeout exceeded"), "server.closing", T);
    add("554 greeting blocklist",
        reply(Phase::Greeting,
            "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"),
        "server.connection-rejected", P);
    add("554 greeting no service",
        reply(Phase::Greeting, "554 smtp.example.com ESMTP not accepting connections"),
        "server.connection-rejected", P);
    add("432 password transition", reply(Phase::Auth, "432 4.7.12 A password transition is needed"),
        "auth.password-transition", P);
    add("454 temporary auth failure", reply(Phase::Auth, "454 4.7.0 Temporary authentication failure"),
        "auth.temporary-failure", T);
    add("538 encryption required",
        reply(Phase::Auth, "538 5.7.11 Encryption required for requested authentication mechanism"),
        "auth.encryption-required", P);
    add("530 authentication required", reply(Phase::Mail, "530 5.7.0 Authentication required"),
        "auth.required", P);
    add("503 send AUTH first", reply(Phase::Mail, "503 5.5.1 Error: send AUTH command first."),
        "auth.required", P);
    add("534 mechanism too weak", reply(Phase::Auth, "534 5.7.9 Authentication mechanism is too weak"),
        "auth.mechanism-too-weak", P);
    add("504 mechanism unsupported", reply(Phase::Auth, "504 5.5.4 Unrecognized authentication type"),
        "auth.mechanism-unsupported", P);
    add("535 Postfix", reply(Phase::Auth, "535 5.7.8 Error: authentication failed: authentication failure"),
        "auth.failed", P);
    add("535 Exim", reply(Phase::Auth, "535 Incorrect authentication data"), "auth.failed", P);
    add("535 163.com", reply(Phase::Auth, "535 Error: authentication failed", QStringLiteral("smtp.163.com")),
        "auth.failed", P);
    add("535 5.7.8 not from Google",
        reply(Phase::Auth, "535 5.7.8 Authentication credentials invalid",
            QStringLiteral("smtp.mail.yahoo.com")),
        "auth.failed", P);
    add("554 relay denied", reply(Phase::Rcpt, "554 5.7.1 <bob@example.org>: Relay access denied"),
        "recipient.relay-denied", P);
    add("454 relay denied (soft bounce)",
        reply(Phase::Rcpt, "454 4.7.1 <bob@example.org>: Relay access denied"), "recipient.relay-denied", T);
    add("550 5.1.1 user unknown",
        reply(Phase::Rcpt,
            "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox "
            "table"),
        "recipient.unknown", P);
    add("550 no such user", reply(Phase::Rcpt, "550 No such user here"), "recipient.unknown", P);
    add("552 mailbox full",
        reply(Phase::Rcpt, "552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox full"),
        "recipient.mailbox-full", P);
    add("452 over quota",
        reply(Phase::Rcpt, "452 4.2.2 The email account that you tried to reach is over quota."),
        "recipient.mailbox-full", T);
    add("452 too many recipients", reply(Phase::Rcpt, "452 4.5.3 Error: too many recipients"),
        "recipient.too-many", T);
    add("550 too many recipients", reply(Phase::Rcpt, "550 5.5.3 Too many recipients"), "recipient.too-many",
        P);
    add("552 at MAIL (SIZE)", reply(Phase::Mail, "552 5.3.4 Message size exceeds fixed maximum message size"),
        "message.too-large", P);
    add("554 5.3.4", reply(Phase::FinalReply, "554 5.3.4 Message too big for system"), "message.too-large",
        P);
    add("452 storage", reply(Phase::Mail, "452 4.3.1 Insufficient system storage"),
        "server.insufficient-storage", T);
    add("450 greylisted",
        reply(Phase::Rcpt,
            "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/example.org.html"),
        "mailbox.temporarily-unavailable", T);
    add("450 at DATA", reply(Phase::Data, "450 4.3.0 Error: command failed"), "reply.transient-failure", T);
    add("451 local error", reply(Phase::FinalReply, "451 4.3.0 Error: queue file write error"),
        "server.local-error", T);
    add("501 bad sender syntax", reply(Phase::Mail, "501 5.1.7 Bad sender address syntax"),
        "sender.address-invalid", P);
    add("501 bad recipient syntax", reply(Phase::Rcpt, "501 5.1.3 Bad recipient address syntax"),
        "recipient.address-invalid", P);
    add("553 recipient not allowed",
        reply(Phase::Rcpt, "553 5.1.3 <bob@@example.org>... Mailbox name not allowed"),
        "recipient.address-invalid", P);
    add("553 sender not owned",
        reply(Phase::Mail,
            "553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user alice@example.com"),
        "sender.not-owned", P);
    add("553 sender not allowed", reply(Phase::Mail, "553 5.7.1 Sender address not allowed"),
        "sender.not-owned", P);
    add("551 user not local", reply(Phase::Rcpt, "551 5.1.6 User not local; please try <bob@example.net>"),
        "recipient.not-local", P);
    add("500", reply(Phase::Ehlo, "500 5.5.2 Error: command not recognized"), "command.unrecognized", P);
    add("501 at AUTH", reply(Phase::Auth, "501 5.5.2 Cannot decode response"), "command.syntax-error", P);
    add("502", reply(Phase::Ehlo, "502 5.5.1 Command not implemented"), "command.not-implemented", P);
    add("503", reply(Phase::Data, "503 5.5.1 Error: need RCPT command"), "command.bad-sequence", P);
    add("504 at MAIL", reply(Phase::Mail, "504 5.5.4 Parameter not implemented"),
        "command.parameter-not-implemented", P);
    add("555 at MAIL", reply(Phase::Mail, "555 5.5.4 Unsupported option: SMTPUTF8"),
        "command.parameter-not-implemented", P);
    add("554 5.7.1 content",
        reply(Phase::FinalReply, "554 5.7.1 Message rejected due to content restrictions"),
        "message.policy-rejected", P);
    add("550 spam", reply(Phase::FinalReply, "550 5.7.1 Message rejected as spam by Content Filtering."),
        "message.policy-rejected", P);
    add("550 at MAIL",
        reply(Phase::Mail, "550 5.1.8 <alice@example.invalid>: Sender address rejected: Domain not found"),
        "sender.rejected", P);
    add("550 at RCPT",
        reply(Phase::Rcpt, "550 5.7.1 <bob@example.org>: Recipient address rejected: Access denied"),
        "recipient.rejected", P);
    add("550 mailbox unavailable at RCPT",
        reply(Phase::Rcpt, "550 Requested action not taken: mailbox unavailable"), "recipient.rejected", P);
    add("554 transaction failed", reply(Phase::FinalReply, "554 5.0.0 Transaction failed"),
        "message.rejected", P);
    add("550 after DATA", reply(Phase::FinalReply, "550 Requested action not taken: mailbox unavailable"),
        "message.rejected", P);
    add("455 unknown 4xx", reply(Phase::Mail, "455 4.5.4 Server unable to accommodate parameters"),
        "reply.transient-failure", T);
    add("499 unknown 4xx", reply(Phase::Ehlo, "499 4.0.0 Something unusual"), "reply.transient-failure", T);
    add("599 unknown 5xx", reply(Phase::Auth, "599 5.9.9 Something unusual"), "reply.permanent-failure", P);
    add("554 at EHLO", reply(Phase::Ehlo, "554 5.7.0 Too many errors"), "reply.permanent-failure", P);
    add("250 where a failure was reported", reply(Phase::Data, "250 2.0.0 Ok"), "reply.unexpected", P);
    add("354 to MAIL", reply(Phase::Mail, "354 End data with <CR><LF>.<CR><LF>"), "reply.unexpected", P);

    // --- transport --------------------------------------------------------------------------
    add("host not found",
        fault(Phase::Resolve, NetworkFault::HostNotFound, lit("Host not found"),
            QStringLiteral("smtp.exmaple.com")),
        "network.host-not-found", T);
    add("connection refused", fault(Phase::Connect, NetworkFault::ConnectionRefused),
        "network.connection-refused", P);
    // The same refusal from a server that has answered before: an outage.
    FailureContext away = fault(Phase::Connect, NetworkFault::ConnectionRefused);
    away.serverHasAnswered = true;
    add("connection refused by a server that answered before", away, "network.server-away", T);
    FailureContext awayTimeout = fault(Phase::Connect, NetworkFault::Timeout);
    awayTimeout.serverHasAnswered = true;
    add("connect timeout at a server that answered before", awayTimeout, "network.server-away", T);
    add("network unreachable", fault(Phase::Connect, NetworkFault::NetworkUnreachable), "network.unreachable",
        T);
    add("connect timeout", fault(Phase::Connect, NetworkFault::Timeout), "network.timeout-connect", T);
    // Through a proxy: each proxy fault has its own entry naming the proxy.
    add("proxy not found", fault(Phase::Connect, NetworkFault::ProxyNotFound), "proxy.not-found", T);
    add("proxy refused", fault(Phase::Connect, NetworkFault::ProxyRefused), "proxy.refused", T);
    FailureContext proxyAway = fault(Phase::Connect, NetworkFault::ProxyRefused);
    proxyAway.serverHasAnswered = true;
    add("proxy down, server answered before", proxyAway, "proxy.refused", T);
    add("proxy login refused", fault(Phase::Connect, NetworkFault::ProxyAuthFailed), "proxy.auth", P);
    add("proxy forbids the port", fault(Phase::Connect, NetworkFault::ProxyDenied), "proxy.denied", P);
    add("proxy cannot reach the server", fault(Phase::Connect, NetworkFault::ProxyTargetUnreachable),
        "proxy.target-unreachable", T);
    add("proxy failed", fault(Phase::Connect, NetworkFault::ProxyFailed), "proxy.failed", T);
    add("resolve timeout", fault(Phase::Resolve, NetworkFault::Timeout), "network.timeout-connect", T);
    add("greeting timeout (465 with STARTTLS)", fault(Phase::Greeting, NetworkFault::Timeout),
        "network.timeout-greeting", P);
    add("timeout after the final dot", fault(Phase::FinalReply, NetworkFault::Timeout),
        "network.timeout-outcome-unknown", P);
    add("timeout during upload", fault(Phase::Data, NetworkFault::Timeout), "network.timeout-reply", T);
    add("timeout at RCPT", fault(Phase::Rcpt, NetworkFault::Timeout), "network.timeout-reply", T);
    add("timeout at AUTH", fault(Phase::Auth, NetworkFault::Timeout), "network.timeout-reply", T);
    add("closed after the final dot", fault(Phase::FinalReply, NetworkFault::RemoteClosed),
        "network.closed-outcome-unknown", P);
    // RFC 5321 §3.8: a connection lost before the end of the message counts as a 451.
    add("closed during upload", fault(Phase::Data, NetworkFault::RemoteClosed), "network.closed", T);
    add("closed at MAIL", fault(Phase::Mail, NetworkFault::RemoteClosed), "network.closed", T);
    add("closed at EHLO", fault(Phase::Ehlo, NetworkFault::RemoteClosed), "network.closed", T);
    add("malformed reply", fault(Phase::Ehlo, NetworkFault::ProtocolViolation, lit("Malformed reply line")),
        "network.protocol-violation", P);
    add("unexpected code as violation",
        reply(Phase::Data, "250 2.0.0 Ok", kHost, NetworkFault::ProtocolViolation),
        "network.protocol-violation", P);
    add("other fault", fault(Phase::Local, NetworkFault::Other, lit("Could not read the message file")),
        "failure.unknown", P);
    add("nothing at all", FailureContext(), "failure.unknown", P);
    return r;
}

const QList<Row> &rows()
{
    static const QList<Row> all = buildRows();
    return all;
}

bool isSecurityEntry(const QString &id)
{
    return id.startsWith(QLatin1String("tls.")) || id.startsWith(QLatin1String("starttls."));
}

void verifyComplete(const Diagnosis &d)
{
    QVERIFY(d.isValid());
    QVERIFY2(DiagnosticsCatalog::entryIds().contains(d.id), qPrintable(d.id));
    QVERIFY(!d.title.trimmed().isEmpty());
    QVERIFY(!d.explanation.trimmed().isEmpty());
    QVERIFY(!d.remedy.trimmed().isEmpty());
    for (const QString &text : { d.title, d.explanation, d.remedy }) {
        QVERIFY2(
            !text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")), qPrintable(text));
    }
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void diagnose_data();
    void diagnose();
    void everyEntryIsReached();
    void entryIdsAreUniqueAndStable();
    void transientFollowsReplyClass();
    void fallbacks_data();
    void fallbacks();
    void certificateRemediesOfferOnlySafeChoices();
    void desktopWordsNameNoCommandLine();
    void eachSurfaceNamesItsOwnTools();
    void deliverabilityNamesEachSurfacesTool();
    void explanationsAreShort();
    void outcomeUnknownOnlyOnceTheMessageIsOut();
    void placeholders();
    void phaseIds_data();
    void phaseIds();
    void phaseDescriptions();
};

void TestDiagnostics::diagnose_data()
{
    QTest::addColumn<FailureContext>("context");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("transient");
    for (const Row &row : rows())
        QTest::newRow(row.name.constData()) << row.context << row.id << row.transient;
}

void TestDiagnostics::diagnose()
{
    QFETCH(FailureContext, context);
    QFETCH(QString, id);
    QFETCH(bool, transient);

    const Diagnosis d = DiagnosticsCatalog::diagnose(context);
    QCOMPARE(d.id, id);
    QCOMPARE(d.transient, transient);
    QCOMPARE(d.deliveryUnknown, id.endsWith(QLatin1String("outcome-unknown")));
    if (d.deliveryUnknown)
        QVERIFY(!d.transient); // never resent automatically
    verifyComplete(d);
    if (isSecurityEntry(d.id))
        QVERIFY2(!d.remedy.contains(QLatin1String("ignore"), Qt::CaseInsensitive), qPrintable(d.remedy));
    // An account that signs in with OAuth is never told to switch to it.
    if (context.signsInWithOAuth)
        QVERIFY2(!d.remedy.contains(QLatin1String("to OAuth"), Qt::CaseInsensitive), qPrintable(d.remedy));
}

void TestDiagnostics::everyEntryIsReached()
{
    QSet<QString> reached;
    for (const Row &row : rows())
        reached.insert(row.id);
    const QStringList ids = DiagnosticsCatalog::entryIds();
    const QSet<QString> declared(ids.cbegin(), ids.cend());
    QStringList unreached = QList<QString>(declared.cbegin(), declared.cend());
    unreached.removeIf([&reached](const QString &id) { return reached.contains(id); });
    QStringList unknown = QList<QString>(reached.cbegin(), reached.cend());
    unknown.removeIf([&declared](const QString &id) { return declared.contains(id); });
    QVERIFY2(unreached.isEmpty(),
        qPrintable(QLatin1String("no row reaches: ") + unreached.join(QLatin1String(", "))));
    QVERIFY2(unknown.isEmpty(),
        qPrintable(QLatin1String("not in entryIds(): ") + unknown.join(QLatin1String(", "))));
    QCOMPARE(reached, declared);
}

void TestDiagnostics::entryIdsAreUniqueAndStable()
{
    const QStringList ids = DiagnosticsCatalog::entryIds();
    QVERIFY(ids.size() >= 40);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    static const QRegularExpression form(QStringLiteral("^[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const QString &id : ids)
        QVERIFY2(form.match(id).hasMatch(), qPrintable(id));
    // The last resort stays last, or it would shadow the rest.
    QCOMPARE(ids.constLast(), QStringLiteral("failure.unknown"));
}

void TestDiagnostics::transientFollowsReplyClass()
{
    // Without provider words every 4xx is worth retrying and no 5xx is; the
    // one exception needs the user to act first (RFC 4954 §6: 432).
    const QSet<QString> exceptions { QStringLiteral("auth.password-transition") };
    for (int code = 400; code <= 599; ++code) {
        for (Phase phase : kAllPhases) {
            for (NetworkFault kind :
                { NetworkFault::None, NetworkFault::RemoteClosed, NetworkFault::Other }) {
                FailureContext context;
                context.phase = phase;
                context.fault = kind;
                context.replyCode = code;
                context.host = kHost;
                const Diagnosis d = DiagnosticsCatalog::diagnose(context);
                QVERIFY(d.isValid());
                QVERIFY2(!d.deliveryUnknown, qPrintable(d.id)); // a reply is an outcome
                if (exceptions.contains(d.id))
                    continue;
                QVERIFY2(d.transient == (code < 500),
                    qPrintable(QStringLiteral("%1 at %2 -> %3").arg(code).arg(phaseId(phase), d.id)));
            }
        }
    }
}

void TestDiagnostics::fallbacks_data()
{
    QTest::addColumn<FailureContext>("context");
    QTest::addColumn<QString>("id");

    QTest::newRow("4xx of no known kind")
        << reply(Phase::Rcpt, "471 4.9.9 Odd") << QStringLiteral("reply.transient-failure");
    QTest::newRow("5xx of no known kind")
        << reply(Phase::Ehlo, "597 5.9.9 Odd") << QStringLiteral("reply.permanent-failure");
    QTest::newRow("5xx with no text")
        << reply(Phase::Auth, "599") << QStringLiteral("reply.permanent-failure");
    QTest::newRow("code beyond 5xx") << reply(Phase::Mail, "600 Odd") << QStringLiteral("reply.unexpected");
    FailureContext unknownFault = fault(Phase::Mail, static_cast<NetworkFault>(999));
    QTest::newRow("fault from a newer session") << unknownFault << QStringLiteral("failure.unknown");
    QTest::newRow("other fault at RCPT")
        << fault(Phase::Rcpt, NetworkFault::Other) << QStringLiteral("failure.unknown");
    QTest::newRow("empty context") << FailureContext() << QStringLiteral("failure.unknown");
}

void TestDiagnostics::fallbacks()
{
    QFETCH(FailureContext, context);
    QFETCH(QString, id);
    const Diagnosis d = DiagnosticsCatalog::diagnose(context);
    QCOMPARE(d.id, id);
    verifyComplete(d);
}

void TestDiagnostics::certificateRemediesOfferOnlySafeChoices()
{
    const QStringList verifiable { QStringLiteral("tls.host-name-mismatch"),
        QStringLiteral("tls.certificate-self-signed"), QStringLiteral("tls.certificate-untrusted"),
        QStringLiteral("tls.certificate-invalid") };
    for (const Surface surface : { Surface::CommandLine, Surface::Desktop }) {
        for (const Row &row : rows()) {
            FailureContext context = row.context;
            context.surface = surface;
            const Diagnosis d = DiagnosticsCatalog::diagnose(context);
            if (!isSecurityEntry(d.id))
                continue;
            for (const char *word : { "ignore", "disable", "turn off verification", "skip" })
                QVERIFY2(!d.remedy.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(d.id));
            // Where the user may decide to trust the server, the only ways
            // offered are a CA file or that exact certificate's fingerprint.
            if (verifiable.contains(d.id))
                QVERIFY2(d.remedy.contains(QLatin1String("SHA-256 fingerprint")), qPrintable(d.id));
        }
    }
    const Diagnosis untrusted
        = DiagnosticsCatalog::diagnose(certificate({ QSslError::UnableToGetLocalIssuerCertificate }));
    QVERIFY(untrusted.remedy.contains(QLatin1String("--ca-file")));
}

void TestDiagnostics::desktopWordsNameNoCommandLine()
{
    // What the desktop app shows names buttons and settings, never a flag
    // ("--pin-sha256") or a command ("stamp account ..."). The rows reach
    // every entry (everyEntryIsReached), so this reads the whole catalogue.
    static const QRegularExpression flag(QStringLiteral("--[A-Za-z]"));
    static const QRegularExpression command(QStringLiteral("(^|[^A-Za-z])stamp [a-z]"));
    QSet<QString> read;
    for (const Row &row : rows()) {
        FailureContext context = row.context;
        context.surface = Surface::Desktop;
        const Diagnosis d = DiagnosticsCatalog::diagnose(context);
        read.insert(d.id);
        for (const QString &text : { d.title, d.explanation, d.remedy }) {
            QVERIFY2(!flag.match(text).hasMatch() && !command.match(text).hasMatch(),
                qPrintable(d.id + QLatin1String(": ") + text));
        }
    }
    const QStringList ids = DiagnosticsCatalog::entryIds();
    QCOMPARE(read, QSet<QString>(ids.cbegin(), ids.cend()));
}

void TestDiagnostics::deliverabilityNamesEachSurfacesTool()
{
    // The doctor's deliverability warning: the same facts on both surfaces,
    // the tab of the account settings on the desktop, the command that
    // shows every check on the command line.
    static const QRegularExpression flag(QStringLiteral("--[A-Za-z]"));
    static const QRegularExpression command(QStringLiteral("(^|[^A-Za-z])stamp [a-z]"));
    const QString domain = QStringLiteral("example.org");
    for (bool records : { true, false }) {
        const Diagnosis cli = DiagnosticsCatalog::deliverability(domain, records, Surface::CommandLine);
        const Diagnosis desktop = DiagnosticsCatalog::deliverability(domain, records, Surface::Desktop);
        for (const Diagnosis &d : { cli, desktop }) {
            for (const QString &text : { d.title, d.explanation, d.remedy })
                QVERIFY2(!text.trimmed().isEmpty() && !text.contains(QLatin1String("%1")), qPrintable(text));
        }
        QCOMPARE(cli.id, QStringLiteral("domain.deliverability"));
        QCOMPARE(desktop.id, cli.id);
        QCOMPARE(desktop.title, cli.title);
        QCOMPARE(desktop.explanation, cli.explanation);
        QVERIFY(!cli.transient && !cli.deliveryUnknown);
        QVERIFY(cli.title.contains(domain));
        // Plain words: receivers may junk or refuse the mail.
        QVERIFY2(cli.explanation.contains(QLatin1String("junk"))
                && cli.explanation.contains(QLatin1String("refuse")),
            qPrintable(cli.explanation));
        QVERIFY2(
            cli.remedy.contains(QLatin1String("'stamp domain check example.org'")), qPrintable(cli.remedy));
        QVERIFY2(desktop.remedy.contains(QLatin1String("Deliverability tab")), qPrintable(desktop.remedy));
        for (const QString &text : { desktop.title, desktop.explanation, desktop.remedy })
            QVERIFY2(!flag.match(text).hasMatch() && !command.match(text).hasMatch(), qPrintable(text));
        QCOMPARE(cli.remedy.contains(QLatin1String("Publish the records")), records);
    }
    // Not a failure: the failure tables never return it.
    QVERIFY(!DiagnosticsCatalog::entryIds().contains(QStringLiteral("domain.deliverability")));
}

void TestDiagnostics::eachSurfaceNamesItsOwnTools()
{
    // The same failure's facts, as a stored failure is explained: the
    // command line keeps its flags, the desktop names its buttons and tab.
    Failure selfSigned;
    selfSigned.phase = Phase::Tls;
    selfSigned.fault = NetworkFault::CertificateRejected;
    selfSigned.host = kHost;
    selfSigned.tlsErrors = { QSslError::SelfSignedCertificate };
    DiagnosisCircumstances onDesktop;
    onDesktop.surface = Surface::Desktop;

    const Diagnosis cli = DiagnosticsCatalog::diagnose(selfSigned);
    const Diagnosis desktop = DiagnosticsCatalog::diagnose(selfSigned, onDesktop);
    QCOMPARE(cli.id, QStringLiteral("tls.certificate-self-signed"));
    QCOMPARE(desktop.id, cli.id);
    QCOMPARE(desktop.title, cli.title);
    QCOMPARE(desktop.explanation, cli.explanation);
    QVERIFY2(cli.remedy.contains(QLatin1String("--pin-sha256")), qPrintable(cli.remedy));
    QVERIFY2(cli.remedy.contains(QLatin1String("--ca-file")), qPrintable(cli.remedy));
    QVERIFY2(desktop.remedy.contains(QLatin1String("Review certificate...")), qPrintable(desktop.remedy));
    QVERIFY2(desktop.remedy.contains(QLatin1String("Trust this certificate for this account")),
        qPrintable(desktop.remedy));
    QVERIFY2(desktop.remedy.contains(QLatin1String("Trust CA file on the Server tab")),
        qPrintable(desktop.remedy));

    // Every entry that offers the flags on the command line offers the
    // desktop's way instead, and only those remedies differ.
    for (const Row &row : rows()) {
        FailureContext context = row.context;
        const Diagnosis onCli = DiagnosticsCatalog::diagnose(context);
        context.surface = Surface::Desktop;
        const Diagnosis onApp = DiagnosticsCatalog::diagnose(context);
        if (onCli.remedy.contains(QLatin1String("--pin-sha256")))
            QVERIFY2(onApp.remedy.contains(QLatin1String("Trust this certificate for this account")),
                qPrintable(onApp.id));
        if (onCli.remedy.contains(QLatin1String("--ca-file")))
            QVERIFY2(onApp.remedy.contains(QLatin1String("Trust CA file")), qPrintable(onApp.id));
        if (!onCli.remedy.contains(QLatin1String("--")))
            QCOMPARE(onApp.remedy, onCli.remedy);
    }
}

void TestDiagnostics::explanationsAreShort()
{
    // One or two sentences: count sentence ends ("smtp.gmail.com" has none).
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    for (const Row &row : rows()) {
        FailureContext context = row.context;
        context.detail.clear();
        const Diagnosis d = DiagnosticsCatalog::diagnose(context);
        const int sentences = int(d.explanation.count(sentenceEnd));
        QVERIFY2(sentences >= 1 && sentences <= 2, qPrintable(d.id + QLatin1String(": ") + d.explanation));
        QVERIFY2(d.title.size() <= 70, qPrintable(d.title));
    }
}

void TestDiagnostics::outcomeUnknownOnlyOnceTheMessageIsOut()
{
    // The session enters Phase::FinalReply when the final dot has been
    // written; only then may a silent or lost server have the message.
    for (NetworkFault kind : { NetworkFault::RemoteClosed, NetworkFault::Timeout, NetworkFault::Cancelled }) {
        for (Phase phase : kAllPhases) {
            const Diagnosis d = DiagnosticsCatalog::diagnose(fault(phase, kind));
            const QByteArray where = phaseId(phase).toLatin1() + ' ' + d.id.toLatin1();
            QVERIFY2(d.deliveryUnknown == (phase == Phase::FinalReply), where.constData());
            if (d.deliveryUnknown)
                QVERIFY2(!d.transient, where.constData());
            else if (kind == NetworkFault::RemoteClosed)
                QVERIFY2(d.transient, where.constData()); // RFC 5321 §3.8: as if 451
        }
    }
}

void TestDiagnostics::placeholders()
{
    // The host name appears where the text names the server.
    const Diagnosis notFound = DiagnosticsCatalog::diagnose(
        fault(Phase::Resolve, NetworkFault::HostNotFound, {}, QStringLiteral("smtp.exmaple.com")));
    QVERIFY(notFound.explanation.contains(QLatin1String("smtp.exmaple.com")));

    // Without a host the text still reads as a sentence.
    const Diagnosis refused
        = DiagnosticsCatalog::diagnose(fault(Phase::Connect, NetworkFault::ConnectionRefused, {}, {}));
    QVERIFY2(
        refused.explanation.startsWith(QLatin1String("The server refused")), qPrintable(refused.explanation));

    // A timeout says where it happened.
    const Diagnosis atRcpt = DiagnosticsCatalog::diagnose(fault(Phase::Rcpt, NetworkFault::Timeout));
    QVERIFY(atRcpt.explanation.contains(phaseDescription(Phase::Rcpt)));
    const Diagnosis atConnect = DiagnosticsCatalog::diagnose(fault(Phase::Connect, NetworkFault::Timeout));
    QVERIFY(atConnect.explanation.contains(QLatin1String("connection attempt")));
    QVERIFY(atConnect.id != atRcpt.id);

    // A host name holding a placeholder is not expanded a second time.
    const Diagnosis odd = DiagnosticsCatalog::diagnose(
        fault(Phase::Rcpt, NetworkFault::Timeout, {}, QStringLiteral("smtp.%2.example")));
    QVERIFY(odd.explanation.contains(QLatin1String("smtp.%2.example")));

    // The session shows its own message (the detail) next to the diagnosis,
    // so the explanation does not repeat it.
    const QString detail = QStringLiteral("TLS handshake failed: error:0A000410:SSL routines::sslv3 alert "
                                          "handshake failure");
    const Diagnosis handshake
        = DiagnosticsCatalog::diagnose(fault(Phase::Tls, NetworkFault::TlsHandshake, detail));
    QVERIFY(!handshake.explanation.contains(QLatin1String("0A000410")));

    // The words of a server are not repeated as if Stamp vouched for them.
    const Diagnosis rejected = DiagnosticsCatalog::diagnose(
        reply(Phase::FinalReply, "554 5.0.0 Transaction failed: visit http://evil.example to fix"));
    QVERIFY(!rejected.explanation.contains(QLatin1String("evil.example")));
}

void TestDiagnostics::phaseIds_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("id");
    QTest::newRow("resolve") << Phase::Resolve << QStringLiteral("resolve");
    QTest::newRow("connect") << Phase::Connect << QStringLiteral("connect");
    QTest::newRow("greeting") << Phase::Greeting << QStringLiteral("greeting");
    QTest::newRow("ehlo") << Phase::Ehlo << QStringLiteral("ehlo");
    QTest::newRow("starttls") << Phase::StartTls << QStringLiteral("starttls");
    QTest::newRow("tls") << Phase::Tls << QStringLiteral("tls");
    QTest::newRow("auth") << Phase::Auth << QStringLiteral("auth");
    QTest::newRow("mail") << Phase::Mail << QStringLiteral("mail");
    QTest::newRow("rcpt") << Phase::Rcpt << QStringLiteral("rcpt");
    QTest::newRow("data") << Phase::Data << QStringLiteral("data");
    QTest::newRow("final-reply") << Phase::FinalReply << QStringLiteral("final-reply");
    QTest::newRow("local") << Phase::Local << QStringLiteral("local");
}

void TestDiagnostics::phaseIds()
{
    QFETCH(Phase, phase);
    QFETCH(QString, id);
    QCOMPARE(phaseId(phase), id);
    QCOMPARE(phaseFromId(id), std::optional<Phase>(phase));
}

void TestDiagnostics::phaseDescriptions()
{
    QSet<QString> seen;
    for (Phase phase : kAllPhases) {
        const QString text = phaseDescription(phase);
        QVERIFY2(!text.isEmpty(), qPrintable(phaseId(phase)));
        QVERIFY2(text.at(0).isLower(), qPrintable(text)); // it ends a sentence
        seen.insert(text);
    }
    QCOMPARE(seen.size(), int(std::size(kAllPhases)));
    QCOMPARE(phaseDescription(Phase::Resolve), QStringLiteral("while looking up the server's address"));
    QCOMPARE(phaseDescription(Phase::Connect), QStringLiteral("while connecting"));
    QCOMPARE(phaseFromId(u"bogus"), std::nullopt);
    QCOMPARE(phaseFromId(u""), std::nullopt);
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
