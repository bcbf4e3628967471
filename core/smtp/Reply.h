// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayList>
#include <QString>

namespace stamp {

// An enhanced status code `class.subject.detail` (RFC 3463, RFC 2034 §4).
struct EnhancedStatus
{
    int klass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return klass >= 2 && klass <= 5; }
    QString toString() const;
    bool operator==(const EnhancedStatus &o) const
    {
        return klass == o.klass && subject == o.subject && detail == o.detail;
    }
    bool operator!=(const EnhancedStatus &o) const { return !(*this == o); }

    // Parses "5.7.8" at the start of `text`; returns the number of bytes used (0 when there is none).
    static int parse(const QByteArray &text, EnhancedStatus *out);
};

// One complete server reply (RFC 5321 §4.2): a three-digit code and one or
// more lines of text. For multi-line replies `lines` holds every line's text.
class Reply
{
public:
    int code = 0;
    EnhancedStatus enhanced;  // from the first line, when the server sent one
    QByteArrayList lines;     // text after "NNN-" / "NNN ", enhanced code removed

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }

    // All lines joined with a space, as a person would read them (Latin-1 safe).
    QString text() const;
    // "550 5.1.1 text..." on one line, for messages and JSON.
    QString summary() const;
};

}  // namespace stamp
