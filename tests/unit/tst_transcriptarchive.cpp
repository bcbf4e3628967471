// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outbox/TranscriptArchive.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using stamp::TranscriptArchive;
using stamp::TranscriptEvent;

namespace {
QList<TranscriptEvent> conversation(const QString &marker)
{
    TranscriptEvent a;
    a.time = QDateTime::currentDateTimeUtc();
    a.kind = TranscriptEvent::Kind::Client;
    a.text = QStringLiteral("MAIL FROM:<%1@example.com>").arg(marker);
    TranscriptEvent b = a;
    b.kind = TranscriptEvent::Kind::Server;
    b.text = QStringLiteral("250 2.1.0 Ok");
    return {a, b};
}
}  // namespace

class TestTranscriptArchive : public QObject
{
    Q_OBJECT

private slots:
    void saveListLoad();
    void keepsOnlyTheNewest();
    void titleCannotBreakTheFile();
    void refusesPathsOutsideTheFolder();
};

void TestTranscriptArchive::saveListLoad()
{
    QTemporaryDir dir;
    TranscriptArchive archive(dir.filePath(QStringLiteral("transcripts")));
    const QString id = archive.save(QStringLiteral("Hello - sent"), conversation(QStringLiteral("one")));
    QVERIFY(!id.isEmpty());
    const QList<TranscriptArchive::Entry> entries = archive.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, id);
    QCOMPARE(entries.first().title, QStringLiteral("Hello - sent"));
    QVERIFY(entries.first().savedAt.isValid());
    const QString text = archive.load(id);
    QVERIFY(text.contains(QStringLiteral("C: MAIL FROM:<one@example.com>")));
    QVERIFY(text.contains(QStringLiteral("S: 250 2.1.0 Ok")));
}

void TestTranscriptArchive::keepsOnlyTheNewest()
{
    QTemporaryDir dir;
    TranscriptArchive archive(dir.path(), 3);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << archive.save(QStringLiteral("send %1").arg(i), conversation(QString::number(i)));
        QTest::qWait(2);  // distinct millisecond stamps keep the order obvious
    }
    const QList<TranscriptArchive::Entry> entries = archive.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).title, QStringLiteral("send 4"));  // newest first
    QCOMPARE(entries.at(2).title, QStringLiteral("send 2"));
    QVERIFY(archive.load(ids.first()).isEmpty());
}

void TestTranscriptArchive::titleCannotBreakTheFile()
{
    QTemporaryDir dir;
    TranscriptArchive archive(dir.path());
    const QString id = archive.save(QStringLiteral("two\nlines"), conversation(QStringLiteral("x")));
    QCOMPARE(archive.entries().first().title, QStringLiteral("two lines"));
    QVERIFY(archive.load(id).startsWith(QStringLiteral("20")));  // first event line, not the title
}

void TestTranscriptArchive::refusesPathsOutsideTheFolder()
{
    QTemporaryDir dir;
    TranscriptArchive archive(dir.filePath(QStringLiteral("inner")));
    QVERIFY(archive.load(QStringLiteral("../secret")).isEmpty());
    QVERIFY(archive.load(QStringLiteral("a/b")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTranscriptArchive)
#include "tst_transcriptarchive.moc"
