// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DomainCheck.h"

#include "DkimKeyRecord.h"
#include "DmarcRecord.h"
#include "DnsQueryCache.h"
#include "SpfCheck.h"
#include "dns/DnsResolver.h"
#include "providers/ProviderCatalog.h"

#include <QSharedPointer>
#include <QUrl>

namespace stamp::domain {

namespace {
const char *const checkIds[] = { "mx", "spf", "dkim", "dmarc", "mta-sts", "tls-rpt" };

QStringList texts(const DnsAnswer &answer)
{
    QStringList list;
    if (answer.status == DnsAnswer::Status::Records) {
        for (const DnsRecord &record : answer.records)
            list << record.text;
    }
    return list;
}
} // namespace

DomainCheck::DomainCheck(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &DomainCheck::deadlinePassed);
}

DomainCheck::~DomainCheck()
{
    cancel();
}

QString DomainCheck::domainOf(const QString &addressOrDomain)
{
    QString domain = addressOrDomain.trimmed();
    const qsizetype at = domain.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        domain = domain.mid(at + 1);
    domain = domain.toLower();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain : QString::fromLatin1(ace);
}

int DomainCheck::questionsAsked() const
{
    return m_cache ? m_cache->questions() : 0;
}

void DomainCheck::start(const DomainCheckRequest &request)
{
    cancel();
    m_request = request;
    m_resolver = request.resolver;
    m_domain = domainOf(request.addressOrDomain);
    m_orgDomain = DmarcRecord::organizationalDomain(m_domain);
    m_provider = request.provider;
    m_report = DomainReport();
    m_report.domain = m_domain;
    for (auto &finding : m_findings)
        finding.reset();
    m_dmarcAtDomain.clear();
    m_spf.reset();
    m_cache = std::make_unique<DnsQueryCache>(request.resolver);
    m_running = true;

    // The provider's own domain (gmail.com, icloud.com): the provider
    // publishes its records; its customers have nothing to do.
    std::optional<ProviderPreset> own;
    if (request.catalog)
        own = request.catalog->matchDomain(m_domain);
    if (!own && m_provider && m_provider->matchesDomain(m_domain))
        own = m_provider;
    if (own) {
        m_report.consumerDomain = true;
        m_report.providerId = own->id;
        m_report.consumerExplanation
            = tr("%1 belongs to %2, which publishes its SPF, DKIM and DMARC records itself. There is nothing "
                 "for you to publish: mail you send through %2 is authenticated by %2.")
                  .arg(m_domain, own->displayName);
        QTimer::singleShot(0, this, &DomainCheck::emitReport);
        return;
    }
    if (m_provider)
        m_report.providerId = m_provider->id;
    m_deadline.start(qMax(1, request.deadlineMs));
    checkMx();
}

void DomainCheck::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    if (m_cache)
        m_cache->clear(); // before the checks whose callbacks it holds go
    // The resolver is not ours and may be gone already (a window closing
    // destroys its children in any order).
    if (m_resolver)
        m_resolver->cancelAll();
    // m_spf stays until the next start(): cancel() may run inside its callback.
}

