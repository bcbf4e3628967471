// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Drafts survive kill -9: a helper process (tests/support/helpers) saves
// drafts through DraftStore in a loop and is killed with SIGKILL at random
// moments, again and again. After every kill each draft file must be
// readable and hold a complete version: the last one the helper reported
// as saved, or the one it was writing (DurableFile: temporary file, fsync,
// rename, fsync of the folder). Never a torn file, never a lost draft.

#include "DraftPattern.h"
#include "outbox/DraftStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
constexpr int kDrafts = 4;
constexpr int kKills = 30;
constexpr qint64 kBudgetMs = 20 * 1000;
}  // namespace

class TestDraftsCrash : public QObject
{
    Q_OBJECT

private slots:
    void killWhileSaving();
};

void TestDraftsCrash::killWhileSaving()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DraftStore store(dir.path());
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QList<int> acknowledged(kDrafts, 0);  // the last version reported saved
    int kills = 0;
    int saves = 0;
    int inFlight = 0;  // kills that caught a save in progress and it landed
    QElapsedTimer budget;
    budget.start();
    while (kills < kKills && budget.elapsed() < kBudgetMs) {
        // A save the last writer finished but was killed before reporting
        // is where the next writer starts (it reads the drafts first), so
        // it counts as acknowledged from here on. Without this, two kills
        // in a row that each caught one unreported save looked like a
        // draft two versions ahead.
        for (int i = 0; i < kDrafts; ++i) {
            if (const std::optional<Draft> draft = store.load(test::draftId(i)))
                acknowledged[i] = qMax(acknowledged[i], draft->subject.section(QLatin1Char(' '), 1).toInt());
        }
        QProcess writer;
        writer.start(QStringLiteral(STAMP_DRAFT_WRITER), {dir.path(), QString::number(kDrafts)});
        QVERIFY(writer.waitForStarted(5000));
        // The kill falls while the helper saves, not while it starts up
        // (which takes longer than the whole kill window in a sanitized
        // build on a busy machine): its first acknowledged save opens the
        // window.
        QVERIFY(writer.waitForReadyRead(15000));
        QTest::qSleep(int(5 + random.bounded(150)));
        writer.kill();  // SIGKILL: no destructor, no cleanup, mid-write or not
        QVERIFY(writer.waitForFinished(5000));
        ++kills;
        const QByteArray err = writer.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue;  // the last line may be cut by the kill: that save is "in flight"
            const int index = parts.at(0).toInt();
            const int version = parts.at(1).toInt();
            QVERIFY(index >= 0 && index < kDrafts);
            QVERIFY2(version > acknowledged[index], "a version went backwards");
            acknowledged[index] = version;
            ++saves;
        }
        // Every draft ever saved is there, complete, at the acknowledged
        // version or the next (written, but killed before it could say so).
        for (int i = 0; i < kDrafts; ++i) {
            const std::optional<Draft> draft = store.load(test::draftId(i));
            if (acknowledged[i] == 0) {
                QVERIFY(!draft || draft->subject == test::draftSubject(1));
                continue;
            }
            QVERIFY2(draft, qPrintable(QStringLiteral("draft %1 is unreadable after kill %2").arg(i).arg(kills)));
            const int version = draft->subject.section(QLatin1Char(' '), 1).toInt();
            QVERIFY2(version == acknowledged[i] || version == acknowledged[i] + 1,
                     qPrintable(QStringLiteral("draft %1 has version %2, acknowledged %3")
                                    .arg(i)
                                    .arg(version)
                                    .arg(acknowledged[i])));
            QVERIFY2(draft->text == test::draftText(i, version),
                     qPrintable(QStringLiteral("draft %1 version %2 is torn").arg(i).arg(version)));
            if (version != acknowledged[i]) {
                ++inFlight;
                acknowledged[i] = version;  // the next run continues from it
            }
        }
    }
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    const int leftovers = int(files.size()) - kDrafts;
    qInfo("%d kills in %lld ms, %d saves acknowledged, %d kills landed between a save and its "
          "acknowledgement, %d temporary files left behind",
          kills, budget.elapsed(), saves, inFlight, leftovers);
    QCOMPARE(kills, kKills);
    QVERIFY2(saves > kKills, "the helper hardly saved anything: the kills did not fall during saves");
    QCOMPARE(store.list().size(), kDrafts);
}

QTEST_GUILESS_MAIN(TestDraftsCrash)
#include "tst_drafts_crash.moc"
