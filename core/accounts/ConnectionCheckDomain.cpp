// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// ConnectionCheck: the deliverability step, what the account's email domain
// publishes in DNS for its mail to arrive (issue 17), run by
// domain::DomainCheck alongside the SMTP steps.

#include "ConnectionCheck.h"

#include "AccountsLogging.h"
#include "dns/DnsResolver.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "domain/DomainCheck.h"
#include "providers/ProviderCatalog.h"

namespace stamp {

namespace {
const QString kStepId = QStringLiteral("deliverability");
// Shorter than the engine's own 15 s: the SMTP steps usually finish within
// a few seconds, and a resolver that has not answered by now will not
// change what the person does next.
constexpr int kDomainDeadlineMs = 10000;

} // namespace

QString ConnectionCheck::domainTitle() const
{
    const QString domainName = domain::DomainCheck::domainOf(m_account.email);
    if (domainName.isEmpty())
        return tr("Check what the sending domain publishes for mail to arrive");
    return tr("Check what %1 publishes for mail to arrive").arg(domainName);
}

CheckStep ConnectionCheck::skippedDeliverability(const QString &reason) const
{
    CheckStep step;
    step.id = kStepId;
    step.title = domainTitle();
    step.status = CheckStep::Status::Skipped;
    step.details << reason;
    return step;
}

void ConnectionCheck::startDomainCheck()
{
    m_domainClock.start();
    const QString domainName = domain::DomainCheck::domainOf(m_account.email);
    if (m_account.email.trimmed().isEmpty()) {
        m_domainStep
            = skippedDeliverability(tr("the account has no email address whose domain could be checked"));
        return;
    }
    if (domainName.isEmpty() || !domainName.contains(QLatin1Char('.'))) {
        m_domainStep = skippedDeliverability(
            tr("%1 has no domain that DNS could be asked about").arg(m_account.email));
        return;
    }
    if (!m_catalog) {
        if (!m_standardCatalog)
            m_standardCatalog = std::make_unique<ProviderCatalog>(ProviderCatalog::standard());
        m_catalog = m_standardCatalog.get();
    }
    DnsResolver *resolver = m_resolver;
    if (!resolver) {
        if (!m_systemResolver)
            m_systemResolver = std::make_unique<SystemDnsResolver>();
        resolver = m_systemResolver.get();
    }
    domain::DomainCheckRequest request;
    request.addressOrDomain = m_account.email;
    request.catalog = m_catalog;
    // The preset the account was made from says which service must be
    // authorised; without one, the engine finds it by the domain's MX.
    if (!m_account.providerId.isEmpty())
        request.provider = m_catalog->byId(m_account.providerId);
    request.resolver = resolver;
    request.deadlineMs = kDomainDeadlineMs;
    if (!m_domainCheck) {
        m_domainCheck = new domain::DomainCheck(this);
        connect(m_domainCheck, &domain::DomainCheck::finished, this, &ConnectionCheck::onDomainChecked);
    }
    m_domainCheck->start(request);
}

void ConnectionCheck::onDomainChecked(const domain::DomainReport &report)
{
    if (!m_running || m_domainStep)
        return;
    m_domainStep = deliverabilityStep(report);
    qCDebug(lcAccounts) << "deliverability" << CheckStep::statusId(m_domainStep->status);
    // Completing here may lead a caller to start() again from its finished
    // handler; complete() emits from the event loop, so the domain check is
    // never restarted from inside its own finished signal.
    if (m_smtpDone)
        complete();
}

CheckStep ConnectionCheck::deliverabilityStep(const domain::DomainReport &report) const
{
    using Finding = domain::DomainFinding;
    CheckStep step;
    step.id = kStepId;
    step.title = tr("Check what %1 publishes for mail to arrive").arg(report.domain);
    step.elapsedMs = m_domainClock.elapsed();
    if (report.consumerDomain) {
        step.status = CheckStep::Status::Passed;
        step.details << report.consumerExplanation;
        return step;
    }
    if (report.dnsUnavailable) {
        step.status = CheckStep::Status::Skipped;
        step.elapsedMs = -1;
        step.details << tr("DNS could not be asked: no question about %1 was answered. This does not "
                           "affect sending; try again when the network or the name server answers.")
                            .arg(report.domain);
        return step;
    }
    bool problem = false;
    QStringList publish;
    for (const Finding &finding : report.checks) {
        if (finding.status == Finding::Status::Pass)
            continue;
        problem
            = problem || finding.status == Finding::Status::Fail || finding.status == Finding::Status::Warn;
        step.details << QStringLiteral("%1: %2").arg(domain::DomainFinding::checkName(finding.id), finding.title);
    }
    for (const Finding &finding : report.checks) {
        if (finding.suggested) {
            publish << finding.suggested->zoneLine();
            step.details << tr("Publish: %1").arg(publish.constLast());
        }
    }
    step.status = problem ? CheckStep::Status::Warning : CheckStep::Status::Passed;
    if (problem)
        step.diagnosis = DiagnosticsCatalog::deliverability(report.domain, !publish.isEmpty(), m_surface);
    return step;
}

} // namespace stamp
