// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TlsPolicy.h"

#include "TlsReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace stamp {

namespace {
// These texts were ConnectionSetup's before the IMAP client shared them;
// they keep its translation context so the existing translations still apply.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSetup)
};
} // namespace

QString TlsPolicy::configure(QSslConfiguration &tls, const QString &caFile)
{
    tls = QSslConfiguration::defaultConfiguration();
    // RFC 8996: TLS 1.0 and 1.1 are not to be used.
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return {};
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("The CA file \"%1\" cannot be read: %2.").arg(caFile, file.errorString());
    const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    tls.addCaCertificates(extra);
    if (extra.isEmpty())
        return Text::tr("The CA file \"%1\" holds no PEM certificate.").arg(caFile);
    return {};
}

bool TlsPolicy::pinMatches(const QSslCertificate &certificate, const QString &pinnedSha256)
{
    const QString pin = TlsReport::normaliseFingerprint(pinnedSha256);
    if (pin.isEmpty() || certificate.isNull())
        return false;
    return CertificateSummary::of(certificate).sha256 == pin;
}

} // namespace stamp
