#!/usr/bin/env bash
# Renders each sample 評価書 to HTML with `pia render` and prints it to PNG with headless
# Chromium (Debian's `chromium`), to look at the layout as a person would. Not run by CI.
#
#   bash scripts/render-png.sh [OUT_DIR]        (default: target/render-png)
#
# Writes, for each sample, <name>.html, <name>.png (the top of the document, 1600 px tall) and
# <name>-page1.png (the first A4 page at 96 dpi, 794×1123). With UPDATE_README_IMAGE=1 it also
# copies the first page of the 全項目 sample to docs/render-edogawa-full.png (the README's image).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-target/render-png}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    echo "render-png: chromium is not installed (apt-get install -y chromium fonts-noto-cjk)" >&2
    exit 2
fi

# `cargo run` finds the binary wherever the build goes (CARGO_TARGET_DIR, a config's target-dir).
cargo build --quiet --features cli --bin pia
pia() { cargo run --quiet --features cli --bin pia -- "$@"; }

shot() { # html png width height
    local profile
    profile="$(mktemp -d)"
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
        --user-data-dir="$profile" --window-size="$3,$4" --screenshot="$2" \
        "file://$(realpath "$1")" >/dev/null 2>&1
    rm -rf "$profile"
}

for json in tests/fixtures/seed-*.json; do
    name="$(basename "$json" .json)"
    pia render "$json" > "$out/$name.html"
    shot "$out/$name.html" "$out/$name.png" 1000 1600
    shot "$out/$name.html" "$out/$name-page1.png" 794 1123
    echo "$out/$name.png"
done

if [ "${UPDATE_README_IMAGE:-0}" = 1 ]; then
    mkdir -p docs
    cp "$out/seed-000-edogawa-full-page1.png" docs/render-edogawa-full.png
    echo "docs/render-edogawa-full.png"
fi
