// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace stamp {

// What a person needs to judge a certificate, in plain values.
struct CertificateSummary
{
    QString subject;    // "CN=smtp.example.com, O=Example"
    QString issuer;
    QStringList altNames;  // DNS names and IP addresses the certificate covers
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;     // lower-case hex of the DER, no separators

    bool isNull() const { return sha256.isEmpty(); }
    static CertificateSummary of(const QSslCertificate &certificate);
    // "AB:CD:..." for display.
    QString sha256Display() const;
};

// The outcome of one TLS handshake, successful or not.
struct TlsReport
{
    bool attempted = false;
    bool encrypted = false;
    QString protocol;  // "TLS 1.3"
    QString cipher;    // "TLS_AES_256_GCM_SHA384"
    CertificateSummary peer;
    QList<CertificateSummary> chain;
    QList<QSslError::SslError> errors;  // verification errors seen
    QStringList errorTexts;             // the same, as Qt describes them
    bool acceptedByPin = false;         // errors were accepted because the pin matched

    // The handshake stopped because the certificate could not be verified,
    // and the certificate is one a person may choose to trust by its
    // fingerprint. A revoked or blacklisted certificate never qualifies.
    bool offersPin() const;

    static QString protocolName(int sslProtocol);  // QSsl::SslProtocol
    // Normalises a user-supplied fingerprint ("AB:CD..." or "abcd...") to
    // lower-case hex; empty when it is not 64 hex digits.
    static QString normaliseFingerprint(const QString &text);
};

}  // namespace stamp