void DomainCheck::checkMx()
{
    m_cache->ask(QDnsLookup::MX, m_domain, [this](const DnsAnswer &answer) {
        DomainFinding finding;
        finding.id = QStringLiteral("mx");
        bool nullMx = false;
        for (const DnsRecord &record : answer.records) {
            finding.records << QStringLiteral("%1 %2.").arg(record.priority).arg(record.target);
            nullMx = nullMx || record.target.isEmpty();
            if (!m_provider && m_request.catalog && !record.target.isEmpty())
                m_provider = m_request.catalog->matchMxHost(record.target);
        }
        if (m_provider)
            m_report.providerId = m_provider->id;
        switch (answer.status) {
        case DnsAnswer::Status::Failed:
            complete(Mx, unchecked(Mx));
            break;
        case DnsAnswer::Status::NameNotFound:
            finding.status = DomainFinding::Status::Fail;
            finding.title = tr("The domain does not exist");
            finding.detail = tr("DNS says there is no domain %1. Check the spelling, or whether the "
                                "domain's registration has lapsed.")
                                 .arg(m_domain);
            complete(Mx, finding);
            break;
        case DnsAnswer::Status::Records:
            if (nullMx) {
                // RFC 7505 §4.2: receivers may refuse mail from a domain
                // that says it receives none (5.7.27).
                finding.status = DomainFinding::Status::Fail;
                finding.title = tr("The domain says it receives no mail");
                finding.detail = tr("%1 publishes a \"null MX\" (MX 0 .), which says it takes no mail. "
                                    "Receivers may refuse mail from it, because replies could not reach you. "
                                    "Replace it with your provider's MX records.")
                                     .arg(m_domain);
            } else {
                finding.status = DomainFinding::Status::Pass;
                finding.title = tr("The domain receives mail");
                finding.detail = tr("%n MX record(s) name the servers that take mail for the domain.",
                    nullptr, int(answer.records.size()));
            }
            complete(Mx, finding);
            break;
        case DnsAnswer::Status::NoData: {
            // RFC 5321 §5.1: without MX, mail goes to the address record.
            auto addresses = QSharedPointer<QStringList>::create();
            auto pending = QSharedPointer<int>::create(2);
            auto judge = [this, addresses, pending](const DnsAnswer &a) {
                for (const DnsRecord &record : a.records)
                    *addresses << record.target;
                if (--*pending > 0)
                    return;
                DomainFinding f;
                f.id = QStringLiteral("mx");
                f.records = *addresses;
                if (addresses->isEmpty()) {
                    f.status = DomainFinding::Status::Fail;
                    f.title = tr("The domain has no mail servers");
                    f.detail = tr("%1 has no MX record and no address, so replies and bounces cannot reach "
                                  "it; receivers may refuse its mail. Publish your provider's MX records.")
                                   .arg(m_domain);
                } else {
                    f.status = DomainFinding::Status::Warn;
                    f.title = tr("No MX record");
                    f.detail = tr("Mail to you falls back to the domain's address record. Publish MX "
                                  "records so mail to the domain reaches the right servers.");
                }
                complete(Mx, f);
            };
            m_cache->ask(QDnsLookup::A, m_domain, judge);
            m_cache->ask(QDnsLookup::AAAA, m_domain, judge);
            break;
        }
        }
        startAfterMx();
    });
}

void DomainCheck::startAfterMx()
{
    if (!m_running || m_spf)
        return;
    const QString name = m_provider ? m_provider->displayName : QString();
    m_spf = std::make_unique<SpfCheck>(
        m_cache.get(), m_domain, name, m_provider ? m_provider->spfIncludes : QStringList());
    m_spf->start([this](const DomainFinding &finding) { complete(Spf, finding); });
    checkDkim();
    checkDmarc();
    checkPresence(MtaSts, QLatin1String("_mta-sts.") + m_domain, QStringLiteral("v=STSv1"));
    checkPresence(TlsRpt, QLatin1String("_smtp._tls.") + m_domain, QStringLiteral("v=TLSRPTv1"));
}

