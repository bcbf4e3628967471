// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Header and body encodings on their own: RFC 2047 encoded-words and
// folding (HeaderBuilder), RFC 2231 parameters (MimeParameter), and the
// transfer encodings (ContentEncoder, QuotedPrintableStream). The round
// trip through real parsers is in tests/integration/tst_mime_roundtrip.

#include "mime/AddressList.h"
#include "mime/ContentEncoder.h"
#include "mime/HeaderBuilder.h"
#include "mime/MimeParameter.h"
#include "mime/QuotedPrintableStream.h"

#include <QRegularExpression>
#include <QTest>

using namespace stamp;

class TestMimeHeader : public QObject
{
    Q_OBJECT

private slots:
    void unstructured_data();
    void unstructured();
    void base64RunsHaveNoInnerPadding();
    void utf8Headers();
    void phrases_data();
    void phrases();
    void groupsAndLists();
    void parameters_data();
    void parameters();
    void textEncodingChoice_data();
    void textEncodingChoice();
    void quotedPrintableText();
    void base64Lines();
    void quotedPrintableStream_data();
    void quotedPrintableStream();
};

namespace {
const QRegularExpression kEncodedWord(QStringLiteral(R"(=\?UTF-8\?([BQ])\?([^?]*)\?=)"));

QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '_') {
            out += ' ';
        } else if (text.at(i) == '=') {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// Our own reading of a field value, after RFC 5322 §2.2.3 unfolding and
// RFC 2047 §6.2 decoding: white space between adjacent encoded-words goes.
// Each word must decode on its own to whole characters (§5).
QString unfoldAndDecode(const QByteArray &field, bool *wholeCharacters)
{
    QByteArray value = field;
    value.chop(2); // the final CRLF
    value.replace("\r\n", "");
    value = value.mid(value.indexOf(':') + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    const QString text = QString::fromUtf8(value);
    QString result;
    qsizetype pos = 0;
    bool previousWasWord = false;
    QString pendingSpace;
    auto it = kEncodedWord.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            result += between;
        const QByteArray payload = m.captured(2).toLatin1();
        const QByteArray raw
            = m.captured(1) == QLatin1String("B") ? QByteArray::fromBase64(payload) : decodeQ(payload);
        const QString decoded = QString::fromUtf8(raw);
        if (decoded.contains(QChar::ReplacementCharacter) || decoded.toUtf8() != raw)
            *wholeCharacters = false;
        result += decoded;
        pos = m.capturedEnd();
        previousWasWord = true;
    }
    result += text.mid(pos);
    return result;
}

void checkLines(const QByteArray &field, qsizetype limit = 78)
{
    QVERIFY(field.endsWith("\r\n"));
    const QList<QByteArray> lines = field.chopped(2).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= limit, line.constData());
        QVERIFY2(!line.contains('\r'), "bare CR");
    }
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(' ') || lines.at(i).startsWith('\t'),
            "a continuation line must start with white space");
    for (auto it = kEncodedWord.globalMatch(QString::fromLatin1(field)); it.hasNext();)
        QVERIFY(it.next().capturedLength() <= 75); // RFC 2047 §2
}

QByteArray subjectField(const QString &text, bool utf8 = false)
{
    HeaderBuilder field("Subject", utf8);
    field.appendText(text);
    return field.result();
}

QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray text = encoded;
    text.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '=') {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += text.at(i);
        }
    }
    return out;
}
} // namespace

void TestMimeHeader::unstructured_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << "Hello there";
    QTest::newRow("empty") << "";
    QTest::newRow("long ascii") << QString(QStringLiteral("word ").repeated(60) + QStringLiteral("end"));
    QTest::newRow("inner spacing") << "a  b\tc   d";
    QTest::newRow("latin") << "Grüße aus Köln – café crème brûlée";
    QTest::newRow("cjk")
        << "東京からのお知らせ：来週の会議は第三会議室で行います。ご確認ください。よろしくお願いいたします。";
    QTest::newRow("arabic") << "مرحبا بالعالم، هذه رسالة تجريبية طويلة إلى حد ما";
    QTest::newRow("emoji") << "Party 🎉🎈 tonight! 👩‍👩‍👧‍👦 and 🇫🇷";
    QTest::newRow("mixed runs") << "Re: Grüße – 東京 and more ASCII then Ärger again";
    QTest::newRow("looks encoded") << "literal =?UTF-8?B?SGk=?= stays";
    QTest::newRow("very long token") << QString(QString(1200, QLatin1Char('x')) + QStringLiteral(" tail"));
    QTest::newRow("long cjk token") << QString(300, QChar(0x6771));
    QTest::newRow("ascii then cjk")
        << "a東京からのお知らせ東京からのお知らせ東京からのお知らせ東京からのお知らせ";
}

void TestMimeHeader::unstructured()
{
    QFETCH(QString, text);
    const QByteArray field = subjectField(text);
    checkLines(field);
    for (const char c : field)
        QVERIFY(static_cast<uchar>(c) < 128);
    bool whole = true;
    QCOMPARE(unfoldAndDecode(field, &whole), text.trimmed());
    QVERIFY(whole);
}

