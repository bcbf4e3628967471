// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outbox/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using stamp::Draft;
using stamp::DraftStore;

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void saveLoadUpdateRemove();
    void newestFirstAndBrokenFilesSkipped();
    void refusesForeignIds();
};

void TestDraftStore::saveLoadUpdateRemove()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    Draft draft;
    draft.to = QStringLiteral("Ann <ann@example.com>");
    draft.subject = QStringLiteral("Grüße");
    draft.text = QStringLiteral("line one\nline two");
    draft.attachments = {QStringLiteral("/tmp/report.pdf")};
    QVERIFY(!draft.isEmpty());
    QCOMPARE(store.save(draft), QString());
    QVERIFY(!draft.id.isEmpty());
    const std::optional<Draft> loaded = store.load(draft.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->to, draft.to);
    QCOMPARE(loaded->subject, draft.subject);
    QCOMPARE(loaded->text, draft.text);
    QCOMPARE(loaded->attachments, draft.attachments);

    draft.text += QStringLiteral("\nline three");
    const QString id = draft.id;
    QCOMPARE(store.save(draft), QString());
    QCOMPARE(draft.id, id);  // the same draft, updated in place
    QCOMPARE(store.list().size(), 1);
    QVERIFY(store.load(id)->text.endsWith(QStringLiteral("line three")));
    QVERIFY(store.remove(id));
    QVERIFY(store.list().isEmpty());
}

void TestDraftStore::newestFirstAndBrokenFilesSkipped()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    Draft first;
    first.subject = QStringLiteral("first");
    store.save(first);
    QTest::qWait(5);
    Draft second;
    second.subject = QStringLiteral("second");
    store.save(second);
    QFile broken(QDir(dir.path()).filePath(QStringLiteral("00000000-0000-0000-0000-000000000000.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const QList<Draft> drafts = store.list();
    QCOMPARE(drafts.size(), 2);
    QCOMPARE(drafts.at(0).subject, QStringLiteral("second"));
}

void TestDraftStore::refusesForeignIds()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(!store.load(QStringLiteral("../../etc/passwd")));
    QVERIFY(!store.remove(QStringLiteral("../x")));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
