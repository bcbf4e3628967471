// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// How the desktop app's window copes while it sends a big message: the real
// main window and composer (offscreen), the one send path (composer ->
// rendered file in the outbox -> dispatcher -> SubmissionSession) and a real
// Postfix over TLS on loopback. For a 1 KB message and then a message with a
// large attachment it measures, from Send until the message is in Sent
// items, the longest stall of the GUI event loop (a 5 ms watchdog timer) and
// the peak resident memory. Prints a table (and JSON with --json); exits 0
// only if both messages reached Postfix. It never judges the timings: on a
// busy machine they vary, so targets are for people to read, not to fail.

#include "AppFixture.h"
#include "AttachmentList.h"
#include "ComposeWindow.h"
#include "MainWindow.h"
#include "Peers.h"
#include "ProcessMemory.h"
#include "StallWatchdog.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace stamp;
using namespace stamp::ui;
using stamp::bench::StallWatchdog;
namespace ProcessMemory = stamp::bench::ProcessMemory;

namespace {

constexpr double kStallTargetMs = 50;
constexpr qint64 kMB = 1000 * 1000;

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Mark
{
    qint64 ns = 0;
    QString what;
};

struct Run
{
    QString label;
    qint64 attachmentBytes = 0;
    qint64 messageBytes = 0;  // as rendered into the outbox
    double seconds = 0;       // Send -> in Sent items
    StallWatchdog::Gap longest;
    QString longestWhere;
    double p99Ms = 0;
    int overTarget = 0;
    int ticks = 0;
    QList<QPair<StallWatchdog::Gap, QString>> stalls;  // those over the target, in order
    QList<double> idleDuring;                          // for each of `stalls`: see idleGapMs()
    int idleOverTarget = 0;                            // the idle thread's gaps over the target
    qint64 baselineKiB = -1;
    qint64 peakKiB = -1;
    bool peakReset = false;
    QString queueId;
    QString problem;  // empty when the message arrived
};

// Where a gap fell, told by the send's milestones: the ones reached while
// the loop was blocked (they ran inside the blocking code), else the last
// one before it.
QString placeOf(const StallWatchdog::Gap &gap, const QList<Mark> &marks)
{
    const qint64 begin = gap.endNs - gap.lengthNs;
    QStringList inside;
    QString before = QStringLiteral("before Send");
    for (const Mark &mark : marks) {
        if (mark.ns <= begin)
            before = mark.what;
        else if (mark.ns <= gap.endNs)
            inside << mark.what;
    }
    return inside.isEmpty() ? QStringLiteral("after %1").arg(before)
                            : QStringLiteral("up to %1").arg(inside.join(QStringLiteral(", ")));
}

// The longest gap of the idle thread's watchdog that overlaps `gap`, in
// ms. About as long as `gap`: the whole process (or machine) was held up,
// not the window's thread alone.
double idleGapMs(const StallWatchdog::Gap &gap, const StallWatchdog &idle)
{
    const qint64 begin = gap.endNs - gap.lengthNs;
    qint64 longest = 0;
    for (const StallWatchdog::Gap &other : idle.gaps()) {
        if (other.endNs > begin && other.endNs - other.lengthNs < gap.endNs)
            longest = qMax(longest, other.lengthNs);
    }
    return longest / 1e6;
}

QString sizeText(qint64 bytes)
{
    if (bytes < kMB)
        return QStringLiteral("%1 KB").arg(bytes / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(bytes / double(kMB), 0, 'f', 1);
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("?") : QString::number(kib / 1024.0, 'f', 1);
}

bool writeAttachment(const QString &path, qint64 bytes)
{
    // Random bytes: like the photos and archives people attach, nothing
    // along the way can compress them.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QList<quint32> block(256 * 1024);
    for (qint64 left = bytes; left > 0;) {
        QRandomGenerator::global()->fillRange(block.data(), block.size());
        const qint64 n = qMin<qint64>(left, block.size() * qint64(sizeof(quint32)));
        if (file.write(reinterpret_cast<const char *>(block.constData()), n) != n)
            return false;
        left -= n;
    }
    return file.flush();
}

class UiSendBench
{
public:
    int run(const QCommandLineParser &options);

private:
    bool saveAccount(const QString &name, SecurityMode security);
    QPointer<ComposeWindow> openComposer(MainWindow &window, const QString &accountName);
    Run sendOne(MainWindow &window, const QString &label, const QString &body, const QString &attachment,
                qint64 attachmentBytes);
    void report(const QList<Run> &runs, const QString &security, const QString &jsonPath);

    test::AppFixture m_app;
    test::PostfixTestbed m_postfix;
    QElapsedTimer m_clock;
    int m_sequence = 0;
};

bool UiSendBench::saveAccount(const QString &name, SecurityMode security)
{
    AccountStore store;
    store.load();
    Account account;
    account.id = Account::newId();
    account.name = name;
    account.displayName = QStringLiteral("Bench Person");
    account.email = m_postfix.value(QStringLiteral("USER"));
    account.identities = {Identity{account.displayName, account.email, {}, {}}};
    account.host = m_postfix.value(QStringLiteral("HOST"));
    account.port = m_postfix.port(security == SecurityMode::ImplicitTls ? QStringLiteral("TLS_PORT")
                                                                        : QStringLiteral("STARTTLS_PORT"));
    account.security = security;
    account.authMethod = sasl::AuthMethod::Auto;
    account.username = account.email;
    account.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    SecretStore secrets;
    const SecretStore::Result written
        = secrets.writeNow(account.id, SecretStore::Kind::Password, m_postfix.value(QStringLiteral("PASSWORD")));
    if (!written.ok()) {
        say(QStringLiteral("keychain: %1").arg(written.message));
        return false;
    }
    if (const QString problem = store.add(account); !problem.isEmpty()) {
        say(QStringLiteral("account: %1").arg(problem));
        return false;
    }
    return true;
}

QPointer<ComposeWindow> UiSendBench::openComposer(MainWindow &window, const QString &accountName)
{
    window.selectAccount(accountName);
    QSignalSpy opened(&window, &MainWindow::composerOpened);
    window.compose();
    if (opened.isEmpty() && !opened.wait(20000))
        return nullptr;
    return opened.first().first().value<ComposeWindow *>();
}

Run UiSendBench::sendOne(MainWindow &window, const QString &label, const QString &body, const QString &attachment,
                         qint64 attachmentBytes)
{
    Run run;
    run.label = label;
    run.attachmentBytes = attachmentBytes;
    const QString subject = QStringLiteral("Bench %1 (%2)").arg(++m_sequence).arg(label);
    QPointer<ComposeWindow> compose = openComposer(window, QStringLiteral("bench"));
    if (!compose) {
        run.problem = QStringLiteral("the composer did not open");
        return run;
    }
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("toEdit")), m_postfix.value(QStringLiteral("USER")));
    QTest::keyClicks(compose->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), subject);
    compose->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(body);
    if (!attachment.isEmpty()) {
        if (const QStringList refused = compose->attachments()->addFiles({attachment}); !refused.isEmpty()) {
            run.problem = QStringLiteral("the attachment was refused: %1").arg(refused.join(QLatin1String("; ")));
            return run;
        }
    }
    QTest::qWait(300);  // typing and layout settled, as before a person's click

    OutboxService *service = window.outboxService();
    QList<Mark> marks;
    const auto mark = [&](const QString &what) { marks.append({m_clock.nsecsElapsed(), what}); };
    QString id;
    bool connecting = false;
    bool uploading = false;
    bool uploaded = false;
    bool inSent = false;
    QEventLoop loop;
    QObject guard;  // every connection below ends with this run
    QObject::connect(service, &OutboxService::recordChanged, &guard, [&](const OutboxRecord &record) {
        if (record.subject != subject)
            return;
        if (id.isEmpty()) {
            id = record.id;
            mark(QStringLiteral("queued in the outbox"));
        }
        run.messageBytes = record.size > 0 ? record.size : run.messageBytes;
        switch (record.state) {
        case OutboxRecord::State::Sent:
            // Reported once the record says so on the disk (and, as the
            // outbox works, once the message is in Sent items).
            mark(QStringLiteral("recorded as sent"));
            break;
        case OutboxRecord::State::Failed:
        case OutboxRecord::State::Deferred:
        case OutboxRecord::State::Uncertain:
            run.problem = QStringLiteral("not sent (%1): %2").arg(OutboxRecord::stateId(record.state), record.reason);
            loop.quit();
            break;
        default:
            break;
        }
    });
    QObject::connect(service, &OutboxService::transcript, &guard, [&](const TranscriptEvent &) {
        if (!connecting && !id.isEmpty()) {
            connecting = true;
            mark(QStringLiteral("session started"));
        }
    });
    QObject::connect(service, &OutboxService::progress, &guard, [&](const QString &which, qint64 sent, qint64 total) {
        if (which != id)
            return;
        if (!uploading) {
            uploading = true;
            mark(QStringLiteral("upload started"));
        }
        if (!uploaded && total > 0 && sent >= total) {
            uploaded = true;
            mark(QStringLiteral("upload written"));
        }
    });
    QObject::connect(service, &OutboxService::recordRemoved, &guard, [&](const QString &which) {
        if (which == id && !inSent) {
            inSent = true;
            mark(QStringLiteral("moved to Sent items"));
        }
    });
    // The main window refreshes its Sent list when the flush is over: from
    // then on the person sees the message in Sent items.
    QObject::connect(service, &OutboxService::flushFinished, &guard, [&] {
        if (inSent) {
            mark(QStringLiteral("flush finished"));
            loop.quit();
        }
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        run.problem = QStringLiteral("not in Sent items after %1 s").arg(timeout.interval() / 1000);
        loop.quit();
    });

    StallWatchdog watchdog(m_clock);
    // The same watchdog on a thread that does nothing else: it tells a
    // stall of the window's thread from one of the whole process (a busy
    // machine, a paused virtual machine).
    QThread idleThread;
    idleThread.setObjectName(QStringLiteral("idle watchdog"));
    StallWatchdog idle(m_clock);
    idle.moveToThread(&idleThread);
    idleThread.start();
    QMetaObject::invokeMethod(&idle, &StallWatchdog::start, Qt::BlockingQueuedConnection);
    run.peakReset = ProcessMemory::resetPeak();
    run.baselineKiB = ProcessMemory::currentKiB();
    timeout.start(int(qMax<qint64>(120, 60 + attachmentBytes / (2 * kMB)) * 1000));
    const qint64 started = m_clock.nsecsElapsed();
    watchdog.start();
    marks.append({started, QStringLiteral("Send")});
    QTest::mouseClick(compose->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    loop.exec();
    watchdog.stop();
    QThread *const here = QThread::currentThread();
    QMetaObject::invokeMethod(
        &idle,
        [&idle, here] {
            idle.stop();
            idle.moveToThread(here);
        },
        Qt::BlockingQueuedConnection);
    idleThread.quit();
    idleThread.wait();
    run.seconds = (m_clock.nsecsElapsed() - started) / 1e9;
    run.peakKiB = ProcessMemory::peakKiB();
    timeout.stop();

    run.ticks = int(watchdog.gaps().size());
    run.longest = watchdog.longest();
    run.longestWhere = placeOf(run.longest, marks);
    run.p99Ms = watchdog.percentileMs(0.99);
    run.overTarget = watchdog.countLongerThan(kStallTargetMs);
    for (const StallWatchdog::Gap &gap : watchdog.gaps()) {
        if (gap.lengthNs / 1e6 > kStallTargetMs) {
            run.stalls.append({gap, placeOf(gap, marks)});
            run.idleDuring.append(idleGapMs(gap, idle));
        }
    }
    run.idleOverTarget = idle.countLongerThan(kStallTargetMs);
    say(QStringLiteral("%1: milestones (ms after Send):").arg(label));
    for (const Mark &m : std::as_const(marks))
        say(QStringLiteral("  %1  %2").arg((m.ns - started) / 1e6, 9, 'f', 1).arg(m.what));
    if (!run.problem.isEmpty())
        return run;

    // Arrived: Sent items keep it under the id Postfix gave, and Postfix
    // logged that id (it queued the message).
    SentStore sent;
    const std::optional<SentItem> item = sent.load(id);
    if (!item) {
        run.problem = QStringLiteral("not in Sent items");
        return run;
    }
    run.messageBytes = item->record.size;
    run.queueId = item->queueId;
    if (run.queueId.isEmpty())
        run.problem = QStringLiteral("the server's reply named no queue id");
    else if (!m_postfix.waitForLog(QStringLiteral("%1: .*size=").arg(run.queueId)))
        run.problem = QStringLiteral("Postfix did not log queue id %1").arg(run.queueId);
    return run;
}

