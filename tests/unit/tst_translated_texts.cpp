// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A translation written against what lupdate extracts really reaches the
// texts core produces: the catalogue is made here from the sources by the
// same lupdate and lrelease translators use, so a context that differs
// between extraction and run time leaves the English text and fails.

#include "outbox/Outbox.h"
#include "smtp/SubmissionSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace stamp;

namespace {
const QString kRefused = QStringLiteral("%1 refused the connection on port %2.");
const QString kRefusedGerman = QStringLiteral("%1 hat die Verbindung an Port %2 abgelehnt.");
const QString kNoMessage = QStringLiteral("There is no message \"%1\" in the outbox.");
const QString kNoMessageGerman = QStringLiteral("Im Postausgang gibt es keine Nachricht „%1“.");

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << process.readAllStandardError();
        return false;
    }
    return true;
}

// Fills the translation of the message whose source is `source`, wherever
// lupdate filed it; returns false when lupdate did not extract it.
bool translate(QString &ts, const QString &source, const QString &translation)
{
    const qsizetype at = ts.indexOf(QStringLiteral("<source>%1</source>").arg(source.toHtmlEscaped()));
    if (at < 0)
        return false;
    const QString empty = QStringLiteral("<translation type=\"unfinished\"></translation>");
    const qsizetype slot = ts.indexOf(empty, at);
    if (slot < 0)
        return false;
    ts.replace(slot, empty.size(), QStringLiteral("<translation>%1</translation>").arg(translation.toHtmlEscaped()));
    return true;
}
}  // namespace

class TestTranslatedTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ts = m_dir.filePath(QStringLiteral("stamp_de.ts"));
        const QString qm = m_dir.filePath(QStringLiteral("stamp_de.qm"));
        QVERIFY(run(QStringLiteral(STAMP_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral(STAMP_SOURCE_DIR "/core/smtp/SubmissionSession.cpp"),
                QStringLiteral(STAMP_SOURCE_DIR "/core/outbox/Outbox.cpp"), QStringLiteral("-ts"), ts }));
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString catalogue = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(translate(catalogue, kRefused, kRefusedGerman), "lupdate did not extract the session text");
        QVERIFY2(translate(catalogue, kNoMessage, kNoMessageGerman), "lupdate did not extract the outbox text");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(catalogue.toUtf8());
        file.close();
        QVERIFY(run(QStringLiteral(STAMP_LRELEASE), { QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm }));
        QVERIFY(m_translator.load(qm));
    }

    void englishWithoutTranslation()
    {
        Outbox outbox(m_dir.filePath(QStringLiteral("outbox")));
        QCOMPARE(outbox.open(), QString());
        QString error;
        QVERIFY(outbox.resolve(QStringLiteral("nothing"), &error).isEmpty());
        QCOMPARE(error, kNoMessage.arg(QStringLiteral("nothing")));
    }

    void sessionFailureIsTranslated()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        const auto cleanup = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_translator); });
        // A port that was free a moment ago refuses the connection.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ServerSettings server;
        server.host = QStringLiteral("127.0.0.1");
        server.port = port;
        server.security = SecurityMode::None;
        SubmissionSession session;
        session.setServer(server);
        QSignalSpy finished(&session, &SubmissionSession::finished);
        session.start({});
        QVERIFY(finished.wait(10000));
        QVERIFY(session.report().failure);
        QCOMPARE(session.report().failure->message, kRefusedGerman.arg(server.host).arg(port));
    }

    void outboxTextIsTranslated()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        const auto cleanup = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_translator); });
        Outbox outbox(m_dir.filePath(QStringLiteral("outbox")));
        QCOMPARE(outbox.open(), QString());
        QString error;
        QVERIFY(outbox.resolve(QStringLiteral("nothing"), &error).isEmpty());
        QCOMPARE(error, kNoMessageGerman.arg(QStringLiteral("nothing")));
    }

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestTranslatedTexts)
#include "tst_translated_texts.moc"
