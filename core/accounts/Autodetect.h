// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dns/DnsResolver.h"
#include "ServerCandidate.h"
#include "providers/ProviderCatalog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace stamp {

class SubmissionSession;

// Finds how to submit mail for an address, in Thunderbird's order, with the
// independent steps in parallel, each under a timeout, all cancellable:
//  1. the catalogue by domain (a hit ends discovery at once: no network);
//  2. the domain's autoconfig files, over HTTPS only;
//  3. the MX host's base domain (and next sub-domain) against the catalogue;
//  4. RFC 6186 / RFC 8314 SRV records _submissions._tcp and _submission._tcp;
//  5. an EHLO, without credentials, to smtp.<domain> and mail.<domain> on
//     465 (implicit TLS), 587 and 2525, to read what each offers.
// The result is a ranked list of candidates, each with its source.
class Autodetect : public QObject
{
    Q_OBJECT

public:
    // One probe target: "%DOMAIN%" in `hostTemplate` becomes the domain.
    struct ProbeTarget
    {
        QString hostTemplate;
        quint16 port;
        SecurityMode security; // ImplicitTls: handshake first; otherwise a plaintext EHLO
    };

    explicit Autodetect(QObject *parent = nullptr);
    ~Autodetect() override;

    void setCatalog(const ProviderCatalog &catalog) { m_catalog = catalog; }
    // Not owned. Default: a SystemDnsResolver.
    void setResolver(DnsResolver *resolver);
    // URL templates with %DOMAIN%; only https:// ones are used.
    void setAutoconfigUrls(const QStringList &templates) { m_autoconfigUrls = templates; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void setProbeTargets(const QList<ProbeTarget> &targets) { m_probeTargets = targets; }
    // Extra CA for the implicit-TLS probes (tests).
    void setProbeCaFile(const QString &path) { m_probeCaFile = path; }
    void setStepTimeout(int ms) { m_stepTimeoutMs = ms; }
    void setTotalTimeout(int ms) { m_totalTimeoutMs = ms; }
    // Keep going after a catalogue hit (default: stop, it is authoritative).
    void setStopAtCatalogue(bool stop) { m_stopAtCatalogue = stop; }

    static QStringList defaultAutoconfigUrls();
    static QList<ProbeTarget> defaultProbeTargets();

    void start(const QString &address);
    void cancel();
    bool isRunning() const { return m_running; }

    // start() and wait in a local event loop.
    AutodetectResult runNow(const QString &address);

signals:
    void finished(const stamp::AutodetectResult &result);

private:
    int beginStep(const QString &name);
    void endStep(int step, bool found, const QString &outcome);
    void armStepTimer(int step, std::function<void()> abort);
    void addCandidate(ServerCandidate candidate);
    void addFromPreset(
        const ProviderPreset &preset, ServerCandidate::Source source, const QString &detail, int base);
    void fetchAutoconfig(const QString &urlTemplate, ServerCandidate::Source source);
    void lookupMx();
    void lookupSrv(const QString &service, SecurityMode security);
    void probe(const ProbeTarget &target);
    void onProbeFinished(
        int step, const ProbeTarget &target, const QString &host, SubmissionSession *session);
    void maybeFinish();
    void finish(bool cancelled);
    void stopEverything();

    ProviderCatalog m_catalog;
    QPointer<DnsResolver> m_resolver; // not owned: may go away before us
    std::unique_ptr<DnsResolver> m_ownResolver;
    QNetworkAccessManager *m_network = nullptr;
    QStringList m_autoconfigUrls;
    QSslConfiguration m_ssl;
    QList<ProbeTarget> m_probeTargets;
    QString m_probeCaFile;
    int m_stepTimeoutMs = 8000;
    int m_totalTimeoutMs = 15000;
    bool m_stopAtCatalogue = true;

    // One run
    bool m_running = false;
    AutodetectResult m_result;
    QElapsedTimer m_clock;
    QTimer m_totalTimer;
    QList<qint64> m_stepStarted;
    QList<bool> m_stepDone;
    QList<bool> m_stepIsProbe;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<QPointer<SubmissionSession>> m_probes;
    QList<QPointer<QTimer>> m_stepTimers;
};

} // namespace stamp
