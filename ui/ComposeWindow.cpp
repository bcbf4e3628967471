#include "ComposeWindow.h"

#include "AddressField.h"
#include "AttachmentList.h"
#include "mime/Message.h"
#include "mime/MessageWriter.h"
#include "smtp/SubmissionBatch.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QStackedWidget>
#include <QTextEdit>
#include <QThread>
#include <QUrl>

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace stamp::ui {

ComposeWindow::ComposeWindow(const SendTarget &target, QStringListModel *completions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_target(target)
    , m_from(new QLineEdit(this))
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
    , m_progress(new QProgressBar(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel sending"), this))
{
    setObjectName(QStringLiteral("composeWindow"));
    setWindowTitle(tr("New message"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(720, 560);

    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setText(target.fromAddress);
    m_from->setAccessibleName(tr("From"));
    m_from->setToolTip(tr("Sending through %1").arg(target.name));
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
    connect(m_attachments, &AttachmentList::problems, this, [this](const QStringList &sentences) {
        showProblem(tr("Some files could not be attached"), sentences.join(QStringLiteral("<br>")).toHtmlEscaped());
    });
    setAcceptDrops(true);

    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb; border-radius: 4px; padding: 8px; }"));
    m_problem->hide();

    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->hide();
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("S&ubject:"), m_subject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_richToggle);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_bodies, 1);
    layout->addWidget(m_attachments);
    layout->addLayout(buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_richBody);
    setTabOrder(m_richBody, m_richToggle);
    setTabOrder(m_richToggle, m_send);

    connect(m_send, &QPushButton::clicked, this, &ComposeWindow::send);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ComposeWindow::send);
    }
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(5000);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (hasUnsentContent() && !m_batch && !m_rendering)
            saveDraft();
    });
    for (QLineEdit *edit : {m_from, static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                            static_cast<QLineEdit *>(m_bcc), m_subject})
        connect(edit, &QLineEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_richBody, &QTextEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_attachments, &AttachmentList::changed, &m_autosave, qOverload<>(&QTimer::start));
    updateSendable();
    m_to->setFocus();
}

void ComposeWindow::setDraftStore(DraftStore *store)
{
    m_drafts = store;
}

Draft ComposeWindow::currentDraft() const
{
    Draft draft;
    draft.id = m_draftId;
    draft.from = m_from->text();
    draft.to = m_to->text();
    draft.cc = m_cc->text();
    draft.bcc = m_bcc->text();
    draft.subject = m_subject->text();
    const bool rich = m_bodies->currentWidget() == m_richBody;
    draft.text = rich ? m_richBody->toPlainText() : m_body->toPlainText();
    if (rich)
        draft.html = m_richBody->toHtml();
    draft.attachments = m_attachments->paths();
    return draft;
}

void ComposeWindow::loadDraft(const Draft &draft)
{
    m_draftId = draft.id;
    if (!draft.from.isEmpty())
        m_from->setText(draft.from);
    m_to->setText(draft.to);
    m_cc->setText(draft.cc);
    m_bcc->setText(draft.bcc);
    m_subject->setText(draft.subject);
    if (!draft.html.isEmpty()) {
        m_richToggle->setChecked(true);
        m_richBody->setHtml(draft.html);
    } else {
        m_body->setPlainText(draft.text);
    }
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
    return !m_sentOk
           && (!m_to->text().isEmpty() || !m_cc->text().isEmpty() || !m_bcc->text().isEmpty()
               || !m_subject->text().isEmpty() || !m_body->toPlainText().isEmpty()
               || !m_richBody->toPlainText().isEmpty() || !m_attachments->paths().isEmpty());
}

void ComposeWindow::updateSendable()
{
    const bool anyone = !(m_to->addresses() + m_cc->addresses() + m_bcc->addresses()).isEmpty();
    const bool valid = m_to->isValid() && m_cc->isValid() && m_bcc->isValid();
    m_send->setEnabled(anyone && valid && !m_batch && !m_rendering);
}

void ComposeWindow::showProblem(const QString &title, const QString &details)
{
    m_problem->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), details));
    m_problem->show();
}

void ComposeWindow::setSending(bool sending)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_body, m_richBody,
                                                       m_richToggle, m_attachments})
        w->setEnabled(!sending);
    m_progress->setVisible(sending);
    m_cancel->setVisible(sending);
    m_send->setVisible(!sending);
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

