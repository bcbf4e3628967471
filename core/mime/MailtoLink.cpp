// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailtoLink.h"

#include "Message.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <optional>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailtoLink)
};

const QLatin1String kScheme("mailto:");
constexpr qsizetype kMaxIgnoredName = 40;
constexpr int kMaxIgnored = 20;

// What people call each field in the composer, for the error sentences.
QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("to"))
        return Text::tr("To");
    if (field == QLatin1String("cc"))
        return Text::tr("Cc");
    if (field == QLatin1String("bcc"))
        return Text::tr("Bcc");
    if (field == QLatin1String("subject"))
        return Text::tr("subject");
    if (field == QLatin1String("body"))
        return Text::tr("text");
    return Text::tr("In-Reply-To");
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 6068 §2: the octets of every part are percent-encoded UTF-8 (RFC 3986
// §2.1). A '%' without two hex digits is an error, not a literal: guessing
// would turn "%0" into something the sender never meant. '+' is not a space
// (RFC 6068 §5; that is HTML forms). Non-ASCII typed into a link (an IRI)
// is taken as the UTF-8 it stands for.
std::optional<QString> decode(const QString &raw, const QString &label, QString *error)
{
    const QByteArray bytes = raw.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%')
            continue;
        if (i + 2 >= bytes.size() || !isHex(bytes.at(i + 1)) || !isHex(bytes.at(i + 2))) {
            *error
                = Text::tr("The link's %1 has a malformed escape \"%2\" (a % must be followed by two hexadecimal "
                     "digits); it was left out.")
                      .arg(label, QString::fromUtf8(bytes.mid(i, 3)));
            return std::nullopt;
        }
    }
    // Stateless: a sequence cut off at the end is an error, not held back.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(QByteArray::fromPercentEncoding(bytes));
    if (utf8.hasError()) {
        *error = Text::tr("The link's %1 is not UTF-8 text; it was left out.").arg(label);
        return std::nullopt;
    }
    return text;
}

// Control characters other than TAB (and, in the text, line breaks).
bool hasControl(const QString &text, bool lineBreaksAllowed)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == '\t' || (lineBreaksAllowed && (u == '\n' || u == '\r')))
            continue;
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}
} // namespace

bool MailtoLink::isMailto(const QString &text)
{
    return text.startsWith(kScheme, Qt::CaseInsensitive);
}

bool MailtoLink::isEmpty() const
{
    return m_to.isEmpty() && m_cc.isEmpty() && m_bcc.isEmpty() && m_subject.isEmpty() && m_body.isEmpty()
        && m_inReplyTo.isEmpty();
}

AddressList MailtoLink::parsed(const QStringList &texts)
{
    AddressList all;
    for (const QString &text : texts)
        all.append(AddressList::parse(text));
    return all;
}

MailtoLink MailtoLink::parse(const QString &text)
{
    MailtoLink link;
    if (!isMailto(text)) {
        link.m_errors << Text::tr("This is not a mailto: link.");
        return link;
    }
    if (text.size() > kMaxLinkLength) {
        link.m_errors << Text::tr("The link is longer than %1 characters; it was not used.").arg(kMaxLinkLength);
        return link;
    }
    // mailtoURI = "mailto:" [ to ] [ hfields ] (RFC 6068 §2). Split before
    // decoding, so an encoded '?', '&' or '=' stays inside its value.
    const QString rest = text.mid(kScheme.size());
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    link.addRecipients(&link.m_to, QStringLiteral("to"), rest.left(question));
    if (question < 0)
        return link;
    const QStringList hfields = rest.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &hfield : hfields) {
        const qsizetype equals = hfield.indexOf(QLatin1Char('='));
        QString problem;
        const std::optional<QString> decodedName = decode(hfield.left(equals), Text::tr("field name"), &problem);
        if (!decodedName) {
            link.m_errors << problem;
            continue;
        }
        // hfield names are case-insensitive (RFC 6068 §2, RFC 5322 §1.2.2).
        const QString name = decodedName->trimmed().toLower();
        const QString value = equals < 0 ? QString() : hfield.mid(equals + 1);
        if (name == QLatin1String("to"))
            link.addRecipients(&link.m_to, name, value);
        else if (name == QLatin1String("cc"))
            link.addRecipients(&link.m_cc, name, value);
        else if (name == QLatin1String("bcc"))
            link.addRecipients(&link.m_bcc, name, value);
        else if (name == QLatin1String("subject"))
            link.setHeader(&link.m_subject, name, value);
        else if (name == QLatin1String("body"))
            link.setHeader(&link.m_body, name, value);
        else if (name == QLatin1String("in-reply-to"))
            link.setHeader(&link.m_inReplyTo, name, value);
        else {
            // RFC 6068 §7: any other field (attach, from, reply-to, an
            // X- header...) could send files or mail in the person's name
            // unseen. Named, so the person hears what the link wanted.
            QString shown;
            for (const QChar c : std::as_const(name)) {
                if (c.isPrint())
                    shown += c;
            }
            shown.truncate(kMaxIgnoredName);
            if (shown.isEmpty())
                shown = QStringLiteral("?");
            if (!link.m_ignored.contains(shown) && link.m_ignored.size() < kMaxIgnored)
                link.m_ignored << shown;
        }
    }
    return link;
}