void DomainCheck::checkDkim()
{
    QList<DkimSelectorHint> hints = m_provider ? m_provider->dkimSelectors : QList<DkimSelectorHint>();
    for (const QString &selector : std::as_const(m_request.dkimSelectors)) {
        bool known = false;
        for (const DkimSelectorHint &hint : std::as_const(hints))
            known = known || hint.name.compare(selector, Qt::CaseInsensitive) == 0;
        if (!known && !selector.trimmed().isEmpty())
            hints << DkimSelectorHint { selector.trimmed(), DkimSelectorHint::Form::Txt, {} };
    }
    if (hints.isEmpty()) {
        DomainFinding finding;
        finding.id = QStringLiteral("dkim");
        finding.status = DomainFinding::Status::Info;
        finding.title = tr("DKIM selectors unknown");
        finding.detail = tr("DNS cannot list DKIM keys; they are found by their selector name. The selector "
                            "is the s= value in the DKIM-Signature header of a message you sent.");
        complete(Dkim, finding);
        return;
    }
    struct Probe
    {
        QList<DkimSelectorHint> hints;
        QList<DnsAnswer> answers;
        int pending = 0;
    };
    auto probe = QSharedPointer<Probe>::create();
    probe->hints = hints;
    probe->answers.resize(hints.size());
    probe->pending = int(hints.size());
    for (qsizetype i = 0; i < hints.size(); ++i) {
        m_cache->ask(
            QDnsLookup::TXT, hints.at(i).recordName(m_domain), [this, probe, i](const DnsAnswer &answer) {
                probe->answers[i] = answer;
                if (--probe->pending > 0)
                    return;
                DomainFinding finding;
                finding.id = QStringLiteral("dkim");
                int failed = 0;
                // Best first: a usable strong key, then a usable weak or testing
                // key, then an unusable one.
                DomainFinding::Status best = DomainFinding::Status::Fail;
                QString bestTitle;
                QString bestDetail;
                bool anyKey = false;
                auto consider
                    = [&](DomainFinding::Status status, const QString &title, const QString &detail) {
                          const auto rank = [](DomainFinding::Status s) {
                              return s == DomainFinding::Status::Pass ? 2
                                  : s == DomainFinding::Status::Warn  ? 1
                                                                      : 0;
                          };
                          if (!anyKey || rank(status) > rank(best)) {
                              if (anyKey)
                                  finding.notes << bestDetail;
                              best = status;
                              bestTitle = title;
                              bestDetail = detail;
                          } else {
                              finding.notes << detail;
                          }
                          anyKey = true;
                      };
                for (qsizetype j = 0; j < probe->hints.size(); ++j) {
                    const QString selector = probe->hints.at(j).name;
                    const DnsAnswer &a = probe->answers.at(j);
                    if (a.status == DnsAnswer::Status::Failed)
                        ++failed;
                    for (const QString &text : texts(a)) {
                        if (!text.contains(QLatin1String("p=")) && !text.startsWith(QLatin1String("v=DKIM1")))
                            continue;
                        finding.records << text;
                        const DkimKeyRecord key = DkimKeyRecord::parse(text);
                        if (!key.isValid()) {
                            consider(DomainFinding::Status::Fail, tr("The DKIM key has an error"),
                                tr("The key at selector \"%1\" cannot be used: %2.")
                                    .arg(selector, key.error()));
                        } else if (key.isRevoked()) {
                            consider(DomainFinding::Status::Fail, tr("The DKIM key is revoked"),
                                tr("The key at selector \"%1\" is empty (p=), which revokes it: mail signed "
                                   "with it "
                                   "fails DKIM.")
                                    .arg(selector));
                        } else if (key.keyType() == DkimKeyRecord::KeyType::Rsa && key.keyBits() < 1024) {
                            consider(DomainFinding::Status::Fail, tr("The DKIM key is too short"),
                                tr("The key at selector \"%1\" has %2 bits; receivers must refuse keys under "
                                   "1024 "
                                   "bits (RFC 8301). Create a 2048-bit key.")
                                    .arg(selector)
                                    .arg(key.keyBits()));
                        } else if (key.keyType() == DkimKeyRecord::KeyType::Rsa && key.keyBits() < 2048) {
                            consider(DomainFinding::Status::Warn, tr("The DKIM key is short"),
                                tr("The key at selector \"%1\" has %2 bits. It works, but Gmail and Yahoo "
                                   "recommend 2048 bits: create a longer key when you can.")
                                    .arg(selector)
                                    .arg(key.keyBits()));
                        } else if (key.isTesting()) {
                            consider(DomainFinding::Status::Warn, tr("DKIM is still in test mode"),
                                tr("The key at selector \"%1\" has t=y, which asks receivers to treat "
                                   "failures "
                                   "as unsigned. Remove t=y once signing works.")
                                    .arg(selector));
                        } else {
                            const QString kind = key.keyType() == DkimKeyRecord::KeyType::Ed25519
                                ? QStringLiteral("ed25519")
                                : tr("%1-bit RSA").arg(key.keyBits());
                            consider(DomainFinding::Status::Pass, tr("DKIM key found"),
                                tr("Selector \"%1\" publishes a valid %2 key.").arg(selector, kind));
                        }
                    }
                }
                if (anyKey) {
                    finding.status = best;
                    finding.title = bestTitle;
                    finding.detail = bestDetail;
                } else if (failed == probe->hints.size()) {
                    finding = unchecked(Dkim);
                } else {
                    QStringList names;
                    for (const DkimSelectorHint &hint : std::as_const(probe->hints))
                        names << hint.name;
                    finding.status = DomainFinding::Status::Fail;
                    finding.title = tr("No DKIM key found");
                    finding.detail
                        = tr("No key at the selectors %1, so your mail is not signed in a way receivers "
                             "can check.")
                              .arg(names.join(QLatin1String(", ")));
                    const DkimSelectorHint &first = probe->hints.first();
                    if (first.form == DkimSelectorHint::Form::Cname && !first.target.isEmpty()) {
                        finding.suggested = SuggestedRecord { first.recordName(m_domain),
                            QStringLiteral("CNAME"), first.targetFor(m_domain) };
                        finding.detail += QLatin1Char(' ')
                            + tr("Publish the record below (and the provider's other selectors the same "
                                 "way); if "
                                 "the provider's settings page shows a different value, use that one.");
                    } else if (m_provider) {
                        finding.detail += QLatin1Char(' ')
                            + tr("Turn on DKIM in %1's settings and publish the key it shows.")
                                  .arg(m_provider->displayName);
                    }
                }
                complete(Dkim, finding);
            });
    }
}

