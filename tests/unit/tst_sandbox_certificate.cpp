// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's TLS identity: made on first use, kept and reused, owner
// only for the key, for localhost by name and address, and made again
// when what is on disk cannot be used.

#include "sandbox/SandboxCertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace stamp;

class TestSandboxCertificate : public QObject
{
    Q_OBJECT

private slots:
    void madeOnFirstUse();
    void reusedOnSecondRun();
    void namesAndValidity();
    void reportOffersPin();
    void inMemoryOnly();
    void regeneratedWhenUnusable_data();
    void regeneratedWhenUnusable();
    void regeneratedWhenExpired();

private:
    static QByteArray read(const QString &path);
    static bool write(const QString &path, const QByteArray &bytes);
};

QByteArray TestSandboxCertificate::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestSandboxCertificate::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void TestSandboxCertificate::madeOnFirstUse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const std::optional<SandboxCertificate> made = SandboxCertificate::obtain(dir.path(), &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(made->isNew());
    QVERIFY(!made->certificate().isNull());
    QVERIFY(!made->key().isNull());
    QCOMPARE(made->key().type(), QSsl::PrivateKey);

    // The fingerprint is the SHA-256 of the DER, as --pin-sha256 takes it.
    QCOMPARE(made->sha256(),
        QString::fromLatin1(
            QCryptographicHash::hash(made->certificate().toDer(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(made->sha256()).hasMatch());

    // Both on disk; the key for its owner alone, and it is the key given.
    const QString keyFile = SandboxCertificate::keyFile(dir.path());
    QVERIFY(QFile::exists(SandboxCertificate::certificateFile(dir.path())));
    QVERIFY(QFile::exists(keyFile));
    QCOMPARE(QFile::permissions(keyFile) & ~(QFile::ReadUser | QFile::WriteUser),
        QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QSslCertificate(read(SandboxCertificate::certificateFile(dir.path()))), made->certificate());
    QCOMPARE(QSslKey(read(keyFile), QSsl::Ec), made->key());
    // No temporary files left behind by the atomic writes.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestSandboxCertificate::reusedOnSecondRun()
{
    QTemporaryDir dir;
    const std::optional<SandboxCertificate> first = SandboxCertificate::obtain(dir.path());
    QVERIFY(first);
    const QByteArray keyBytes = read(SandboxCertificate::keyFile(dir.path()));
    const std::optional<SandboxCertificate> second = SandboxCertificate::obtain(dir.path());
    QVERIFY(second);
    QVERIFY(!second->isNew());
    QCOMPARE(second->sha256(), first->sha256());
    QCOMPARE(second->key(), first->key());
    QCOMPARE(read(SandboxCertificate::keyFile(dir.path())), keyBytes);
}

void TestSandboxCertificate::namesAndValidity()
{
    const std::optional<SandboxCertificate> made = SandboxCertificate::generate();
    QVERIFY(made);
    const QSslCertificate &cert = made->certificate();
    QVERIFY(cert.isSelfSigned());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList { QStringLiteral("localhost") });
    QCOMPARE(cert.version(), QByteArray("3"));
    const auto names = cert.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList { QStringLiteral("localhost") });
    QList<QHostAddress> addresses;
    for (const QString &text : names.values(QSsl::IpAddressEntry))
        addresses << QHostAddress(text);
    QCOMPARE(addresses.size(), 2);
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cert.effectiveDate() <= now);
    QVERIFY(cert.effectiveDate() > now.addSecs(-2 * 3600));
    const qint64 days = now.daysTo(cert.expiryDate());
    QVERIFY2(days >= SandboxCertificate::kValidDays - 1 && days <= SandboxCertificate::kValidDays,
        qPrintable(QString::number(days)));
    // Two certificates are never the same (fresh key, random serial).
    const std::optional<SandboxCertificate> other = SandboxCertificate::generate();
    QVERIFY(other);
    QVERIFY(other->sha256() != made->sha256());
    QVERIFY(other->certificate().serialNumber() != cert.serialNumber());
}

void TestSandboxCertificate::reportOffersPin()
{
    const std::optional<SandboxCertificate> made = SandboxCertificate::generate();
    QVERIFY(made);
    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        const TlsReport report = made->report(host);
        QCOMPARE(report.peer.sha256, made->sha256());
        QVERIFY2(report.errors.contains(QSslError::SelfSignedCertificate),
            qPrintable(report.errorTexts.join(u'|')));
        // The names match: the only complaint is who signed it.
        QVERIFY(!report.errors.contains(QSslError::HostNameMismatch));
        QVERIFY(report.offersPin());
    }
    QVERIFY(made->report(QStringLiteral("mail.example.com")).errors.contains(QSslError::HostNameMismatch));
}

