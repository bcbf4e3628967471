// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImapResponseReader.h"

#include <QCoreApplication>
#include <cstring>

namespace stamp::imap {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImapResponseReader)
};

// The status keywords that open a status response (RFC 9051 §7.1). Such a
// response carries human text, never a literal, so a "{5}" at its end is
// text and not the start of one.
std::optional<ImapResponse::Status> statusOf(const QByteArray &word, bool tagged)
{
    const QByteArray upper = word.toUpper();
    if (upper == "OK")
        return ImapResponse::Status::Ok;
    if (upper == "NO")
        return ImapResponse::Status::No;
    if (upper == "BAD")
        return ImapResponse::Status::Bad;
    // RFC 9051 §7.1.4 and §7.1.5: BYE and PREAUTH are untagged only.
    if (!tagged && upper == "BYE")
        return ImapResponse::Status::Bye;
    if (!tagged && upper == "PREAUTH")
        return ImapResponse::Status::Preauth;
    return std::nullopt;
}

// The size of a literal announced at the end of `line` ("... {123}"), or -1.
qsizetype literalAtEnd(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    const QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.isEmpty() || digits.size() > 10)
        return -1;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
    }
    return digits.toLongLong();
}

bool isStatusLine(const QByteArray &line)
{
    if (line.startsWith('+'))
        return true;
    const QList<QByteArray> words = line.left(16).split(' ');
    if (words.size() < 2)
        return false;
    return statusOf(words.at(1), words.at(0) != "*").has_value();
}

// A cursor over one framed response.
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    QString error;
    QByteArray display;

    bool atEnd() const { return m_pos >= m_bytes.size() - 2; } // only the final CRLF left
    char peek() const { return m_pos < m_bytes.size() ? m_bytes.at(m_pos) : '\0'; }

    bool expect(char c)
    {
        if (peek() != c) {
            fail(Text::tr("expected \"%1\"").arg(QLatin1Char(c)));
            return false;
        }
        ++m_pos;
        display += c;
        return true;
    }

    // RFC 9051 §9 tag / atom: any printable character but the specials.
    QByteArray word(const char *stops)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos);
            if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || std::strchr(stops, c))
                break;
            ++m_pos;
        }
        const QByteArray w = m_bytes.mid(start, m_pos - start);
        display += w;
        return w;
    }

    // The rest of the line as text: no CR, LF or NUL inside (RFC 9051 §9 TEXT-CHAR).
    std::optional<QByteArray> restOfLine()
    {
        const qsizetype end = m_bytes.size() - 2;
        const QByteArray t = m_bytes.mid(m_pos, end - m_pos);
        if (t.contains('\0') || t.contains('\r') || t.contains('\n')) {
            fail(Text::tr("control characters in the response text"));
            return std::nullopt;
        }
        m_pos = end;
        display += t;
        return t;
    }

    std::optional<ImapItem> item()
    {
        const char c = peek();
        if (c == '(')
            return list();
        if (c == '"')
            return quoted();
        if (c == '{')
            return literal();
        const QByteArray w = word("()\"{");
        if (w.isEmpty()) {
            fail(Text::tr("unexpected character"));
            return std::nullopt;
        }
        ImapItem atom;
        if (w.toUpper() == "NIL")
            atom.type = ImapItem::Type::Nil;
        atom.text = w;
        return atom;
    }

    // Items separated by single spaces up to `close` (or the line's end).
    bool items(QList<ImapItem> &out, char close)
    {
        bool first = true;
        while (true) {
            if (close ? peek() == close : atEnd())
                return true;
            if (!close && m_pos >= m_bytes.size()) {
                fail(Text::tr("the response ends early"));
                return false;
            }
            if (!first && !expect(' '))
                return false;
            first = false;
            std::optional<ImapItem> i = item();
            if (!i)
                return false;
            out << *i;
        }
    }

    void fail(const QString &why)
    {
        if (error.isEmpty())
            //: %1 says what is wrong, %2 is a character position
            error = Text::tr("%1 at position %2").arg(why).arg(m_pos);
    }

