// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace stamp::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MessageOptions)
};
} // namespace

MessageOptions::MessageOptions(QCommandLineParser &parser)
    : m_from(QStringLiteral("from"), Text::tr("Sender: an address, or \"Name <address>\"."), QStringLiteral("ADDR"))
    , m_fromName(QStringLiteral("from-name"), Text::tr("The sender's name, shown by mail readers."),
          QStringLiteral("NAME"))
    , m_sender(QStringLiteral("sender"),
          Text::tr("Write a Sender field: the address that sends the message for its author (RFC 5322 "
                   "§3.6.2). With a saved account Stamp writes one itself when the server needs it."),
          QStringLiteral("ADDR"))
    , m_to(QStringLiteral("to"),
          Text::tr("Recipients (repeatable; several separated by commas or semicolons; \"Name <address>\" and "
             "groups such as \"Team: a@x, b@y;\" are understood)."),
          QStringLiteral("ADDRS"))
    , m_cc(QStringLiteral("cc"), Text::tr("Copy recipients (repeatable, like --to)."), QStringLiteral("ADDRS"))
    , m_bcc(QStringLiteral("bcc"),
          Text::tr("Blind copy recipients: envelope only, never written into the message."),
          QStringLiteral("ADDRS"))
    , m_replyTo(QStringLiteral("reply-to"), Text::tr("Where replies should go (repeatable, like --to)."),
          QStringLiteral("ADDRS"))
    , m_subject(QStringLiteral("subject"), Text::tr("The subject line."), QStringLiteral("TEXT"))
    , m_body(QStringLiteral("body"), Text::tr("The message text."), QStringLiteral("TEXT"))
    , m_bodyFile(QStringLiteral("body-file"), Text::tr("Read the message text (UTF-8) from a file."),
          QStringLiteral("FILE"))
    , m_htmlFile(QStringLiteral("html-file"),
          Text::tr("Read an HTML version of the message (UTF-8) from a file; readers show it instead of the text."),
          QStringLiteral("FILE"))
    , m_attach(QStringLiteral("attach"),
          Text::tr("Attach a file (repeatable). Its type is found from its name and content."),
          QStringLiteral("FILE"))
    , m_header(QStringLiteral("header"), Text::tr("Add a header field, given as \"Name: value\" (repeatable)."),
          QStringLiteral("FIELD"))
    , m_priority(QStringLiteral("priority"), Text::tr("high, normal (default) or low."), QStringLiteral("LEVEL"))
    , m_inReplyTo(QStringLiteral("in-reply-to"), Text::tr("The Message-ID of the message this one answers."),
          QStringLiteral("ID"))
    , m_references(QStringLiteral("references"),
          Text::tr("Message-IDs of the conversation so far, oldest first (repeatable)."), QStringLiteral("ID"))
    , m_template(QStringLiteral("template"),
          Text::tr("Start from this saved template (see 'stamp template list'). --from, --to, --cc, --bcc, "
                   "--subject, --body or --body-file and --html-file replace its fields; --attach adds files to "
                   "its attachments."),
          QStringLiteral("NAME"))
    , m_readReceipt(QStringLiteral("read-receipt"),
          Text::tr("Ask the recipients' mail readers for a read receipt to the sender (RFC 8098); they may "
                   "ignore it."))
{
    parser.addOptions({ m_from, m_fromName, m_sender, m_to, m_cc, m_bcc, m_replyTo, m_subject, m_body, m_bodyFile,
        m_htmlFile, m_attach, m_header, m_priority, m_inReplyTo, m_references, m_template, m_readReceipt });
    parser.addPositionalArgument(QStringLiteral("mailto-uri"),
        Text::tr("A mailto: link (RFC 6068) to start from. --to, --cc and --bcc add to its recipients; --subject, "
           "--body or --body-file, and --in-reply-to replace its subject, text and In-Reply-To. Other fields "
           "in the link (attach, from, other headers) are ignored, with a warning."),
        QStringLiteral("[MAILTO-URI]"));
}

