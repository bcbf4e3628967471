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

// One MX or SRV answer, reduced to what discovery needs.
struct DnsRecord
{
    QString target; // MX exchange or SRV target, without the trailing dot
    quint16 port = 0; // SRV only
    int priority = 0; // MX preference or SRV priority: lower is preferred
    int weight = 0; // SRV only
};

// Looks up MX and SRV records. An interface so discovery can be tested
// against a local double instead of the network.
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

private:
    QHostAddress m_nameserver;
};

} // namespace stamp
