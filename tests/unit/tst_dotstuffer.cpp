// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferenceDotStuffer.h"
#include "smtp/DotStuffer.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using stamp::DotStuffer;
using stamp::test::ReferenceDotStuffer;

namespace {
// Feeds `input` in the given pieces to the real stuffer and the reference
// one and fails at the first difference in output or counters.
bool sameAsReference(DotStuffer::Mode mode, const QByteArray &input, const QList<qsizetype> &cuts,
                     QString *why)
{
    DotStuffer real(mode);
    ReferenceDotStuffer reference(mode == DotStuffer::Mode::DotStuffed);
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends << input.size();
    for (const qsizetype to : ends) {
        const QByteArray piece = input.mid(from, to - from);
        const QByteArray got = real.process(piece);
        const QByteArray want = reference.process(piece);
        if (got != want) {
            *why = QStringLiteral("piece [%1, %2): got %3, want %4")
                       .arg(from)
                       .arg(to)
                       .arg(QString::fromLatin1(got.left(200).toPercentEncoding()),
                            QString::fromLatin1(want.left(200).toPercentEncoding()));
            return false;
        }
        from = to;
    }
    if (real.finish() != reference.finish()) {
        *why = QStringLiteral("finish() differs");
        return false;
    }
    if (real.contentBytes() != reference.contentBytes() || real.wireBytes() != reference.wireBytes()
        || real.sawEightBit() != reference.sawEightBit()) {
        *why = QStringLiteral("counters differ: content %1/%2, wire %3/%4, 8-bit %5/%6")
                   .arg(real.contentBytes())
                   .arg(reference.contentBytes())
                   .arg(real.wireBytes())
                   .arg(reference.wireBytes())
                   .arg(real.sawEightBit())
                   .arg(reference.sawEightBit());
        return false;
    }
    return true;
}
}  // namespace

class TestDotStuffer : public QObject
{
    Q_OBJECT

private slots:
    void stuffing_data();
    void stuffing();
    void everySplitPoint();
    void normalisedMode();
    void measureMatchesStream();
    void acrossBoundaries_data();
    void acrossBoundaries();
    void randomAgainstReference_data();
    void randomAgainstReference();
};

void TestDotStuffer::stuffing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qint64>("contentBytes");

    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n") << qint64(0);
    QTest::newRow("one line no newline") << QByteArray("hi") << QByteArray("hi\r\n.\r\n") << qint64(4);
    QTest::newRow("one line CRLF") << QByteArray("hi\r\n") << QByteArray("hi\r\n.\r\n") << qint64(4);
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n") << qint64(6);
    QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n.\r\n") << qint64(6);
    QTest::newRow("CR at end") << QByteArray("a\r") << QByteArray("a\r\n.\r\n") << qint64(3);
    QTest::newRow("leading dot") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n") << qint64(9);
    QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n")
                                   << qint64(9);
    QTest::newRow("dot first byte") << QByteArray(".") << QByteArray("..\r\n.\r\n") << qint64(3);
    QTest::newRow("dots mid-line untouched") << QByteArray("a.b..c\n") << QByteArray("a.b..c\r\n.\r\n")
                                             << qint64(8);
    QTest::newRow("double dot line") << QByteArray("..\n") << QByteArray("...\r\n.\r\n") << qint64(4);
    QTest::newRow("blank lines") << QByteArray("\n\n") << QByteArray("\r\n\r\n.\r\n") << qint64(4);
    QTest::newRow("CRCRLF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n") << qint64(8);
    QTest::newRow("dot after bare CR") << QByteArray("a\r.b") << QByteArray("a\r\n..b\r\n.\r\n") << qint64(7);
}

void TestDotStuffer::stuffing()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    QFETCH(qint64, contentBytes);
    DotStuffer stuffer;
    // Two statements: the order of evaluation of "a + b" is unspecified.
    QByteArray out = stuffer.process(input);
    out += stuffer.finish();
    QCOMPARE(out, wire);
    QCOMPARE(stuffer.contentBytes(), contentBytes);
    QCOMPARE(stuffer.wireBytes(), qint64(wire.size()));
}

void TestDotStuffer::everySplitPoint()
{
    // State must carry across chunks: CR|LF, and a dot at a chunk start.
    const QByteArray input = "From: a\r\n.\r\n..x\n\r.y\rz\r\n.";
    DotStuffer whole;
    QByteArray expected = whole.process(input);
    expected += whole.finish();
    for (int i = 0; i <= input.size(); ++i) {
        for (int j = i; j <= input.size(); ++j) {
            DotStuffer s;
            QByteArray out = s.process(input.left(i));
            out += s.process(input.mid(i, j - i));
            out += s.process(input.mid(j));
            out += s.finish();
            QVERIFY2(out == expected, qPrintable(QStringLiteral("split at %1/%2").arg(i).arg(j)));
        }
    }
}

