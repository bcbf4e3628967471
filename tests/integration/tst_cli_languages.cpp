// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp` on a terminal speaks the language of the environment (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG), as a person runs it: the real binary, a real
// refused connection (a loopback port nobody listens on), a bad address, and
// the help. Every line a person reads must change language: an English
// sentence left in German output is a text that bypasses tr() or a context
// lupdate and the program disagree on. `--json` stays English and stable
// whatever the language, because scripts read it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terminalFollowsTheLanguage_data();
    void terminalFollowsTheLanguage();
    void jsonStaysEnglish();
    void messagesVariableWins();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run stamp(const QStringList &arguments, const QMap<QString, QString> &language) const;
    QStringList failingSend(const QString &to = QStringLiteral("x@example.org")) const;

    QTemporaryDir m_home;
    quint16 m_closedPort = 0;
};

void TestCliLanguages::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A port that was free a moment ago: connecting to it is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
    probe.close();
}

TestCliLanguages::Run TestCliLanguages::stamp(const QStringList &arguments,
                                              const QMap<QString, QString> &language) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
        env.remove(QString::fromLatin1(name));
    for (auto it = language.cbegin(); it != language.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAMP_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QStringList TestCliLanguages::failingSend(const QString &to) const
{
    return { QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(m_closedPort), QStringLiteral("--security"), QStringLiteral("none"),
             QStringLiteral("--from"), QStringLiteral("me@example.org"), QStringLiteral("--to"), to,
             QStringLiteral("--subject"), QStringLiteral("Hello"), QStringLiteral("--body"), QStringLiteral("Hi") };
}

void TestCliLanguages::terminalFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("word");  // a word the translation must use
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Verbindung");
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("connexion");
    QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("conexión");
}

void TestCliLanguages::terminalFollowsTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, word);
    const QMap<QString, QString> english{ { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } };
    const QMap<QString, QString> local{ { QStringLiteral("LANG"), lang } };

    // A refused connection: the failure, its explanation and its remedy.
    const Run en = stamp(failingSend(), english);
    const Run tr = stamp(failingSend(), local);
    QCOMPARE(tr.code, en.code);
    QVERIFY2(en.code != 0 && en.err.contains(QStringLiteral("refused")), qPrintable(en.err));
    QVERIFY2(tr.err.contains(word), qPrintable(tr.err));
    const QStringList enLines = en.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList trLines = tr.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(trLines.size(), enLines.size());
    // No English sentence survives; a line may keep its host and port.
    static const QRegularExpression englishWords(
        QStringLiteral("\\b(the|refused|server|connection|Why|What to do|not sent)\\b"));
    for (const QString &line : trLines)
        QVERIFY2(!englishWords.match(line).hasMatch(), qPrintable(QStringLiteral("English left: ") + line));

    // A bad address is refused before anything is sent, in the language.
    const Run badEn = stamp(failingSend(QStringLiteral("x@@example.org")), english);
    const Run badTr = stamp(failingSend(QStringLiteral("x@@example.org")), local);
    QCOMPARE(badTr.code, badEn.code);
    QVERIFY(badEn.err.contains(QStringLiteral("two @")));
    QVERIFY2(!badTr.err.contains(QStringLiteral("two @")) && !badTr.err.contains(QStringLiteral("Run 'stamp")),
             qPrintable(badTr.err));

    // The help: its headings and the options' descriptions.
    const QStringList help{ QStringLiteral("send"), QStringLiteral("--help") };
    const Run helpEn = stamp(help, english);
    const Run helpTr = stamp(help, local);
    QCOMPARE(helpTr.code, 0);
    QVERIFY(helpEn.out.contains(QStringLiteral("SMTP server host name.")));
    QVERIFY2(!helpTr.out.contains(QStringLiteral("SMTP server host name."))
                 && !helpTr.out.contains(QStringLiteral("Send a message through")),
             qPrintable(helpTr.out.left(600)));
    // Options themselves never change: scripts and the man page use them.
    QVERIFY(helpTr.out.contains(QStringLiteral("--host")));
}

void TestCliLanguages::jsonStaysEnglish()
{
    QStringList arguments = failingSend();
    arguments.insert(1, QStringLiteral("--json"));
    const Run en = stamp(arguments, { { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } });
    QVERIFY2(en.out.contains(QStringLiteral("\"explanation\"")), qPrintable(en.out));
    for (const char *lang : { "de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8" }) {
        const Run tr = stamp(arguments, { { QStringLiteral("LANG"), QString::fromLatin1(lang) } });
        QCOMPARE(tr.code, en.code);
        QCOMPARE(tr.out, en.out);
    }
}

void TestCliLanguages::messagesVariableWins()
{
    // LC_MESSAGES decides the language of messages even when LANG says
    // otherwise, and LANGUAGE's list comes before both (GNU gettext's rules,
    // which Qt follows on Unix).
    const Run messages = stamp(failingSend(), { { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") },
                                                { QStringLiteral("LC_MESSAGES"), QStringLiteral("fr_FR.UTF-8") } });
    QVERIFY2(messages.err.contains(QStringLiteral("connexion")), qPrintable(messages.err));
    const Run list = stamp(failingSend(), { { QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8") },
                                            { QStringLiteral("LANGUAGE"), QStringLiteral("es:fr") } });
    QVERIFY2(list.err.contains(QString::fromUtf8("conexión")), qPrintable(list.err));
}

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "tst_cli_languages.moc"
