// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SpfRecord.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace stamp::domain {

namespace {
// A macro-string (§7.1): literal visible characters and macros
// %{x...}, %%, %_ and %-. Empty is allowed by the grammar but not here.
bool isMacroString(const QString &text)
{
    static const QRegularExpression macro(
        QStringLiteral("^(?:[!-$&-~]|%%|%_|%-|%\\{[slodiphcrtvSLODIPHCRTV][0-9]*r?[-.+,/_=]*\\})+$"));
    return macro.match(text).hasMatch();
}

// A domain-spec (§7.1): a macro-string; without macros it must end in a
// top label that is not all digits (toplabel of §7.1).
bool isDomainSpec(const QString &text)
{
    if (text.isEmpty() || !isMacroString(text))
        return false;
    if (text.contains(QLatin1Char('%')))
        return true;
    QString name = text;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    static const QRegularExpression toplabel(
        QStringLiteral("^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$"));
    const QString top = labels.constLast();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return toplabel.match(top).hasMatch() && !digits.match(top).hasMatch();
}

bool isCidr(const QString &digits, int max)
{
    bool ok = false;
    const int length = digits.toInt(&ok);
    static const QRegularExpression number(QStringLiteral("^(0|[1-9][0-9]?[0-9]?)$"));
    return ok && number.match(digits).hasMatch() && length <= max;
}

// "[domain-spec][/n][//n]" after a, mx (dual-cidr-length, §5.6).
bool isDomainWithCidr(QString value, bool hasColon)
{
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    QString cidr;
    if (slash >= 0) {
        cidr = value.mid(slash);
        value.truncate(slash);
    }
    if (hasColon && !isDomainSpec(value))
        return false;
    if (!hasColon && !value.isEmpty())
        return false;
    if (cidr.isEmpty())
        return true;
    static const QRegularExpression dual(QStringLiteral("^(?:/([0-9]+))?(?://([0-9]+))?$"));
    const QRegularExpressionMatch m = dual.match(cidr);
    if (!m.hasMatch())
        return false;
    return (m.captured(1).isEmpty() || isCidr(m.captured(1), 32))
        && (m.captured(2).isEmpty() || isCidr(m.captured(2), 128));
}

bool isNetwork(const QString &value, QAbstractSocket::NetworkLayerProtocol protocol)
{
    QString address = value;
    QString length;
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        address = value.left(slash);
        length = value.mid(slash + 1);
        if (!isCidr(length, protocol == QAbstractSocket::IPv4Protocol ? 32 : 128))
            return false;
    }
    QHostAddress host;
    if (!host.setAddress(address) || host.protocol() != protocol)
        return false;
    if (protocol == QAbstractSocket::IPv4Protocol) {
        // QHostAddress also takes "1.2" or "0x7f.1"; §12 wants four decimals.
        static const QRegularExpression dotted(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
        return dotted.match(address).hasMatch();
    }
    return true;
}
} // namespace

bool SpfTerm::countsAsLookup() const
{
    return kind == Kind::Include || kind == Kind::A || kind == Kind::Mx || kind == Kind::Ptr
        || kind == Kind::Exists || kind == Kind::Redirect;
}