void UiSendBench::report(const QList<Run> &runs, const QString &security, const QString &jsonPath)
{
    say(QString());
    say(QStringLiteral("### The window while sending through the outbox (%1 to Postfix on loopback, watchdog every "
                       "5 ms, from Send until in Sent items)")
            .arg(security));
    say(QString());
    say(QStringLiteral("| message | size as sent | seconds | longest stall (ms) | where | p99 gap (ms) | "
                       "gaps over 50 ms | peak RSS (MiB) | idle thread's gaps over 50 ms |"));
    say(QStringLiteral("|---|---|---|---|---|---|---|---|---|"));
    for (const Run &r : runs) {
        if (!r.problem.isEmpty())
            continue;  // no figures for a message that did not arrive
        say(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                .arg(r.label, sizeText(r.messageBytes), QString::number(r.seconds, 'f', 2),
                     QString::number(r.longest.lengthNs / 1e6, 'f', 1), r.longestWhere,
                     QString::number(r.p99Ms, 'f', 1), QString::number(r.overTarget), mib(r.peakKiB),
                     QString::number(r.idleOverTarget)));
    }
    say(QString());
    for (const Run &r : runs) {
        for (qsizetype i = 0; i < r.stalls.size(); ++i)
            say(QStringLiteral("%1: stall of %2 ms %3 (idle thread meanwhile: %4 ms)")
                    .arg(r.label)
                    .arg(r.stalls.at(i).first.lengthNs / 1e6, 0, 'f', 1)
                    .arg(r.stalls.at(i).second)
                    .arg(r.idleDuring.at(i), 0, 'f', 1));
        say(QStringLiteral("%1: %2").arg(r.label, r.problem.isEmpty()
                                                      ? QStringLiteral("arrived, Postfix queue id %1").arg(r.queueId)
                                                      : QStringLiteral("FAILED: %1").arg(r.problem)));
    }
    if (runs.size() == 2 && runs.first().problem.isEmpty() && runs.last().problem.isEmpty()) {
        const Run &small = runs.first();
        const Run &big = runs.last();
        say(QStringLiteral("Peak RSS, %1 against %2: %3%4 MiB%5")
                .arg(big.label, small.label, big.peakKiB >= small.peakKiB ? QStringLiteral("+") : QString(),
                     mib(big.peakKiB - small.peakKiB),
                     big.peakReset ? QString() : QStringLiteral(" (peak not resettable here: counts from start)")));
    }
    double worst = 0;
    for (const Run &r : runs)
        worst = qMax(worst, r.longest.lengthNs / 1e6);
    say(QStringLiteral("Target: no stall over %1 ms (%2; longest %3 ms); peak RSS flat against 1 KB.")
            .arg(kStallTargetMs)
            .arg(worst <= kStallTargetMs ? QStringLiteral("met") : QStringLiteral("not met"))
            .arg(worst, 0, 'f', 1));

    if (jsonPath.isEmpty())
        return;
    QJsonArray list;
    for (const Run &r : runs) {
        QJsonArray stalls;
        for (qsizetype i = 0; i < r.stalls.size(); ++i)
            stalls.append(QJsonObject{{QStringLiteral("ms"), r.stalls.at(i).first.lengthNs / 1e6},
                                      {QStringLiteral("where"), r.stalls.at(i).second},
                                      {QStringLiteral("idleThreadMs"), r.idleDuring.at(i)}});
        list.append(QJsonObject{{QStringLiteral("message"), r.label},
                                {QStringLiteral("attachmentBytes"), r.attachmentBytes},
                                {QStringLiteral("messageBytes"), r.messageBytes},
                                {QStringLiteral("seconds"), r.seconds},
                                {QStringLiteral("longestStallMs"), r.longest.lengthNs / 1e6},
                                {QStringLiteral("longestStallWhere"), r.longestWhere},
                                {QStringLiteral("p99GapMs"), r.p99Ms},
                                {QStringLiteral("gapsOver50Ms"), r.overTarget},
                                {QStringLiteral("idleThreadGapsOver50Ms"), r.idleOverTarget},
                                {QStringLiteral("ticks"), r.ticks},
                                {QStringLiteral("stalls"), stalls},
                                {QStringLiteral("peakRssKiB"), r.peakKiB},
                                {QStringLiteral("rssBeforeSendKiB"), r.baselineKiB},
                                {QStringLiteral("queueId"), r.queueId},
                                {QStringLiteral("problem"), r.problem}});
    }
    const QJsonObject root{{QStringLiteral("security"), security},
                           {QStringLiteral("watchdogMs"), 5},
                           {QStringLiteral("machine"), QSysInfo::prettyProductName()},
                           {QStringLiteral("cores"), QThread::idealThreadCount()},
                           {QStringLiteral("runs"), list}};
    QFile out(jsonPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0)
        say(QStringLiteral("cannot write %1: %2").arg(jsonPath, out.errorString()));
}