void ComposeWindow::send()
{
    if (m_batch || m_rendering || !m_send->isEnabled())
        return;
    m_problem->hide();
    Message message;
    AddressError fromError;
    message.from = Address::fromText(m_from->text().trimmed(), &fromError);
    if (message.from.isNull()) {
        showProblem(tr("The sender address cannot be used"), fromError.describe().toHtmlEscaped());
        return;
    }
    message.to = m_to->list();
    message.cc = m_cc->list();
    message.bcc = m_bcc->list();
    message.subject = m_subject->text();
    if (m_bodies->currentWidget() == m_richBody) {
        message.htmlBody = m_richBody->toHtml();
        message.textBody = m_richBody->toPlainText();  // the alternative for plain-text readers
    } else {
        message.textBody = m_body->toPlainText();
    }
    for (const QString &path : m_attachments->paths())
        message.attachments.append({path, {}, {}});
    if (const QStringList problems = message.validate(); !problems.isEmpty()) {
        showProblem(tr("This message cannot be sent yet"), problems.join(QStringLiteral("<br>")).toHtmlEscaped());
        return;
    }
    // Rendered to a file first, in a worker thread so a large attachment
    // never freezes the window; the engine then streams it from there, and
    // what the person wrote stays in this window until the server has it.
    m_rendered = std::make_unique<QTemporaryFile>();
    if (!m_rendered->open()) {
        showProblem(tr("The message could not be prepared"), m_rendered->errorString().toHtmlEscaped());
        return;
    }
    struct Rendering
    {
        bool ok = false;
        QString error;
        qint64 size = -1;
    };
    auto outcome = std::make_shared<Rendering>();
    QTemporaryFile *file = m_rendered.get();
    MessageWriter::Options options;
    options.utf8Headers = message.needsSmtpUtf8();
    QThread *worker = QThread::create([message, options, file, outcome] {
        MessageWriter writer(message, options);
        if (!writer.prepare()) {
            outcome->error = writer.errors().join(QLatin1Char('\n'));
            return;
        }
        outcome->size = writer.size();
        outcome->ok = writer.write(file) && file->flush() && file->seek(0);
        if (!outcome->ok)
            outcome->error = writer.errorString().isEmpty() ? file->errorString() : writer.errorString();
    });
    const Message::Envelope envelope = message.envelope();
    connect(worker, &QThread::finished, this, [this, worker, outcome, envelope] {
        worker->deleteLater();
        m_rendering = false;
        if (!outcome->ok) {
            setSending(false);
            showProblem(tr("The message could not be prepared"), outcome->error.toHtmlEscaped());
            return;
        }
        OutgoingMessage outgoing;
        outgoing.from = envelope.from;
        outgoing.recipients = envelope.recipients;
        outgoing.smtpUtf8 = envelope.smtpUtf8;
        outgoing.body = m_rendered.get();
        startSending(outgoing);
    });
    m_rendering = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Preparing…"));
    setSending(true);
    worker->start();
}

void ComposeWindow::startSending(const OutgoingMessage &outgoing)
{
    m_progress->setFormat(QStringLiteral("%p%"));
    m_batch = new SubmissionBatch(this);
    m_batch->setServer(m_target.server);
    m_batch->setAuth(m_target.auth);
    m_events.clear();
    connect(m_batch, &SubmissionBatch::transcript, this, [this](const TranscriptEvent &event) {
        m_events << event;
        emit transcript(event);
    });
    connect(m_batch, &SubmissionBatch::progress, this, [this](int, qint64 sent, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(sent * 1000 / total));
    });
    connect(m_batch, &SubmissionBatch::finished, this, &ComposeWindow::onFinished);
    setSending(true);
    m_batch->start({outgoing});
}

void ComposeWindow::onFinished(const SessionReport &report)
{
    m_batch->deleteLater();
    m_batch.clear();
    setSending(false);
    const SendResult result = report.messages.value(0);
    emit attemptFinished(m_subject->text(), result, m_events);
    if (result.status != SendResult::Status::Failed) {
        m_sentOk = true;
        m_autosave.stop();
        if (m_drafts && !m_draftId.isEmpty() && m_drafts->remove(m_draftId))
            emit draftsChanged();
        emit sent(m_subject->text(), result.accepted(), result);
        if (result.status == SendResult::Status::Partial) {
            QStringList refused;
            for (const RecipientResult &r : result.recipients) {
                if (!r.accepted)
                    refused << QStringLiteral("%1: %2").arg(r.address, r.reply.summary()).toHtmlEscaped();
            }
            showProblem(tr("Sent, but not to everyone"), refused.join(QStringLiteral("<br>")));
            return;
        }
        close();
        return;
    }
    const Failure failure = result.failure.value_or(report.failure.value_or(Failure()));
    QString details = failure.diagnosis.explanation.toHtmlEscaped() + QStringLiteral("<br><i>")
                      + tr("What to do: %1").arg(failure.diagnosis.remedy).toHtmlEscaped() + QStringLiteral("</i>");
    if (failure.reply)
        details += QStringLiteral("<br><small>") + tr("Server said: %1").arg(failure.reply->summary()).toHtmlEscaped()
                   + QStringLiteral("</small>");
    if (result.uncertain) {
        details += QStringLiteral("<br><b>")
                   + tr("The whole message had been sent when the connection failed; the server may have it. Check "
                        "before sending again.")
                         .toHtmlEscaped()
                   + QStringLiteral("</b>");
    }
    showProblem(result.uncertain ? tr("Not confirmed: %1").arg(failure.diagnosis.title)
                                 : tr("Not sent: %1").arg(failure.diagnosis.title),
                details);
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
    if (!localFiles(event->mimeData()).isEmpty() && !m_batch && !m_rendering)
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
    if (m_batch || m_rendering) {
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
    event->accept();
}

}  // namespace stamp::ui
