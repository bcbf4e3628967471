// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCoreApplication;

namespace stamp {

// Installs Stamp's translations for the system's language: first the
// English plural forms ("1 file", "3 files") every language falls back on,
// then the person's language when a translation for it is compiled in.
// Call once, after the application object exists.
void installTranslations(QCoreApplication &app);

}  // namespace stamp