void DomainCheck::checkDmarc()
{
    dmarcAt(QLatin1String("_dmarc.") + m_domain, false);
}

void DomainCheck::dmarcAt(const QString &name, bool organisational)
{
    m_cache->ask(QDnsLookup::TXT, name, [this, name, organisational](const DnsAnswer &answer) {
        if (answer.status == DnsAnswer::Status::Failed) {
            complete(Dmarc, unchecked(Dmarc));
            return;
        }
        QStringList found;
        for (const QString &text : texts(answer)) {
            if (DmarcRecord::looksLikeDmarc(text) || text.contains(QLatin1String("p=")))
                found << text;
        }
        if (found.isEmpty()) {
            // RFC 7489 §6.6.3: no record at the From domain -> the
            // organisational domain's.
            if (!organisational && m_orgDomain != m_domain)
                dmarcAt(QLatin1String("_dmarc.") + m_orgDomain, true);
            else
                lookForMisplacedDmarc();
            return;
        }
        DomainFinding finding;
        finding.id = QStringLiteral("dmarc");
        finding.records = found;
        if (found.size() > 1) {
            finding.status = DomainFinding::Status::Fail;
            finding.title = tr("More than one DMARC record");
            finding.detail = tr("%1 has %2 DMARC records; receivers then apply none of them. Keep one.")
                                 .arg(name)
                                 .arg(found.size());
            complete(Dmarc, finding);
            return;
        }
        const DmarcRecord record = DmarcRecord::parse(found.first());
        if (!DmarcRecord::startsWithVersion(found.first())) {
            finding.status = DomainFinding::Status::Fail;
            finding.title = tr("The DMARC record does not start with v=DMARC1");
            finding.detail
                = tr("Receivers ignore a record at %1 unless it starts exactly with \"v=DMARC1;\".")
                      .arg(name);
            complete(Dmarc, finding);
            return;
        }
        if (!record.isValid()) {
            finding.status = DomainFinding::Status::Fail;
            finding.title = tr("The DMARC record has an error");
            finding.detail = record.errors().join(QLatin1String("; "));
            complete(Dmarc, finding);
            return;
        }
        finding.notes << record.warnings();
        if (organisational)
            finding.notes << tr("Found at %1, which covers %2 as a subdomain.").arg(name, m_domain);
        const DmarcRecord::Policy policy = organisational ? record.subdomainPolicy() : record.policy();
        if (policy == DmarcRecord::Policy::None) {
            finding.status = DomainFinding::Status::Warn;
            finding.title = tr("DMARC only monitors (p=none)");
            finding.detail
                = tr("Gmail, Yahoo and Microsoft accept p=none from bulk senders, but it asks receivers "
                     "to do nothing with forged mail. Move to p=quarantine once reports show your own "
                     "mail passes.");
        } else if (record.percent() < 100) {
            finding.status = DomainFinding::Status::Warn;
            finding.title = tr("DMARC applies to part of the mail (pct=%1)").arg(record.percent());
            finding.detail = tr("The policy covers only %1% of failing mail; the rest is treated as p=none.")
                                 .arg(record.percent());
        } else {
            finding.status = DomainFinding::Status::Pass;
            finding.title = tr("DMARC policy: %1").arg(DmarcRecord::policyName(policy));
            finding.detail
                = tr("Receivers are asked to %1 mail that fails SPF and DKIM alignment.")
                      .arg(policy == DmarcRecord::Policy::Reject ? tr("refuse") : tr("quarantine"));
        }
        complete(Dmarc, finding);
    });
}

