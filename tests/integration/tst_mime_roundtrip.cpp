// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Messages written by MessageWriter, read back by two MIME parsers that
// share no code with ours or with each other: Python's `email` package
// (policy.default) and GMime 3 (Evolution, mu, notmuch), through the
// scripts in tests/support. A corpus of names, subjects and file names in
// many scripts, bodies of every kind and awkward attachments must come
// back exactly as composed, with Bcc nowhere and no line over 998 octets.

#include "MimeCheck.h"
#include "Peers.h"
#include "mime/MessageWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestMimeRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pythonEmail();
    void gmime();
    void renderCommand();

private:
    QString file(const QString &name, const QByteArray &content);
    void addCase(const QString &name, const Message &message, MessageWriter::Options options = {});
    QString writeManifest(const QJsonArray &cases, const QString &name);

    QTemporaryDir m_dir;
    QJsonArray m_cases;
};

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");

Message base(const QString &from, const QString &to)
{
    Message m;
    m.from = Address::fromText(from);
    m.to = AddressList::parse(to);
    m.bcc = AddressList::parse(QStringLiteral("Hidden Person <bcc-secret@hidden.example>"));
    return m;
}
} // namespace

QString TestMimeRoundTrip::file(const QString &name, const QByteArray &content)
{
    QDir(m_dir.path()).mkpath(QStringLiteral("files"));
    const QString path = m_dir.filePath(QStringLiteral("files/") + name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMimeRoundTrip::addCase(const QString &name, const Message &message, MessageWriter::Options options)
{
    MessageWriter writer(message, options);
    if (!writer.prepare())
        QFAIL(qPrintable(name + QStringLiteral(": ") + writer.errors().join(QLatin1Char(' '))));
    const QString eml = m_dir.filePath(name + QStringLiteral(".eml"));
    QFile out(eml);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const qint64 size = writer.size();
    QVERIFY2(writer.write(&out), qPrintable(writer.errorString()));
    out.close();
    QCOMPARE(QFileInfo(eml).size(), size);
    m_cases.append(
        test::mimeCase(name, eml, test::mimeExpectation(message, options.utf8Headers || options.eightBit)));
}

void TestMimeRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("STAMP_KEEP_MIME_CORPUS"))
        m_dir.setAutoRemove(false); // to read what was written
    qInfo("corpus in %s", qPrintable(m_dir.path()));
    QVERIFY2(QFile::exists(kPython), "python3 is needed for the round trip (packaging/linux/deps.sh test)");

    Message latin = base(QStringLiteral("José Müller <jose@example.com>"),
        QStringLiteral("Zoë Ångström <zoe@example.org>, \"Lee, Ann\" <ann@example.net>"));
    latin.cc = AddressList::parse(QStringLiteral("François Œuvre <f@example.fr>"));
    latin.replyTo = AddressList::parse(QStringLiteral("Équipe <team@example.com>"));
    latin.subject = QStringLiteral("Grüße aus Köln — café crème, naïve façade");
    latin.textBody = QStringLiteral("Liebe Zoë,\n\nanbei der Lebenslauf. Schöne Grüße!\n");
    latin.attachments.append(
        { file(QStringLiteral("Résumé – final.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), {}, {} });
    latin.extraHeaders.append({ QStringLiteral("X-Note"), QStringLiteral("Ça va très bien") });
    latin.priority = Message::Priority::High;
    addCase(QStringLiteral("latin"), latin);

    Message cjk
        = base(QStringLiteral("山田 太郎 <taro@example.jp>"), QStringLiteral("鈴木花子 <hanako@example.jp>"));
    cjk.subject = QStringLiteral(
        "東京からのお知らせ：来週の会議は第三会議室で行います。資料を添付しましたのでご確認ください。");
    cjk.textBody
        = QStringLiteral("鈴木様\n\nお世話になっております。\n会議の資料を添付いたします。\n\n山田\n");
    cjk.attachments.append({ file(QStringLiteral("報告書 2024年.txt"),
                                 QStringLiteral("第一章\n東京の天気は晴れです。\n").toUtf8()),
        {}, {} });
    addCase(QStringLiteral("cjk"), cjk);

    Message arabic = base(
        QStringLiteral("محمد عبد الله <mohammed@example.eg>"), QStringLiteral("\"سارة\" <sara@example.eg>"));
    arabic.subject = QStringLiteral("مرحبا بالعالم — تقرير الربع الأول");
    arabic.textBody = QStringLiteral("مرحبا سارة،\nمرفق التقرير.\n");
    arabic.attachments.append({ file(QStringLiteral("تقرير الربع.csv"), "a,b\r\n1,2\r\n"), {}, {} });
    addCase(QStringLiteral("arabic"), arabic);

    Message emoji = base(QStringLiteral("\"😀 Emoji Fan\" <fan@example.com>"),
        QStringLiteral("🎉 Party People <party@example.com>"));
    emoji.subject
        = QStringLiteral("Party 🎉🎈 tonight! 👩‍👩‍👧‍👦 bring 🍕 and 🇫🇷 wine");
    emoji.textBody = QStringLiteral("See you there 🥳\n");
    emoji.attachments.append(
        { file(QStringLiteral("🎉 invite.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), {}, {} });
    addCase(QStringLiteral("emoji"), emoji);

    Message empty = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    addCase(QStringLiteral("empty-body"), empty);

    Message htmlOnly = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    htmlOnly.subject = QStringLiteral("HTML only");
    htmlOnly.htmlBody = QStringLiteral("<html><body><p>Grüße, <b>world</b>!</p>")
        + QString(200, QLatin1Char('x')) + QStringLiteral("</body></html>");
    addCase(QStringLiteral("html-only"), htmlOnly);

    Message rich
        = base(QStringLiteral("a@example.com"), QStringLiteral("Team: b@example.com, c@example.com;"));
    rich.subject = QStringLiteral("Text, HTML and an inline image");
    rich.textBody = QStringLiteral("Plain version.\n");
    rich.htmlBody = QStringLiteral("<p>Rich version <img src=\"cid:logo@example.com\"></p>");
    rich.inlineImages.append(
        { file(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
            QStringLiteral("logo@example.com"), {} });
    rich.inReplyTo = QStringLiteral("<parent@example.com>");
    rich.references = { QStringLiteral("<root@example.com>"), QStringLiteral("<parent@example.com>") };
    addCase(QStringLiteral("text-html-inline"), rich);

    Message many = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    many.subject = QStringLiteral("Many attachments");
    many.textBody = QStringLiteral("Twelve files.");
    const QStringList names = { "notes.txt", "data.json", "table.csv", "page.html", "image.png",
        "archive.zip", "doc.pdf", "sheet.xlsx", "script.sh", "style.css", "feed.xml", "no extension" };
    for (int i = 0; i < names.size(); ++i) {
        QByteArray content = "content of file " + QByteArray::number(i) + "\n";
        content += QByteArray(i * 37, char('a' + i));
        many.attachments.append({ file(names.at(i), content), {}, {} });
    }
    addCase(QStringLiteral("many-attachments"), many);

    QByteArray everyByte;
    for (int round = 0; round < 4; ++round) {
        for (int b = 0; b < 256; ++b)
            everyByte += char(b);
    }
    Message binary = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    binary.subject = QStringLiteral("Every byte value");
    binary.textBody = QStringLiteral("Binary attached.");
    binary.attachments.append({ file(QStringLiteral("all-bytes.bin"), everyByte), {}, {} });
    // The same bytes labelled as text must still arrive exactly.
    binary.attachments.append({ file(QStringLiteral("all-bytes.txt"), everyByte), {}, {} });
    addCase(QStringLiteral("every-byte"), binary);

    Message longLines = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    longLines.subject
        = QStringLiteral("A subject long enough that it has to be folded over more than one line, "
                         "surely, with some more words after that to be sure");
    longLines.textBody
        = QString(3000, QLatin1Char('w')) + QStringLiteral("\nshort\n") + QString(1000, QLatin1Char('v'));
    longLines.attachments.append({ file(QStringLiteral("long-lines.txt"),
                                       QByteArray(5000, 'L') + "\n" + QByteArray(20000, 'M') + "\n"),
        {}, {} });
    longLines.attachments.append(
        { file(QStringLiteral("long-crlf.log"), QByteArray(2000, 'C') + "\r\nend\r\n"), {}, {} });
    addCase(QStringLiteral("long-lines"), longLines);

    Message dots = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    dots.subject = QStringLiteral(".leading dot subject");
    dots.textBody = QStringLiteral(".\n..\n.hidden line\nFrom the start\n. \n");
    dots.attachments.append(
        { file(QStringLiteral("dots.txt"), ".\n..\n...\n.hidden\nFrom me\n. trailing \n."), {}, {} });
    dots.attachments.append({ file(QStringLiteral("dots-crlf.txt"), ".\r\n..\r\n.x\r\n"), {}, {} });
    addCase(QStringLiteral("dot-lines"), dots);

    Message zero = base(QStringLiteral("a@example.com"), QStringLiteral("b@example.com"));
    zero.subject = QStringLiteral("Zero-byte files");
    zero.attachments.append({ file(QStringLiteral("empty.txt"), {}), {}, {} });
    zero.attachments.append({ file(QStringLiteral("empty"), {}), {}, {} });
    addCase(QStringLiteral("zero-byte"), zero);

    Message names2 = base(QStringLiteral("\"O'Brien, Seán (Sales)\" <sean@example.ie>"),
        QStringLiteral("\"Quote \\\"me\\\" here\" <q@example.com>, info@bücher.example"));
    names2.subject = QStringLiteral("literal =?UTF-8?B?SGk=?= must stay, and =?x?= too");
    names2.textBody = QStringLiteral("Odd names.\n");
    names2.attachments.append(
        { file(QStringLiteral("a very long file name that goes on and on and on and still "
                              "continues further than any line should go.txt"),
              "x"),
            {}, {} });
    names2.attachments.append({ file(QStringLiteral("quote\"and\\backslash;semi=colon.txt"), "y"), {}, {} });
    names2.attachments.append(
        { file(QStringLiteral(
                   "Überlänge – ein sehr langer Dateiname mit Umlauten äöü und noch mehr Text 東京.txt"),
              "z"),
            {}, {} });
    addCase(QStringLiteral("awkward-names"), names2);

    Message eightBit = base(QStringLiteral("José <jose@example.com>"), QStringLiteral("b@example.com"));
    eightBit.subject = QStringLiteral("8BITMIME body");
    eightBit.textBody = QStringLiteral("Grüße aus Köln\nKurze Zeilen.\n");
    addCase(QStringLiteral("eight-bit"), eightBit, { true, false });

    Message utf8
        = base(QStringLiteral("Δοκιμή <δοκιμή@παράδειγμα.δοκιμή>"), QStringLiteral("用户 <用户@例子.广告>"));
    utf8.subject = QStringLiteral("SMTPUTF8: Grüße, 東京, 🎉");
    utf8.textBody = QStringLiteral("UTF-8 headers.\n");
    utf8.attachments.append({ file(QStringLiteral("ファイル.txt"), "utf8 mode\n"), {}, {} });
    addCase(QStringLiteral("smtputf8"), utf8, { true, true });
}

QString TestMimeRoundTrip::writeManifest(const QJsonArray &cases, const QString &name)
{
    const QString path = m_dir.filePath(name);
    return test::writeMimeManifest(path, cases) ? path : QString();
}

void TestMimeRoundTrip::pythonEmail()
{
    int exitCode = -1;
    const QString output = test::runMimeChecker(
        QStringLiteral("mime_check_email.py"), writeManifest(m_cases, QStringLiteral("all.json")), &exitCode);
    qInfo().noquote() << output.trimmed();
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TestMimeRoundTrip::gmime()
{
    int exitCode = -1;
    const QString output = test::runMimeChecker(
        QStringLiteral("mime_check_gmime.py"), writeManifest(m_cases, QStringLiteral("all.json")), &exitCode);
    qInfo().noquote() << output.trimmed();
    QVERIFY2(exitCode != 2,
        "GMime 3 is not installed: apt-get install gir1.2-gmime-3.0 (packaging/linux/deps.sh test)");
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TestMimeRoundTrip::renderCommand()
{
    // What a user runs: `stamp render` with the message options, read back
    // by both parsers.
    const QString out = m_dir.filePath(QStringLiteral("cli.eml"));
    const QString attachment = file(QStringLiteral("Bericht März.txt"), "Zeile 1\nZeile 2\n");
    const QString binary = file(QStringLiteral("photo.jpg"), QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10));
    const QString html = file(QStringLiteral("body.html"), "<p>Hallo <i>Welt</i></p>\n");
    const test::CliRun run = test::runStamp({ QStringLiteral("render"), QStringLiteral("--from"),
        QStringLiteral("ann@example.com"), QStringLiteral("--from-name"), QStringLiteral("Ann Müller"),
        QStringLiteral("--to"), QStringLiteral("\"Lee, Bob\" <bob@example.org>; carol@example.net"),
        QStringLiteral("--cc"), QStringLiteral("Dörte <doerte@example.de>"), QStringLiteral("--bcc"),
        QStringLiteral("bcc-secret@hidden.example"), QStringLiteral("--reply-to"),
        QStringLiteral("list@example.com"), QStringLiteral("--subject"), QStringLiteral("Bericht für März ✓"),
        QStringLiteral("--body"), QStringLiteral("Hallo Bob,\nanbei der Bericht."),
        QStringLiteral("--html-file"), html, QStringLiteral("--attach"), attachment,
        QStringLiteral("--attach"), binary, QStringLiteral("--header"), QStringLiteral("X-Project: Stamp ✓"),
        QStringLiteral("--priority"), QStringLiteral("low"), QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("bytes"));
    QVERIFY(run.err.contains("<bcc-secret@hidden.example>")); // the envelope summary names Bcc...
    QFile eml(out);
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QVERIFY(!eml.readAll().contains("bcc-secret")); // ...the message never does

    Message expected;
    expected.from
        = Address(QStringLiteral("Ann Müller"), QStringLiteral("ann"), QStringLiteral("example.com"));
    expected.to = AddressList::parse(QStringLiteral("\"Lee, Bob\" <bob@example.org>; carol@example.net"));
    expected.cc = AddressList::parse(QStringLiteral("Dörte <doerte@example.de>"));
    expected.bcc = AddressList::parse(QStringLiteral("bcc-secret@hidden.example"));
    expected.replyTo = AddressList::parse(QStringLiteral("list@example.com"));
    expected.subject = QStringLiteral("Bericht für März ✓");
    expected.textBody = QStringLiteral("Hallo Bob,\nanbei der Bericht.");
    expected.htmlBody = QStringLiteral("<p>Hallo <i>Welt</i></p>\n");
    expected.attachments = { { attachment, {}, {} }, { binary, {}, {} } };
    expected.extraHeaders = { { QStringLiteral("X-Project"), QStringLiteral("Stamp ✓") },
        { QStringLiteral("X-Priority"), QStringLiteral("5 (Lowest)") } };
    const QString manifest = writeManifest(
        { test::mimeCase(QStringLiteral("stamp-render"), out, test::mimeExpectation(expected, false)) },
        QStringLiteral("cli.json"));
    for (const QString &script :
        { QStringLiteral("mime_check_email.py"), QStringLiteral("mime_check_gmime.py") }) {
        int exitCode = -1;
        const QString output = test::runMimeChecker(script, manifest, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
    }

    // A missing attachment: a clear error, and nothing written.
    const QString never = m_dir.filePath(QStringLiteral("never.eml"));
    const test::CliRun missing = test::runStamp(
        { QStringLiteral("render"), QStringLiteral("--from"), QStringLiteral("a@example.com"),
            QStringLiteral("--attach"), m_dir.filePath(QStringLiteral("nope.pdf")), QStringLiteral("--to"),
            QStringLiteral("bob@"), QStringLiteral("--out"), never });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("nope.pdf\" does not exist"), missing.err.constData());
    QVERIFY2(missing.err.contains("\"bob@\": there is nothing after the @ (character 4)"),
        missing.err.constData());
    QVERIFY(!QFile::exists(never));
}

QTEST_GUILESS_MAIN(TestMimeRoundTrip)
#include "tst_mime_roundtrip.moc"
