// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace stamp {

// One answer record, reduced to what discovery and the domain check need.
struct DnsRecord
{
    // MX exchange, SRV or CNAME target, A/AAAA address, without the
    // trailing dot. A null MX (RFC 7505 "MX 0 .") has an empty exchange.
    QString target;
    quint16 port = 0; // SRV only
    int priority = 0; // MX preference or SRV priority: lower is preferred
    int weight = 0; // SRV only
    // TXT only: the record's strings joined with nothing in between, as
    // RFC 7208 §3.3 and RFC 6376 §3.6.2.2 read a record split in strings.
    QString text {};
};

// The whole outcome of one question, for callers that must tell "this name
// does not exist" from "it has no such record" from "DNS did not answer".
struct DnsAnswer
{
    enum class Status {
        Records, // at least one record of the asked type (or a CNAME to follow)
        NoData, // the name exists, without records of this type
        NameNotFound, // NXDOMAIN
        Failed, // no usable answer: unreachable, refused, server failure
    };
    Status status = Status::Failed;
    QList<DnsRecord> records; // of the asked type only
    // Set when the answer held a CNAME for the name: an authoritative server
    // answers the CNAME alone when its target lies in another zone.
    QString canonicalName;
    QString error; // for Failed, for people

    bool isVoid() const { return status == Status::NoData || status == Status::NameNotFound; }
};

// Looks up DNS records. An interface so discovery and the domain check can
// be tested against a local double instead of the network.
class DnsResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QList<DnsRecord> &records, const QString &error)>;

    using QObject::QObject;
    // `type` is QDnsLookup::MX or QDnsLookup::SRV. `done` is called once,
    // from the event loop, unless cancelAll() came first.
    virtual void lookup(QDnsLookup::Type type, const QString &name, Callback done) = 0;
    virtual void cancelAll() = 0;

    using AnswerCallback = std::function<void(const DnsAnswer &answer)>;
    // Any type: MX, TXT, CNAME, A, AAAA, SRV, with the outcome told apart.
    // `done` is called once, from the event loop, unless cancelAll() came
    // first. The default answers through lookup(), which cannot tell no
    // data from a missing name.
    virtual void query(QDnsLookup::Type type, const QString &name, AnswerCallback done);
};

// The real thing, through QDnsLookup (the system's resolver configuration,
// or one name server given explicitly).
class SystemDnsResolver : public DnsResolver
{
    Q_OBJECT

public:
    explicit SystemDnsResolver(QObject *parent = nullptr);
    void setNameserver(const QHostAddress &address) { m_nameserver = address; }
    void lookup(QDnsLookup::Type type, const QString &name, Callback done) override;
    void cancelAll() override;
    void query(QDnsLookup::Type type, const QString &name, AnswerCallback done) override;

private:
    // Whether the name server answers at all (see query()); asked once.
    void probeServer(std::function<void(bool answers)> done);

    QHostAddress m_nameserver;
    enum class Reachability { Unknown, Probing, Answers, Silent };
    Reachability m_reachability = Reachability::Unknown;
    QList<std::function<void(bool)>> m_probeWaiters;
};

} // namespace stamp
