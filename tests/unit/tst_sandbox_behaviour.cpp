// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's misbehaviour modes, byte for byte: a QTcpSocket talks to
// the server in this process and checks each reply a mode promises, and
// that the honest replies around it stay honest.

#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace stamp;
using Mode = SandboxBehaviour::Mode;

namespace {

// One SMTP client line at a time; a reply is complete at "NNN " (RFC 5321
// §4.2.1: the last line of a multiline reply has a space after the code).
class Client
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }
    QByteArray read(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        QByteArray reply;
        while (timer.elapsed() < timeoutMs) {
            while (m_socket.canReadLine()) {
                const QByteArray line = m_socket.readLine();
                reply += line;
                if (line.size() >= 4 && line.at(3) == ' ')
                    return reply.trimmed();
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                return reply;
            // The server runs in this thread: its events need the loop.
            QTest::qWait(5);
        }
        return reply;
    }
    QByteArray command(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        return read();
    }
    bool closedByServer(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
};

QByteArray code(const QByteArray &reply)
{
    const QList<QByteArray> lines = reply.split('\n');
    return lines.isEmpty() ? QByteArray() : lines.constLast().trimmed().left(9);
}

} // namespace

class TestSandboxBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ids();
    void normalAccepts();
    void greylisting();
    void busy();
    void tooManyRecipients();
    void badPassword();
    void unknownUser_data();
    void unknownUser();
    void tooLarge();
    void slow();
    void dropAfterDot();
    void changeTakesEffectOnOpenConnection();

private:
    void setMode(Mode mode);
    // Connects and says EHLO; the EHLO reply.
    QByteArray greet(Client &client);

    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxBehaviour::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
}

void TestSandboxBehaviour::cleanup()
{
    m_server.reset();
}

void TestSandboxBehaviour::setMode(Mode mode)
{
    SandboxBehaviour behaviour;
    behaviour.mode = mode;
    behaviour.greylistSeconds = 1;
    behaviour.replyDelayMs = 300;
    behaviour.sizeLimit = 1000;
    m_server->setBehaviour(behaviour);
}

QByteArray TestSandboxBehaviour::greet(Client &client)
{
    if (!client.connectTo(m_server->port()))
        return {};
    const QByteArray banner = client.read();
    if (!banner.startsWith("220 "))
        return banner;
    return client.command("EHLO client.test");
}

void TestSandboxBehaviour::ids()
{
    QSet<QString> seen;
    for (Mode mode : SandboxBehaviour::modes()) {
        const QString id = SandboxBehaviour::id(mode);
        QVERIFY(!id.isEmpty());
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QCOMPARE(SandboxBehaviour::fromId(id), mode);
        QVERIFY(!SandboxBehaviour::title(mode).isEmpty());
        QVERIFY(!SandboxBehaviour::description(mode).isEmpty());
        QCOMPARE(SandboxBehaviour::replySummary(mode).isEmpty(), mode == Mode::Normal);
    }
    QCOMPARE(SandboxBehaviour::fromId(QStringLiteral("greylist")), std::nullopt);
}

void TestSandboxBehaviour::normalAccepts()
{
    Client client;
    const QByteArray ehlo = greet(client);
    QVERIFY2(ehlo.contains("250-SIZE 67108864"), ehlo.constData());
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("250 2.1.5"));
    QCOMPARE(code(client.command("DATA")), QByteArray("354 End d"));
    QCOMPARE(code(client.command("Subject: hi\r\n\r\nbody\r\n.")), QByteArray("250 2.0.0"));
    QCOMPARE(m_server->messages().size(), 1);
}

