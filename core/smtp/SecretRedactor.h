// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QList>

namespace stamp {

// Takes the secrets a session sent out of everything the server says back.
// A hostile or careless server may quote the credentials in its reply (a
// 535 that repeats the password, or the base64 PLAIN payload it could not
// parse); the reply text reaches the terminal, logs, the outbox and Sent
// items, so the secret is cut out before anything reads it: the secret
// itself, and every payload the client sent for it, raw and in the base64
// form it travelled in (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER, SCRAM).
class SecretRedactor
{
public:
    // Strings shorter than this are not redacted: a two-letter "secret"
    // would blank ordinary words of every reply.
    static constexpr int kMinLength = 4;

    // A secret (password or token): raw and base64.
    void addSecret(const QString &secret);
    // An authentication payload as the mechanism produced it; it went out
    // base64-encoded (RFC 4954 §4), so both forms are redacted.
    void addPayload(const QByteArray &raw);
    void clear() { m_needles.clear(); }
    bool isEmpty() const { return m_needles.isEmpty(); }

    QByteArray redacted(QByteArray text) const;
    void redact(Reply &reply) const;

private:
    void add(const QByteArray &needle);

    QList<QByteArray> m_needles;  // longest first, so a payload goes before the secret inside it
};

}  // namespace stamp
