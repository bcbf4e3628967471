// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Autodetect.h"

#include "AccountsLogging.h"
#include "dns/DnsResolver.h"
#include "providers/AutoconfigParser.h"
#include "smtp/SubmissionSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <algorithm>

namespace stamp {

namespace {
// Ranks: a preset beats the domain's own autoconfig file (Thunderbird's
// order), which beats an MX match; SRV answers are unsigned and spoofable
// (Evolution refuses them unreviewed), so they rank below; a probe only
// knows what answered.
constexpr int kScoreCatalogue = 1000;
constexpr int kScoreAutoconfig = 900;
constexpr int kScoreWellKnown = 850;
constexpr int kScoreMx = 800;
constexpr int kScoreSrv = 600;
constexpr int kScoreBetterSource = kScoreSrv; // once one of these is in, probes are not needed

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    QString domain = (at >= 0 ? address.mid(at + 1) : address).trimmed().toLower();
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain : QString::fromLatin1(ace);
}
} // namespace

Autodetect::Autodetect(QObject *parent)
    : QObject(parent)
    , m_autoconfigUrls(defaultAutoconfigUrls())
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_probeTargets(defaultProbeTargets())
{
    m_totalTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { finish(false); });
}

Autodetect::~Autodetect()
{
    stopEverything();
}

void Autodetect::setResolver(DnsResolver *resolver)
{
    m_resolver = resolver;
}

QStringList Autodetect::defaultAutoconfigUrls()
{
    return { QStringLiteral("https://autoconfig.%DOMAIN%/mail/config-v1.1.xml"),
        QStringLiteral("https://%DOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml") };
}

QList<Autodetect::ProbeTarget> Autodetect::defaultProbeTargets()
{
    QList<ProbeTarget> targets;
    for (const QString &host : { QStringLiteral("smtp.%DOMAIN%"), QStringLiteral("mail.%DOMAIN%") }) {
        targets << ProbeTarget { host, 465, SecurityMode::ImplicitTls } // RFC 8314 §3.3
                << ProbeTarget { host, 587, SecurityMode::StartTls } // RFC 6409 §3.1
                << ProbeTarget { host, 2525, SecurityMode::StartTls }; // common alternative
    }
    return targets;
}

AutodetectResult Autodetect::runNow(const QString &address)
{
    QEventLoop loop;
    AutodetectResult out;
    const QMetaObject::Connection connection
        = connect(this, &Autodetect::finished, &loop, [&](const AutodetectResult &result) {
              out = result;
              loop.quit();
          });
    start(address);
    if (m_running)
        loop.exec();
    else
        out = m_result;
    disconnect(connection);
    return out;
}

int Autodetect::beginStep(const QString &name)
{
    m_result.steps << DiscoveryStep { name, false, QString(), 0 };
    m_stepStarted << m_clock.elapsed();
    m_stepDone << false;
    m_stepIsProbe << name.startsWith(QLatin1String("probe"));
    return static_cast<int>(m_result.steps.size() - 1);
}

void Autodetect::endStep(int step, bool found, const QString &outcome)
{
    if (!m_running || m_stepDone.value(step, true))
        return;
    m_stepDone[step] = true;
    DiscoveryStep &s = m_result.steps[step];
    s.found = found;
    s.outcome = outcome;
    s.elapsedMs = m_clock.elapsed() - m_stepStarted.at(step);
    qCDebug(lcAccounts).noquote() << "discovery step" << s.name << "->" << outcome << s.elapsedMs << "ms";
    QTimer::singleShot(0, this, &Autodetect::maybeFinish);
}

void Autodetect::addCandidate(ServerCandidate candidate)
{
    for (ServerCandidate &existing : m_result.candidates) {
        if (existing.host.compare(candidate.host, Qt::CaseInsensitive) == 0 && existing.port == candidate.port
            && existing.security == candidate.security) {
            if (candidate.score > existing.score)
                existing = candidate;
            return;
        }
    }
    m_result.candidates << candidate;
}

void Autodetect::addFromPreset(
    const ProviderPreset &preset, ServerCandidate::Source source, const QString &detail, int base)
{
    int index = 0;
    for (const ServerPreset &server : preset.servers) {
        ServerCandidate c;
        c.host = server.host;
        c.port = server.port;
        c.security = server.security;
        c.username = server.usernameFor(m_result.address);
        c.authentication = server.authentication;
        c.providerId = preset.id;
        c.providerName = preset.displayName;
        c.source = source;
        c.detail = detail;
        c.score = base - 10 * index++; // the file's order: preferred first
        if (!server.acceptsPassword())
            c.note = tr("accepts only OAuth2 sign-in");
        else if (server.security == SecurityMode::None)
            c.note = tr("no encryption");
        addCandidate(c);
    }
}

