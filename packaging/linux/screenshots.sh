#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ from the GUI tests, drawn by a
# real X server (Xvfb) rather than Qt's offscreen platform:
#   bash packaging/linux/screenshots.sh
# Needs the test dependencies (bash packaging/linux/deps.sh test) and a build.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${STAMP_BUILD_DIR:-build}
bash packaging/linux/deps.sh test
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2 --target tst_mainwindow tst_accountwizard tst_outbox_gui
export QT_QPA_PLATFORM=xcb
for t in tst_mainwindow tst_accountwizard tst_outbox_gui; do
    xvfb-run -a -s "-screen 0 1400x1000x24" "$build/tests/$t" >/dev/null
done
# test screenshot name -> name in docs/screenshots
declare -A keep=(
    [screenshot-welcome.png]=welcome.png
    [screenshot-wizard-5-test-760.png]=wizard-test.png
    [screenshot-wizard-2-discovery-760.png]=wizard-discovery.png
    [screenshot-wizard-5-certificate-760.png]=certificate.png
    [screenshot-compose.png]=compose.png
    [screenshot-compose-attachments.png]=compose-attachments.png
    [screenshot-main-after-send.png]=main-after-send.png
    [screenshot-main-after-failure.png]=main-after-failure.png
    [screenshot-compose-dark.png]=compose-dark.png
    [screenshot-compose-undo.png]=compose-undo.png
    [screenshot-compose-wrong-password.png]=compose-wrong-password.png
    [screenshot-main-outbox-held.png]=main-outbox-held.png
)
for shot in "${!keep[@]}"; do
    if [ -f "$build/tests/$shot" ]; then
        cp "$build/tests/$shot" "docs/screenshots/${keep[$shot]}"
        echo "docs/screenshots/${keep[$shot]}"
    else
        echo "missing: $build/tests/$shot" >&2
    fi
done