QStringList MessageOptions::readLink(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return {};
    if (positional.size() > 1 || !MailtoLink::isMailto(positional.constFirst()))
        return { Text::tr("unexpected argument \"%1\" (only one mailto: link may be given).")
                     .arg(positional.size() > 1 ? positional.at(1) : positional.constFirst()) };
    m_link = MailtoLink::parse(positional.constFirst());
    for (const QString &name : m_link.ignored())
        m_warnings << Text::tr("the link's \"%1\" field is ignored (RFC 6068 §7).").arg(name);
    return m_link.errors();
}

QStringList MessageOptions::readTemplate(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_template))
        return {};
    const QString name = parser.value(m_template);
    if (!parser.positionalArguments().isEmpty())
        return { Text::tr("--template and a mailto: link both start a message; give one of them.") };
    m_start = TemplateStore().find(name);
    if (!m_start)
        return { Text::tr("--template: there is no template named \"%1\" ('stamp template list' shows them).")
                     .arg(name) };
    // Nobody sees the message before it goes, so a file the template
    // attached that is gone stops the send instead of leaving it out.
    QStringList problems;
    const QStringList missing = m_start->missingAttachments();
    for (const QString &path : missing)
        problems << Text::tr("--template: \"%1\" attaches \"%2\", which cannot be read (any more).")
                        .arg(m_start->name, path);
    for (const QString &path : m_start->content.attachments) {
        if (!missing.contains(path))
            m_message.attachments.append({ path, {}, {} });
    }
    return problems;
}

bool MessageOptions::composes(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option : { &m_template, &m_fromName, &m_sender, &m_replyTo, &m_subject, &m_body,
             &m_bodyFile, &m_htmlFile, &m_attach, &m_header, &m_priority, &m_inReplyTo, &m_references,
             &m_readReceipt }) {
        if (parser.isSet(*option))
            return true;
    }
    return !m_link.subject().isEmpty() || !m_link.body().isEmpty() || !m_link.inReplyTo().isEmpty();
}

QString MessageOptions::readTextFile(
    const QCommandLineOption &option, const QCommandLineParser &parser, QString *text) const
{
    const QString path = parser.value(option);
    const QString flag = QStringLiteral("--") + option.names().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("cannot read %1 \"%2\": %3.").arg(flag, path, file.errorString());
    // Text is held in memory to be encoded; a file this large is meant to
    // be an attachment.
    constexpr qint64 kMaxText = 64 * 1024 * 1024;
    if (file.size() > kMaxText)
        return Text::tr("%1 \"%2\" is larger than 64 MiB; send it with --attach instead.").arg(flag, path);
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return Text::tr("%1 \"%2\" is not UTF-8 text; convert it, or send it with --attach instead.")
            .arg(flag, path);
    return {};
}

void MessageOptions::readAddresses(const QCommandLineParser &parser)
{
    // Each value is its own list, so an error's position is within what
    // was typed for that option.
    auto list = [&parser](const QCommandLineOption &option) {
        AddressList all;
        for (const QString &value : parser.values(option))
            all.append(AddressList::parse(value));
        return all;
    };
    // A link's recipients come first; the options add to them. Mistakes
    // in the link's addresses are among readLink()'s problems already.
    auto withLink = [&list](const AddressList &fromLink, const QCommandLineOption &option) {
        AddressList all;
        for (const AddressEntry &entry : fromLink.entries()) {
            if (entry.isGroup)
                all.appendGroup(entry.groupName, entry.members);
            else
                all.append(entry.mailbox);
        }
        all.append(list(option));
        return all;
    };
    m_message.to = withLink(m_link.to(), m_to);
    m_message.cc = withLink(m_link.cc(), m_cc);
    m_message.bcc = withLink(m_link.bcc(), m_bcc);
    // A template's recipients stand unless the option is given: then the
    // option's replace them (documented at --template).
    if (m_start) {
        if (!parser.isSet(m_to))
            m_message.to = AddressList::parse(m_start->content.to);
        if (!parser.isSet(m_cc))
            m_message.cc = AddressList::parse(m_start->content.cc);
        if (!parser.isSet(m_bcc))
            m_message.bcc = AddressList::parse(m_start->content.bcc);
    }
    m_message.replyTo = list(m_replyTo);
}

