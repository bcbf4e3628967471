// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TlsReport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSsl>

namespace stamp {

namespace {
QString joinNameParts(const QSslCertificate &cert, bool issuer)
{
    // Most specific first, as people read certificate names.
    const QList<QSslCertificate::SubjectInfo> order = {
        QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::OrganizationalUnitName,
        QSslCertificate::LocalityName, QSslCertificate::StateOrProvinceName, QSslCertificate::CountryName};
    const QList<QByteArray> keys = {"CN", "O", "OU", "L", "ST", "C"};
    QStringList parts;
    for (int i = 0; i < order.size(); ++i) {
        const QStringList values = issuer ? cert.issuerInfo(order.at(i)) : cert.subjectInfo(order.at(i));
        for (const QString &value : values)
            parts << QString::fromLatin1(keys.at(i)) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}
}  // namespace

CertificateSummary CertificateSummary::of(const QSslCertificate &certificate)
{
    CertificateSummary s;
    if (certificate.isNull())
        return s;
    s.subject = joinNameParts(certificate, false);
    s.issuer = joinNameParts(certificate, true);
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        s.altNames << it.value();
    s.notBefore = certificate.effectiveDate().toUTC();
    s.notAfter = certificate.expiryDate().toUTC();
    s.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    return s;
}

QString CertificateSummary::sha256Display() const
{
    QStringList pairs;
    for (int i = 0; i + 1 < sha256.size(); i += 2)
        pairs << sha256.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

bool TlsReport::offersPin() const
{
    if (encrypted || peer.isNull() || errors.isEmpty())
        return false;
    for (QSslError::SslError error : errors) {
        if (error == QSslError::CertificateRevoked || error == QSslError::CertificateBlacklisted)
            return false;
    }
    return true;
}

QString TlsReport::protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("unknown");
    }
}

QString TlsReport::normaliseFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(hex).hasMatch() ? hex : QString();
}

}  // namespace stamp
