// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DsnRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DsnRequest)
};

struct Keyword
{
    DsnRequest::Notify flag;
    const char *id;
};
// The order RFC 3461 §4.1 lists them in, which is also the wire order.
constexpr Keyword kKeywords[] = {
    { DsnRequest::NotifySuccess, "success" },
    { DsnRequest::NotifyFailure, "failure" },
    { DsnRequest::NotifyDelay, "delay" },
};

// RFC 3461 §4.4: ENVID is at most 100 characters, §4: xtext of printable
// US-ASCII.
constexpr int kMaxEnvid = 100;
} // namespace

QByteArray DsnRequest::mailParameters() const
{
    QByteArray params;
    if (ret == Return::Full)
        params += " RET=FULL";
    else if (ret == Return::Headers)
        params += " RET=HDRS";
    if (!envid.isEmpty())
        params += " ENVID=" + xtext(envid.toLatin1());
    return params;
}

QByteArray DsnRequest::rcptParameters(const QString &address, const QByteArray &wire, bool smtpUtf8) const
{
    if (!requested())
        return {};
    QByteArray params;
    if (notify != NotifyDefault)
        params += " NOTIFY=" + notifyText(notify).toUpper().toLatin1();
    // RFC 3461 §4.2: the recipient as the sender gave it, so a report can
    // be matched to it after forwarding. An address with a non-ASCII local
    // part cannot be rfc822 xtext; RFC 6533 §3 gives it the "utf-8" type,
    // usable only in an SMTPUTF8 transaction.
    bool ascii = true;
    for (const QChar c : address)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        params += " ORCPT=rfc822;" + xtext(wire);
    else if (smtpUtf8)
        params += " ORCPT=utf-8;" + utf8AddressText(address);
    return params;
}

void DsnRequest::ensureEnvid()
{
    if (envid.isEmpty() && notify != NotifyDefault && notify != NotifyNever)
        envid = QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
}

QString DsnRequest::problem() const
{
    if ((notify & NotifyNever) && (notify & ~unsigned(NotifyNever)))
        return Text::tr("A delivery report cannot be both \"never\" and asked for on success, failure or delay.");
    return envidProblem(envid);
}

QString DsnRequest::notifyText(unsigned notify)
{
    if (notify & NotifyNever)
        return QStringLiteral("never");
    QStringList words;
    for (const Keyword &k : kKeywords) {
        if (notify & k.flag)
            words << QLatin1String(k.id);
    }
    return words.join(QLatin1Char(','));
}

std::optional<unsigned> DsnRequest::parseNotify(const QString &text, QString *error)
{
    unsigned notify = NotifyDefault;
    const QStringList words = text.split(QLatin1Char(','), Qt::KeepEmptyParts);
    for (const QString &raw : words) {
        const QString word = raw.trimmed().toLower();
        unsigned flag = word == QLatin1String("never") ? unsigned(NotifyNever) : 0;
        for (const Keyword &k : kKeywords) {
            if (word == QLatin1String(k.id))
                flag = k.flag;
        }
        if (!flag) {
            if (error)
                //: %1 is what was given; the words in quotes are fixed keywords
                *error = Text::tr("\"%1\" is not a delivery report condition: use \"never\", or one or more of "
                                  "\"success\", \"failure\" and \"delay\" separated by commas.")
                             .arg(raw.trimmed());
            return std::nullopt;
        }
        notify |= flag;
    }
    if ((notify & NotifyNever) && notify != NotifyNever) {
        if (error)
            *error = Text::tr("\"never\" cannot be combined with \"success\", \"failure\" or \"delay\".");
        return std::nullopt;
    }
    return notify;
}

QString DsnRequest::returnText(Return ret)
{
    switch (ret) {
    case Return::Full:
        return QStringLiteral("full");
    case Return::Headers:
        return QStringLiteral("hdrs");
    case Return::Unset:
        break;
    }
    return {};
}

std::optional<DsnRequest::Return> DsnRequest::parseReturn(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("full"))
        return Return::Full;
    if (t == QLatin1String("hdrs") || t == QLatin1String("headers"))
        return Return::Headers;
    if (t.isEmpty())
        return Return::Unset;
    return std::nullopt;
}

QString DsnRequest::envidProblem(const QString &envid)
{
    if (envid.size() > kMaxEnvid)
        //: %1 is a number
        return Text::tr("The envelope ID is longer than %1 characters.").arg(kMaxEnvid);
    for (const QChar c : envid) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return Text::tr("The envelope ID may hold only printable ASCII characters (no line breaks, no "
                            "accented letters).");
    }
    return {};
}

QByteArray DsnRequest::xtext(const QByteArray &text)
{
    // RFC 3461 §4: xchar is "!" to "~" except "+" and "="; anything else
    // is "+" and two upper-case hex digits.
    QByteArray out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<uchar>(ch);
        if (c >= 0x21 && c <= 0x7e && c != '+' && c != '=')
            out += ch;
        else
            out += '+' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

QByteArray DsnRequest::utf8AddressText(const QString &text)
{
    // RFC 6533 §3: QUCHAR is printable ASCII but "+", "=" and "\", or any
    // non-ASCII UTF-8; everything else is an EmbeddedUnicodeChar "\x{HEX}".
    QByteArray out;
    for (const char32_t cp : text.toUcs4()) {
        const bool plain = cp >= 0x80 || (cp >= 0x21 && cp <= 0x7e && cp != '+' && cp != '=' && cp != '\\');
        if (plain)
            out += QString::fromUcs4(&cp, 1).toUtf8();
        else
            out += "\\x{" + QByteArray::number(uint(cp), 16).toUpper().rightJustified(2, '0') + '}';
    }
    return out;
}

QJsonObject DsnRequest::toJson() const
{
    QJsonObject o;
    if (notify != NotifyDefault)
        o[QStringLiteral("notify")] = notifyText(notify);
    if (ret != Return::Unset)
        o[QStringLiteral("ret")] = returnText(ret);
    if (!envid.isEmpty())
        o[QStringLiteral("envid")] = envid;
    return o;
}

DsnRequest DsnRequest::fromJson(const QJsonObject &json)
{
    DsnRequest r;
    r.notify = parseNotify(json.value(QStringLiteral("notify")).toString(), nullptr).value_or(NotifyDefault);
    r.ret = parseReturn(json.value(QStringLiteral("ret")).toString()).value_or(Return::Unset);
    r.envid = json.value(QStringLiteral("envid")).toString();
    return r;
}

} // namespace stamp
