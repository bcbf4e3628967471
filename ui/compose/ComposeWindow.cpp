// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ComposeWindow.h"

#include "AddressField.h"
#include "AttachmentList.h"
#include "Colours.h"
#include "SendLaterDialog.h"
#include "StatusAnnouncer.h"
#include "accounts/ServerFacts.h"
#include "client/MailClient.h"
#include "mime/Message.h"
#include "mime/MessageWriter.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxService.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace stamp::ui {

namespace {
// "Name <a@b>", the name quoted when it holds characters that would make
// the line mean something else (RFC 5322 §3.2.3 specials).
QString identityText(const Identity &identity)
{
    if (identity.name.isEmpty())
        return identity.address;
    QString name = identity.name;
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return specials.contains(c); })) {
        name.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        name.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return name + QStringLiteral(" <") + identity.address + QLatin1Char('>');
}

// The signature block as it ends a message: the separator line "-- "
// (dash, dash, space: RFC 3676 §4.3, so readers can recognise and trim it).
QString signatureBlock(const QString &signature)
{
    return QStringLiteral("-- \n") + signature;
}

// Removes `signature`'s block from the end of `document`; true if it was there.
bool removeSignature(QTextDocument *document, const QString &signature)
{
    if (signature.isEmpty())
        return false;
    for (QTextBlock block = document->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text() != QLatin1String("-- "))
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        if (cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')).trimmed()
            != signatureBlock(signature).trimmed())
            return false;
        // Also the line break before the separator.
        cursor.setPosition(qMax(0, block.position() - 1));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        return true;
    }
    return false;
}

// The same message as far as the person can tell (its id and time aside).
bool isUnchanged(const Draft &a, const Draft &b)
{
    return a.from == b.from && a.to == b.to && a.cc == b.cc && a.bcc == b.bcc && a.subject == b.subject
           && a.text == b.text && a.html == b.html && a.attachments == b.attachments;
}
}  // namespace