void TestMimeHeader::base64RunsHaveNoInnerPadding()
{
    // GMime decodes adjacent "B" words as one base64 stream: padding before
    // the last word of a run would lose the rest of the text.
    for (const QString &text :
        { QStringLiteral("a東京からのお知らせ東京からのお知らせ東京からのお知らせ東京からのお知らせ東京"),
            QString(200, QChar(0x0639)), QStringLiteral("🎉").repeated(40) }) {
        const QByteArray field = subjectField(text);
        QStringList kinds;
        QStringList payloads;
        for (auto it = kEncodedWord.globalMatch(QString::fromLatin1(field)); it.hasNext();) {
            const auto m = it.next();
            kinds << m.captured(1);
            payloads << m.captured(2);
        }
        QVERIFY(kinds.size() > 1);
        for (int i = 0; i + 1 < kinds.size(); ++i) {
            if (kinds.at(i) == QLatin1String("B") && kinds.at(i + 1) == QLatin1String("B"))
                QVERIFY2(!payloads.at(i).contains(QLatin1Char('=')), qPrintable(payloads.at(i)));
        }
    }
}

void TestMimeHeader::utf8Headers()
{
    // RFC 6532: with SMTPUTF8 the text stays UTF-8, folded at its spaces.
    const QString text
        = QStringLiteral("Grüße aus Köln – 東京からのお知らせ and a tail long enough to fold once");
    const QByteArray field = subjectField(text, true);
    QVERIFY(!field.contains("=?"));
    checkLines(field, 998);
    bool whole = true;
    QCOMPARE(unfoldAndDecode(field, &whole), text);
    // Something that only looks like an encoded-word is still protected.
    QVERIFY(subjectField(QStringLiteral("x =?UTF-8?Q?y?= z"), true).contains("=?UTF-8?"));
}

void TestMimeHeader::phrases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("expected"); // the field, or a prefix of it
    QTest::newRow("atoms") << "Ann Lee" << false << QByteArray("To: Ann Lee <ann@example.com>\r\n");
    QTest::newRow("comma") << "Lee, Ann" << false << QByteArray("To: \"Lee, Ann\" <ann@example.com>\r\n");
    QTest::newRow("dot") << "Ann Q. Lee" << false << QByteArray("To: \"Ann Q. Lee\" <ann@example.com>\r\n");
    QTest::newRow("quotes") << "Ann \"AL\" Lee" << false
                            << QByteArray("To: \"Ann \\\"AL\\\" Lee\" <ann@example.com>\r\n");
    QTest::newRow("latin") << "José Müller" << false << QByteArray("To: =?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <");
    QTest::newRow("cjk") << "山田太郎" << false << QByteArray("To: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <");
    QTest::newRow("utf8 atoms") << "José Müller" << true
                                << QByteArray("To: José Müller <ann@example.com>\r\n");
    QTest::newRow("utf8 quoted") << "Müller, José" << true
                                 << QByteArray("To: \"Müller, José\" <ann@example.com>\r\n");
}

void TestMimeHeader::phrases()
{
    QFETCH(QString, name);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, expected);
    HeaderBuilder field("To", utf8);
    field.appendMailbox(Address(name, QStringLiteral("ann"), QStringLiteral("example.com")));
    const QByteArray result = field.result();
    QVERIFY2(result.startsWith(expected), result.constData());
    checkLines(result);
}

void TestMimeHeader::groupsAndLists()
{
    HeaderBuilder field("To", false);
    field.appendAddressList(AddressList::parse(QStringLiteral(
        "Team: a@x.org, \"B, b\" <b@y.org>;, info@bücher.example, Ärzte: c@z.org;, ;empty:;")));
    const QByteArray result = field.result();
    checkLines(result);
    QVERIFY2(result.contains("Team: a@x.org, \"B, b\" <b@y.org>;"), result.constData());
    QVERIFY(result.contains("info@xn--bcher-kva.example")); // A-labels in 7-bit headers
    QVERIFY(result.contains("=?UTF-8?Q?=C3=84rzte?= :")); // RFC 2047 §5 (3): space before ":"
    QVERIFY(result.contains("empty:;"));
    // Many addresses fold between them, never inside one.
    HeaderBuilder many("Cc", false);
    AddressList list;
    for (int i = 0; i < 40; ++i)
        list.append(Address(
            QStringLiteral("Person %1").arg(i), QStringLiteral("p%1").arg(i), QStringLiteral("example.com")));
    many.appendAddressList(list);
    checkLines(many.result());
    QVERIFY(many.result().replace("\r\n", "").contains("Person 39 <p39@example.com>"));
}

