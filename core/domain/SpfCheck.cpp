// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SpfCheck.h"

#include "DnsQueryCache.h"

namespace stamp::domain {

namespace {
QString key(const QString &name)
{
    QString k = name.toLower();
    while (k.endsWith(QLatin1Char('.')))
        k.chop(1);
    return k;
}

// Names with macros (%{i} ...) depend on the message: not followed.
bool followable(const QString &name)
{
    return !name.contains(QLatin1Char('%'));
}
} // namespace

SpfCheck::SpfCheck(DnsQueryCache *cache, const QString &domain, const QString &providerName,
    const QStringList &providerIncludes)
    : m_cache(cache)
    , m_domain(key(domain))
    , m_providerName(providerName)
    , m_providerIncludes(providerIncludes)
{ }

void SpfCheck::start(Done done)
{
    m_done = std::move(done);
    fetch(m_domain);
}

void SpfCheck::fetch(const QString &name)
{
    const QString k = key(name);
    if (m_nodes.contains(k) || m_nodes.size() >= MaxRecords || !followable(k))
        return;
    m_nodes.insert(k, Node());
    ++m_pending;
    m_cache->ask(QDnsLookup::TXT, k, [this, k](const DnsAnswer &answer) { fetched(k, answer); });
}

void SpfCheck::fetched(const QString &name, const DnsAnswer &answer)
{
    Node &node = m_nodes[name];
    if (answer.status == DnsAnswer::Status::Failed) {
        node.state = Node::State::Failed;
    } else if (answer.isVoid()) {
        node.state = Node::State::Void;
    } else {
        for (const DnsRecord &record : answer.records) {
            if (SpfRecord::isSpf(record.text))
                node.texts << record.text;
            else if (record.text.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive))
                node.lookalikes << record.text;
        }
        if (node.texts.isEmpty()) {
            node.state = Node::State::NoSpf;
        } else if (node.texts.size() > 1) {
            node.state = Node::State::Several;
        } else {
            node.state = Node::State::Record;
            node.record = SpfRecord::parse(node.texts.first());
        }
    }
    if (node.state == Node::State::Record && node.record.isValid()) {
        const SpfRecord record = node.record; // fetch() may rehash m_nodes
        for (const QString &include : record.includes())
            fetch(include);
        if (!record.redirect().isEmpty())
            fetch(record.redirect());
    }
    if (--m_pending == 0)
        evaluate();
}

int SpfCheck::countLookups(const QString &name, QSet<QString> &path, bool *cycle) const
{
    const QString k = key(name);
    if (path.contains(k)) {
        *cycle = true;
        return 0;
    }
    const auto it = m_nodes.constFind(k);
    if (it == m_nodes.constEnd() || it->state != Node::State::Record)
        return 0;
    path.insert(k);
    int count = it->record.lookupTermCount();
    for (const QString &include : it->record.includes())
        count += countLookups(include, path, cycle);
    if (!it->record.redirect().isEmpty())
        count += countLookups(it->record.redirect(), path, cycle);
    path.remove(k);
    return count;
}

// Whether evaluating `name`'s record reaches one of the provider's include
// hosts with a pass qualifier before an "all" ends it (§4.6.2, §5.1, §5.2).
bool SpfCheck::reaches(const QString &name, QSet<QString> &seen) const
{
    const QString k = key(name);
    if (seen.contains(k))
        return false;
    seen.insert(k);
    const auto it = m_nodes.constFind(k);
    if (it == m_nodes.constEnd() || it->state != Node::State::Record)
        return false;
    for (const SpfTerm &term : it->record.terms()) {
        if (term.kind == SpfTerm::Kind::All)
            return false;
        if (term.kind != SpfTerm::Kind::Include)
            continue;
        for (const QString &host : m_providerIncludes) {
            if (key(term.value) == key(host))
                return term.qualifier == QLatin1Char('+');
        }
        // An include matches when its record passes; a pass inside it
        // counts only through a "+include" here.
        if (term.qualifier == QLatin1Char('+') && reaches(term.value, seen))
            return true;
    }
    const QString redirect = it->record.redirect();
    return !redirect.isEmpty() && reaches(redirect, seen);
}

