// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DkimTestKeys.h"
#include "domain/DkimKeyRecord.h"

#include <QTest>

using namespace stamp::domain;
namespace keys = stamp::test::dkimkeys;
using KeyType = DkimKeyRecord::KeyType;

class TestDkimKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsKeys_data();
    void readsKeys();
    void readsRevokedKey();
    void readsTestingFlag_data();
    void readsTestingFlag();
    void refusesBrokenRecords_data();
    void refusesBrokenRecords();
    void readsFoldedKey();
};

void TestDkimKey::readsKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<int>("bits");
    QTest::newRow("rsa 1024") << QStringLiteral("v=DKIM1; k=rsa; p=%1").arg(keys::rsa1024) << KeyType::Rsa
                              << 1024;
    QTest::newRow("rsa 2048") << QStringLiteral("v=DKIM1; k=rsa; p=%1").arg(keys::rsa2048) << KeyType::Rsa
                              << 2048;
    QTest::newRow("rsa 512") << QStringLiteral("v=DKIM1; p=%1").arg(keys::rsa512) << KeyType::Rsa << 512;
    // k= defaults to rsa, v= is optional (RFC 6376 §3.6.1).
    QTest::newRow("no v, no k") << QStringLiteral("p=%1").arg(keys::rsa2048) << KeyType::Rsa << 2048;
    QTest::newRow("pkcs1 form") << QStringLiteral("v=DKIM1; p=%1").arg(keys::rsa2048Pkcs1) << KeyType::Rsa
                                << 2048;
    // RFC 8463 §4.2: the bare 32-byte key.
    QTest::newRow("ed25519") << QStringLiteral("v=DKIM1; k=ed25519; p=%1").arg(keys::ed25519)
                             << KeyType::Ed25519 << 256;
    QTest::newRow("extra tags")
        << QStringLiteral("v=DKIM1; h=sha256; s=email; t=s; k=rsa; n=note; p=%1").arg(keys::rsa1024)
        << KeyType::Rsa << 1024;
}

void TestDkimKey::readsKeys()
{
    QFETCH(QString, text);
    QFETCH(KeyType, type);
    QFETCH(int, bits);
    const DkimKeyRecord record = DkimKeyRecord::parse(text);
    QVERIFY2(record.isValid(), qPrintable(record.error()));
    QCOMPARE(record.keyType(), type);
    QCOMPARE(record.keyBits(), bits);
    QVERIFY(!record.isRevoked());
    QVERIFY(!record.isTesting());
}

void TestDkimKey::readsRevokedKey()
{
    for (const QString &text :
        { QStringLiteral("v=DKIM1; k=rsa; p="), QStringLiteral("v=DKIM1; p=; t=y"), QStringLiteral("p= ") }) {
        const DkimKeyRecord record = DkimKeyRecord::parse(text);
        QVERIFY2(record.isValid(), qPrintable(text));
        QVERIFY(record.isRevoked());
        QCOMPARE(record.keyBits(), 0);
    }
}

void TestDkimKey::readsTestingFlag_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<bool>("testing");
    QTest::newRow("y") << "y" << true;
    QTest::newRow("y:s") << "y:s" << true;
    QTest::newRow("s:y") << "s:y" << true;
    QTest::newRow("s") << "s" << false;
}

void TestDkimKey::readsTestingFlag()
{
    QFETCH(QString, flags);
    QFETCH(bool, testing);
    const DkimKeyRecord record = DkimKeyRecord::parse(
        QStringLiteral("v=DKIM1; t=%1; p=%2").arg(flags, QLatin1String(keys::rsa2048)));
    QVERIFY(record.isValid());
    QCOMPARE(record.isTesting(), testing);
}

void TestDkimKey::refusesBrokenRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no p") << "v=DKIM1; k=rsa";
    QTest::newRow("v not first") << QStringLiteral("k=rsa; v=DKIM1; p=%1").arg(keys::rsa1024);
    QTest::newRow("v=DKIM2") << QStringLiteral("v=DKIM2; p=%1").arg(keys::rsa1024);
    QTest::newRow("not base64") << "v=DKIM1; p=!!!notbase64!!!";
    QTest::newRow("not a key") << "v=DKIM1; p=aGVsbG8gd29ybGQ=";
    QTest::newRow("truncated key")
        << QStringLiteral("v=DKIM1; p=%1").arg(QString::fromLatin1(keys::rsa2048).left(200));
    QTest::newRow("ed25519 too long") << QStringLiteral("v=DKIM1; k=ed25519; p=%1").arg(keys::rsa1024);
    QTest::newRow("unknown k") << QStringLiteral("v=DKIM1; k=dsa; p=%1").arg(keys::rsa1024);
    QTest::newRow("duplicate p") << QStringLiteral("p=%1; p=%1").arg(keys::rsa1024);
    QTest::newRow("no equals") << "v=DKIM1; rsa";
}

void TestDkimKey::refusesBrokenRecords()
{
    QFETCH(QString, text);
    const DkimKeyRecord record = DkimKeyRecord::parse(text);
    QVERIFY(!record.isValid());
    QVERIFY(!record.error().isEmpty());
}

void TestDkimKey::readsFoldedKey()
{
    // RFC 6376 §3.6.2.2: a key split into strings is joined; whitespace
    // inside a tag value is ignored (§3.2).
    const QString key = QString::fromLatin1(keys::rsa2048);
    const QString folded
        = QStringLiteral("v=DKIM1; k=rsa; p=%1 %2\t%3").arg(key.left(100), key.mid(100, 200), key.mid(300));
    const DkimKeyRecord record = DkimKeyRecord::parse(folded);
    QVERIFY2(record.isValid(), qPrintable(record.error()));
    QCOMPARE(record.keyBits(), 2048);
    QCOMPARE(DkimKeyRecord::rsaModulusBits(QByteArray::fromBase64(key.toLatin1())), 2048);
    QCOMPARE(DkimKeyRecord::rsaModulusBits(QByteArray()), 0);
    QCOMPARE(DkimKeyRecord::rsaModulusBits(QByteArray::fromHex("3084ffffffff")), 0);
}

QTEST_GUILESS_MAIN(TestDkimKey)
#include "tst_dkim_key.moc"
