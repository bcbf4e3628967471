// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A 1 GiB attachment (a sparse file, so the test needs no disk space):
// MessageWriter streams it in chunks, so peak memory stays flat, and the
// size it announces before writing (for SIZE=) is exactly what it writes.
// Checked in this process and through `stamp render`, as a user runs it.

#include "Peers.h"
#include "mime/MessageWriter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace stamp;

class TestMimeLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writerKeepsMemoryFlat();
    void renderCommandKeepsMemoryFlat();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {
constexpr qint64 kSize = qint64(1) << 30; // 1 GiB
constexpr qint64 kMiB = 1024 * 1024;
// Far below the attachment, far above what a few chunks need: holding even
// a tenth of the file would break it.
constexpr qint64 kAllowedGrowth = 48 * kMiB;

// The high-water mark of this process's resident memory (Linux).
qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Counts and checks what the writer produces, keeping nothing: CRLF only,
// no line over 78 octets. Independent of the writer's own counting.
class CheckingDevice : public QIODevice
{
public:
    qint64 bytes = 0;
    qint64 longestLine = 0;
    qint64 bareLineEnds = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        for (qint64 i = 0; i < size; ++i) {
            const char c = data[i];
            if (m_cr && c != '\n')
                ++bareLineEnds; // CR without LF
            if (c == '\n') {
                bareLineEnds += !m_cr;
                longestLine = qMax(longestLine, m_line - 1); // without its CR
                m_line = 0;
            } else {
                ++m_line;
            }
            m_cr = c == '\r';
        }
        bytes += size;
        return size;
    }

private:
    qint64 m_line = 0;
    bool m_cr = false;
};

Message largeMessage(const QString &path)
{
    Message m;
    m.from = Address::fromText(QStringLiteral("ann@example.com"));
    m.to = AddressList::parse(QStringLiteral("bob@example.org"));
    m.subject = QStringLiteral("One gibibyte");
    m.textBody = QStringLiteral("The disk image is attached.");
    m.attachments.append({ path, {}, {} });
    return m;
}
} // namespace

void TestMimeLarge::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("peak memory is read from /proc (Linux)");
#endif
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("disk image.iso"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(kSize)); // sparse: no blocks are written
    file.close();
    QCOMPARE(QFileInfo(m_path).size(), kSize);
}

void TestMimeLarge::writerKeepsMemoryFlat()
{
    const qint64 before = peakRss();
    QVERIFY(before > 0);
    MessageWriter writer(largeMessage(m_path));
    QVERIFY(writer.prepare());
    const qint64 announced = writer.size();
    CheckingDevice device;
    device.open(QIODevice::WriteOnly);
    QVERIFY2(writer.write(&device), qPrintable(writer.errorString()));
    const qint64 after = peakRss();
    qInfo("1 GiB attachment: %lld octets written, %lld announced; peak RSS %lld MiB before, %lld MiB after",
        device.bytes, announced, before / kMiB, after / kMiB);
    QCOMPARE(device.bytes, announced);
    // base64: 76 characters + CRLF for every 57 octets (RFC 2045 §6.8).
    QVERIFY(device.bytes > (kSize + 56) / 57 * 78);
    QCOMPARE(device.bareLineEnds, 0);
    QVERIFY(device.longestLine <= 78);
    QVERIFY2(after - before < kAllowedGrowth, "peak memory grew with the attachment");
}

void TestMimeLarge::renderCommandKeepsMemoryFlat()
{
    // The child's peak resident memory comes back through getrusage()
    // once it has been waited for; this test starts no other child.
    QProcess render;
    render.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    render.start(QStringLiteral(STAMP_CLI),
        { QStringLiteral("render"), QStringLiteral("--from"), QStringLiteral("ann@example.com"),
            QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
            QStringLiteral("One gibibyte"), QStringLiteral("--body"),
            QStringLiteral("The disk image is attached."), QStringLiteral("--attach"), m_path });
    QVERIFY(render.waitForStarted());
    qint64 received = 0;
    while (render.state() != QProcess::NotRunning || render.bytesAvailable() > 0) {
        render.waitForReadyRead(1000);
        received += render.readAll().size(); // read and dropped: our own memory stays flat too
    }
    QCOMPARE(render.exitStatus(), QProcess::NormalExit);
    QCOMPARE(render.exitCode(), 0);
    rusage usage {};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    const qint64 childPeak = qint64(usage.ru_maxrss) * 1024;
    qInfo("stamp render: %lld octets on standard output, peak RSS %lld MiB", received, childPeak / kMiB);

    // The same message written in this process has the same size: only
    // the Date, Message-ID and boundaries differ, and they have fixed lengths.
    MessageWriter writer(largeMessage(m_path));
    QCOMPARE(received, writer.size());
    QVERIFY(childPeak > kMiB); // the child was measured at all
    // 64 MiB for the product; AddressSanitizer's shadow memory and
    // quarantine are not the product's: its build gets half as much again.
#if defined(STAMP_SANITIZED_BUILD) || defined(__SANITIZE_ADDRESS__)
    constexpr qint64 kBound = 96 * kMiB;
#else
    constexpr qint64 kBound = 64 * kMiB;
#endif
    QVERIFY2(childPeak < kBound, "stamp render's peak memory grew with the attachment");
}

QTEST_GUILESS_MAIN(TestMimeLarge)
#include "tst_mime_large.moc"