private:
    std::optional<ImapItem> list()
    {
        expect('(');
        ImapItem l;
        l.type = ImapItem::Type::List;
        if (!items(l.items, ')'))
            return std::nullopt;
        if (!expect(')'))
            return std::nullopt;
        return l;
    }

    // RFC 9051 §4.3: a quoted string escapes only '"' and '\'.
    std::optional<ImapItem> quoted()
    {
        expect('"');
        ImapItem s;
        s.type = ImapItem::Type::String;
        while (true) {
            if (m_pos >= m_bytes.size() - 2) {
                fail(Text::tr("unterminated quoted string"));
                return std::nullopt;
            }
            char c = m_bytes.at(m_pos++);
            if (c == '"')
                break;
            if (c == '\\') {
                c = m_bytes.at(m_pos++);
                if (c != '"' && c != '\\') {
                    fail(Text::tr("invalid escape in a quoted string"));
                    return std::nullopt;
                }
            } else if (c == '\r' || c == '\n' || c == '\0') {
                fail(Text::tr("control character in a quoted string"));
                return std::nullopt;
            }
            s.text += c;
        }
        display += s.text + '"';
        return s;
    }

    // RFC 9051 §4.3: "{n}" CRLF and then exactly n octets.
    std::optional<ImapItem> literal()
    {
        const qsizetype close = m_bytes.indexOf('}', m_pos);
        bool ok = false;
        const qsizetype size = close > 0 ? m_bytes.mid(m_pos + 1, close - m_pos - 1).toLongLong(&ok) : -1;
        if (!ok || size < 0 || m_bytes.mid(close + 1, 2) != "\r\n" || close + 3 + size > m_bytes.size()) {
            fail(Text::tr("malformed literal"));
            return std::nullopt;
        }
        ImapItem s;
        s.type = ImapItem::Type::String;
        s.text = m_bytes.mid(close + 3, size);
        display += "{" + QByteArray::number(size) + " octets}";
        m_pos = close + 3 + size;
        return s;
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

void ImapResponseReader::feed(const QByteArray &bytes)
{
    if (!hasError())
        m_buffer += bytes;
}

void ImapResponseReader::reset()
{
    m_buffer.clear();
    m_error.clear();
}

std::optional<ImapResponse> ImapResponseReader::next()
{
    if (hasError())
        return std::nullopt;
    // Frame one response: a line, and after each line that announces a
    // literal, the literal and the line that continues it (RFC 9051 §4.3).
    qsizetype pos = 0;
    while (true) {
        const qsizetype lf = m_buffer.indexOf('\n', pos);
        if (lf < 0) {
            if (m_buffer.size() - pos > kMaxLine)
                m_error = Text::tr("The server sent a line longer than %1 bytes.").arg(kMaxLine);
            return std::nullopt;
        }
        // RFC 9051 §2.2: lines end in CRLF; a bare LF is not one.
        if (lf == 0 || m_buffer.at(lf - 1) != '\r') {
            m_error = Text::tr("The server ended a line with a bare line feed.");
            return std::nullopt;
        }
        if (lf - pos > kMaxLine) {
            m_error = Text::tr("The server sent a line longer than %1 bytes.").arg(kMaxLine);
            return std::nullopt;
        }
        const QByteArray line = m_buffer.mid(pos, lf - 1 - pos);
        const qsizetype size = (pos == 0 && isStatusLine(line)) ? -1 : literalAtEnd(line);
        if (size < 0) {
            pos = lf + 1;
            break;
        }
        if (size > kMaxLiteral) {
            m_error = Text::tr("The server announced a literal of %1 bytes, more than the %2 allowed.")
                          .arg(size)
                          .arg(kMaxLiteral);
            return std::nullopt;
        }
        if (m_buffer.size() < lf + 1 + size)
            return std::nullopt;
        pos = lf + 1 + size;
    }
    const QByteArray framed = m_buffer.left(pos);
    QString error;
    std::optional<ImapResponse> response = parse(framed, &error);
    if (!response) {
        //: %1 says what is wrong with the response
        m_error = Text::tr("The server sent a malformed response: %1").arg(error);
        return std::nullopt;
    }
    m_buffer.remove(0, pos);
    return response;
}

std::optional<ImapResponse> ImapResponseReader::parse(const QByteArray &bytes, QString *error)
{
    Scanner s(bytes);
    ImapResponse r;
    auto failed = [&]() -> std::optional<ImapResponse> {
        if (error)
            *error = s.error;
        return std::nullopt;
    };
    if (!bytes.endsWith("\r\n")) {
        s.fail(Text::tr("no line end"));
        return failed();
    }
    if (s.peek() == '+') {
        // RFC 9051 §7.5: "+" SP text or base64; a bare "+" is tolerated.
        r.kind = ImapResponse::Kind::Continuation;
        s.expect('+');
        if (s.peek() == ' ')
            s.expect(' ');
        const std::optional<QByteArray> text = s.restOfLine();
        if (!text)
            return failed();
        r.text = *text;
        r.display = s.display;
        return r;
    }
    bool tagged = false;
    if (s.peek() == '*') {
        s.expect('*');
        r.kind = ImapResponse::Kind::Untagged;
    } else {
        // RFC 9051 §9: tag = 1*<any ASTRING-CHAR except "+">
        r.tag = s.word("(){\"%*+]");
        if (r.tag.isEmpty()) {
            s.fail(Text::tr("no tag"));
            return failed();
        }
        r.kind = ImapResponse::Kind::Tagged;
        tagged = true;
    }
    if (!s.expect(' '))
        return failed();
    const QByteArray first = s.word("()\"{[");
    if (first.isEmpty()) {
        s.fail(Text::tr("no response name"));
        return failed();
    }
    const std::optional<ImapResponse::Status> status = statusOf(first, tagged);
    if (!status) {
        if (tagged) {
            s.fail(Text::tr("a tagged response must be OK, NO or BAD"));
            return failed();
        }
        // Untagged data: "* CAPABILITY ...", "* LIST ...", "* 3 EXISTS".
        ImapItem name;
        name.text = first;
        r.data << name;
        if (!s.atEnd()) {
            if (!s.expect(' ') || !s.items(r.data, '\0'))
                return failed();
        }
        r.display = s.display;
        if (!s.error.isEmpty())
            return failed();
        return r;
    }
    r.status = *status;
    if (!s.atEnd()) {
        if (!s.expect(' '))
            return failed();
        const std::optional<QByteArray> text = s.restOfLine();
        if (!text)
            return failed();
        QByteArray rest = *text;
        // RFC 9051 §7.1: an optional response code in brackets first.
        if (rest.startsWith('[')) {
            const qsizetype close = rest.indexOf(']');
            if (close < 0) {
                s.fail(Text::tr("unterminated response code"));
                return failed();
            }
            const QList<QByteArray> parts = rest.mid(1, close - 1).split(' ');
            r.code = parts.first().toUpper();
            r.codeArguments = parts.mid(1);
            r.codeArguments.removeAll(QByteArray());
            rest = rest.mid(close + 1);
            if (rest.startsWith(' '))
                rest.remove(0, 1);
        }
        r.text = rest;
    }
    r.display = s.display;
    return r;
}

} // namespace stamp::imap
