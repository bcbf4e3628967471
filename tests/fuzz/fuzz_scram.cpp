// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SCRAM server messages (RFC 5802 §7): the server-first message, then the
// server-final message, both as the session hands them over after base64
// decoding. The input is "<algorithm byte><server-first>\0<server-final>".
// The user, password and client nonce are those of the RFC 5802 §5 and
// RFC 7677 §3 examples, so their exchanges are seeds that verify.

#include "FuzzSupport.h"
#include "smtp/sasl/ScramMechanism.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto algorithm = (data[0] & 1) ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    const QByteArray rest = stamp::fuzz::bytes(data + 1, size - 1);
    const qsizetype split = rest.indexOf('\0');
    const QByteArray serverFirst = split < 0 ? rest : rest.left(split);
    const QByteArray serverFinal = split < 0 ? QByteArray() : rest.mid(split + 1);

    const stamp::sasl::Credentials credentials { QStringLiteral("user"), QStringLiteral("pencil"),
        (data[0] & 2) ? QStringLiteral("admin") : QString() };
    const QByteArray clientNonce = algorithm == QCryptographicHash::Sha1
        ? QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL")
        : QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO");
    stamp::sasl::ScramMechanism scram(algorithm, credentials, clientNonce);
    (void)scram.initialResponse();
    const stamp::sasl::SaslMechanism::Step first = scram.respond(serverFirst);
    if (first.ok && split >= 0)
        (void)scram.respond(serverFinal);
    (void)scram.successProblem();
    (void)scram.serverError();
    return 0;
}
