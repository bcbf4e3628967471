// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace stamp::test {

// Server certificates a hostile or broken server presents: signed by a
// private test CA or by themselves, for any names, valid for any period.
// Made with the openssl command (its `ca` command sets exact dates, which
// `req -x509` cannot do in the past) in a private temporary folder.
class CertificateFactory
{
public:
    struct Issued
    {
        QSslCertificate certificate;
        QSslKey key;
        QString error; // empty on success
    };

    // Empty on success: makes the CA.
    QString init();
    QString caFile() const;

    // `subjectAltName` as openssl writes it ("DNS:localhost,IP:127.0.0.1"),
    // empty for none.
    Issued issue(const QString &commonName, const QString &subjectAltName, const QDateTime &notBefore,
        const QDateTime &notAfter);
    Issued selfSigned(const QString &commonName, const QString &subjectAltName);

private:
    QString run(const QStringList &arguments) const;
    Issued load(const QString &name) const;
    QString writeExtensions(const QString &name, const QString &subjectAltName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_serial = 0;
};

} // namespace stamp::test
