// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// MessageWriter and Message: the MIME structure chosen for each kind of
// content, Bcc never written, header injection refused, the exact size
// known before writing, and the envelope handed to the engine.

#include "mime/MessageWriter.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace stamp;

class TestMimeWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void structure_data();
    void structure();
    void topLevelFields();
    void bccNeverWritten();
    void headerInjectionRefused_data();
    void headerInjectionRefused();
    void reservedHeaders();
    void attachmentProblems();
    void sizeIsExact();
    void linesAndLineEnds();
    void attachmentEncodings();
    void smtpUtf8();
    void eightBit();
    void envelope();

private:
    QString file(const QString &name, const QByteArray &content);
    static Message basic();
    static QByteArray render(const Message &message, MessageWriter::Options options = {});

    QTemporaryDir m_dir;
};

void TestMimeWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestMimeWriter::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write a test file");
    return path;
}

Message TestMimeWriter::basic()
{
    Message m;
    m.from = Address::fromText(QStringLiteral("Ann Lee <ann@example.com>"));
    m.to = AddressList::parse(QStringLiteral("bob@example.org"));
    m.subject = QStringLiteral("Hello");
    m.textBody = QStringLiteral("Hi Bob");
    m.date = QDateTime(QDate(2024, 3, 5), QTime(9, 8, 7), Qt::OffsetFromUTC, 3600);
    return m;
}

QByteArray TestMimeWriter::render(const Message &message, MessageWriter::Options options)
{
    MessageWriter writer(message, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writer.write(&buffer))
        qWarning("%s", qPrintable(writer.errors().join(QLatin1Char(' ')) + writer.errorString()));
    return bytes;
}

void TestMimeWriter::structure_data()
{
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("inlineImage");
    QTest::addColumn<bool>("attachment");
    QTest::addColumn<QStringList>("types"); // every Content-Type, in order
    QTest::newRow("text") << true << false << false << false << QStringList { "text/plain" };
    QTest::newRow("empty") << false << false << false << false << QStringList { "text/plain" };
    QTest::newRow("html only") << false << true << false << false << QStringList { "text/html" };
    QTest::newRow("text and html") << true << true << false << false
                                   << QStringList { "multipart/alternative", "text/plain", "text/html" };
    QTest::newRow("html and image") << false << true << true << false
                                    << QStringList { "multipart/related", "text/html", "image/png" };
    QTest::newRow("all") << true << true << true << true
                         << QStringList { "multipart/mixed", "multipart/alternative", "text/plain",
                                "multipart/related", "text/html", "image/png", "application/pdf" };
    QTest::newRow("attachment only") << false << false << false << true
                                     << QStringList { "multipart/mixed", "application/pdf" };
    QTest::newRow("text and attachment")
        << true << false << false << true
        << QStringList { "multipart/mixed", "text/plain", "application/pdf" };
}

void TestMimeWriter::structure()
{
    QFETCH(bool, text);
    QFETCH(bool, html);
    QFETCH(bool, inlineImage);
    QFETCH(bool, attachment);
    QFETCH(QStringList, types);
    Message m = basic();
    m.textBody = text ? QStringLiteral("Plain") : QString();
    if (html)
        m.htmlBody = QStringLiteral("<p>Rich <img src=\"cid:logo@example.com\"></p>");
    if (inlineImage)
        m.inlineImages.append({ file(QStringLiteral("logo.png"), "\x89PNG\r\n\x1a\n"),
            QStringLiteral("logo@example.com"), {} });
    if (attachment)
        m.attachments.append({ file(QStringLiteral("doc.pdf"), "%PDF-1.4\n"), {}, {} });
    const QByteArray bytes = render(m);
    QStringList found;
    const QRegularExpression type(QStringLiteral("(?m)^Content-Type: ([a-z/]+)"));
    for (auto it = type.globalMatch(QString::fromLatin1(bytes)); it.hasNext();)
        found << it.next().captured(1);
    QCOMPARE(found, types);
    if (inlineImage) {
        QVERIFY(bytes.contains("Content-ID: <logo@example.com>\r\n"));
        QVERIFY(bytes.contains("type=\"text/html\"")); // RFC 2387 §3.1
        QVERIFY(bytes.contains("Content-Disposition: inline; filename=\"logo.png\"\r\n"));
    }
    QVERIFY(bytes.contains("\r\nMIME-Version: 1.0\r\n"));
}

