#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Retakes the screenshots in docs/screenshots/ from the GUI tests, drawn by a
# real X server (Xvfb) rather than Qt's offscreen platform:
#   bash packaging/linux/screenshots.sh
# Needs the test dependencies (bash packaging/linux/deps.sh test) and a build.
# Each test saves screenshot-<name>-<light|dark>-<width>.png next to itself
# (tests/support/screenshots); the table below says which ones the README shows.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${STAMP_BUILD_DIR:-build}
tests=(tst_mainwindow tst_accountwizard tst_outbox_gui tst_oauth_wizard tst_import_dialog tst_sent_copy_settings tst_sent_copy_app)
bash packaging/linux/deps.sh test
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2 --target "${tests[@]}"
rm -f "$build"/tests/screenshot-*.png
export QT_QPA_PLATFORM=xcb
failed=0
# Each test twice: in the light palette, then dark from the start, as a person
# whose desktop is dark sees Stamp.
for look in light dark; do
    for t in "${tests[@]}"; do
        # A failing test still leaves the shots it took; the rest are reported missing.
        STAMP_SCREENSHOT_PALETTE=$look xvfb-run -a -s "-screen 0 1400x1000x24" "$build/tests/$t" \
            >"$build/tests/$t-$look-screenshots.log" 2>&1 ||
            { echo "$t ($look) failed: see $build/tests/$t-$look-screenshots.log" >&2; failed=1; }
    done
done
# name in docs/screenshots <- test screenshot (without screenshot- and .png)
declare -A keep=(
    [main-after-send.png]=main-after-send-light-1366
    [welcome-light.png]=welcome-light-800
    [compose-light.png]=compose-light-800
    [compose-dark.png]=compose-dark-800
    [compose-wrong-password-light.png]=compose-wrong-password-light-800
    [compose-wrong-password-dark.png]=compose-wrong-password-dark-800
    [compose-server-away-light.png]=compose-server-away-light-800
    [compose-server-away-dark.png]=compose-server-away-dark-800
    [main-outbox-waiting-light.png]=main-outbox-waiting-light-1366
    [main-outbox-waiting-dark.png]=main-outbox-waiting-dark-1366
    [main-outbox-held-light.png]=main-outbox-held-light-800
    [main-outbox-held-dark.png]=main-outbox-held-dark-800
    [main-sandbox-inbox-light.png]=main-sandbox-inbox-light-800
    [main-sandbox-inbox-dark.png]=main-sandbox-inbox-dark-800
    [main-outbox-password-light.png]=main-outbox-password-light-1366
    [main-outbox-password-dark.png]=main-outbox-password-dark-1366
    [password-dialog-light.png]=password-dialog-light-285
    [password-dialog-dark.png]=password-dialog-dark-285
    [wizard-test-light.png]=wizard-5-test-light-760
    [wizard-test-dark.png]=wizard-5-test-dark-760
    [wizard-client-id-light.png]=wizard-signin-6-no-client-id-light-760
    [wizard-client-id-dark.png]=wizard-signin-6-no-client-id-dark-760
    [certificate-light.png]=certificate-light-640
    [certificate-dark.png]=certificate-dark-640
    [import-preview.png]=import-preview-light-640
    [account-sent-folder.png]=account-sent-folder-light-680
    [main-sent-copy-waiting.png]=main-sent-copy-waiting-light-1366
)
missing=$failed
for doc in "${!keep[@]}"; do
    shot="$build/tests/screenshot-${keep[$doc]}.png"
    if [ -f "$shot" ]; then
        cp "$shot" "docs/screenshots/$doc"
        echo "docs/screenshots/$doc"
    else
        echo "missing: $shot" >&2
        missing=1
    fi
done
# Pictures the table no longer names would go stale: say so.
for doc in docs/screenshots/*.png; do
    [ -n "${keep[$(basename "$doc")]:-}" ] || echo "not retaken (remove it, or add it to the table): $doc" >&2
done
exit "$missing"