int UiSendBench::run(const QCommandLineParser &options)
{
    bool ok = false;
    const double attachmentMb = options.value(QStringLiteral("attachment-mb")).toDouble(&ok);
    if (!ok || attachmentMb <= 0) {
        say(QStringLiteral("--attachment-mb wants a positive number"));
        return 2;
    }
    const QString securityName = options.value(QStringLiteral("security"));
    const std::optional<SecurityMode> security = parseSecurityMode(securityName);
    if (!security || *security == SecurityMode::None) {
        say(QStringLiteral("--security wants tls or starttls"));
        return 2;
    }
    const qint64 attachmentBytes = qint64(attachmentMb * kMB);

    if (const QString problem = m_app.start(QStringLiteral("stamp-bench-ui")); !problem.isEmpty()) {
        say(problem);
        return 1;
    }
    const QString attachment = m_app.dirs().filePath(QStringLiteral("attachment.bin"));
    if (!writeAttachment(attachment, attachmentBytes)) {
        say(QStringLiteral("cannot write the attachment %1").arg(attachment));
        return 1;
    }
    // Base64 makes the attachment a third larger (RFC 2045 §6.8), line
    // ends add a little more; Postfix must take the whole message.
    qputenv("STAMP_TESTBED_SIZE_LIMIT", QByteArray::number(attachmentBytes * 14 / 10 + 16 * kMB));
    if (const QString problem = m_postfix.start(); !problem.isEmpty()) {
        say(problem);
        return 1;
    }
    QSettings().setValue(QStringLiteral("compose/undoSeconds"), 0);  // straight out, no undo hold
    if (!saveAccount(QStringLiteral("bench"), *security))
        return 1;

    int status = 0;
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            say(QStringLiteral("the main window was not shown"));
            return 1;
        }
        m_clock.start();
        QList<Run> runs;
        // About 1 KB of text, in lines as a person writes them.
        QString body;
        while (body.size() < 1000)
            body += QStringLiteral("Just a short note, to weigh against the big one. ");
        body.truncate(1000);
        runs << sendOne(window, QStringLiteral("1 KB text"), body, {}, 0);
        const QString bigLabel = QStringLiteral("%1 MB attachment").arg(attachmentMb);
        if (runs.last().problem.isEmpty())
            runs << sendOne(window, bigLabel, QStringLiteral("The file is attached."), attachment, attachmentBytes);
        report(runs, *security == SecurityMode::ImplicitTls ? QStringLiteral("implicit TLS") : QStringLiteral("STARTTLS"),
               options.value(QStringLiteral("json")));
        for (const Run &r : std::as_const(runs))
            status = r.problem.isEmpty() ? status : 1;
        if (runs.size() < 2)
            status = 1;
    }
    m_postfix.stop();
    m_app.stop();
    return status;
}

}  // namespace

int main(int argc, char **argv)
{
    // No display needed: Qt's offscreen platform, unless one is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qRegisterMetaType<stamp::ui::ComposeWindow *>();  // for QSignalSpy on composerOpened
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the main window's event loop and the peak memory while the app sends a 1 KB message and one with "
        "a large attachment to a private Postfix over TLS."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("attachment-mb"), QStringLiteral("Size of the attachment in MB (10^6 bytes)."),
                      QStringLiteral("mb"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("security"), QStringLiteral("tls (implicit) or starttls."),
                      QStringLiteral("mode"), QStringLiteral("tls")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the figures to this file as JSON."),
                      QStringLiteral("file")});
    parser.process(app);
    UiSendBench bench;
    return bench.run(parser);
}
