// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportAccountsDialog.h"

#include "OAuthSignInPanel.h"
#include "accounts/AccountStore.h"
#include "accounts/MsmtpImport.h"
#include "accounts/SecretStore.h"
#include "accounts/ThunderbirdImport.h"
#include "providers/ProviderCatalog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stamp::ui {

namespace {

QString securityWords(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::StartTls:
        return ImportAccountsDialog::tr("STARTTLS");
    case SecurityMode::ImplicitTls:
        return ImportAccountsDialog::tr("TLS from the start");
    case SecurityMode::None:
        return ImportAccountsDialog::tr("no encryption");
    }
    return {};
}

QString loginWords(const ImportItem &item)
{
    if (item.needsSignIn()) {
        return ImportAccountsDialog::tr("signs in with %1 in the browser")
            .arg(OAuthSignInPanel::brandFor(item.account.oauthIssuer, item.account.oauthIssuer));
    }
    if (item.needsPassword())
        return ImportAccountsDialog::tr("asks for its password once, for the keychain");
    return ImportAccountsDialog::tr("no login");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Each note its own indented line under what it is about: read in the
// list, never only in a tooltip.
QString noteLines(const QStringList &notes, int indent)
{
    QString html;
    for (const QString &note : notes) {
        html += QStringLiteral(
            "<p style=\"margin-top:2px; margin-bottom:0px; margin-left:%1px\">\u2022 %2</p>")
                    .arg(indent)
                    .arg(esc(note));
    }
    return html;
}

QString entry(const QString &title, const QString &details, const QStringList &notes)
{
    QString html
        = QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0px; margin-left:12px\"><b>%1</b>")
              .arg(esc(title));
    if (!details.isEmpty())
        html += QStringLiteral("<br>") + esc(details);
    return html + QStringLiteral("</p>") + noteLines(notes, 28);
}

// "/home/ann/.thunderbird" as "~/.thunderbird": shorter, and the same on
// every machine.
QString shownPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(QStringLiteral("~") + path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

} // namespace

ImportAccountsDialog::ImportAccountsDialog(AccountStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_pages(new QStackedWidget(this))
    , m_thunderbird(new QRadioButton(tr("&Thunderbird"), this))
    , m_msmtp(new QRadioButton(tr("&msmtp"), this))
    , m_sourceGroup(new QButtonGroup(this))
    , m_location(new QLabel(this))
    , m_choose(new QPushButton(tr("C&hoose..."), this))
    , m_error(new QLabel(this))
    , m_previewLabel(new QLabel(tr("&What will happen:"), this))
    , m_preview(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("importAccountsDialog"));
    setWindowTitle(tr("Import accounts from another app"));
    resize(640, 560);

    // The source: which program, and where its settings were found.
    auto *choosePage = new QWidget(m_pages);
    auto *intro
        = new QLabel(tr("Stamp reads the outgoing servers and addresses another mail program uses, and "
                        "shows what it would create. Nothing changes until you press the import button. "
                        "Saved passwords are never read: you give each one once, for the keychain."),
            choosePage);
    intro->setWordWrap(true);
    auto *sourceLabel = new QLabel(tr("Import from:"), choosePage);
    m_thunderbird->setObjectName(QStringLiteral("thunderbirdSource"));
    m_thunderbird->setAccessibleName(tr("Import from Thunderbird"));
    m_msmtp->setObjectName(QStringLiteral("msmtpSource"));
    m_msmtp->setAccessibleName(tr("Import from msmtp"));
    m_sourceGroup->addButton(m_thunderbird, int(Source::Thunderbird));
    m_sourceGroup->addButton(m_msmtp, int(Source::Msmtp));
    m_thunderbird->setChecked(true);
    auto *sources = new QHBoxLayout;
    sources->addWidget(sourceLabel);
    sources->addWidget(m_thunderbird);
    sources->addWidget(m_msmtp);
    sources->addStretch(1);

    m_location->setObjectName(QStringLiteral("importLocation"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose->setObjectName(QStringLiteral("chooseImportLocation"));
    m_choose->setAccessibleName(tr("Choose another folder or file"));
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_choose, 0, Qt::AlignTop);

    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::AlternateBase);
    m_error->hide();

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("What will happen"));
    m_preview->setOpenLinks(false);
    m_preview->setTabChangesFocus(true);
    m_previewLabel->setBuddy(m_preview);

    auto *chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(sources);
    chooseLayout->addLayout(locationRow);
    chooseLayout->addWidget(m_error);
    chooseLayout->addWidget(m_previewLabel);
    chooseLayout->addWidget(m_preview, 1);

    // After the import: what was saved and what is left to do.
    auto *donePage = new QWidget(m_pages);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn->setObjectName(QStringLiteral("importSignInButton"));
    m_signIn->hide();
    auto *doneLayout = new QVBoxLayout(donePage);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(m_summary);
    doneLayout->addWidget(m_signIn, 0, Qt::AlignLeft);
    doneLayout->addStretch(1);

    m_pages->addWidget(choosePage);
    m_pages->addWidget(donePage);

    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_sourceGroup, &QButtonGroup::idClicked, this, [this](int id) { setSource(Source(id)); });
    connect(m_choose, &QPushButton::clicked, this, &ImportAccountsDialog::chooseLocation);
    connect(m_import, &QPushButton::clicked, this, &ImportAccountsDialog::importNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        const QString name = m_signIn->property("accountName").toString();
        accept();
        emit signInRequested(name);
    });

    setTabOrder(m_thunderbird, m_msmtp);
    setTabOrder(m_msmtp, m_choose);
    setTabOrder(m_choose, m_preview);
    setTabOrder(m_preview, m_import);
    setTabOrder(m_import, m_buttons->button(QDialogButtonBox::Cancel));

    setSource(Source::Thunderbird);
}

