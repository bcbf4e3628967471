// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outbox/DraftStore.h"
#include "outbox/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using stamp::Draft;
using stamp::DraftStore;
using stamp::Template;
using stamp::TemplateStore;

class TestTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void saveListLoad();
    void namesAreUniqueRegardlessOfCase();
    void replaceOnlyWhenAsked();
    void renameAndDelete();
    void badNamesRefused();
    void unreadableFilesSkipped();
    void draftFileIsATemplate();
    void missingAttachmentsNamed();

private:
    static Template make(const QString &name, const QString &subject = QStringLiteral("Weekly report"));
};

Template TestTemplateStore::make(const QString &name, const QString &subject)
{
    Template t;
    t.name = name;
    t.accountId = QStringLiteral("acc-1");
    t.content.from = QStringLiteral("Ann <ann@example.com>");
    t.content.to = QStringLiteral("team@example.com");
    t.content.cc = QStringLiteral("boss@example.com");
    t.content.subject = subject;
    t.content.text = QStringLiteral("Hello,\n\nthis week:\n");
    t.content.attachments = {QStringLiteral("/tmp/report.pdf")};
    return t;
}

void TestTemplateStore::saveListLoad()
{
    QTemporaryDir dir;
    TemplateStore store(dir.filePath(QStringLiteral("templates")));
    QVERIFY(store.list().isEmpty());
    Template weekly = make(QStringLiteral("  Weekly  "));
    QCOMPARE(store.save(weekly), QString());
    QCOMPARE(weekly.name, QStringLiteral("Weekly"));  // trimmed
    QVERIFY(!weekly.content.id.isEmpty());
    Template another = make(QStringLiteral("another"), QStringLiteral("Other"));
    QCOMPARE(store.save(another), QString());

    const QList<Template> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("another"));  // by name, not by time
    QCOMPARE(all.at(1).name, QStringLiteral("Weekly"));
    const std::optional<Template> loaded = store.find(QStringLiteral("weekly"));
    QVERIFY(loaded);
    QCOMPARE(loaded->accountId, QStringLiteral("acc-1"));
    QCOMPARE(loaded->content.from, weekly.content.from);
    QCOMPARE(loaded->content.to, weekly.content.to);
    QCOMPARE(loaded->content.cc, weekly.content.cc);
    QCOMPARE(loaded->content.subject, weekly.content.subject);
    QCOMPARE(loaded->content.text, weekly.content.text);
    QCOMPARE(loaded->content.attachments, weekly.content.attachments);
    QVERIFY(!store.find(QStringLiteral("nothing")));
    // Stored like drafts: one JSON file per template, named by its id.
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("templates/") + weekly.content.id + QStringLiteral(".json"))));
}

void TestTemplateStore::namesAreUniqueRegardlessOfCase()
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    Template first = make(QStringLiteral("Straße"));
    QCOMPARE(store.save(first), QString());
    Template second = make(QStringLiteral("STRASSE"), QStringLiteral("second"));
    const QString refused = store.save(second);
    QVERIFY2(refused.contains(QStringLiteral("Straße")), qPrintable(refused));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.find(QStringLiteral("strasse"))->content.subject, QStringLiteral("Weekly report"));
    // Saving the same template again (its own id) is no clash.
    first.content.text = QStringLiteral("changed");
    QCOMPARE(store.save(first), QString());
    QCOMPARE(store.list().size(), 1);
}

void TestTemplateStore::replaceOnlyWhenAsked()
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    Template first = make(QStringLiteral("Weekly"));
    QCOMPARE(store.save(first), QString());
    Template newer = make(QStringLiteral("weekly"), QStringLiteral("newer"));
    QVERIFY(!store.save(newer, TemplateStore::Existing::Keep).isEmpty());
    QCOMPARE(store.find(QStringLiteral("Weekly"))->content.subject, QStringLiteral("Weekly report"));
    QCOMPARE(store.save(newer, TemplateStore::Existing::Replace), QString());
    QCOMPARE(newer.content.id, first.content.id);  // took its place
    const QList<Template> all = store.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("weekly"));
    QCOMPARE(all.first().content.subject, QStringLiteral("newer"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestTemplateStore::renameAndDelete()
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    Template a = make(QStringLiteral("A"));
    Template b = make(QStringLiteral("B"));
    QCOMPARE(store.save(a), QString());
    QCOMPARE(store.save(b), QString());
    QVERIFY(!store.rename(QStringLiteral("a"), QStringLiteral("b")).isEmpty());  // taken
    QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("C")).isEmpty());
    QCOMPARE(store.rename(QStringLiteral("a"), QStringLiteral("a")), QString());  // its own name, new case
    QCOMPARE(store.rename(QStringLiteral("A"), QStringLiteral("Monthly")), QString());
    QVERIFY(!store.find(QStringLiteral("A")));
    QCOMPARE(store.find(QStringLiteral("monthly"))->content.id, a.content.id);  // the same file, renamed
    QCOMPARE(store.remove(QStringLiteral("MONTHLY")), QString());
    QVERIFY(!store.remove(QStringLiteral("Monthly")).isEmpty());
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().first().name, QStringLiteral("B"));
}

void TestTemplateStore::badNamesRefused()
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    for (const QString &name : {QString(), QStringLiteral("   "), QStringLiteral("two\nlines"), QString(201, QLatin1Char('x'))}) {
        Template t = make(name);
        QVERIFY2(!store.save(t).isEmpty(), qPrintable(name));
    }
    QVERIFY(store.list().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestTemplateStore::unreadableFilesSkipped()
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    Template good = make(QStringLiteral("Good"));
    QCOMPARE(store.save(good), QString());
    const QString broken = dir.filePath(QStringLiteral("00000000-0000-0000-0000-000000000001.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ torn");
    file.close();
    QStringList unreadable;
    const QList<Template> all = store.list(&unreadable);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("Good"));
    QCOMPARE(unreadable, QStringList{broken});
    QVERIFY(QFile::exists(broken));  // left as it is
}

void TestTemplateStore::draftFileIsATemplate()
{
    // The files are drafts' files plus two keys: a template file reads as a
    // draft, and a draft's file placed among templates is one, named by its
    // subject.
    QTemporaryDir dir;
    DraftStore drafts(dir.path());
    Draft draft;
    draft.to = QStringLiteral("ann@example.com");
    draft.subject = QStringLiteral("From a draft");
    draft.text = QStringLiteral("text");
    QCOMPARE(drafts.save(draft), QString());
    TemplateStore store(dir.path());
    const std::optional<Template> found = store.find(QStringLiteral("from a draft"));
    QVERIFY(found);
    QCOMPARE(found->content.to, draft.to);
    QVERIFY(found->accountId.isEmpty());

    Template t = make(QStringLiteral("Named"));
    QCOMPARE(store.save(t), QString());
    const std::optional<Draft> asDraft = drafts.load(t.content.id);
    QVERIFY(asDraft);
    QCOMPARE(asDraft->subject, t.content.subject);
    QFile file(dir.filePath(t.content.id + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Named"));
    QCOMPARE(json.value(QStringLiteral("account")).toString(), QStringLiteral("acc-1"));
    QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("Weekly report"));
}

void TestTemplateStore::missingAttachmentsNamed()
{
    QTemporaryDir dir;
    const QString present = dir.filePath(QStringLiteral("present.txt"));
    QFile file(present);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("here");
    file.close();
    Template t = make(QStringLiteral("T"));
    const QString gone = dir.filePath(QStringLiteral("gone.pdf"));
    t.content.attachments = {present, gone};
    QCOMPARE(t.missingAttachments(), QStringList{gone});
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
