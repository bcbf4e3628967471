// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyParser.h"

#include "VisibleText.h"
#include <QCoreApplication>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
}  // namespace

void ReplyParser::feed(const QByteArray &bytes)
{
    if (hasError())
        return;
    m_buffer.append(bytes);
    parseBuffered();
}

void ReplyParser::parseBuffered()
{
    while (!hasError() && m_ready.size() < kMaxReadyReplies) {
        const qsizetype lf = m_buffer.indexOf('\n', m_pos);
        if (lf < 0) {
            // No complete line yet: refuse to buffer a line longer than any
            // server may legitimately send.
            if (m_buffer.size() - m_pos > kMaxLineLength) {
                m_error = Text::tr("The server sent a reply line longer than %1 bytes.")
                              .arg(kMaxLineLength);
                m_rejected = m_buffer.mid(m_pos, 256);
            }
            break;
        }
        if (lf - m_pos > kMaxLineLength + 1) { // checked before copying it: it may be huge
            m_error
                = Text::tr("The server sent a reply line longer than %1 bytes.").arg(kMaxLineLength);
            m_rejected = m_buffer.mid(m_pos, 256);
            break;
        }
        // RFC 5321 §2.3.8 requires CRLF; a bare LF is tolerated on input
        // (robustness principle), a trailing CR is stripped.
        const QByteArray raw = m_buffer.mid(m_pos, lf + 1 - m_pos);
        QByteArray line = raw.left(raw.size() - 1);
        m_pos = lf + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxLineLength) {
            m_error = Text::tr("The server sent a reply line longer than %1 bytes.").arg(kMaxLineLength);
            m_rejected = raw.left(256);
            break;
        }
        if (!parseLine(line)) {
            m_rejected = raw;
            break;
        }
        m_currentRaw += raw;
        if (!m_inReply) {  // that line ended a reply
            m_readyRaw.append(m_currentRaw);
            m_currentRaw.clear();
        }
    }
    // Drop consumed bytes once in a while rather than on every line (nor
    // move a large unparsed rest for every few replies taken).
    if (m_pos == m_buffer.size() || (m_pos > 4096 && m_pos * 2 > m_buffer.size())) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool ReplyParser::parseLine(const QByteArray &line)
{
    // The line is quoted in the error, which reaches terminals and logs:
    // a hostile server's control characters are shown escaped, not sent on.
    // "NNN" alone is a valid last line (§4.2: the text is optional).
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2))) {
        m_error = Text::tr("The server sent a malformed reply line (no three-digit code): \"%1\".")
                      .arg(visibleText(line.left(80)));
        return false;
    }
    const int code = line.left(3).toInt();
    if (code < 200 || code > 599) {
        //: %1 is the reply code the server sent
        m_error = Text::tr("The server sent a reply code outside 2xx-5xx: %1.").arg(code);
        return false;
    }
    const char sep = line.size() > 3 ? line.at(3) : ' ';
    if (sep != ' ' && sep != '-') {
        m_error = Text::tr("The server sent a malformed reply line: \"%1\".")
                      .arg(visibleText(line.left(80)));
        return false;
    }
    if (m_inReply && code != m_current.code) {
        //: %1 and %2 are three-digit SMTP reply codes
        m_error = Text::tr("The server changed the reply code from %1 to %2 within one reply.")
                      .arg(m_current.code)
                      .arg(code);
        return false;
    }
    QByteArray text = line.mid(4);
    if (!m_inReply) {
        m_current = Reply();
        m_current.code = code;
        m_inReply = true;
        EnhancedStatus::parse(text, &m_current.enhanced);
    }
    // RFC 2034 §4: every line of a reply repeats the enhanced code; keep the
    // text only, so multi-line replies read as one sentence.
    if (m_current.enhanced.isValid()) {
        EnhancedStatus status;
        const int used = EnhancedStatus::parse(text, &status);
        if (used > 0 && status == m_current.enhanced)
            text = text.mid(used);
    }
    m_current.lines.append(text);
    if (m_current.lines.size() > kMaxLines) {
        m_error = Text::tr("The server sent a reply of more than %1 lines.").arg(kMaxLines);
        return false;
    }
    if (sep == ' ') {
        m_ready.append(m_current);
        m_current = Reply();
        m_inReply = false;
    }
    return true;
}

std::optional<Reply> ReplyParser::next()
{
    if (m_ready.isEmpty())
        parseBuffered();
    if (m_ready.isEmpty())
        return std::nullopt;
    m_readyRaw.removeFirst();
    return m_ready.takeFirst();
}

QByteArray ReplyParser::unreadBytes() const
{
    return m_readyRaw.join() + m_currentRaw + m_rejected + m_buffer.mid(m_pos);
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_current = Reply();
    m_inReply = false;
    m_ready.clear();
    m_readyRaw.clear();
    m_currentRaw.clear();
    m_rejected.clear();
    m_error.clear();
}

}  // namespace stamp
