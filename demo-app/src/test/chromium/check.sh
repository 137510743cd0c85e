#!/bin/sh
# Loads the demo's page in headless Chromium, checks that the ER diagram's SVG has a box for every
# expected table, and saves a screenshot.
#
# Usage: check.sh BASE_URL OUT_DIR TABLE...
#   e.g. check.sh http://localhost:8080 target/chromium author book tag
# Chromium is found as $CHROMIUM, chromium-headless-shell, chromium or chromium-browser.
# Exit status: 0 when every table has a box, 1 when one is missing, 2 when Chromium is absent.
set -eu
base=$1
out=$2
shift 2

bin=${CHROMIUM:-}
for candidate in chromium-headless-shell chromium chromium-browser; do
    [ -n "$bin" ] && break
    bin=$(command -v "$candidate" || true)
done
if [ -z "$bin" ]; then
    echo "no Chromium binary found (install chromium-headless-shell)" >&2
    exit 2
fi

mkdir -p "$out"
# --virtual-time-budget lets the page's fetch of the diagram finish before the DOM is dumped;
# --no-sandbox because CI containers run as root
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 --virtual-time-budget=15000"
"$bin" $flags --dump-dom "$base/" > "$out/page.html" 2> "$out/chromium.log"

boxes=$(grep -o 'class="table" data-table="[^"]*"' "$out/page.html" | sed 's/.*data-table="//; s/"$//' | sort -u)
missing=0
for table in "$@"; do
    if ! printf '%s\n' "$boxes" | grep -qx "$table"; then
        echo "no box for table $table in the diagram" >&2
        missing=1
    fi
done
echo "diagram boxes: $(printf '%s\n' "$boxes" | grep -c . || true)"

"$bin" $flags --screenshot="$out/demo-page.png" "$base/" >> "$out/chromium.log" 2>&1
[ -s "$out/demo-page.png" ] || { echo "no screenshot written to $out/demo-page.png" >&2; exit 1; }
echo "screenshot: $out/demo-page.png"
exit $missing