void TestSandboxCertificate::inMemoryOnly()
{
    const std::optional<SandboxCertificate> a = SandboxCertificate::obtain(QString());
    const std::optional<SandboxCertificate> b = SandboxCertificate::obtain(QString());
    QVERIFY(a && b);
    QVERIFY(a->isNew() && b->isNew());
    QVERIFY(a->sha256() != b->sha256());
}

void TestSandboxCertificate::regeneratedWhenUnusable_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("certificate garbage") << QStringLiteral("cert-garbage");
    QTest::newRow("key garbage") << QStringLiteral("key-garbage");
    QTest::newRow("key truncated") << QStringLiteral("key-truncated");
    QTest::newRow("certificate empty") << QStringLiteral("cert-empty");
    QTest::newRow("key missing") << QStringLiteral("key-missing");
    QTest::newRow("key of another certificate") << QStringLiteral("key-other");
}

void TestSandboxCertificate::regeneratedWhenUnusable()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const std::optional<SandboxCertificate> first = SandboxCertificate::obtain(dir.path());
    QVERIFY(first);
    const QString certFile = SandboxCertificate::certificateFile(dir.path());
    const QString keyFile = SandboxCertificate::keyFile(dir.path());
    if (damage == QLatin1String("cert-garbage"))
        QVERIFY(
            write(certFile, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
    else if (damage == QLatin1String("key-garbage"))
        QVERIFY(write(keyFile, QByteArray(300, 'x')));
    else if (damage == QLatin1String("key-truncated"))
        QVERIFY(write(keyFile, read(keyFile).left(60)));
    else if (damage == QLatin1String("cert-empty"))
        QVERIFY(write(certFile, QByteArray()));
    else if (damage == QLatin1String("key-missing"))
        QVERIFY(QFile::remove(keyFile));
    else if (damage == QLatin1String("key-other"))
        QVERIFY(write(keyFile, SandboxCertificate::generate()->key().toPem()));

    QString error;
    const std::optional<SandboxCertificate> second = SandboxCertificate::obtain(dir.path(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isNew());
    QVERIFY(second->sha256() != first->sha256());
    // What was made anew is what the next run reads back.
    const std::optional<SandboxCertificate> third = SandboxCertificate::obtain(dir.path());
    QVERIFY(third);
    QVERIFY(!third->isNew());
    QCOMPARE(third->sha256(), second->sha256());
    QCOMPARE(QFile::permissions(keyFile) & ~(QFile::ReadUser | QFile::WriteUser),
        QFile::ReadOwner | QFile::WriteOwner);
}

void TestSandboxCertificate::regeneratedWhenExpired()
{
    QTemporaryDir dir;
    const std::optional<SandboxCertificate> first = SandboxCertificate::obtain(dir.path());
    QVERIFY(first);
    // The same certificate, signed again by its own key with a validity
    // that ended yesterday, as a certificate left from long ago would be.
    const QByteArray certPem = read(SandboxCertificate::certificateFile(dir.path()));
    const QByteArray keyPem = read(SandboxCertificate::keyFile(dir.path()));
    BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *x509 = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    QVERIFY(x509 && key);
    QVERIFY(X509_gmtime_adj(X509_getm_notBefore(x509), -400L * 86400));
    QVERIFY(X509_gmtime_adj(X509_getm_notAfter(x509), -86400));
    QVERIFY(X509_sign(x509, key, EVP_sha256()) > 0);
    BIO *out = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_X509(out, x509) == 1);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out, &data);
    const QByteArray expired(data, int(size));
    BIO_free(out);
    X509_free(x509);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    QVERIFY(QSslCertificate(expired).expiryDate() < QDateTime::currentDateTimeUtc());
    QVERIFY(write(SandboxCertificate::certificateFile(dir.path()), expired));

    const std::optional<SandboxCertificate> second = SandboxCertificate::obtain(dir.path());
    QVERIFY(second);
    QVERIFY(second->isNew());
    QVERIFY(second->certificate().expiryDate() > QDateTime::currentDateTimeUtc());
    QVERIFY(second->sha256() != first->sha256());
}

QTEST_GUILESS_MAIN(TestSandboxCertificate)
#include "tst_sandbox_certificate.moc"