void TestDotStuffer::normalisedMode()
{
    DotStuffer s(DotStuffer::Mode::Normalised);
    QByteArray out = s.process(".a\n.");
    out += s.finish();
    QCOMPARE(out, QByteArray(".a\r\n.\r\n"));
}

void TestDotStuffer::measureMatchesStream()
{
    QByteArray input;
    for (int i = 0; i < 50000; ++i)
        input += (i % 7 == 0 ? "." : "") + QByteArray::number(i) + (i % 3 ? "\n" : "\r\n");
    input += "\xc3\xa9t\xc3\xa9";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const DotStuffer::Measurement m = DotStuffer::measure(&buffer);
    QVERIFY(m.ok);
    QVERIFY(m.eightBit);
    DotStuffer s;
    QByteArray wire = s.process(input);
    wire += s.finish();
    QCOMPARE(m.wireSize, qint64(wire.size()));
    QCOMPARE(m.messageSize, s.contentBytes());
    QVERIFY(m.messageSize < m.wireSize);
}

void TestDotStuffer::acrossBoundaries_data()
{
    // Each row: input and where process() calls split it.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qsizetype>>("cuts");
    QTest::newRow("CR | LF") << QByteArray("ab\r\ncd") << QList<qsizetype>{3};
    QTest::newRow("CR | LF, whole pieces") << QByteArray("ab\r\ncd\r\nef") << QList<qsizetype>{3, 7};
    QTest::newRow("CR | CR LF") << QByteArray("a\r\r\nb") << QList<qsizetype>{2};
    QTest::newRow("CR | dot") << QByteArray("a\r.b") << QList<qsizetype>{2};
    QTest::newRow("CRLF | dot") << QByteArray("a\r\n.b\r\n") << QList<qsizetype>{3};
    QTest::newRow("CR | LF dot") << QByteArray("a\r\n.b") << QList<qsizetype>{2};
    QTest::newRow("LF | dot dot") << QByteArray("a\n..\n") << QList<qsizetype>{2};
    QTest::newRow("dot | dot at start") << QByteArray("..x") << QList<qsizetype>{1};
    QTest::newRow("bare LF | bare CR") << QByteArray("a\n\rb") << QList<qsizetype>{2};
    QTest::newRow("bare CR at end of every piece") << QByteArray("a\rb\rc\r") << QList<qsizetype>{2, 4, 6};
    QTest::newRow("one byte pieces") << QByteArray("\r\n.\r.\n\xe9\r") << QList<qsizetype>{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("8-bit | text") << QByteArray("\xc3\xa9t\xc3\xa9") << QList<qsizetype>{1, 4};
    QTest::newRow("empty pieces") << QByteArray("a\r\n.") << QList<qsizetype>{0, 2, 2, 3, 3};
}

void TestDotStuffer::acrossBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qsizetype>, cuts);
    for (const DotStuffer::Mode mode : {DotStuffer::Mode::DotStuffed, DotStuffer::Mode::Normalised}) {
        QString why;
        QVERIFY2(sameAsReference(mode, input, cuts, &why), qPrintable(why));
    }
}

void TestDotStuffer::randomAgainstReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxPiece");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("small pieces, seed %u", seed) << seed << 4000 << 16;
    for (quint32 seed = 41; seed <= 50; ++seed)
        QTest::addRow("large pieces, seed %u", seed) << seed << 300000 << 70000;
}

void TestDotStuffer::randomAgainstReference()
{
    QFETCH(quint32, seed);
    QFETCH(int, size);
    QFETCH(int, maxPiece);
    QRandomGenerator random(seed);
    const QByteArray input = stamp::test::trickyBytes(random, size);
    QList<qsizetype> cuts;
    for (qsizetype at = 0;;) {
        at += random.bounded(maxPiece + 1);
        if (at >= input.size())
            break;
        cuts << at;
    }
    for (const DotStuffer::Mode mode : {DotStuffer::Mode::DotStuffed, DotStuffer::Mode::Normalised}) {
        QString why;
        QVERIFY2(sameAsReference(mode, input, cuts, &why), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestDotStuffer)
#include "tst_dotstuffer.moc"