ComposeWindow::ComposeWindow(const SendTarget &target, QStringListModel *completions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_target(target)
    , m_from(new QComboBox(this))
    , m_to(new AddressField(this))
    , m_cc(new AddressField(this))
    , m_bcc(new AddressField(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_richBody(new QTextEdit(this))
    , m_bodies(new QStackedWidget(this))
    , m_richToggle(new QCheckBox(tr("&Rich text"), this))
    , m_attachments(new AttachmentList(this))
    , m_problem(new QLabel(this))
    , m_reviewCertificate(new QPushButton(tr("Re&view certificate..."), this))
    , m_login(new QPushButton(tr("&Enter password…"), this))
    , m_loginPrompt(LoginPrompt::None)
    , m_progress(new QProgressBar(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel sending"), this))
{
    setObjectName(QStringLiteral("composeWindow"));
    setWindowTitle(tr("New message"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/stamp.svg")));
    // The size the person last gave a composer (not the place: several
    // composers would then open exactly on top of each other).
    resize(QSettings().value(QStringLiteral("compose/size"), QSize(720, 560)).toSize());

    // The account's identities to choose from; editable for the rare
    // one-off sender the server allows.
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_from->setEditable(true);
    m_from->setInsertPolicy(QComboBox::NoInsert);
    m_from->lineEdit()->setObjectName(QStringLiteral("fromEdit"));
    for (const Identity &identity : target.identities)
        m_from->addItem(identityText(identity));
    if (target.identities.isEmpty())
        m_from->addItem(target.fromAddress);
    m_from->setCurrentIndex(0);
    m_from->setAccessibleName(tr("From"));
    m_from->setToolTip(tr("Sending through %1").arg(target.name));
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] { applySignature(currentIdentity()); });
    for (AddressField *field : {m_to, m_cc, m_bcc}) {
        if (completions)
            field->setCompletions(completions);
        connect(field, &QLineEdit::textChanged, this, &ComposeWindow::updateSendable);
    }
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setAccessibleName(tr("To"));
    m_cc->setObjectName(QStringLiteral("ccEdit"));
    m_cc->setAccessibleName(tr("Cc"));
    m_bcc->setObjectName(QStringLiteral("bccEdit"));
    m_bcc->setAccessibleName(tr("Bcc"));
    for (AddressField *field : { m_to, m_cc, m_bcc }) {
        field->problemLabel()->setObjectName(
            field->objectName().replace(QStringLiteral("Edit"), QStringLiteral("Problem")));
        field->problemLabel()->setAccessibleName(tr("Problem in %1").arg(field->accessibleName()));
    }
    m_bcc->setToolTip(tr("Bcc recipients get the message without anyone seeing their address"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setTabChangesFocus(true);
    m_body->installEventFilter(this);
    m_richBody->setObjectName(QStringLiteral("richBodyEdit"));
    m_richBody->setAccessibleName(tr("Message text (formatted)"));
    m_richBody->setTabChangesFocus(true);
    m_richBody->setAcceptRichText(true);
    m_richBody->installEventFilter(this);
    m_bodies->addWidget(m_body);
    m_bodies->addWidget(m_richBody);
    m_richToggle->setObjectName(QStringLiteral("richTextToggle"));
    m_richToggle->setToolTip(tr("Send formatted text (HTML) with a plain-text copy for readers that want one"));
    connect(m_richToggle, &QCheckBox::toggled, this, &ComposeWindow::setRichText);
    connect(m_attachments, &AttachmentList::changed, this, &ComposeWindow::onAttachmentsChanged);
    connect(m_attachments, &AttachmentList::problems, this, [this](const QStringList &sentences) {
        showProblem(tr("Some files could not be attached"), sentences.join(QStringLiteral("<br>")).toHtmlEscaped());
    });
    setAcceptDrops(true);

    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->hide();
    m_reviewCertificate->setObjectName(QStringLiteral("reviewCertificateButton"));
    m_reviewCertificate->setAccessibleName(tr("Review the server's certificate"));
    m_reviewCertificate->hide();
    connect(m_reviewCertificate, &QPushButton::clicked, this, &ComposeWindow::reviewCertificate);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->hide();
    connect(m_login, &QPushButton::clicked, this, &ComposeWindow::answerLoginQuestion);
    m_attachments->setServerLimit(ServerFacts::sizeLimit(target.server.host, target.server.effectivePort()),
                                  target.server.host);

    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->hide();
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_send->setAccessibleDescription(tr("Sends the message (Ctrl+Enter). For a few seconds Undo send (Ctrl+Z) "
                                        "takes it back."));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->hide();
    m_undo = new QPushButton(tr("U&ndo send"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Take the message back before it leaves (Ctrl+Z)"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, &ComposeWindow::undoSend);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ComposeWindow::showHoldCountdown);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("quotaNotice"));
    // Plain text: an address in angle brackets is not markup. Wrapped, and
    // as tall as its words need (a screen reader reads the whole text).
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(QStringLiteral("color: %1;").arg(colours::warning().name()));
    m_notice->hide();
    m_adviceTimer.setSingleShot(true);
    m_adviceTimer.setInterval(kAdvicePauseMs);
    connect(&m_adviceTimer, &QTimer::timeout, this, &ComposeWindow::updateNotice);

    // Why Send is greyed out, next to it (and in its tooltip).
    m_sendReason = new QLabel(this);
    m_sendReason->setObjectName(QStringLiteral("sendReason"));
    m_sendReason->setAccessibleName(tr("Why the message cannot be sent yet"));
    m_sendReason->hide();
    // The banner and the undo period are seen at a glance; a screen
    // reader hears them through this (the window has no status bar).
    m_announcer = new StatusAnnouncer(nullptr, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    // Each address field with the reason for a problem in it underneath,
    // in one cell (a row of its own would take the height of a wrapped
    // text at its narrowest).
    const auto addAddressRow = [this, form](const QString &label, AddressField *field) {
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field);
        cell->addWidget(field->problemLabel());
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        form->addRow(name, cell);
    };
    addAddressRow(tr("&To:"), m_to);
    addAddressRow(tr("&Cc:"), m_cc);
    addAddressRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("S&ubject:"), m_subject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_richToggle);
    m_templatesButton = makeTemplatesButton();
    buttons->addWidget(m_templatesButton);
    buttons->addWidget(makeOptionsButton());
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_undo);
    m_sendLater = new QPushButton(tr("Send &later..."), this);
    m_sendLater->setObjectName(QStringLiteral("sendLaterButton"));
    m_sendLater->setToolTip(tr("Choose when the message leaves; it waits in the Outbox until then"));
    m_sendLater->setAccessibleDescription(
        tr("Asks for a date and time; the message waits in the Outbox until then and can be removed there."));
    m_sendLater->hide();  // with a client only (setClient)
    connect(m_sendLater, &QPushButton::clicked, this, &ComposeWindow::askSendTime);
    buttons->addWidget(m_sendReason);
    buttons->addWidget(m_sendLater);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    auto *bannerButtons = new QHBoxLayout;
    bannerButtons->addWidget(m_reviewCertificate);
    bannerButtons->addWidget(m_login);
    bannerButtons->addStretch();
    layout->addLayout(bannerButtons);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_bodies, 1);
    layout->addWidget(m_attachments);
    layout->addLayout(buttons);

    // Tab follows the window from top to bottom: the fields, the text, the
    // attachments, then the buttons with Send last.
    QList<QWidget *> chain
        = { m_reviewCertificate, m_login, m_from, m_to, m_cc, m_bcc, m_subject, m_body, m_richBody };
    chain << m_attachments->focusOrder();
    chain << QList<QWidget *> { m_richToggle, m_templatesButton, m_options, m_cancel, m_undo, m_sendLater, m_send };
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_send, &QPushButton::clicked, this, &ComposeWindow::send);
    connect(m_cancel, &QPushButton::clicked, this, &ComposeWindow::cancelQueued);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ComposeWindow::send);
    }
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(5000);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (hasUnsentContent() && !m_rendering)
            saveDraft();
    });
    for (QLineEdit *edit : {m_from->lineEdit(), static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                            static_cast<QLineEdit *>(m_bcc), m_subject})
        connect(edit, &QLineEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    // The advice follows the From and recipient fields once typing rests.
    for (QLineEdit *edit : {m_from->lineEdit(), static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                            static_cast<QLineEdit *>(m_bcc)})
        connect(edit, &QLineEdit::textChanged, &m_adviceTimer, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_richBody, &QTextEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_attachments, &AttachmentList::changed, &m_autosave, qOverload<>(&QTimer::start));
    applySignature(currentIdentity());
    m_autosave.stop();
    updateSendable();
    m_to->setFocus();
}

QString ComposeWindow::fromText() const
{
    return m_from->currentText().trimmed();
}

int ComposeWindow::currentIdentity() const
{
    for (int i = 0; i < m_target.identities.size(); ++i) {
        if (identityText(m_target.identities.at(i)) == fromText())
            return i;
    }
    return -1;
}

void ComposeWindow::applySignature(int identity)
{
    const QString wanted = identity >= 0 ? m_target.identities.at(identity).signature.trimmed() : QString();
    if (wanted == m_signature)
        return;
    // Only a signature that is still as inserted is replaced: one the
    // person has edited is theirs.
    const bool rich = m_bodies->currentWidget() == m_richBody;
    QTextDocument *document = rich ? m_richBody->document() : m_body->document();
    if (!m_signature.isEmpty() && !removeSignature(document, m_signature)) {
        m_signature.clear();
        return;
    }
    m_signature = wanted;
    if (wanted.isEmpty())
        return;
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    // Two empty lines above the signature to write in.
    const bool empty = document->isEmpty();
    cursor.insertText((empty ? QStringLiteral("\n\n") : QStringLiteral("\n")) + signatureBlock(wanted));
    if (empty) {
        QTextCursor start(document);
        if (rich)
            m_richBody->setTextCursor(start);
        else
            m_body->setTextCursor(start);
    }
}

void ComposeWindow::setDraftStore(DraftStore *store)
{
    m_drafts = store;
}

Draft ComposeWindow::currentDraft() const
{
    Draft draft;
    draft.id = m_draftId;
    draft.from = fromText();
    draft.to = m_to->text();
    draft.cc = m_cc->text();
    draft.bcc = m_bcc->text();
    draft.subject = m_subject->text();
    const bool rich = m_bodies->currentWidget() == m_richBody;
    draft.text = rich ? m_richBody->toPlainText() : m_body->toPlainText();
    if (rich)
        draft.html = m_richBody->toHtml();
    draft.attachments = m_attachments->paths();
    draft.deliveryReport = m_askDeliveryReport->isChecked();
    draft.readReceipt = m_askReadReceipt->isChecked();
    return draft;
}

void ComposeWindow::loadDraft(const Draft &draft)
{
    m_draftId = draft.id;
    if (!draft.from.isEmpty()) {
        const int known = m_from->findText(draft.from);
        // The draft's text carries its own signature: none is added.
        const QSignalBlocker quiet(m_from);
        if (known >= 0)
            m_from->setCurrentIndex(known);
        else
            m_from->setEditText(draft.from);
    }
    m_to->setText(draft.to);
    m_cc->setText(draft.cc);
    m_bcc->setText(draft.bcc);
    m_subject->setText(draft.subject);
    if (draft.deliveryReport) {
        m_askDeliveryReport->setChecked(*draft.deliveryReport);
        m_deliveryReportChosen = true;
    }
    m_askReadReceipt->setChecked(draft.readReceipt);
    if (!draft.html.isEmpty()) {
        m_richToggle->setChecked(true);
        m_richBody->setHtml(draft.html);
    } else {
        m_body->setPlainText(draft.text);
    }
    const int identity = currentIdentity();
    const QString signature = identity >= 0 ? m_target.identities.at(identity).signature.trimmed() : QString();
    m_signature = !signature.isEmpty() && draft.text.trimmed().endsWith(signatureBlock(signature).trimmed())
                      ? signature
                      : QString();
    // A file that has gone since is reported, not silently dropped.
    m_attachments->addFiles(draft.attachments);
    m_autosave.stop();
}

bool ComposeWindow::saveDraft()
{
    if (!m_drafts)
        return false;
    Draft draft = currentDraft();
    if (const QString error = m_drafts->save(draft); !error.isEmpty()) {
        showProblem(tr("The draft could not be saved"), error.toHtmlEscaped());
        return false;
    }
    m_draftId = draft.id;
    emit draftsChanged();
    return true;
}

ComposeWindow::~ComposeWindow() = default;

bool ComposeWindow::hasUnsentContent() const
{
    // A template's fields as it filled them are not the person's writing.
    if (m_templateStart && isUnchanged(*m_templateStart, currentDraft()))
        return false;
    // A signature on its own is not something the person wrote.
    QString text = (m_bodies->currentWidget() == m_richBody ? m_richBody->toPlainText() : m_body->toPlainText())
                       .trimmed();
    if (!m_signature.isEmpty() && text.endsWith(signatureBlock(m_signature).trimmed()))
        text.chop(signatureBlock(m_signature).trimmed().size());
    return !m_sentOk && !m_inOutbox && !m_settled
           && (!m_to->text().isEmpty() || !m_cc->text().isEmpty() || !m_bcc->text().isEmpty()
               || !m_subject->text().isEmpty() || !text.trimmed().isEmpty() || !m_attachments->paths().isEmpty());
}

QString ComposeWindow::notSendableReason() const
{
    for (const AddressField *field : { m_to, m_cc, m_bcc }) {
        if (!field->isValid())
            return tr("Fix the address in %1").arg(field->accessibleName());
    }
    if ((m_to->addresses() + m_cc->addresses() + m_bcc->addresses()).isEmpty())
        return tr("Add a recipient");
    return {};
}

void ComposeWindow::updateSendable()
{
    if (!m_sendReason)
        return; // still being built
    const bool busy = m_rendering || m_inOutbox || m_settled;
    const QString reason = notSendableReason();
    m_send->setEnabled(reason.isEmpty() && !busy);
    // While it is on its way the progress bar says what happens instead.
    const QString shown = busy ? QString() : reason;
    m_sendReason->setText(shown);
    m_sendReason->setVisible(!shown.isEmpty());
    m_send->setToolTip(shown.isEmpty() ? tr("Send the message (Ctrl+Enter)") : shown);
    if (m_sendLater) {
        m_sendLater->setEnabled(m_send->isEnabled());
        m_sendLater->setToolTip(shown.isEmpty()
                ? tr("Choose when the message leaves; it waits in the Outbox until then")
                : shown);
    }
}

void ComposeWindow::askSendTime()
{
    if (!m_service || !m_send->isEnabled())
        return;
    SendLaterDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        sendAt(dialog.when());
}

void ComposeWindow::onAttachmentsChanged()
{
    // The size banner speaks of the files attached when it appeared:
    // once some are removed it no longer holds (sending again re-measures).
    if (m_problem->isVisible()
        && m_problemTitle == tr("The message is too large for %1").arg(m_attachments->serverHost())
        && m_attachments->totalBytes() < m_problemAttachedBytes)
        m_problem->hide();
}

void ComposeWindow::showProblem(const QString &title, const QString &details, Banner tone)
{
    // Banners that read on light and dark palettes alike: red for what
    // needs the person, a calm blue for what waits and goes by itself.
    const bool dark = colours::darkPalette();
    const QString style = tone == Banner::Problem
                              ? (dark ? QStringLiteral("background: #3b1a18; color: #ffdad6; border: 1px solid #8c1d18;")
                                      : QStringLiteral("background: #fdecea; color: #611a15; border: 1px solid #f5c6cb;"))
                              : (dark ? QStringLiteral("background: #1b2a41; color: #d3e3fd; border: 1px solid #3c5a8a;")
                                      : QStringLiteral("background: #e8f0fe; color: #174ea6; border: 1px solid #c6dafc;"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 8px; }").arg(style));
    m_problem->setProperty("tone", tone == Banner::Problem ? QStringLiteral("problem") : QStringLiteral("waiting"));
    m_problemTitle = title;
    m_problemAttachedBytes = m_attachments->totalBytes();
    m_problem->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), details));
    m_problem->show();
    m_announcer->announce(title, tone == Banner::Problem ? StatusAnnouncer::Kind::Problem
                                                         : StatusAnnouncer::Kind::Progress);
}

