// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DomainReport.h"
#include "dns/DnsResolver.h"
#include "providers/ProviderPreset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

namespace stamp {
class ProviderCatalog;
} // namespace stamp

namespace stamp::domain {

class DnsQueryCache;
class SpfCheck;

struct DomainCheckRequest
{
    QString addressOrDomain; // "me@example.com" or "example.com"
    // The provider the mail goes out through. Unset: found from the
    // catalogue by the domain's MX hosts, when a catalogue is given.
    std::optional<ProviderPreset> provider;
    // For consumer domains (a preset's own <domain>) and MX matching.
    // Not owned; may be null.
    const ProviderCatalog *catalog = nullptr;
    QStringList dkimSelectors; // probed besides the provider's documented ones
    DnsResolver *resolver = nullptr; // not owned
    int deadlineMs = 15000;
};

// Checks what a sending domain publishes in DNS for mail to arrive: MX,
// SPF, DKIM, DMARC, MTA-STS and TLS-RPT, one finding each, in that order.
// Asks DNS only (each question once), within a deadline, and can be
// cancelled.
class DomainCheck : public QObject
{
    Q_OBJECT

public:
    explicit DomainCheck(QObject *parent = nullptr);
    ~DomainCheck() override;

    // Starts a run (cancelling one under way). finished() follows once,
    // from the event loop, unless cancel() comes first.
    void start(const DomainCheckRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    // Distinct DNS questions the last run asked.
    int questionsAsked() const;

    // "me@Example.COM" -> "example.com" (A-labels, no trailing dot).
    static QString domainOf(const QString &addressOrDomain);

Q_SIGNALS:
    void finished(const stamp::domain::DomainReport &report);

private:
    enum Check { Mx, Spf, Dkim, Dmarc, MtaSts, TlsRpt, CheckCount };
    void startAfterMx();
    void checkMx();
    void checkDkim();
    void checkDmarc();
    void dmarcAt(const QString &name, bool organisational);
    void lookForMisplacedDmarc();
    void checkPresence(Check check, const QString &name, const QString &version);
    void complete(Check check, DomainFinding finding);
    void deadlinePassed();
    void emitReport();
    DomainFinding unchecked(Check check) const;

    DomainCheckRequest m_request;
    QPointer<DnsResolver> m_resolver;
    std::optional<ProviderPreset> m_provider;
    QString m_domain;
    QString m_orgDomain;
    std::unique_ptr<DnsQueryCache> m_cache;
    std::unique_ptr<SpfCheck> m_spf;
    DomainReport m_report;
    std::optional<DomainFinding> m_findings[CheckCount];
    QStringList m_dmarcAtDomain; // DMARC-looking texts seen at _dmarc.<domain>
    QTimer m_deadline;
    bool m_running = false;
};

} // namespace stamp::domain
