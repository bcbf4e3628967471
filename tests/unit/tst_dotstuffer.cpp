#include "smtp/DotStuffer.h"

#include <QBuffer>
#include <QTest>

using stamp::DotStuffer;

class TestDotStuffer : public QObject
{
    Q_OBJECT

private slots:
    void stuffing_data();
    void stuffing();
    void everySplitPoint();
    void normalisedMode();
    void measureMatchesStream();
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

QTEST_GUILESS_MAIN(TestDotStuffer)
#include "tst_dotstuffer.moc"
