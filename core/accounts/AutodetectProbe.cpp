// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Autodetect's last step: reading what a guessed host offers, with an EHLO
// and no credentials (RFC 5321 §4.1.1.1), through the same session engine
// that later sends, so the TLS rules are the same.

#include "Autodetect.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "smtp/SubmissionSession.h"

#include <QCoreApplication>

namespace stamp {

namespace {
constexpr int kScoreProbeTls = 500;
constexpr int kScoreProbeStartTls = 450;
constexpr int kScoreProbePlain = 50;
constexpr int kUntrustedPenalty = 300;
} // namespace

void Autodetect::probe(const ProbeTarget &target)
{
    QString host = target.hostTemplate;
    host.replace(QLatin1String("%DOMAIN%"), m_result.domain);
    const int step = beginStep(QStringLiteral("probe %1:%2").arg(host).arg(target.port));

    ServerSettings server;
    server.host = host;
    server.port = target.port;
    // A plaintext EHLO shows whether STARTTLS is offered at all; the
    // implicit-TLS port must handshake first.
    server.security
        = target.security == SecurityMode::ImplicitTls ? SecurityMode::ImplicitTls : SecurityMode::None;
    server.caFile = m_probeCaFile;
    server.timeouts = Timeouts::cappedAt(m_stepTimeoutMs);
    auto *session = new SubmissionSession(this);
    session->setServer(server);
    session->setAuth({}); // never any credentials while discovering
    m_probes << session;
    connect(session, &SubmissionSession::finished, this,
        [this, step, target, host, session] { onProbeFinished(step, target, host, session); });
    armStepTimer(step, [session = QPointer<SubmissionSession>(session)] {
        if (session)
            session->cancel();
    });
    session->start({});
}

void Autodetect::onProbeFinished(
    int step, const ProbeTarget &target, const QString &host, SubmissionSession *session)
{
    const SessionReport report = session->report();
    session->deleteLater();
    if (m_stepDone.value(step, true))
        return;
    const bool answered = !report.capabilities.greetingDomain().isEmpty();
    const bool tlsOnly = target.security == SecurityMode::ImplicitTls;
    const bool certificateProblem = report.failure && report.failure->phase == Phase::Tls
        && report.tls.encrypted == false && !report.tls.errors.isEmpty();
    if (!answered && !certificateProblem) {
        endStep(step, false, report.failure ? DiagnosticsCatalog::diagnose(*report.failure).title : tr("no answer"));
        return;
    }
    ServerCandidate c;
    c.host = host;
    c.port = target.port;
    c.username = m_result.address;
    c.source = ServerCandidate::Source::Probe;
    for (const QByteArray &mechanism : report.capabilities.authMechanisms())
        c.authentication << QString::fromLatin1(mechanism);
    c.authentication.sort();
    if (tlsOnly) {
        c.security = SecurityMode::ImplicitTls;
        c.score = kScoreProbeTls;
        c.detail = tr("TLS on connect");
    } else if (report.capabilities.startTls()) {
        c.security = SecurityMode::StartTls;
        c.score = kScoreProbeStartTls;
        c.detail = tr("offers STARTTLS");
    } else {
        c.security = SecurityMode::None;
        c.score = kScoreProbePlain;
        c.detail = tr("no STARTTLS");
        c.note = tr("no encryption offered: a password would travel in the clear");
    }
    if (certificateProblem) {
        c.score -= kUntrustedPenalty;
        c.note
            = tr("its certificate is not trusted: %1").arg(report.tls.errorTexts.join(QStringLiteral("; ")));
    }
    addCandidate(c);
    endStep(step, true, c.detail);
}

} // namespace stamp