void TestMimeWriter::topLevelFields()
{
    Message m = basic();
    m.from = Address::fromText(QStringLiteral("José <jose@bücher.example>"));
    m.cc = AddressList::parse(QStringLiteral("\"Lee, Ann\" <ann@example.net>"));
    m.replyTo = AddressList::parse(QStringLiteral("list@example.com"));
    m.priority = Message::Priority::High;
    m.inReplyTo = QStringLiteral("abc@example.com");
    m.references = { QStringLiteral("<first@example.com>"), QStringLiteral("abc@example.com") };
    m.extraHeaders.append({ QStringLiteral("X-Mailer-Note"), QStringLiteral("Grüße") });
    MessageWriter writer(m);
    QVERIFY(writer.prepare());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&buffer));
    QVERIFY(bytes.startsWith("Date: 05 Mar 2024 09:08:07 +0100\r\n"));
    QVERIFY(bytes.contains("\r\nFrom: =?UTF-8?Q?Jos=C3=A9?= <jose@xn--bcher-kva.example>\r\n"));
    QVERIFY(bytes.contains("\r\nReply-To: list@example.com\r\n"));
    QVERIFY(bytes.contains("\r\nCc: \"Lee, Ann\" <ann@example.net>\r\n"));
    QVERIFY(bytes.contains("\r\nIn-Reply-To: <abc@example.com>\r\n"));
    QVERIFY(bytes.contains("\r\nReferences: <first@example.com> <abc@example.com>\r\n"));
    QVERIFY(bytes.contains("\r\nX-Priority: 1 (Highest)\r\nImportance: high\r\n"));
    QVERIFY(bytes.contains("\r\nX-Mailer-Note: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"));
    // RFC 5322 §3.6.4: unique, on the sender's domain (as an A-label).
    QVERIFY(QRegularExpression(QStringLiteral("\r\nMessage-ID: <[0-9a-f-]{36}@xn--bcher-kva\\.example>\r\n"))
                .match(QString::fromLatin1(bytes))
                .hasMatch());
    QVERIFY(bytes.contains(QByteArray("\r\nMessage-ID: " + writer.messageId() + "\r\n")));
    MessageWriter again(m);
    QVERIFY(again.prepare());
    QVERIFY(again.messageId() != writer.messageId());
    // Only Bcc recipients: the conventional empty group stands in for To.
    Message onlyBcc = basic();
    onlyBcc.to = {};
    onlyBcc.bcc = AddressList::parse(QStringLiteral("hidden@example.org"));
    QVERIFY(render(onlyBcc).contains("\r\nTo: undisclosed-recipients:;\r\n"));
}

void TestMimeWriter::bccNeverWritten()
{
    Message m = basic();
    m.bcc = AddressList::parse(
        QStringLiteral("Secret Person <secret@hidden.example>, Group: g@hidden.example;"));
    const QByteArray bytes = render(m);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("hidden.example"));
    QVERIFY(!bytes.contains("Secret"));
    QVERIFY(!bytes.toLower().contains("\nbcc:"));
    QVERIFY(m.envelope().recipients.contains(QStringLiteral("secret@hidden.example")));
    QVERIFY(m.envelope().recipients.contains(QStringLiteral("g@hidden.example")));
}

void TestMimeWriter::headerInjectionRefused_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    const QString evil = QStringLiteral("x\r\nBcc: victim@example.net");
    QTest::newRow("subject CRLF") << 0 << evil << "subject contains a line break";
    QTest::newRow("subject LF") << 0 << QStringLiteral("x\nBcc: v@e.net") << "subject contains a line break";
    QTest::newRow("subject CR") << 0 << QStringLiteral("x\rBcc: v@e.net") << "subject contains a line break";
    QTest::newRow("subject NUL") << 0 << QString::fromUtf8("x\0y", 3) << "control character U+0000";
    QTest::newRow("header value") << 1 << evil << "header \"X-Note\" contains a line break";
    QTest::newRow("header name") << 2 << QStringLiteral("X-A\r\nBcc") << "header name";
    QTest::newRow("display name") << 3 << evil << "sender's name contains a line break";
    QTest::newRow("recipient") << 4 << QStringLiteral("a@b.org\r\nBcc: v@e.net") << "line break";
    QTest::newRow("in-reply-to") << 5 << QStringLiteral("<a@b>\r\nBcc: v@e.net") << "In-Reply-To";
    QTest::newRow("reference") << 6 << QStringLiteral("<a@b>\nX: y") << "reference";
    QTest::newRow("recipient name") << 7 << evil << "name in To contains a line break";
}