void Autodetect::start(const QString &address)
{
    stopEverything();
    m_result = AutodetectResult();
    m_result.address = address.trimmed();
    m_result.domain = domainOf(address);
    m_stepStarted.clear();
    m_stepDone.clear();
    m_stepIsProbe.clear();
    m_clock.start();
    m_running = true;

    const int catalogue = beginStep(QStringLiteral("catalogue"));
    if (const std::optional<ProviderPreset> preset = m_catalog.matchDomain(m_result.domain)) {
        addFromPreset(*preset, ServerCandidate::Source::Catalogue, preset->id, kScoreCatalogue);
        endStep(catalogue, true, preset->displayName);
        if (m_stopAtCatalogue) {
            finish(false);
            return;
        }
    } else {
        endStep(catalogue, false, tr("no preset for %1").arg(m_result.domain));
    }
    if (m_result.domain.isEmpty() || !m_result.domain.contains(QLatin1Char('.'))) {
        finish(false);
        return;
    }

    if (!m_resolver) {
        m_ownResolver = std::make_unique<SystemDnsResolver>();
        m_resolver = m_ownResolver.get();
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    for (int i = 0; i < m_autoconfigUrls.size(); ++i)
        fetchAutoconfig(m_autoconfigUrls.at(i),
            i == 0 ? ServerCandidate::Source::Autoconfig : ServerCandidate::Source::WellKnown);
    lookupMx();
    lookupSrv(QStringLiteral("_submissions._tcp."), SecurityMode::ImplicitTls); // RFC 8314 §5.1
    lookupSrv(QStringLiteral("_submission._tcp."), SecurityMode::StartTls); // RFC 6186 §3.1
    for (const ProbeTarget &target : m_probeTargets)
        probe(target);
    m_totalTimer.start(m_totalTimeoutMs);
}

void Autodetect::armStepTimer(int step, std::function<void()> abort)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, step, timer, abort] {
        timer->deleteLater();
        if (m_stepDone.value(step, true))
            return;
        endStep(step, false, tr("timed out"));
        if (abort)
            abort();
    });
    timer->start(m_stepTimeoutMs);
    m_stepTimers << timer;
}

void Autodetect::fetchAutoconfig(const QString &urlTemplate, ServerCandidate::Source source)
{
    QString text = urlTemplate;
    const QUrl url(text.replace(QLatin1String("%DOMAIN%"), m_result.domain));
    const int step = beginStep(source == ServerCandidate::Source::Autoconfig ? QStringLiteral("autoconfig")
                                                                             : QStringLiteral("well-known"));
    if (url.scheme() != QLatin1String("https")) {
        // Over plain HTTP anyone on the path could send the person's password elsewhere.
        endStep(step, false, tr("skipped: not HTTPS"));
        return;
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_stepTimeoutMs);
    // Redirects only to HTTPS, and never to another scheme.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_replies << reply;
    QPointer<QNetworkReply> guard(reply);
    armStepTimer(step, [guard] {
        if (guard)
            guard->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, step, source, url] {
        reply->deleteLater();
        if (m_stepDone.value(step, true))
            return;
        if (reply->error() != QNetworkReply::NoError) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            endStep(step, false, status ? tr("HTTP %1").arg(status) : reply->errorString());
            return;
        }
        QString error;
        const std::optional<ProviderPreset> preset
            = AutoconfigParser::parse(reply->read(256 * 1024), url.toString(), &error);
        if (!preset) {
            endStep(step, false, error);
            return;
        }
        addFromPreset(*preset, source, url.toString(),
            source == ServerCandidate::Source::Autoconfig ? kScoreAutoconfig : kScoreWellKnown);
        endStep(step, true, tr("%n server(s)", nullptr, int(preset->servers.size())));
    });
}

