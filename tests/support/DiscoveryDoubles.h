// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dns/DnsResolver.h"

#include <QHash>
#include <QMap>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <memory>

namespace stamp::test {

// A DNS double for discovery tests: canned MX and SRV answers, an optional
// delay, and names that never answer (to test timeouts). It counts lookups
// so a test can prove that no DNS was asked at all.
class FakeDnsResolver : public DnsResolver
{
    Q_OBJECT

public:
    using DnsResolver::DnsResolver;
    void setAnswer(QDnsLookup::Type type, const QString &name, const QList<DnsRecord> &records);
    void setError(QDnsLookup::Type type, const QString &name, const QString &error);
    void setSilent(QDnsLookup::Type type, const QString &name); // never answers
    void setFailEverything(const QString &error) { m_failAll = error; }
    void setDelay(int ms) { m_delayMs = ms; }
    int lookups() const { return m_lookups; }
    int cancellations() const { return m_cancellations; }

    void lookup(QDnsLookup::Type type, const QString &name, Callback done) override;
    void cancelAll() override;

private:
    static QString key(QDnsLookup::Type type, const QString &name);
    QHash<QString, QList<DnsRecord>> m_answers;
    QHash<QString, QString> m_errors;
    QHash<QString, bool> m_silent;
    QString m_failAll;
    int m_delayMs = 0;
    int m_lookups = 0;
    int m_cancellations = 0;
    quint64 m_generation = 0;
};

// A test CA and a server certificate for "localhost" (and 127.0.0.1), made
// with openssl in a temporary folder.
class TestCertificates
{
public:
    // Empty on success. The server certificate's subjectAltName and CN can
    // be chosen (e.g. DNS names only for another host, with CN=localhost).
    QString create(const QString &subjectAltName = QStringLiteral("DNS:localhost,IP:127.0.0.1"),
                   const QString &commonName = QStringLiteral("localhost"));
    QString caFile() const { return m_dir->filePath(QStringLiteral("ca.pem")); }
    QSslCertificate ca() const;
    QSslCertificate serverCertificate() const;
    QSslKey serverKey() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

// A minimal HTTPS server on a loopback port that serves fixed bodies by
// path (HTTP/1.1, GET only, one request per connection), answers 404 for
// anything else, and can be told to accept and then say nothing.
class HttpsFileServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpsFileServer(QObject *parent = nullptr);
    bool listen(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const { return m_server.serverPort(); }
    void serve(const QString &path, const QByteArray &body) { m_files.insert(path, body); }
    void setSilent(bool silent) { m_silent = silent; }
    QStringList requests() const { return m_requests; }

private:
    void onConnection();
    QSslServer m_server;
    QMap<QString, QByteArray> m_files;
    QStringList m_requests;
    bool m_silent = false;
};

} // namespace stamp::test