bool SpfCheck::anyPtr() const
{
    for (const Node &node : m_nodes) {
        if (node.state == Node::State::Record && node.record.hasPtr())
            return true;
    }
    return false;
}

void SpfCheck::evaluate()
{
    DomainFinding finding;
    finding.id = QStringLiteral("spf");
    const Node root = m_nodes.value(m_domain);
    finding.records = root.texts;
    const QString firstHost = m_providerIncludes.value(0);
    auto suggest = [&](const QString &base) {
        if (!firstHost.isEmpty())
            finding.suggested = SuggestedRecord { m_domain, QStringLiteral("TXT"),
                SpfRecord::withInclude(base, firstHost) };
    };
    auto done = [&] { m_done(finding); };

    switch (root.state) {
    case Node::State::Failed:
    case Node::State::Pending:
        finding.status = DomainFinding::Status::Info;
        finding.title = tr("SPF could not be checked");
        finding.detail = tr("DNS gave no answer for the domain's TXT records.");
        return done();
    case Node::State::Void:
    case Node::State::NoSpf:
        finding.status = DomainFinding::Status::Fail;
        finding.title = tr("No SPF record");
        finding.detail = tr("Receivers cannot tell which servers may send mail for %1, and Gmail, Yahoo and "
                            "Microsoft reject or junk mail without SPF or DKIM.")
                             .arg(m_domain);
        if (!root.lookalikes.isEmpty()) {
            finding.records = root.lookalikes;
            finding.title = tr("The SPF record is run together");
            finding.detail = tr("The record starts \"v=spf1\" without a space after it, so receivers do not "
                                "take it for SPF. A record split into several strings is joined without "
                                "spaces: end each string but the last with a space.");
        }
        suggest(QString());
        return done();
    case Node::State::Several:
        finding.status = DomainFinding::Status::Fail;
        finding.title = tr("More than one SPF record");
        finding.detail = tr("%1 publishes %2 SPF records. Receivers then ignore all of them (a permanent "
                            "error): merge them into one record and delete the others.")
                             .arg(m_domain)
                             .arg(root.texts.size());
        return done();
    case Node::State::Record:
        break;
    }
    if (!root.record.isValid()) {
        finding.status = DomainFinding::Status::Fail;
        finding.title = tr("The SPF record has an error");
        finding.detail = tr("Receivers ignore a record with an error, as if there were none: %1.")
                             .arg(root.record.error());
        finding.notes << tr("If the record is split into several strings, they are joined without "
                            "spaces: end each string but the last with a space.");
        return done();
    }

    // Problems in the order a person should fix them; the first one of the
    // worst status becomes the title.
    struct Problem
    {
        DomainFinding::Status status;
        QString title;
        QString detail;
    };
    QList<Problem> problems;
    bool cycle = false;
    QSet<QString> path;
    const int lookups = countLookups(m_domain, path, &cycle);
    int voids = 0;
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it) {
        if (it.key() == m_domain)
            continue;
        switch (it->state) {
        case Node::State::Void:
            ++voids;
            [[fallthrough]];
        case Node::State::NoSpf:
            problems << Problem { DomainFinding::Status::Fail, tr("SPF includes a domain without SPF"),
                tr("%1 is named in include: or redirect= but has no SPF record, which is a permanent "
                   "error for receivers.")
                    .arg(it.key()) };
            break;
        case Node::State::Several:
            problems << Problem { DomainFinding::Status::Fail,
                tr("SPF includes a domain with two SPF records"),
                tr("%1 publishes more than one SPF record, which is a permanent error for receivers.")
                    .arg(it.key()) };
            break;
        case Node::State::Record:
            if (!it->record.isValid())
                problems << Problem { DomainFinding::Status::Fail, tr("SPF includes a record with an error"),
                    tr("The record of %1 has an error: %2.").arg(it.key(), it->record.error()) };
            break;
        case Node::State::Failed:
        case Node::State::Pending:
            problems << Problem { DomainFinding::Status::Info, tr("Part of SPF could not be checked"),
                tr("DNS gave no answer for %1.").arg(it.key()) };
            break;
        }
    }
    if (cycle)
        problems << Problem { DomainFinding::Status::Fail, tr("SPF includes itself"),
            tr("The includes form a loop, which receivers stop at the lookup limit as a permanent error.") };
    if (lookups > 10)
        problems << Problem { DomainFinding::Status::Fail, tr("SPF needs too many DNS lookups"),
            tr("Checking the record takes %1 DNS lookups; receivers stop at 10 and treat the record as "
               "broken. Remove includes you no longer send through.")
                .arg(lookups) };
    if (voids > 2)
        problems << Problem { DomainFinding::Status::Fail, tr("SPF names domains that do not exist"),
            tr("%1 names in the record have no records at all; receivers give up after 2.").arg(voids) };
    const SpfTerm *all = root.record.allTerm();
    if (all && all->qualifier == QLatin1Char('+'))
        problems << Problem { DomainFinding::Status::Fail, tr("SPF lets anyone send"),
            tr("\"%1\" passes mail from every server on the Internet, so the record protects nothing. End it "
               "with ~all or -all.")
                .arg(all->text) };
    bool authorised = true;
    if (!m_providerIncludes.isEmpty() && !(all && all->qualifier == QLatin1Char('+'))) {
        QSet<QString> seen;
        authorised = reaches(m_domain, seen);
        if (!authorised && root.record.hasAddressTerms()) {
            problems << Problem { DomainFinding::Status::Warn,
                tr("Unknown whether SPF authorises %1").arg(m_providerName),
                tr("The record lists server addresses instead of naming %1's include:%2, so whether %1's "
                   "servers are among them cannot be told. If %1 changes its servers, mail fails SPF.")
                    .arg(m_providerName, firstHost) };
        } else if (!authorised) {
            problems << Problem { DomainFinding::Status::Fail,
                tr("SPF does not authorise %1").arg(m_providerName),
                tr("Mail you send through %1 fails SPF, because the record does not include %2 before its "
                   "\"all\". Publish the record below instead of the current one.")
                    .arg(m_providerName, firstHost) };
            suggest(root.texts.first());
        }
    }
    if (anyPtr())
        problems << Problem { DomainFinding::Status::Warn, tr("SPF uses \"ptr\""),
            tr("\"ptr\" is slow and unreliable, and RFC 7208 says not to use it; some receivers ignore it. "
               "Name the servers with ip4:, ip6:, a or include: instead.") };
    if (all && all->qualifier == QLatin1Char('?'))
        problems << Problem { DomainFinding::Status::Warn, tr("SPF ends with ?all"),
            tr("\"?all\" says nothing about other servers, so forged mail is not marked. End it with ~all "
               "or -all.") };

    auto worst = [&](DomainFinding::Status status) {
        for (const Problem &problem : std::as_const(problems)) {
            if (problem.status == status)
                return &problem;
        }
        return static_cast<const Problem *>(nullptr);
    };
    const Problem *lead = worst(DomainFinding::Status::Fail);
    if (!lead)
        lead = worst(DomainFinding::Status::Warn);
    if (lead) {
        finding.status = lead->status;
        finding.title = lead->title;
        finding.detail = lead->detail;
        for (const Problem &problem : std::as_const(problems)) {
            if (&problem != lead)
                finding.notes << problem.detail;
        }
    } else {
        finding.status = DomainFinding::Status::Pass;
        finding.title = m_providerIncludes.isEmpty() ? tr("SPF record is valid")
                                                     : tr("SPF authorises %1").arg(m_providerName);
        finding.detail = tr("One valid record, %1 of 10 DNS lookups.").arg(lookups);
        for (const Problem &problem : std::as_const(problems))
            finding.notes << problem.detail;
    }
    done();
}

} // namespace stamp::domain