void Autodetect::lookupMx()
{
    const int step = beginStep(QStringLiteral("mx"));
    armStepTimer(step, {});
    m_resolver->lookup(
        QDnsLookup::MX, m_result.domain, [this, step](const QList<DnsRecord> &records, const QString &error) {
            if (m_stepDone.value(step, true))
                return;
            if (!error.isEmpty()) {
                endStep(step, false, error);
                return;
            }
            if (records.isEmpty()) {
                endStep(step, false, tr("no MX record"));
                return;
            }
            // RFC 5321 §5.1: the lowest preference is the most preferred.
            QList<DnsRecord> sorted = records;
            std::stable_sort(sorted.begin(), sorted.end(),
                [](const DnsRecord &a, const DnsRecord &b) { return a.priority < b.priority; });
            const QString host = sorted.first().target;
            if (const std::optional<ProviderPreset> preset = m_catalog.matchMxHost(host)) {
                addFromPreset(*preset, ServerCandidate::Source::Mx, host, kScoreMx);
                endStep(step, true, tr("%1 belongs to %2").arg(host, preset->displayName));
            } else {
                endStep(step, false, tr("%1 matches no preset").arg(host));
            }
        });
}

void Autodetect::lookupSrv(const QString &service, SecurityMode security)
{
    const QString name = service + m_result.domain;
    const int step = beginStep(QStringLiteral("srv ") + service.chopped(1));
    armStepTimer(step, {});
    m_resolver->lookup(QDnsLookup::SRV, name,
        [this, step, name, security](const QList<DnsRecord> &records, const QString &error) {
            if (m_stepDone.value(step, true))
                return;
            if (!error.isEmpty()) {
                endStep(step, false, error);
                return;
            }
            int added = 0;
            for (const DnsRecord &record : records) {
                // RFC 6186 §3.4 (RFC 2782): a target of "." means "not offered here".
                if (record.target.isEmpty() || record.target == QLatin1String(".") || record.port == 0)
                    continue;
                ServerCandidate c;
                c.host = record.target;
                c.port = record.port;
                c.security = security;
                c.username = m_result.address;
                c.source = ServerCandidate::Source::Srv;
                c.detail = name;
                c.score = kScoreSrv - qBound(0, record.priority, 99)
                    + (security == SecurityMode::ImplicitTls ? 5 : 0);
                addCandidate(c);
                ++added;
            }
            endStep(step, added > 0, added ? tr("%n server(s)", nullptr, added) : tr("no SRV record"));
        });
}

void Autodetect::cancel()
{
    if (m_running)
        finish(true);
}

void Autodetect::maybeFinish()
{
    if (!m_running)
        return;
    bool othersDone = true;
    bool allDone = true;
    for (int i = 0; i < m_stepDone.size(); ++i) {
        allDone = allDone && m_stepDone.at(i);
        if (!m_stepIsProbe.at(i))
            othersDone = othersDone && m_stepDone.at(i);
    }
    if (allDone) {
        finish(false);
        return;
    }
    // Every better source has answered and one found something: the probes
    // would only rank below it, so do not wait for slow or silent hosts.
    const bool haveBetter = std::any_of(m_result.candidates.cbegin(), m_result.candidates.cend(),
        [](const ServerCandidate &c) { return c.score >= kScoreBetterSource; });
    if (othersDone && haveBetter) {
        for (int i = 0; i < m_stepDone.size(); ++i) {
            if (!m_stepDone.at(i))
                endStep(i, false, tr("skipped: a better source answered"));
        }
    }
}

void Autodetect::finish(bool cancelled)
{
    if (!m_running)
        return;
    for (int i = 0; i < m_stepDone.size(); ++i) {
        if (!m_stepDone.at(i))
            endStep(i, false, cancelled ? tr("cancelled") : tr("timed out"));
    }
    m_running = false;
    stopEverything();
    m_result.cancelled = cancelled;
    m_result.elapsedMs = m_clock.elapsed();
    std::stable_sort(m_result.candidates.begin(), m_result.candidates.end(),
        [](const ServerCandidate &a, const ServerCandidate &b) { return a.score > b.score; });
    const AutodetectResult result = m_result;
    // Always from the event loop, so a caller's connect() after start() sees it.
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void Autodetect::stopEverything()
{
    m_totalTimer.stop();
    for (const QPointer<QTimer> &timer : std::as_const(m_stepTimers)) {
        if (timer)
            timer->deleteLater();
    }
    m_stepTimers.clear();
    if (m_resolver)
        m_resolver->cancelAll();
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_replies.clear();
    for (const QPointer<SubmissionSession> &session : std::as_const(m_probes)) {
        if (session) {
            session->disconnect(this);
            session->cancel();
            session->deleteLater();
        }
    }
    m_probes.clear();
}

} // namespace stamp