void TestMimeHeader::parameters_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected"); // the field after "Content-Disposition: attachment"
    QTest::newRow("plain") << "report.pdf" << QByteArray("; filename=\"report.pdf\"\r\n");
    QTest::newRow("quote") << "a \"b\".txt" << QByteArray("; filename=\"a \\\"b\\\".txt\"\r\n");
    QTest::newRow("latin") << "Résumé.pdf" << QByteArray("; filename*=UTF-8''R%C3%A9sum%C3%A9.pdf\r\n");
    QTest::newRow("control") << "a\nb.txt" << QByteArray("; filename*=UTF-8''a%0Ab.txt\r\n");
    QTest::newRow("long ascii") << QString(QString(70, QLatin1Char('n')) + QStringLiteral(".txt"))
                                << QByteArray(";\r\n filename*0=\"") + QByteArray(56, 'n')
            + "\";\r\n filename*1=\"" + QByteArray(14, 'n') + ".txt\"\r\n";
}

void TestMimeHeader::parameters()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    HeaderBuilder field("Content-Disposition", false);
    field.append("attachment");
    MimeParameter::appendTo(field, "filename", value);
    const QByteArray result = field.result();
    QCOMPARE(result, QByteArray("Content-Disposition: attachment") + expected);
    checkLines(result);
}

void TestMimeHeader::textEncodingChoice_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<int>("encoding");
    const int sevenBit = int(TransferEncoding::SevenBit);
    const int eightBit = int(TransferEncoding::EightBit);
    const int qp = int(TransferEncoding::QuotedPrintable);
    const int base64 = int(TransferEncoding::Base64);
    QTest::newRow("short ascii") << QByteArray("Hello\n.\nFrom me\n") << false << sevenBit;
    QTest::newRow("long ascii line") << QByteArray(79, 'x') << false << qp;
    QTest::newRow("latin") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                         "e aus K\xc3\xb6ln, wir sehen uns bald\n")
                           << false << qp;
    QTest::newRow("latin 8bit") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                              "e\n")
                                << true << eightBit;
    QTest::newRow("latin 8bit long line") << QByteArray("\xc3\xbc") + QByteArray(100, 'x') << true << qp;
    QTest::newRow("cjk") << QStringLiteral("東京からのお知らせ\n").toUtf8() << false << base64;
    QTest::newRow("control") << QByteArray("a\x01"
                                           "b\n")
                             << true << qp;
}

void TestMimeHeader::textEncodingChoice()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, eightBit);
    QFETCH(int, encoding);
    QCOMPARE(int(ContentEncoder::chooseForText(text, eightBit)), encoding);
}

void TestMimeHeader::quotedPrintableText()
{
    const QByteArray qp = ContentEncoder::quotedPrintable(
        QByteArray("caf\xc3\xa9 = ok \nFrom here\n") + QByteArray(200, 'x'));
    QVERIFY(qp.startsWith("caf=C3=A9 =3D ok=20\r\n=46rom here\r\n")); // RFC 2045 §6.7 (3), RFC 2049 §3 (8)
    for (const QByteArray &line : qp.split('\n'))
        QVERIFY(line.size() <= 77); // 76 + the CR
    QCOMPARE(decodeQuotedPrintable(qp).replace("\r\n", "\n"),
        QByteArray("caf\xc3\xa9 = ok \nFrom here\n") + QByteArray(200, 'x'));
}

void TestMimeHeader::base64Lines()
{
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i)
        bytes += char(i % 256);
    const QByteArray encoded = ContentEncoder::base64Lines(bytes);
    const QList<QByteArray> lines = encoded.chopped(2).split('\n');
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).size(), i + 1 < lines.size() ? 77 : ((1000 % 57) + 2) / 3 * 4);
    QCOMPARE(QByteArray::fromBase64(QByteArray(encoded).replace("\r\n", "")), bytes);
}

void TestMimeHeader::quotedPrintableStream_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("75") << 75;
    QTest::newRow("4096") << 4096;
}

void TestMimeHeader::quotedPrintableStream()
{
    QFETCH(int, chunk);
    QByteArray input = "From the start\r\n.dot line\r\nunix line\nold mac\rtrailing space \r\n=equals=\r\n";
    input += QByteArray(300, 'y') + "\t\r\n" + QByteArray("\x00\xff\x80 end ", 8);
    // The same bytes in any chunking give the same text.
    QuotedPrintableStream whole;
    QByteArray expected = whole.encode(input);
    expected += whole.finish();
    QuotedPrintableStream stream;
    QByteArray encoded;
    for (qsizetype i = 0; i < input.size(); i += chunk)
        encoded
            += stream.encode(QByteArrayView(input.constData() + i, qMin<qsizetype>(chunk, input.size() - i)));
    encoded += stream.finish();
    QCOMPARE(encoded, expected);
    // Byte for byte back, CR and LF included; lines within 76; CRLF only.
    QCOMPARE(decodeQuotedPrintable(encoded), input);
    QVERIFY(encoded.startsWith(
        "=46rom the start=0D=0A=\r\n.dot line=0D=0A=\r\nunix line=0A=\r\nold mac=0Dtrailing"));
    for (const QByteArray &line : encoded.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY(line.size() <= 77);
    }
    QVERIFY(encoded.endsWith(" end =\r\n")); // white space at the very end is protected
}

QTEST_GUILESS_MAIN(TestMimeHeader)
#include "tst_mime_header.moc"