QString MessageOptions::read(const QCommandLineParser &parser, const QString &defaultFrom)
{
    QStringList problems = readTemplate(parser);
    // With --account the sender defaults to the account's own address; a
    // template's sender comes before that.
    const QString templateFrom = m_start ? m_start->content.from.trimmed() : QString();
    const QString fromText = parser.isSet(m_from) ? parser.value(m_from)
                             : !templateFrom.isEmpty() ? templateFrom
                                                       : defaultFrom;
    if (fromText.isEmpty()) {
        problems << Text::tr("--from is required.");
    } else {
        AddressError error;
        m_message.from = Address::fromText(fromText, &error);
        if (m_message.from.isNull())
            problems << Text::tr("--from: %1.").arg(error.describe());
        else if (parser.isSet(m_fromName))
            m_message.from.setDisplayName(parser.value(m_fromName));
    }
    if (parser.isSet(m_sender)) {
        AddressError error;
        m_message.sender = Address::fromText(parser.value(m_sender), &error);
        if (m_message.sender.isNull())
            problems << Text::tr("--sender: %1.").arg(error.describe());
    }
    problems << readLink(parser);
    readAddresses(parser);

    if (parser.isSet(m_body) && parser.isSet(m_bodyFile))
        problems << Text::tr("use either --body or --body-file, not both.");
    else if (parser.isSet(m_bodyFile))
        problems << readTextFile(m_bodyFile, parser, &m_message.textBody);
    else if (parser.isSet(m_body))
        m_message.textBody = parser.value(m_body);
    else if (m_start)
        m_message.textBody = m_start->content.text;
    else
        m_message.textBody = m_link.body();
    if (parser.isSet(m_htmlFile))
        problems << readTextFile(m_htmlFile, parser, &m_message.htmlBody);
    else if (m_start && !parser.isSet(m_body) && !parser.isSet(m_bodyFile))
        m_message.htmlBody = m_start->content.html;  // the text it goes with stands
    m_message.subject = parser.isSet(m_subject) ? parser.value(m_subject)
                        : m_start                ? m_start->content.subject
                                                 : m_link.subject();

    for (const QString &path : parser.values(m_attach))
        m_message.attachments.append({ path, {}, {} });
    for (const QString &field : parser.values(m_header)) {
        const qsizetype colon = field.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            problems << Text::tr("--header \"%1\" needs the form \"Name: value\".").arg(field);
            continue;
        }
        m_message.extraHeaders.append({ field.left(colon).trimmed(), field.mid(colon + 1).trimmed() });
    }

    const QString priority = parser.value(m_priority).trimmed().toLower();
    if (priority == QLatin1String("high") || priority == QLatin1String("urgent"))
        m_message.priority = Message::Priority::High;
    else if (priority == QLatin1String("low"))
        m_message.priority = Message::Priority::Low;
    else if (!priority.isEmpty() && priority != QLatin1String("normal"))
        problems << Text::tr("--priority must be high, normal or low, not \"%1\".").arg(parser.value(m_priority));
    m_message.inReplyTo = parser.isSet(m_inReplyTo) ? parser.value(m_inReplyTo) : m_link.inReplyTo();
    m_message.readReceipt = parser.isSet(m_readReceipt);
    for (const QString &value : parser.values(m_references))
        m_message.references << value.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    // Everything else is checked even when the sender is missing, so one
    // run shows every problem; the missing sender is already reported.
    Message checked = m_message;
    if (checked.from.isNull())
        checked.from = Address({}, QStringLiteral("sender"), QStringLiteral("example.invalid"));
    problems << checked.validate();
    problems.removeAll(QString());
    return problems.join(QLatin1Char('\n'));
}

} // namespace stamp::cli