void TestMimeWriter::headerInjectionRefused()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    Message m = basic();
    switch (field) {
    case 0:
        m.subject = value;
        break;
    case 1:
        m.extraHeaders.append({ QStringLiteral("X-Note"), value });
        break;
    case 2:
        m.extraHeaders.append({ value, QStringLiteral("v") });
        break;
    case 3:
        m.from.setDisplayName(value);
        break;
    case 4:
        m.to = AddressList::parse(value);
        break;
    case 5:
        m.inReplyTo = value;
        break;
    case 6:
        m.references = { value };
        break;
    case 7:
        m.to = {};
        m.to.append(Address(value, QStringLiteral("a"), QStringLiteral("b.org")));
        break;
    }
    const QStringList problems = m.validate();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(QLatin1Char(' ')).contains(reason), qPrintable(problems.join(QLatin1Char(' '))));
    MessageWriter writer(m);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(bytes.isEmpty()); // nothing at all was written
    QVERIFY(!writer.errorString().isEmpty());
}

void TestMimeWriter::reservedHeaders()
{
    for (const QString &name : { QStringLiteral("Bcc"), QStringLiteral("from"),
             QStringLiteral("Content-Type"), QStringLiteral("MIME-Version"), QStringLiteral("Message-ID") }) {
        Message m = basic();
        m.extraHeaders.append({ name, QStringLiteral("x") });
        QVERIFY2(m.validate().join(QLatin1Char(' ')).contains(QLatin1String("written by Stamp itself")),
            qPrintable(name));
    }
    Message m = basic();
    m.extraHeaders.append({ QStringLiteral("X-Custom"), QStringLiteral("fine") });
    QVERIFY(m.validate().isEmpty());
}

void TestMimeWriter::attachmentProblems()
{
    Message m = basic();
    m.attachments.append({ m_dir.filePath(QStringLiteral("missing.pdf")), {}, {} });
    m.attachments.append({ m_dir.path(), {}, {} });
    m.attachments.append({ file(QStringLiteral("fine.txt"), "ok"), {}, {} });
    m.attachments.append({ file(QStringLiteral("typed.bin"), "ok"), {}, QStringLiteral("not a type") });
    const QString problems = m.validate().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(
                 QStringLiteral("The attachment \"%1\" does not exist.").arg(m.attachments.at(0).path)),
        qPrintable(problems));
    QVERIFY(problems.contains(
        QStringLiteral("The attachment \"%1\" is a folder, not a file.").arg(m_dir.path())));
    QVERIFY(problems.contains(QLatin1String("\"not a type\" is not a content type")));
    QVERIFY(!problems.contains(QLatin1String("fine.txt")));
    if (::geteuid() != 0) {
        Message unreadable = basic();
        const QString path = file(QStringLiteral("secret.txt"), "x");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        unreadable.attachments.append({ path, {}, {} });
        QVERIFY(unreadable.validate().join(QLatin1Char(' ')).contains(QLatin1String("cannot be read")));
    }
    // Inline images need an HTML part to show them.
    Message image = basic();
    image.inlineImages.append({ file(QStringLiteral("i.png"), "png"), QStringLiteral("i@x"), {} });
    QVERIFY(image.validate().join(QLatin1Char(' ')).contains(QLatin1String("no HTML body")));
}

void TestMimeWriter::sizeIsExact()
{
    QByteArray binary;
    for (int i = 0; i < 5000; ++i)
        binary += char((i * 7) % 256);
    Message m = basic();
    m.htmlBody = QStringLiteral("<p>Grüße</p>");
    m.attachments.append({ file(QStringLiteral("data.bin"), binary), {}, {} });
    m.attachments.append({ file(QStringLiteral("notes.txt"), "line one\nline two\n.dots\n"), {}, {} });
    m.attachments.append({ file(QStringLiteral("empty.txt"), {}), {}, {} });
    MessageWriter writer(m);
    QVERIFY(writer.prepare());
    const qint64 size = writer.size();
    QByteArray first;
    QBuffer a(&first);
    a.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&a));
    QCOMPARE(size, first.size());
    // Written again: the same bytes (Date, Message-ID and boundaries were
    // fixed once, so the size promised for SIZE= holds).
    QByteArray second;
    QBuffer b(&second);
    b.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&b));
    QCOMPARE(second, first);
    QCOMPARE(writer.size(), size);
    // An attachment that changes size after the size was given is an error.
    file(QStringLiteral("data.bin"), binary + "more");
    QByteArray third;
    QBuffer c(&third);
    c.open(QIODevice::WriteOnly);
    QVERIFY(!writer.write(&c));
    QVERIFY(writer.errorString().contains(QLatin1String("changed")));
}

