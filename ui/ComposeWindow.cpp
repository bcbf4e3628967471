#include "ComposeWindow.h"

#include "AddressField.h"
#include "mime/SimpleTextMessage.h"
#include "smtp/SubmissionBatch.h"

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
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_send);

    connect(m_send, &QPushButton::clicked, this, &ComposeWindow::send);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ComposeWindow::send);
    }
    updateSendable();
    m_to->setFocus();
}

ComposeWindow::~ComposeWindow() = default;

bool ComposeWindow::hasUnsentContent() const
{
    return !m_sentOk
           && (!m_to->text().isEmpty() || !m_cc->text().isEmpty() || !m_bcc->text().isEmpty()
               || !m_subject->text().isEmpty() || !m_body->toPlainText().isEmpty());
}

void ComposeWindow::updateSendable()
{
    const bool anyone = !(m_to->addresses() + m_cc->addresses() + m_bcc->addresses()).isEmpty();
    const bool valid = m_to->isValid() && m_cc->isValid() && m_bcc->isValid();
    m_send->setEnabled(anyone && valid && !m_batch);
}

void ComposeWindow::showProblem(const QString &title, const QString &details)
{
    m_problem->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), details));
    m_problem->show();
}

void ComposeWindow::setSending(bool sending)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_body})
        w->setEnabled(!sending);
    m_progress->setVisible(sending);
    m_cancel->setVisible(sending);
    m_send->setVisible(!sending);
    updateSendable();
}

void ComposeWindow::send()
{
    if (m_batch || !m_send->isEnabled())
        return;
    m_problem->hide();
    SimpleTextMessage message;
    message.from = m_from->text().trimmed();
    message.to = m_to->addresses();
    message.cc = m_cc->addresses();
    message.subject = m_subject->text();
    message.body = m_body->toPlainText();
    if (const QString problem = message.validate(); !problem.isEmpty()) {
        showProblem(tr("This message cannot be sent yet"), problem.toHtmlEscaped());
        return;
    }
    // Rendered to a file first: the engine streams it from there, and what
    // the person wrote stays in this window until the server has it.
    m_rendered = std::make_unique<QTemporaryFile>();
    if (!m_rendered->open() || !message.write(m_rendered.get()) || !m_rendered->seek(0)) {
        showProblem(tr("The message could not be prepared"), m_rendered->errorString().toHtmlEscaped());
        return;
    }
    OutgoingMessage outgoing;
    outgoing.from = message.from;
    outgoing.recipients = m_to->addresses() + m_cc->addresses() + m_bcc->addresses();
    outgoing.body = m_rendered.get();

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
    m_progress->setRange(0, 0);
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
    if (m_batch) {
        QMessageBox::information(this, tr("Still sending"),
                                 tr("The message is being sent. Wait for it to finish, or press Cancel sending."));
        event->ignore();
        return;
    }
    if (hasUnsentContent()) {
        const auto answer = QMessageBox::question(this, tr("Discard this message?"),
                                                  tr("The message has not been sent. Close it and lose what you "
                                                     "wrote?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

}  // namespace stamp::ui
