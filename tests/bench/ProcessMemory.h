// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace stamp::bench {

// The resident memory of this process, from Linux's /proc/self/status.
namespace ProcessMemory {

// Resident now, in KiB; -1 when unknown.
qint64 currentKiB();
// The most resident since the process started or since resetPeak(), in KiB
// (VmHWM); -1 when unknown.
qint64 peakKiB();
// Starts the peak over from the current size (Linux 4.0 and later:
// "5" written to /proc/self/clear_refs). False when not supported; the peak
// then counts from the start of the process.
bool resetPeak();

}  // namespace ProcessMemory

}  // namespace stamp::bench
