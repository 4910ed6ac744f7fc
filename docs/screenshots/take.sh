#!/usr/bin/env bash
# Takes the README's console screenshots on a real X display (Xvfb), not headless Monocle: runs the console's
# end-to-end test (a real server with sample data made by the test: requests, an agent, a workflow and its run,
# a collection with two documents, a tool invocation) and saves a PNG of each screen here.
# Needs a full build first (./mvnw verify, or at least ./mvnw install -DskipTests and the platform-ear
# pre-integration-test phase, which installs the Liberty server the test copies). Installs Xvfb if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
here="$PWD/docs/screenshots"
if ! command -v Xvfb >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0) \
        || { echo "Could not install Xvfb" >&2; exit 1; }
fi
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" ./mvnw -B -q verify -pl admin-console-javafx -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dheadless.argLine="-Dprism.order=sw --enable-native-access=ALL-UNNAMED -Djava.util.prefs.userRoot=target/prefs" \
    -Dscreenshots.dir="$here"
ls -l "$here"/*.png
