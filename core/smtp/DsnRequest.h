// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace stamp {

// A request for delivery status notifications (RFC 3461) for one message:
// when the recipients' servers should report back (NOTIFY), how much of
// the message a report returns (RET) and the sender's own tag for the
// transaction (ENVID). Nothing is asked for unless `notify` says so.
struct DsnRequest
{
    // RFC 3461 §4.1: NEVER, or any of SUCCESS, FAILURE, DELAY.
    enum Notify : unsigned {
        NotifyDefault = 0,  // not asked: no DSN parameters at all
        NotifyNever = 1,
        NotifySuccess = 2,
        NotifyFailure = 4,
        NotifyDelay = 8,
    };
    // RFC 3461 §4.3.
    enum class Return { Unset, Full, Headers };

    unsigned notify = NotifyDefault;
    Return ret = Return::Unset;
    QString envid;

    // Whether anything is asked of the server at all.
    bool requested() const { return notify != NotifyDefault || ret != Return::Unset || !envid.isEmpty(); }

    // " RET=HDRS ENVID=..." for MAIL FROM (RFC 3461 §4.3, §4.4).
    QByteArray mailParameters() const;
    // " NOTIFY=... ORCPT=..." for one RCPT TO (RFC 3461 §4.1, §4.2).
    // `address` is the recipient as given, `wire` its envelope form;
    // `smtpUtf8`: the transaction uses SMTPUTF8 (RFC 6533 §3).
    QByteArray rcptParameters(const QString &address, const QByteArray &wire, bool smtpUtf8) const;

    // Reports quote the ENVID (RFC 3461 §6.3): when reports are asked for
    // and none was given, a random one, so they can be matched to the Sent
    // item.
    void ensureEnvid();

    // Why the request cannot be sent as it is (a bad ENVID, NEVER with
    // another keyword), or empty.
    QString problem() const;

    // "never", or a comma list of "success", "failure", "delay"; empty
    // for NotifyDefault. parseNotify() returns nullopt and says why.
    static QString notifyText(unsigned notify);
    static std::optional<unsigned> parseNotify(const QString &text, QString *error);
    static QString returnText(Return ret);  // "full", "hdrs", ""
    static std::optional<Return> parseReturn(const QString &text);

    // Why `envid` is not a usable ENVID (RFC 3461 §4.4: printable
    // US-ASCII, at most 100 characters), or empty.
    static QString envidProblem(const QString &envid);
    // RFC 3461 §4: "+" and characters outside "!" to "~" and "=" as "+HH".
    static QByteArray xtext(const QByteArray &text);
    // RFC 6533 §3 utf-8-addr-unitext: UTF-8 as it is, "\", "+", "=",
    // controls and space as "\x{HH}".
    static QByteArray utf8AddressText(const QString &text);

    QJsonObject toJson() const;  // empty when nothing is requested
    static DsnRequest fromJson(const QJsonObject &json);

    friend bool operator==(const DsnRequest &a, const DsnRequest &b)
    {
        return a.notify == b.notify && a.ret == b.ret && a.envid == b.envid;
    }
};

}  // namespace stamp
