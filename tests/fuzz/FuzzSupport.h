// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared start-up for the libFuzzer targets in this folder.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace stamp::fuzz {

// Some core classes (tr(), QStandardPaths, QTemporaryDir) want an
// application object; one is made once, before the first input. Qt gets
// its own argument list so it never sees libFuzzer's flags.
inline void startQt(char *program)
{
    static int argc = 1;
    static char *argv[] = { program, nullptr };
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    // The parsers warn about every bad input; millions of warnings would
    // only slow the run down and hide libFuzzer's own report.
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace stamp::fuzz

#define STAMP_FUZZ_INITIALIZE                                                                                \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                             \
    {                                                                                                        \
        stamp::fuzz::startQt(*argc > 0 ? (*argv)[0] : nullptr);                                              \
        return 0;                                                                                            \
    }