// Panels that append the zone to every name, or a record pasted at the
// apex: say where it is and where it must be.
void DomainCheck::lookForMisplacedDmarc()
{
    const QString doubled = QLatin1String("_dmarc.") + m_domain + QLatin1Char('.') + m_domain;
    auto pending = QSharedPointer<int>::create(2);
    auto misplaced = QSharedPointer<QList<QPair<QString, QString>>>::create();
    auto judge = [this, pending, misplaced](const QString &where, const DnsAnswer &answer) {
        for (const QString &text : texts(answer)) {
            if (DmarcRecord::looksLikeDmarc(text))
                *misplaced << qMakePair(where, text);
        }
        if (--*pending > 0)
            return;
        DomainFinding finding;
        finding.id = QStringLiteral("dmarc");
        finding.status = DomainFinding::Status::Fail;
        const QString right = QLatin1String("_dmarc.") + m_orgDomain;
        if (!misplaced->isEmpty()) {
            const auto &first = misplaced->first();
            finding.title = tr("The DMARC record is at the wrong name");
            finding.detail = tr("A DMARC record sits at %1, where receivers never look. It must be at %2: "
                                "publish it there and delete the other one. (DNS panels often add the domain "
                                "to the name you type: enter just \"_dmarc\".)")
                                 .arg(first.first, right);
            finding.records << first.second;
            finding.suggested = SuggestedRecord { right, QStringLiteral("TXT"), first.second };
        } else {
            finding.title = tr("No DMARC record");
            finding.detail
                = tr("Without DMARC, receivers have no policy for forged mail, and Gmail, Yahoo and "
                     "Microsoft require it from bulk senders. Publish the record below; replace "
                     "dmarc-reports@%1 with a mailbox of yours that may receive daily reports.")
                      .arg(m_orgDomain);
            finding.suggested = SuggestedRecord { right, QStringLiteral("TXT"),
                QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@%1").arg(m_orgDomain) };
        }
        complete(Dmarc, finding);
    };
    m_cache->ask(QDnsLookup::TXT, m_domain, [judge, this](const DnsAnswer &a) { judge(m_domain, a); });
    m_cache->ask(QDnsLookup::TXT, doubled, [judge, doubled](const DnsAnswer &a) { judge(doubled, a); });
}

void DomainCheck::checkPresence(Check check, const QString &name, const QString &version)
{
    m_cache->ask(QDnsLookup::TXT, name, [this, check, name, version](const DnsAnswer &answer) {
        if (answer.status == DnsAnswer::Status::Failed) {
            complete(check, unchecked(check));
            return;
        }
        DomainFinding finding;
        finding.id = QString::fromLatin1(checkIds[check]);
        finding.status = DomainFinding::Status::Info;
        for (const QString &text : texts(answer)) {
            if (text.startsWith(version))
                finding.records << text;
        }
        const bool present = !finding.records.isEmpty();
        if (check == MtaSts) {
            finding.title = present ? tr("MTA-STS is published") : tr("No MTA-STS");
            finding.detail
                = tr("MTA-STS asks senders to use TLS for mail to you; it does not affect mail you "
                     "send. Optional.");
        } else {
            finding.title = present ? tr("TLS reporting is published") : tr("No TLS reporting");
            finding.detail
                = tr("TLS-RPT asks senders to report failed encrypted deliveries to you; it does not "
                     "affect mail you send. Optional.");
        }
        Q_UNUSED(name);
        complete(check, finding);
    });
}

DomainFinding DomainCheck::unchecked(Check check) const
{
    DomainFinding finding;
    finding.id = QString::fromLatin1(checkIds[check]);
    finding.status = DomainFinding::Status::Info;
    finding.title = tr("Could not be checked");
    finding.detail = tr("DNS did not answer in time. Try again later, or check the network.");
    return finding;
}

void DomainCheck::complete(Check check, DomainFinding finding)
{
    if (!m_running || m_findings[check])
        return;
    m_findings[check] = std::move(finding);
    for (const auto &f : m_findings) {
        if (!f)
            return;
    }
    emitReport();
}

void DomainCheck::deadlinePassed()
{
    if (!m_running)
        return;
    for (int check = 0; check < CheckCount; ++check) {
        if (!m_findings[check])
            m_findings[check] = unchecked(Check(check));
    }
    emitReport();
}

void DomainCheck::emitReport()
{
    if (!m_running)
        return;
    DomainReport report = m_report;
    if (!report.consumerDomain) {
        for (const auto &finding : m_findings)
            report.checks << *finding;
        report.dnsUnavailable = m_cache->questions() > 0 && m_cache->answered() == 0;
    }
    cancel();
    Q_EMIT finished(report);
}

} // namespace stamp::domain