void TestMimeWriter::linesAndLineEnds()
{
    Message m = basic();
    m.subject = QStringLiteral(
        "A subject that is long enough to need folding, with Grüße and 東京 in it, and more");
    m.textBody = QStringLiteral("windows\r\nunix\nold mac\rlong: ") + QString(500, QLatin1Char('x'));
    m.to = AddressList::parse(
        QStringLiteral("a@x.org, \"Person Two\" <b@y.org>, c@z.org, d@w.org, e@v.org, f@u.org"));
    m.attachments.append({ file(QStringLiteral("long.txt"), QByteArray(5000, 'l') + "\n"), {}, {} });
    const QByteArray bytes = render(m);
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
    for (const QByteArray &line : bytes.split('\n'))
        QVERIFY2(line.size() <= 79, line.left(100).constData()); // 78 + CR
}

void TestMimeWriter::attachmentEncodings()
{
    Message m = basic();
    m.attachments.append({ file(QStringLiteral("plain.txt"), "Hello\r\n.dot\r\n"), {}, {} });
    m.attachments.append(
        { file(QStringLiteral("cjk.txt"), QStringLiteral("東京からのお知らせ\n").repeated(5).toUtf8()), {},
            {} });
    m.attachments.append({ file(QStringLiteral("blob.bin"), QByteArray("\0\1\2", 3)), {}, {} });
    m.attachments.append({ file(QStringLiteral("Résumé 東京.pdf"), "%PDF"), QString(), QString() });
    const QByteArray bytes = render(m);
    QVERIFY(bytes.contains("Content-Type: text/plain; name=\"plain.txt\"\r\nContent-Disposition: attachment; "
                           "filename=\"plain.txt\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                           "Hello=0D=0A=\r\n.dot=0D=0A=\r\n"));
    QVERIFY(bytes.contains("Content-Type: text/plain; charset=\"UTF-8\"; name=\"cjk.txt\"\r\n"));
    QVERIFY(bytes.contains("Content-Type: application/octet-stream; name=\"blob.bin\"\r\n"));
    QVERIFY(bytes.contains("filename*=UTF-8''R%C3%A9sum%C3%A9%20%E6%9D%B1%E4%BA%AC.pdf"));
    QCOMPARE(bytes.count("Content-Transfer-Encoding: base64"), 3);
}

void TestMimeWriter::smtpUtf8()
{
    Message m = basic();
    m.to = AddressList::parse(QStringLiteral("Δοκιμή <δοκιμή@παράδειγμα.δοκιμή>"));
    QVERIFY(m.needsSmtpUtf8());
    QVERIFY(m.envelope().smtpUtf8);
    MessageWriter plain(m);
    QVERIFY(!plain.prepare());
    QVERIFY(plain.errors().join(QLatin1Char(' ')).contains(QLatin1String("SMTPUTF8")));
    MessageWriter utf8(m, { false, true });
    QVERIFY(utf8.prepare());
    const QByteArray bytes = render(m, { false, true });
    QVERIFY(bytes.contains(QStringLiteral("\r\nTo: Δοκιμή <δοκιμή@παράδειγμα.δοκιμή>\r\n").toUtf8()));
    QVERIFY(utf8.isEightBit());
    QVERIFY(!MessageWriter(basic()).isEightBit());
}

void TestMimeWriter::eightBit()
{
    Message m = basic();
    m.textBody = QStringLiteral("Grüße aus Köln\n");
    QVERIFY(render(m).contains("Content-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe"));
    const QByteArray bytes = render(m, { true, false });
    QVERIFY(
        bytes.contains(QStringLiteral("Content-Transfer-Encoding: 8bit\r\n\r\nGrüße aus Köln\r\n").toUtf8()));
    MessageWriter writer(m, { true, false });
    QVERIFY(writer.prepare());
    QVERIFY(writer.isEightBit());
}

void TestMimeWriter::envelope()
{
    Message m = basic();
    m.from = Address::fromText(QStringLiteral("José <jose@bücher.example>"));
    m.to = AddressList::parse(QStringLiteral("a@x.org, Team: b@Y.org, c@z.org;"));
    m.cc = AddressList::parse(QStringLiteral("\"A again\" <a@X.ORG>"));
    m.bcc = AddressList::parse(QStringLiteral("d@w.org, b@y.org"));
    const Message::Envelope envelope = m.envelope();
    QCOMPARE(envelope.from, QStringLiteral("jose@xn--bcher-kva.example"));
    QCOMPARE(envelope.recipients,
        (QStringList { "a@x.org", "b@Y.org", "c@z.org", "d@w.org" })); // one RCPT per mailbox
    QVERIFY(!envelope.smtpUtf8);
}

QTEST_GUILESS_MAIN(TestMimeWriter)
#include "tst_mime_writer.moc"
