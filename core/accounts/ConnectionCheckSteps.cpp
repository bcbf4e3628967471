// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// ConnectionCheck: turning the session's report into the TLS, EHLO, AUTH
// and test-message steps.

#include "ConnectionCheck.h"
#include "smtp/SubmissionSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace stamp {

namespace {
using State = SubmissionSession::State;
constexpr int kExpiryWarningDays = 14;

bool failedIn(const SessionReport &report, std::initializer_list<Phase> phases)
{
    if (!report.failure)
        return false;
    for (Phase phase : phases) {
        if (report.failure->phase == phase)
            return true;
    }
    return false;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("ConnectionCheck", "yes")
                 : QCoreApplication::translate("ConnectionCheck", "no");
}
} // namespace

CheckStep ConnectionCheck::tlsStep(const SessionReport &report) const
{
    CheckStep step;
    step.id = QStringLiteral("tls");
    step.title = m_server.security == SecurityMode::ImplicitTls ? tr("TLS from the first byte (implicit TLS)")
                                                                : tr("TLS after STARTTLS");
    step.elapsedMs = timeIn({ int(State::StartTls), int(State::TlsHandshake) });
    const TlsReport &tls = report.tls;
    const CertificateSummary &peer = tls.peer;
    auto describeCertificate = [&] {
        if (peer.isNull())
            return;
        step.details << tr("certificate: %1").arg(peer.subject) << tr("issued by: %1").arg(peer.issuer);
        if (!peer.altNames.isEmpty())
            step.details << tr("covers: %1").arg(peer.altNames.join(QStringLiteral(", ")));
        step.details << tr("SHA-256: %1").arg(peer.sha256Display());
    };

    if (failedIn(report, { Phase::StartTls, Phase::Tls })) {
        step.status = CheckStep::Status::Failed;
        step.details << tls.errorTexts;
        describeCertificate();
        step.diagnosis = diagnose(*report.failure);
        return step;
    }
    if (m_server.security == SecurityMode::None) {
        step.title = tr("TLS");
        step.status = CheckStep::Status::Warning;
        step.elapsedMs = 0;
        step.details << tr(
            "this account uses no TLS: everything, the password included, travels in the clear");
        return step;
    }
    if (!tls.encrypted) {
        step.status = CheckStep::Status::Skipped;
        step.elapsedMs = -1;
        step.details << tr("not reached");
        return step;
    }
    step.status = CheckStep::Status::Passed;
    step.details << tr("version: %1, cipher: %2").arg(tls.protocol, tls.cipher);
    describeCertificate();
    QStringList chain;
    for (const CertificateSummary &link : tls.chain)
        chain << link.subject;
    if (!chain.isEmpty())
        step.details << tr("chain: %1").arg(chain.join(QStringLiteral(" <- ")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 daysLeft = now.daysTo(peer.notAfter);
    step.details << tr("valid until %1 (%n day(s) left)", nullptr, int(daysLeft))
                        .arg(QLocale::c().toString(peer.notAfter, QStringLiteral("yyyy-MM-dd")));
    if (daysLeft < kExpiryWarningDays) {
        step.status = CheckStep::Status::Warning;
        step.details << tr("the certificate expires soon; once it has, every connection will fail");
    }
    if (tls.acceptedByPin)
        step.details << tr("host name: not checked, the certificate is the pinned one");
    else
        step.details << tr("host name: %1 matches the certificate").arg(m_server.host);
    return step;
}

CheckStep ConnectionCheck::ehloStep(const SessionReport &report) const
{
    CheckStep step;
    step.id = QStringLiteral("ehlo");
    step.title = m_server.security == SecurityMode::None ? tr("Capabilities (EHLO)")
                                                         : tr("Capabilities (EHLO after TLS)");
    step.elapsedMs = timeIn({ int(State::Greeting), int(State::Ehlo) });
    if (failedIn(report, { Phase::Connect, Phase::Greeting, Phase::Ehlo })) {
        step.status = CheckStep::Status::Failed;
        step.details << report.failure->message;
        step.diagnosis = diagnose(*report.failure);
        return step;
    }
    const Capabilities &caps = report.capabilities;
    if (caps.greetingDomain().isEmpty()) {
        step.status = CheckStep::Status::Skipped;
        step.elapsedMs = -1;
        step.details << tr("not reached");
        return step;
    }
    step.status = CheckStep::Status::Passed;
    step.details << tr("server: %1").arg(QString::fromLatin1(caps.greetingDomain()));
    step.details << (caps.size()
            ? tr("SIZE: yes, limit %1")
                  .arg(caps.sizeLimit() ? QLocale::c().toString(caps.sizeLimit()) : tr("none stated"))
            : tr("SIZE: no"));
    step.details << tr("PIPELINING: %1").arg(yesNo(caps.pipelining()))
                 << tr("CHUNKING: %1").arg(yesNo(caps.chunking()))
                 << tr("SMTPUTF8: %1").arg(yesNo(caps.smtpUtf8()));
    QStringList mechanisms;
    for (const QByteArray &name : caps.authMechanisms())
        mechanisms << QString::fromLatin1(name);
    mechanisms.sort();
    step.details
        << tr("AUTH: %1").arg(mechanisms.isEmpty() ? tr("none offered") : mechanisms.join(QLatin1Char(' ')));
    return step;
}

CheckStep ConnectionCheck::authStep(const SessionReport &report) const
{
    CheckStep step;
    step.id = QStringLiteral("auth");
    step.title = tr("Log in as %1").arg(m_account.username);
    step.elapsedMs = timeIn({ int(State::Authenticating) });
    if (m_account.authMethod == sasl::AuthMethod::None) {
        step.title = tr("Log in");
        step.status = CheckStep::Status::Skipped;
        step.elapsedMs = -1;
        step.details << tr("this account does not log in");
        return step;
    }
    if (report.authenticated) {
        step.status = CheckStep::Status::Passed;
        step.details << tr("accepted (%1)").arg(report.authMechanism);
        return step;
    }
    if (failedIn(report, { Phase::Auth })) {
        step.status = CheckStep::Status::Failed;
        step.details << report.failure->message;
        step.diagnosis = diagnose(*report.failure);
        return step;
    }
    step.status = CheckStep::Status::Skipped;
    step.elapsedMs = -1;
    step.details << tr("not reached");
    return step;
}

CheckStep ConnectionCheck::messageStep(const SessionReport &report) const
{
    CheckStep step;
    step.id = QStringLiteral("test-message");
    step.title = tr("Send a test message to %1").arg(m_account.email);
    step.elapsedMs
        = timeIn({ int(State::Transaction), int(State::Uploading), int(State::AwaitingFinalReply) });
    if (report.messages.isEmpty() || !report.messages.first().attempted) {
        step.status = CheckStep::Status::Skipped;
        step.elapsedMs = -1;
        step.details << tr("not reached");
        return step;
    }
    const SendResult &result = report.messages.first();
    if (result.status == SendResult::Status::Sent) {
        step.status = CheckStep::Status::Passed;
        if (result.finalReply)
            step.details << tr("accepted: %1").arg(result.finalReply->summary());
        return step;
    }
    step.status = CheckStep::Status::Failed;
    const std::optional<Failure> &failure = result.failure ? result.failure : report.failure;
    if (failure) {
        step.details << failure->message;
        step.diagnosis = diagnose(*failure);
    }
    return step;
}

} // namespace stamp
