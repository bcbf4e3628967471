// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/DomainReport.h"
#include "providers/ProviderPreset.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace stamp {
class DnsResolver;
class ProviderCatalog;
namespace domain {
class DomainCheck;
}
} // namespace stamp

namespace stamp::ui {

// "Will it arrive?": what the sender's domain publishes in DNS (MX, SPF,
// DKIM, DMARC, MTA-STS, TLS-RPT) for the provider the account sends
// through, one finding per check in plain words, and for each missing or
// wrong record the exact one to publish, as name, type and value (what DNS
// hosting panels ask for) and as a zone-file line. The wizard's
// Deliverability page and the account settings' Deliverability tab show it.
// It only asks DNS (core/domain/DomainCheck decides everything); it never
// connects to a mail server and needs no password.
class DeliverabilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeliverabilityPanel(QWidget *parent = nullptr);
    ~DeliverabilityPanel() override;

    // The address whose domain is checked and the provider the mail goes
    // out through (unset: found from the domain's MX, else unknown).
    void setSender(const QString &address, const std::optional<ProviderPreset> &provider);
    QString domain() const { return m_domain; }
    // Not owned; may be null (then no consumer-domain or MX matching).
    void setCatalog(const ProviderCatalog *catalog) { m_catalog = catalog; }
    // Not owned. Default: the system's resolver.
    void setResolver(DnsResolver *resolver);

    void start();
    void cancel();
    bool isRunning() const;
    const std::optional<domain::DomainReport> &lastReport() const { return m_report; }
    QPushButton *checkButton() const { return m_check; }

    // One sentence for a report as a whole ("2 records to fix..."), also
    // for the status announcer and the wizard's page.
    static QString summaryOf(const domain::DomainReport &report, const QString &providerName);

signals:
    void started();
    void finished(const stamp::domain::DomainReport &report);

private:
    void showReport(const domain::DomainReport &report);
    void clearFindings();
    QWidget *findingCard(const domain::DomainFinding &finding);
    QWidget *recordBox(const domain::SuggestedRecord &record, const QString &checkId);
    void copyText(const QString &text, const QString &what);

    QString m_address;
    QString m_domain;
    std::optional<ProviderPreset> m_provider;
    const ProviderCatalog *m_catalog = nullptr;
    QPointer<DnsResolver> m_resolver;
    std::unique_ptr<DnsResolver> m_ownResolver;
    domain::DomainCheck *m_run;
    std::optional<domain::DomainReport> m_report;
    QLabel *m_summary;
    QPushButton *m_check;
    QPushButton *m_copyAll;
    QLabel *m_help;
    QLabel *m_copied;
    QScrollArea *m_scroll;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
};

} // namespace stamp::ui
