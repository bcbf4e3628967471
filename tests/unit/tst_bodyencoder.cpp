// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReferenceDotStuffer.h"
#include "smtp/BodyEncoder.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using stamp::BodyEncoder;

namespace {
struct Encoded
{
    QList<QByteArray> commands;
    QByteArray wire;
    bool error = false;
};

Encoded encodeAll(QByteArray content, BodyEncoder::Framing framing, qint64 chunk, qint64 slice)
{
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    BodyEncoder encoder(&buffer, framing, chunk);
    Encoded out;
    for (int guard = 0; guard < 100000; ++guard) {
        const BodyEncoder::Piece piece = encoder.next(slice);
        if (piece.error) {
            out.error = true;
            break;
        }
        if (!piece.command.isEmpty())
            out.commands << piece.command;
        out.wire += piece.bytes;
        if (piece.last)
            break;
    }
    return out;
}

// Reads "BDAT n [LAST]\r\n" + n octets repeatedly and returns the content.
QByteArray unchunk(const QByteArray &wire, int *chunks, bool *sawLast)
{
    QByteArray content;
    qsizetype pos = 0;
    *chunks = 0;
    *sawLast = false;
    while (pos < wire.size()) {
        const qsizetype eol = wire.indexOf("\r\n", pos);
        const QList<QByteArray> parts = wire.mid(pos, eol - pos).split(' ');
        if (parts.value(0) != "BDAT")
            return "<bad framing>";
        const qsizetype n = parts.value(1).toLongLong();
        *sawLast = parts.value(2) == "LAST";
        content += wire.mid(eol + 2, n);
        pos = eol + 2 + n;
        ++*chunks;
    }
    return content;
}
}  // namespace

class TestBodyEncoder : public QObject
{
    Q_OBJECT

private slots:
    void dataFraming();
    void bdatSingleChunk();
    void bdatEmptyMessage();
    void bdatExactChunkSizes_data();
    void bdatExactChunkSizes();
    void randomAgainstReference_data();
    void randomAgainstReference();
};

void TestBodyEncoder::dataFraming()
{
    const Encoded e = encodeAll("a\n.b\nc", BodyEncoder::Framing::Data, 0, 2);
    QVERIFY(!e.error);
    QVERIFY(e.commands.isEmpty());
    QCOMPARE(e.wire, QByteArray("a\r\n..b\r\nc\r\n.\r\n"));
}

void TestBodyEncoder::bdatSingleChunk()
{
    const Encoded e = encodeAll(".a\nb", BodyEncoder::Framing::Bdat, 1024, 64);
    QCOMPARE(e.commands, QList<QByteArray>{"BDAT 7 LAST"});
    // No dot-stuffing and no terminator with BDAT (RFC 3030 §2).
    QCOMPARE(e.wire, QByteArray("BDAT 7 LAST\r\n.a\r\nb\r\n"));
}

void TestBodyEncoder::bdatEmptyMessage()
{
    const Encoded e = encodeAll(QByteArray(), BodyEncoder::Framing::Bdat, 1024, 64);
    QCOMPARE(e.wire, QByteArray("BDAT 0 LAST\r\n"));
}

void TestBodyEncoder::bdatExactChunkSizes_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<qint64>("slice");
    QTest::newRow("many chunks, small slices") << 5000 << qint64(4096) << qint64(1000);
    QTest::newRow("slices larger than chunks") << 3000 << qint64(1000) << qint64(65536);
    QTest::newRow("one byte chunks") << 20 << qint64(1) << qint64(3);
}

void TestBodyEncoder::bdatExactChunkSizes()
{
    QFETCH(int, lines);
    QFETCH(qint64, chunk);
    QFETCH(qint64, slice);
    QByteArray content;
    for (int i = 0; i < lines; ++i)
        content += QByteArray::number(i) + (i % 2 ? "\n" : "\r\n");
    QByteArray expected = content;
    expected.replace("\r\n", "\n").replace("\n", "\r\n");
    const Encoded e = encodeAll(content, BodyEncoder::Framing::Bdat, chunk, slice);
    QVERIFY(!e.error);
    int chunks = 0;
    bool sawLast = false;
    // Every BDAT size is exact, content reassembles byte for byte, and only
    // the final chunk says LAST.
    QCOMPARE(unchunk(e.wire, &chunks, &sawLast), expected);
    QVERIFY(sawLast);
    QCOMPARE(chunks, e.commands.size());
    for (int i = 0; i < e.commands.size() - 1; ++i)
        QVERIFY(!e.commands.at(i).endsWith("LAST"));
    // A chunk may pass its target by the CRLF that normalisation adds.
    QVERIFY(chunks >= expected.size() / (chunk + 2));
}

void TestBodyEncoder::randomAgainstReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<qint64>("slice");
    // Chunk and read boundaries (64 KiB) land on CR|LF, on a dot at a line
    // start and inside 8-bit runs at random.
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("tiny chunks, seed %u", seed) << seed << 3000 << qint64(1 + seed % 5) << qint64(2);
    for (quint32 seed = 13; seed <= 20; ++seed)
        QTest::addRow("odd chunks, seed %u", seed) << seed << 200000 << qint64(4093 + seed) << qint64(1000);
    for (quint32 seed = 21; seed <= 24; ++seed)
        QTest::addRow("1 MiB chunks, seed %u", seed) << seed << 3 * 1024 * 1024 + 7 << qint64(1024 * 1024)
                                                    << qint64(64 * 1024);
}

void TestBodyEncoder::randomAgainstReference()
{
    QFETCH(quint32, seed);
    QFETCH(int, size);
    QFETCH(qint64, chunk);
    QFETCH(qint64, slice);
    QRandomGenerator random(seed);
    const QByteArray content = stamp::test::trickyBytes(random, size);

    stamp::test::ReferenceDotStuffer normalise(false);
    QByteArray normalised = normalise.process(content);
    normalised += normalise.finish();
    const Encoded bdat = encodeAll(content, BodyEncoder::Framing::Bdat, chunk, slice);
    QVERIFY(!bdat.error);
    int chunks = 0;
    bool sawLast = false;
    QVERIFY(unchunk(bdat.wire, &chunks, &sawLast) == normalised);
    QVERIFY(sawLast);
    QCOMPARE(chunks, bdat.commands.size());

    stamp::test::ReferenceDotStuffer stuff(true);
    QByteArray stuffed = stuff.process(content);
    stuffed += stuff.finish();
    const Encoded data = encodeAll(content, BodyEncoder::Framing::Data, chunk, slice);
    QVERIFY(!data.error);
    QVERIFY(data.wire == stuffed);
}

QTEST_GUILESS_MAIN(TestBodyEncoder)
#include "tst_bodyencoder.moc"