void MailtoLink::addRecipients(QStringList *list, const QString &field, const QString &value)
{
    const QString label = fieldLabel(field);
    QString problem;
    const std::optional<QString> text = decode(value, label, &problem);
    if (!text) {
        m_errors << problem;
        return;
    }
    QString decoded = *text;
    decoded = decoded.trimmed();
    if (decoded.isEmpty())
        return;
    // A line break would let a value carry a header field of its own
    // (RFC 6068 §7), and no address needs one.
    if (hasControl(decoded, false)) {
        m_errors
            << Text::tr("The link's %1 contains a line break or control character; it was left out.").arg(label);
        return;
    }
    const AddressList addresses = AddressList::parse(decoded);
    const qsizetype already = parsed(m_to).mailboxes().size() + parsed(m_cc).mailboxes().size()
        + parsed(m_bcc).mailboxes().size();
    if (already + addresses.mailboxes().size() > kMaxRecipients) {
        m_errors << Text::tr("The link names more than %1 recipients; the %2 addresses for %3 were left out.")
                        .arg(kMaxRecipients)
                        .arg(addresses.mailboxes().size())
                        .arg(label);
        return;
    }
    // Bare addresses read better with a space after each comma; anything
    // else is kept as written, a wrong address too: the person sees it in
    // the field, with the parser's reason, and can correct it.
    bool bare = addresses.isValid();
    QStringList specs;
    for (const AddressEntry &entry : addresses.entries()) {
        bare = bare && !entry.isGroup && entry.mailbox.displayName().isEmpty();
        specs << entry.mailbox.addrSpec();
    }
    list->append(bare ? specs.join(QStringLiteral(", ")) : decoded);
    for (const AddressError &error : addresses.errors())
        m_errors << Text::tr("Address in %1: %2.").arg(label, error.describe());
}

void MailtoLink::setHeader(QString *target, const QString &field, const QString &value)
{
    const QString label = fieldLabel(field);
    if (!target->isEmpty()) {
        m_errors << Text::tr("The link gives more than one %1; the first was used.").arg(label);
        return;
    }
    QString problem;
    const std::optional<QString> text = decode(value, label, &problem);
    if (!text) {
        m_errors << problem;
        return;
    }
    QString decoded = *text;
    const bool isBody = field == QLatin1String("body");
    if (isBody) {
        // RFC 6068 §5: a line break in the text is %0D%0A; a lone CR or LF
        // is taken as one too.
        decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        decoded.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    } else if (hasLineBreak(decoded)) {
        // RFC 6068 §7: "Subject: x%0D%0ABcc: y" must not add a field.
        m_errors << Text::tr(
            "The link's %1 contains a line break, which could add hidden header fields; it was left out.")
                        .arg(label);
        return;
    }
    if (hasControl(decoded, isBody)) {
        m_errors << Text::tr("The link's %1 contains control characters; it was left out.").arg(label);
        return;
    }
    if (!isBody && decoded.size() > kMaxHeaderLength) {
        m_errors << Text::tr("The link's %1 is longer than %2 characters; it was left out.")
                        .arg(label)
                        .arg(kMaxHeaderLength);
        return;
    }
    if (field == QLatin1String("in-reply-to")) {
        decoded = decoded.trimmed();
        if (!decoded.isEmpty() && Message::normaliseMessageId(decoded).isEmpty()) {
            m_errors << Text::tr("The link's In-Reply-To \"%1\" is not a message identifier; it was left out.")
                            .arg(decoded);
            return;
        }
    }
    *target = decoded;
}

} // namespace stamp