void TestSandboxBehaviour::greylisting()
{
    setMode(Mode::Greylisting);
    Client client;
    greet(client);
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("450 4.7.1"));
    // Another recipient is a new triple, turned away once too.
    QCOMPARE(code(client.command("RCPT TO:<c@example.org>")), QByteArray("450 4.7.1"));
    // Too early: still turned away.
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("450 4.7.1"));
    QTest::qWait(1100);
    QCOMPARE(code(client.command("RSET")), QByteArray("250 2.0.0"));
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<B@example.org>")), QByteArray("250 2.1.5"));
    // Another sender is a new triple.
    QCOMPARE(code(client.command("MAIL FROM:<z@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("450 4.7.1"));
}

void TestSandboxBehaviour::busy()
{
    setMode(Mode::Busy);
    Client client;
    QVERIFY(client.connectTo(m_server->port()));
    QCOMPARE(code(client.read()), QByteArray("421 4.3.2"));
    QVERIFY(client.closedByServer());
}

void TestSandboxBehaviour::tooManyRecipients()
{
    setMode(Mode::TooManyRecipients);
    Client client;
    greet(client);
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<1@example.org>")), QByteArray("250 2.1.5"));
    QCOMPARE(code(client.command("RCPT TO:<2@example.org>")), QByteArray("250 2.1.5"));
    QCOMPARE(code(client.command("RCPT TO:<3@example.org>")), QByteArray("452 4.5.3"));
    QCOMPARE(code(client.command("DATA")), QByteArray("354 End d"));
    QCOMPARE(code(client.command("x\r\n.")), QByteArray("250 2.0.0"));
    QCOMPARE(m_server->messages().constLast().recipients.size(), 2);
    // The next transaction takes the rest.
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<3@example.org>")), QByteArray("250 2.1.5"));
}

void TestSandboxBehaviour::badPassword()
{
    setMode(Mode::BadPassword);
    Client client;
    const QByteArray ehlo = greet(client);
    QVERIFY(ehlo.contains("AUTH PLAIN LOGIN"));
    QCOMPARE(code(client.command("AUTH PLAIN " + QByteArray("\0me\0secret", 10).toBase64())),
        QByteArray("535 5.7.8"));
    QCOMPARE(code(client.command("AUTH LOGIN")), QByteArray("334 VXNlc"));
    QCOMPARE(code(client.command("bWU=")), QByteArray("334 UGFzc"));
    QCOMPARE(code(client.command("c2VjcmV0")), QByteArray("535 5.7.8"));
    QCOMPARE(code(client.command("AUTH PLAIN")), QByteArray("334"));
    QCOMPARE(code(client.command(QByteArray("\0me\0secret", 10).toBase64())), QByteArray("535 5.7.8"));
    // Without a login nothing is taken either.
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("530 5.7.0"));
}

void TestSandboxBehaviour::unknownUser_data()
{
    QTest::addColumn<QString>("unknown");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("everyone") << QString() << QByteArray("550 5.1.1") << QByteArray("550 5.1.1");
    QTest::newRow("one") << QStringLiteral("Second@example.org") << QByteArray("250 2.1.5")
                         << QByteArray("550 5.1.1");
}

void TestSandboxBehaviour::unknownUser()
{
    QFETCH(QString, unknown);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    SandboxBehaviour behaviour;
    behaviour.mode = Mode::UnknownUser;
    behaviour.unknownRecipient = unknown;
    m_server->setBehaviour(behaviour);
    Client client;
    greet(client);
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<first@example.org>")), first);
    QCOMPARE(code(client.command("RCPT TO:<second@example.org>")), second);
}

void TestSandboxBehaviour::tooLarge()
{
    setMode(Mode::TooLarge);
    Client client;
    const QByteArray ehlo = greet(client);
    QVERIFY2(ehlo.contains("250-SIZE 1000\r"), ehlo.constData());
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org> SIZE=1001")), QByteArray("552 5.3.4"));
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org> SIZE=10")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("250 2.1.5"));
    QCOMPARE(code(client.command("DATA")), QByteArray("354 End d"));
    QCOMPARE(code(client.command(QByteArray(1200, 'x') + "\r\n.")), QByteArray("552 5.3.4"));
    QVERIFY(m_server->messages().isEmpty());
}

void TestSandboxBehaviour::slow()
{
    setMode(Mode::Slow);
    Client client;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.connectTo(m_server->port()));
    QCOMPARE(code(client.read()), QByteArray("220 sandb"));
    QVERIFY2(timer.elapsed() >= 280, QByteArray::number(timer.elapsed()).constData());
    timer.restart();
    QCOMPARE(code(client.command("NOOP")), QByteArray("250 2.0.0"));
    QVERIFY(timer.elapsed() >= 280);
    QVERIFY(client.command("EHLO client.test").startsWith("250-"));
    // Pipelined: still in order.
    client.socket().write("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n");
    QCOMPARE(code(client.read()), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.read()), QByteArray("250 2.1.5"));
}

void TestSandboxBehaviour::dropAfterDot()
{
    setMode(Mode::DropAfterDot);
    Client client;
    greet(client);
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("250 2.1.5"));
    QCOMPARE(code(client.command("DATA")), QByteArray("354 End d"));
    client.socket().write("Subject: kept\r\n\r\nbody\r\n.\r\n");
    QVERIFY(client.closedByServer());
    QCOMPARE(client.socket().readAll(), QByteArray());
    // It was read whole and kept: the client just never heard.
    QCOMPARE(m_server->messages().size(), 1);
    QVERIFY(m_server->messages().constFirst().content.endsWith("body\r\n"));

    // BDAT LAST the same.
    Client chunked;
    greet(chunked);
    QCOMPARE(code(chunked.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    QCOMPARE(code(chunked.command("RCPT TO:<b@example.org>")), QByteArray("250 2.1.5"));
    chunked.socket().write("BDAT 5 LAST\r\nhello");
    QVERIFY(chunked.closedByServer());
    QCOMPARE(m_server->messages().size(), 2);
}

void TestSandboxBehaviour::changeTakesEffectOnOpenConnection()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::behaviourChanged);
    Client client;
    greet(client);
    QCOMPARE(code(client.command("MAIL FROM:<a@example.org>")), QByteArray("250 2.1.0"));
    setMode(Mode::UnknownUser);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_server->behaviour().mode, Mode::UnknownUser);
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("550 5.1.1"));
    setMode(Mode::Normal);
    QCOMPARE(code(client.command("RCPT TO:<b@example.org>")), QByteArray("250 2.1.5"));
}

QTEST_GUILESS_MAIN(TestSandboxBehaviour)
#include "tst_sandbox_behaviour.moc"
