// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ThunderbirdPrefs.h"

namespace stamp {

namespace {
// A cursor over the file that knows its line, for problems a person can find.
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    QChar take()
    {
        const QChar c = m_text.at(m_pos++);
        if (c == u'\n')
            ++m_line;
        return c;
    }
    int line() const { return m_line; }

    // Whitespace and the three comment forms Mozilla's parser accepts
    // (`//`, `/* */` and `#` to the end of the line).
    void skipBlanks()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isSpace()) {
                take();
            } else if (c == u'#' || (c == u'/' && peek(1) == u'/')) {
                while (!atEnd() && peek() != u'\n')
                    take();
            } else if (c == u'/' && peek(1) == u'*') {
                take();
                take();
                while (!atEnd() && !(peek() == u'*' && peek(1) == u'/'))
                    take();
                if (!atEnd()) {
                    take();
                    take();
                }
            } else {
                return;
            }
        }
    }

    QString word()
    {
        QString w;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
            w += take();
        return w;
    }

    bool expect(QChar c)
    {
        skipBlanks();
        if (peek() != c)
            return false;
        take();
        return true;
    }

    // A JavaScript string literal in either quote, with its escapes
    // (ECMA-262 §12.9.4: \n \t \r \b \f \v \0 \xHH \uHHHH \u{H...}, and a
    // backslash before any other character stands for that character).
    std::optional<QString> string()
    {
        skipBlanks();
        const QChar quote = peek();
        if (quote != u'"' && quote != u'\'')
            return std::nullopt;
        take();
        QString s;
        while (!atEnd()) {
            if (peek() == u'\n')
                return std::nullopt; // left for recover(), so the next line is read
            QChar c = take();
            if (c == quote)
                return s;
            if (c != u'\\') {
                s += c;
                continue;
            }
            if (atEnd())
                return std::nullopt;
            c = take();
            switch (c.unicode()) {
            case 'n': s += u'\n'; break;
            case 't': s += u'\t'; break;
            case 'r': s += u'\r'; break;
            case 'b': s += u'\b'; break;
            case 'f': s += u'\f'; break;
            case 'v': s += u'\v'; break;
            case '0': s += QChar(0); break;
            case '\n': break; // a line continuation
            case 'x':
            case 'u': {
                QString digits;
                if (c == u'u' && peek() == u'{') {
                    take();
                    while (!atEnd() && peek() != u'}')
                        digits += take();
                    if (atEnd())
                        return std::nullopt;
                    take();
                } else {
                    const int count = c == u'x' ? 2 : 4;
                    for (int i = 0; i < count && !atEnd(); ++i)
                        digits += take();
                }
                bool ok = false;
                const uint code = digits.toUInt(&ok, 16);
                if (!ok || code > 0x10FFFF)
                    return std::nullopt;
                // \uD83D\uDE00 arrives as two UTF-16 units; appending each
                // as it comes rebuilds the pair.
                s += code > 0xFFFF ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1)
                                   : QString(QChar(static_cast<char16_t>(code)));
                break;
            }
            default:
                s += c;
            }
        }
        return std::nullopt;
    }

    // Skips to just after the next ';' (or the end of the line) after a
    // broken statement, so one bad line costs only itself.
    void recover()
    {
        while (!atEnd()) {
            const QChar c = take();
            if (c == u';' || c == u'\n')
                return;
        }
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};
} // namespace

ThunderbirdPrefs ThunderbirdPrefs::parse(const QString &text)
{
    ThunderbirdPrefs prefs;
    Reader in(text);
    while (true) {
        in.skipBlanks();
        if (in.atEnd())
            break;
        const int line = in.line();
        const QString function = in.word();
        if (function.isEmpty()) {
            prefs.m_problems << QStringLiteral("line %1: unexpected \"%2\"").arg(line).arg(in.peek());
            in.recover();
            continue;
        }
        if (function != QLatin1String("user_pref") && function != QLatin1String("pref")
            && function != QLatin1String("sticky_pref")) {
            prefs.m_problems << QStringLiteral("line %1: unknown statement %2").arg(line).arg(function);
            in.recover();
            continue;
        }
        std::optional<QString> name;
        QVariant value;
        bool ok = in.expect(u'(') && (name = in.string()).has_value() && in.expect(u',');
        if (ok) {
            in.skipBlanks();
            const QChar first = in.peek();
            if (first == u'"' || first == u'\'') {
                const std::optional<QString> s = in.string();
                ok = s.has_value();
                value = s.value_or(QString());
            } else if (first == u'-' || first.isDigit()) {
                QString digits = in.take();
                digits += in.word();
                bool number = false;
                value = digits.toLongLong(&number);
                ok = number;
            } else {
                const QString word = in.word();
                ok = word == QLatin1String("true") || word == QLatin1String("false");
                value = word == QLatin1String("true");
            }
        }
        ok = ok && in.expect(u')') && in.expect(u';');
        if (!ok) {
            prefs.m_problems << QStringLiteral("line %1: not a complete preference").arg(line);
            in.recover();
            continue;
        }
        // Later statements win, as when Mozilla reads the file.
        prefs.m_values.insert(*name, value);
    }
    return prefs;
}

QString ThunderbirdPrefs::string(const QString &name) const
{
    const QVariant v = m_values.value(name);
    return v.typeId() == QMetaType::QString ? v.toString() : QString();
}

std::optional<int> ThunderbirdPrefs::integer(const QString &name) const
{
    const QVariant v = m_values.value(name);
    if (v.typeId() == QMetaType::LongLong)
        return static_cast<int>(v.toLongLong());
    // Some add-ons store numbers as strings; take those too.
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

QStringList ThunderbirdPrefs::list(const QString &name) const
{
    QStringList items;
    for (const QString &item : string(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

} // namespace stamp