ImportAccountsDialog::~ImportAccountsDialog() = default;

void ImportAccountsDialog::setSource(Source source)
{
    m_source = source;
    m_sourceGroup->button(int(source))->setChecked(true);
    read({});
}

void ImportAccountsDialog::readFrom(const QString &path)
{
    read(path);
}

void ImportAccountsDialog::read(const QString &path)
{
    // Reading and finishing change nothing (ImportPlanner): the store is
    // only consulted for what already exists.
    m_plan = m_source == Source::Thunderbird ? ThunderbirdImport::read(path) : MsmtpImport::read(path);
    if (m_plan.ok())
        ImportPlanner::finish(m_plan, m_store->accounts(), ProviderCatalog::standard());
    showPlan();
}

void ImportAccountsDialog::showPlan()
{
    const bool thunderbird = m_source == Source::Thunderbird;
    if (m_plan.ok()) {
        m_location->setText(thunderbird
                ? tr("Thunderbird profile found: %1").arg(shownPath(QFileInfo(m_plan.path).absolutePath()))
                : tr("msmtp configuration found: %1").arg(shownPath(m_plan.path)));
    } else {
        m_location->setText(
            thunderbird ? tr("No Thunderbird profile was read.") : tr("No msmtp configuration was read."));
    }
    m_location->setAccessibleName(m_location->text());

    QString problem;
    if (!m_plan.ok()) {
        problem = thunderbird
            ? tr("%1 If Thunderbird keeps its profile somewhere else, press Choose... and pick the "
                 "profile folder.")
                  .arg(m_plan.error)
            : tr("%1 If your msmtp configuration is somewhere else, press Choose... and pick "
                 "the file.")
                  .arg(m_plan.error);
    } else if (m_plan.createCount() == 0) {
        problem = m_plan.items.isEmpty()
            ? tr("There is nothing to import: no outgoing server was found there.")
            : tr("There is nothing to import: every account there is already in "
                 "Stamp or cannot be used (see below).");
    }
    m_error->setText(problem);
    m_error->setAccessibleName(problem);
    m_error->setVisible(!problem.isEmpty());

    m_preview->setHtml(m_plan.ok() ? previewHtml() : QString());
    const int count = m_plan.ok() ? m_plan.createCount() : 0;
    m_import->setText(tr("&Import %n account(s)", nullptr, count));
    m_import->setEnabled(count > 0);
}

QString ImportAccountsDialog::previewHtml() const
{
    QString html;
    QString created;
    QString skipped;
    int skipCount = 0;
    for (const ImportItem &item : m_plan.items) {
        const Account &a = item.account;
        if (!item.creates()) {
            ++skipCount;
            skipped += entry(item.origin, {}, item.notes);
            continue;
        }
        QString title = a.displayName.isEmpty() ? tr("%1, %2").arg(a.name, a.email)
                                                : tr("%1, %2 <%3>").arg(a.name, a.displayName, a.email);
        if (item.isDefault)
            title = m_source == Source::Thunderbird ? tr("%1 (the default in Thunderbird)").arg(title)
                                                    : tr("%1 (the default in msmtp)").arg(title);
        const int identities = std::max(1, int(a.identities.size()));
        const QString details = tr("Server %1:%2, %3; sends as %n address(es); %4.", nullptr, identities)
                                    .arg(a.host)
                                    .arg(a.serverSettings().effectivePort())
                                    .arg(securityWords(a.security), loginWords(item));
        created += entry(title, details, item.notes);
    }
    if (!created.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>%2")
                    .arg(esc(tr("New accounts (%n):", nullptr, m_plan.createCount())), created);
    }
    if (!skipped.isEmpty())
        html += QStringLiteral("<h4 style=\"margin-top:16px\">%1</h4>%2")
                    .arg(esc(tr("Skipped (%n):", nullptr, skipCount)), skipped);
    if (!m_plan.notes.isEmpty())
        html += QStringLiteral("<h4 style=\"margin-top:16px\">%1</h4>%2")
                    .arg(esc(tr("Also worth knowing:")), noteLines(m_plan.notes, 12));
    return html;
}

void ImportAccountsDialog::chooseLocation()
{
    const bool thunderbird = m_source == Source::Thunderbird;
    const QString start = m_plan.path.isEmpty() ? QDir::homePath() : QFileInfo(m_plan.path).absolutePath();
    auto *chooser = new QFileDialog(this,
        thunderbird ? tr("Choose a Thunderbird profile folder") : tr("Choose an msmtp configuration file"),
        start);
    chooser->setObjectName(QStringLiteral("importChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(thunderbird ? QFileDialog::Directory : QFileDialog::ExistingFile);
    // msmtp's files are hidden (~/.msmtprc): show them.
    chooser->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(chooser, &QFileDialog::fileSelected, this, &ImportAccountsDialog::readFrom);
    chooser->open();
}

void ImportAccountsDialog::importNow()
{
    if (!m_plan.ok() || m_plan.createCount() == 0)
        return;
    m_problems.clear();
    m_created = ImportPlanner::apply(m_plan, *m_store, &m_problems);
    emit accountsImported(m_created);

    // Only what the accounts need next is left: the buttons to choose and
    // import go.
    m_pages->setCurrentIndex(1);
    m_import->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("importCloseButton"));
    close->setDefault(true); // closes through the box's rejected()

    m_passwordQueue.clear();
    for (const Account &account : std::as_const(m_created)) {
        if (account.authMethod != sasl::AuthMethod::None && !account.signsInWithOAuth())
            m_passwordQueue << account;
    }
    showSummary();
    askNextPassword();
}

} // namespace stamp::ui
