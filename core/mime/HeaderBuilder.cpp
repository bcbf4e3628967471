// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HeaderBuilder.h"

#include "AddressList.h"

namespace stamp {

namespace {
// RFC 5322 §2.1.1: lines SHOULD stay within 78 octets.
constexpr qsizetype kSoftLimit = 78;
// A token longer than this cannot be folded and could push its line past
// the hard limit of 998 octets, so it is written as encoded-words, which
// can be split anywhere between characters.
constexpr qsizetype kLongToken = 900;
// RFC 2047 §2: an encoded-word is at most 75 characters; "=?UTF-8?X?" and
// "?=" take 12 of them.
constexpr qsizetype kMaxEncodedWord = 75;
constexpr qsizetype kWordOverhead = 12;

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// RFC 2047 §5 (3): the characters a "Q" encoded-word may carry as they are
// inside a phrase. The strictest of the three contexts, so it is used for
// all of them.
bool isQLiteral(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

int qCost(uchar c)
{
    return c == ' ' || isQLiteral(c) ? 1 : 3;
}

QByteArray qEncode(const QByteArray &raw)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char ch : raw) {
        const auto c = static_cast<uchar>(ch);
        if (c == ' ')
            out += '_'; // RFC 2047 §4.2 (2)
        else if (isQLiteral(c))
            out += ch;
        else
            out += '=' + QByteArray(1, hex[c >> 4]) + hex[c & 15];
    }
    return out;
}

// RFC 5322 §3.2.3 atext among ASCII characters.
bool isAsciiAtext(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isControl(QChar c)
{
    // C0, DEL and C1 controls never appear literally in a header.
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
}
} // namespace

HeaderBuilder::HeaderBuilder(const QByteArray &name, bool utf8Headers)
    : m_line(name + ':')
    , m_utf8(utf8Headers)
{ }

void HeaderBuilder::fold()
{
    m_done += m_line + "\r\n";
    m_line.clear();
    m_lineHasContent = false;
}

void HeaderBuilder::append(const QByteArray &piece, const QByteArray &whitespace)
{
    if (!whitespace.isEmpty() && m_lineHasContent
        && m_line.size() + whitespace.size() + piece.size() > kSoftLimit)
        fold();
    m_line += whitespace + piece;
    m_lineHasContent = true;
}

bool HeaderBuilder::needsEncoding(const QString &word) const
{
    // RFC 2047 §6.2: a reader decodes anything that looks like an
    // encoded-word, so such text is itself encoded to survive as typed.
    if (word.contains(QLatin1String("=?")))
        return true;
    for (const QChar c : word) {
        if (isControl(c) || (c.unicode() >= 0x80 && !m_utf8))
            return true;
    }
    return word.toUtf8().size() > kLongToken;
}

void HeaderBuilder::appendText(const QString &text)
{
    struct Word
    {
        QString whitespace;
        QString text;
        bool encode = false;
    };
    QList<Word> words;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size();) {
        Word word;
        while (i < trimmed.size() && isWhitespace(trimmed.at(i)))
            word.whitespace += trimmed.at(i++);
        while (i < trimmed.size() && !isWhitespace(trimmed.at(i)))
            word.text += trimmed.at(i++);
        word.encode = needsEncoding(word.text);
        words.append(word);
    }
    for (qsizetype k = 0; k < words.size();) {
        const QByteArray whitespace = k == 0 ? QByteArray(" ") : words.at(k).whitespace.toUtf8();
        if (!words.at(k).encode) {
            append(words.at(k).text.toUtf8(), whitespace);
            ++k;
            continue;
        }
        // Adjacent encoded-words are joined without the space between them
        // (RFC 2047 §6.2), so a run of words to encode goes into the
        // encoded text together with the white space inside it.
        QString run = words.at(k).text;
        for (++k; k < words.size() && words.at(k).encode; ++k)
            run += words.at(k).whitespace + words.at(k).text;
        appendEncodedWords(run, whitespace);
    }
}

bool HeaderBuilder::appendPhrase(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return false;
    bool atoms = !name.contains(QLatin1String("  ")) && !name.contains(QLatin1Char('\t'));
    bool quotable = !name.contains(QLatin1String("=?"));
    for (const QChar c : name) {
        if (isControl(c) || (c.unicode() >= 0x80 && !m_utf8))
            atoms = quotable = false;
        else if (c.unicode() < 0x80 && c != QLatin1Char(' ') && !isAsciiAtext(c))
            atoms = false; // RFC 5322 §3.2.3 specials such as , . " need a quoted-string
    }
    QList<QPair<QString, QString>> words; // (white space before, word)
    for (qsizetype i = 0; i < name.size();) {
        QString whitespace;
        QString word;
        while (i < name.size() && isWhitespace(name.at(i)))
            whitespace += name.at(i++);
        while (i < name.size() && !isWhitespace(name.at(i)))
            word += name.at(i++);
        if (word.toUtf8().size() > kLongToken / 2)
            atoms = quotable = false;
        words.append({ whitespace, word });
    }
    if (atoms) {
        for (const auto &word : std::as_const(words))
            append(word.second.toUtf8(), " ");
        return false;
    }
    if (quotable) {
        // RFC 5322 §3.2.4: a quoted-string may be folded at its white
        // space, which unfolding restores.
        for (qsizetype k = 0; k < words.size(); ++k) {
            QString word = words.at(k).second;
            word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            word.replace(QLatin1Char('"'), QLatin1String("\\\""));
            if (k == 0)
                word.prepend(QLatin1Char('"'));
            if (k == words.size() - 1)
                word.append(QLatin1Char('"'));
            append(word.toUtf8(), k == 0 ? QByteArray(" ") : words.at(k).first.toUtf8());
        }
        return false;
    }
    appendEncodedWords(name, " ");
    return true;
}