bool SpfRecord::isSpf(const QString &text)
{
    return text.size() >= 6 && text.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive)
        && (text.size() == 6 || text.at(6) == QLatin1Char(' '));
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    record.m_text = text;
    if (!isSpf(text)) {
        record.m_error = tr("the record does not start with \"v=spf1\"");
        return record;
    }
    // Terms are separated by spaces only (§12: 1*SP); a tab is an error.
    const QStringList words = text.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool sawRedirect = false;
    bool sawExplanation = false;
    auto fail = [&record](const QString &why) {
        if (record.m_error.isEmpty())
            record.m_error = why;
    };
    static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*$"));
    for (const QString &word : words) {
        SpfTerm term;
        term.text = word;
        QString rest = word;
        const qsizetype equals = rest.indexOf(QLatin1Char('='));
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        auto before = [equals](qsizetype other) { return other < 0 || equals < other; };
        if (equals > 0 && before(colon) && before(slash)
            && modifierName.match(rest.left(equals)).hasMatch()) {
            const QString name = rest.left(equals).toLower();
            term.value = rest.mid(equals + 1);
            if (name == QLatin1String("redirect")) {
                term.kind = SpfTerm::Kind::Redirect;
                if (sawRedirect)
                    fail(tr("\"redirect=\" appears more than once"));
                sawRedirect = true;
                if (!isDomainSpec(term.value))
                    fail(tr("\"%1\" does not name a domain").arg(word));
            } else if (name == QLatin1String("exp")) {
                term.kind = SpfTerm::Kind::Explanation;
                if (sawExplanation)
                    fail(tr("\"exp=\" appears more than once"));
                sawExplanation = true;
                if (!isDomainSpec(term.value))
                    fail(tr("\"%1\" does not name a domain").arg(word));
            } else {
                // Unknown modifiers are ignored (§6), but must be well formed.
                term.kind = SpfTerm::Kind::OtherModifier;
                if (!term.value.isEmpty() && !isMacroString(term.value))
                    fail(tr("\"%1\" is not a valid modifier").arg(word));
            }
            record.m_terms << term;
            continue;
        }
        if (!rest.isEmpty() && QStringLiteral("+-~?").contains(rest.at(0))) {
            term.qualifier = rest.at(0);
            term.explicitQualifier = true;
            rest.remove(0, 1);
        }
        qsizetype end = 0;
        while (end < rest.size() && rest.at(end) != QLatin1Char(':') && rest.at(end) != QLatin1Char('/'))
            ++end;
        const QString name = rest.left(end).toLower();
        const bool hasColon = end < rest.size() && rest.at(end) == QLatin1Char(':');
        term.value = hasColon ? rest.mid(end + 1) : rest.mid(end);
        if (name == QLatin1String("all")) {
            term.kind = SpfTerm::Kind::All;
            if (end != rest.size())
                fail(tr("\"%1\": \"all\" takes no value").arg(word));
        } else if (name == QLatin1String("include") || name == QLatin1String("exists")) {
            term.kind = name == QLatin1String("include") ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
            if (!hasColon || !isDomainSpec(term.value))
                fail(tr("\"%1\" must be followed by \":\" and a domain").arg(word));
        } else if (name == QLatin1String("a") || name == QLatin1String("mx")) {
            term.kind = name == QLatin1String("a") ? SpfTerm::Kind::A : SpfTerm::Kind::Mx;
            if (!isDomainWithCidr(term.value, hasColon))
                fail(tr("\"%1\" is not a valid \"%2\" mechanism").arg(word, name));
        } else if (name == QLatin1String("ptr")) {
            term.kind = SpfTerm::Kind::Ptr;
            if ((hasColon && !isDomainSpec(term.value)) || (!hasColon && end != rest.size()))
                fail(tr("\"%1\" is not a valid \"ptr\" mechanism").arg(word));
        } else if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
            const bool v4 = name == QLatin1String("ip4");
            term.kind = v4 ? SpfTerm::Kind::Ip4 : SpfTerm::Kind::Ip6;
            if (!hasColon
                || !isNetwork(term.value, v4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol))
                fail(tr("\"%1\" is not a valid IPv%2 address or network").arg(word).arg(v4 ? 4 : 6));
        } else {
            // §5: an unknown mechanism is a permerror.
            fail(tr("\"%1\" is not an SPF mechanism").arg(word));
            continue;
        }
        record.m_terms << term;
    }
    return record;
}

const SpfTerm *SpfRecord::allTerm() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::All)
            return &term;
    }
    return nullptr;
}

QString SpfRecord::redirect() const
{
    if (allTerm())
        return {};
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::Redirect)
            return term.value;
    }
    return {};
}

QStringList SpfRecord::includes() const
{
    QStringList hosts;
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::All)
            break;
        if (term.kind == SpfTerm::Kind::Include)
            hosts << term.value;
    }
    return hosts;
}

int SpfRecord::lookupTermCount() const
{
    int count = 0;
    const bool hasAll = allTerm() != nullptr;
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::All)
            break;
        if (term.kind == SpfTerm::Kind::Redirect && hasAll)
            continue;
        if (term.countsAsLookup())
            ++count;
    }
    return count;
}

bool SpfRecord::hasPtr() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::Ptr)
            return true;
    }
    return false;
}

bool SpfRecord::hasAddressTerms() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.kind == SpfTerm::Kind::Ip4 || term.kind == SpfTerm::Kind::Ip6)
            return true;
    }
    return false;
}

QString SpfRecord::withInclude(const QString &record, const QString &host)
{
    const QString include = QLatin1String("include:") + host;
    if (!isSpf(record))
        return QLatin1String("v=spf1 ") + include + QLatin1String(" ~all");
    QStringList words = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString name = words.at(i).toLower();
        if (!name.isEmpty() && QStringLiteral("+-~?").contains(name.at(0)))
            name.remove(0, 1);
        if (name == QLatin1String("all") || name.startsWith(QLatin1String("redirect="))) {
            words.insert(i, include);
            return words.join(QLatin1Char(' '));
        }
    }
    // No "all" and no redirect: the result would be neutral (§4.7); end
    // the record the way providers document it.
    words << include << QStringLiteral("~all");
    return words.join(QLatin1Char(' '));
}

} // namespace stamp::domain