void ComposeWindow::setSending(bool sending)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_body, m_richBody,
                                                       m_richToggle, m_options, m_attachments})
        w->setEnabled(!sending);
    m_progress->setVisible(sending);
    // Rendering cannot be cancelled half way (and takes moments): Cancel
    // appears once there is a transfer to stop.
    m_cancel->setVisible(sending && !m_rendering);
    m_send->setVisible(!sending);
    m_sendLater->setVisible(!sending && m_service);
    updateSendable();
}

void ComposeWindow::setRichText(bool rich)
{
    // The text travels with the switch; formatting is dropped going back.
    if (rich && m_bodies->currentWidget() != m_richBody) {
        m_richBody->setPlainText(m_body->toPlainText());
        m_bodies->setCurrentWidget(m_richBody);
        m_richBody->setFocus();
    } else if (!rich && m_bodies->currentWidget() != m_body) {
        m_body->setPlainText(m_richBody->toPlainText());
        m_bodies->setCurrentWidget(m_body);
        m_body->setFocus();
    }
}

namespace {
QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
}  // namespace

void ComposeWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() && !m_rendering)
        event->acceptProposedAction();
}

void ComposeWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    m_attachments->addFiles(paths);
    event->acceptProposedAction();
}

bool ComposeWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Pasting copied files into the text attaches them, as people expect
    // from a file manager's Copy.
    if ((watched == m_body || watched == m_richBody) && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QStringList paths = localFiles(QGuiApplication::clipboard()->mimeData());
        if (!paths.isEmpty()) {
            m_attachments->addFiles(paths);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposeWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ComposeWindow::closeEvent(QCloseEvent *event)
{
    if (m_inOutbox && !m_rendering) {
        // The outbox sends it without this window; nothing to ask.
        m_autosave.stop();
        event->accept();
        return;
    }
    if (m_rendering) {
        QMessageBox::information(this, tr("Still sending"),
                                 tr("The message is being sent. Wait for it to finish, or press Cancel sending."));
        event->ignore();
        return;
    }
    if (hasUnsentContent()) {
        const bool canKeep = m_drafts != nullptr;
        const auto answer = QMessageBox::question(
            this, tr("Keep this message as a draft?"),
            canKeep ? tr("The message has not been sent. Keep it as a draft to finish later, or discard it?")
                    : tr("The message has not been sent. Close it and lose what you wrote?"),
            (canKeep ? QMessageBox::Save : QMessageBox::NoButton) | QMessageBox::Discard | QMessageBox::Cancel,
            canKeep ? QMessageBox::Save : QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft())) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard && m_drafts && !m_draftId.isEmpty() && m_drafts->remove(m_draftId))
            emit draftsChanged();
    }
    m_autosave.stop();
    QSettings().setValue(QStringLiteral("compose/size"), size());
    event->accept();
}

}  // namespace stamp::ui