void HeaderBuilder::appendEncodedWords(const QString &text, const QByteArray &whitespace)
{
    // Each word holds whole characters only (RFC 2047 §5): a UTF-8
    // sequence, or a surrogate pair, is never split across two words.
    QList<QByteArray> characters;
    qsizetype qLength = 0;
    qsizetype octets = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length
            = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        characters.append(text.mid(i, length).toUtf8());
        i += length;
        for (const char c : characters.constLast())
            qLength += qCost(static_cast<uchar>(c));
        octets += characters.constLast().size();
    }
    // RFC 2047 §4 leaves the choice to the writer: "Q" keeps mostly-Latin
    // text readable, so it wins unless "B" is clearly shorter (CJK, Arabic...).
    const bool preferQ = 2 * qLength <= 3 * (4 * ((octets + 2) / 3));

    QByteArray space = whitespace.isEmpty() ? QByteArray(" ") : whitespace;
    for (qsizetype first = 0; first < characters.size();) {
        // A new word: on this line if a few characters fit, else on the
        // next. A word always takes at least one character, so a very long
        // field name cannot stall it.
        qsizetype lineRoom = kSoftLimit - m_line.size() - space.size() - kWordOverhead;
        if (m_lineHasContent && lineRoom < 16) {
            fold();
            lineRoom = kSoftLimit - space.size() - kWordOverhead;
        }
        const qsizetype room = qMin(kMaxEncodedWord - kWordOverhead, lineRoom);

        // As many characters as fit in `room` encoded characters.
        auto fill = [&](bool q) {
            qsizetype end = first;
            QByteArray raw;
            while (end < characters.size()) {
                const QByteArray next = raw + characters.at(end);
                qsizetype cost = 4 * ((next.size() + 2) / 3);
                if (q) {
                    cost = 0;
                    for (const char c : next)
                        cost += qCost(static_cast<uchar>(c));
                }
                if (cost > room && end > first)
                    break;
                raw = next;
                ++end;
            }
            return end;
        };
        bool q = preferQ;
        qsizetype end = fill(q);
        if (!q && end < characters.size()) {
            // GMime (Evolution, mu, notmuch...) decodes adjacent "B" words
            // as one base64 stream, so padding inside a run loses the rest:
            // a word followed by another holds a multiple of three octets.
            // When no such split exists, this one word is written as "Q".
            qsizetype octetsSoFar = 0;
            qsizetype aligned = first;
            for (qsizetype k = first; k < end; ++k) {
                octetsSoFar += characters.at(k).size();
                if (octetsSoFar % 3 == 0)
                    aligned = k + 1;
            }
            if (aligned > first) {
                end = aligned;
            } else {
                q = true;
                end = fill(q);
            }
        }
        QByteArray raw;
        for (qsizetype k = first; k < end; ++k)
            raw += characters.at(k);
        m_line += space + (q ? "=?UTF-8?Q?" + qEncode(raw) : "=?UTF-8?B?" + raw.toBase64()) + "?=";
        m_lineHasContent = true;
        space = " "; // ignored between encoded-words (RFC 2047 §6.2)
        first = end;
    }
}

void HeaderBuilder::appendMailbox(const Address &address)
{
    const QByteArray spec = address.quotedLocalPart().toUtf8() + '@'
        + (m_utf8 ? address.domain().toUtf8() : address.asciiDomain());
    if (address.displayName().trimmed().isEmpty()) {
        append(spec, " ");
        return;
    }
    appendPhrase(address.displayName());
    append('<' + spec + '>', " ");
}

void HeaderBuilder::appendAddressList(const AddressList &list)
{
    bool first = true;
    for (const AddressEntry &entry : list.entries()) {
        if (!first)
            append(",", {});
        first = false;
        if (!entry.isGroup) {
            appendMailbox(entry.mailbox);
            continue;
        }
        // RFC 2047 §5 (3): an encoded-word is set apart from a special
        // character by white space.
        const bool encoded = appendPhrase(entry.groupName);
        append(":", encoded ? QByteArray(" ") : QByteArray());
        for (qsizetype m = 0; m < entry.members.size(); ++m) {
            if (m > 0)
                append(",", {});
            appendMailbox(entry.members.at(m));
        }
        append(";", {});
    }
}

QByteArray HeaderBuilder::result() const
{
    return m_done + m_line + "\r\n";
}

} // namespace stamp
