#!/usr/bin/env bash
# Renders the add-in's icons from assets/src/*.svg to the PNGs the manifest names (assets/*.png).
# The PNGs are committed, so a fresh clone, CI and `npm run build` never need this script; run it
# after changing an SVG. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
#
#   NAME-16.svg  the 16 px drawing, on whole pixels   -> NAME-16.png
#   NAME.svg     the drawing for every larger size     -> NAME-32.png, NAME-80.png (and 64 for the add-in icon)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render-icons: rsvg-convert is missing; install it with: apt-get install librsvg2-bin" >&2
  exit 2
fi

render() { # render SVG SIZE OUT
  rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --format png "$1" --output "$3"
  echo "  $3 (${2}x${2})"
}

echo "render-icons: assets/src -> assets"
# The add-in's own icon: 16/32/80 for the ribbon group, 32 for IconUrl, 64 for HighResolutionIconUrl.
render assets/src/icon-16.svg 16 assets/icon-16.png
for size in 32 64 80; do render assets/src/icon.svg "$size" "assets/icon-$size.png"; done

# The ribbon buttons: Validate (検証), Grade (評価), Summary (集計), Restore (元に戻す), Open pane.
for name in validate grade summary restore taskpane; do
  render "assets/src/$name-16.svg" 16 "assets/$name-16.png"
  for size in 32 80; do render "assets/src/$name.svg" "$size" "assets/$name-$size.png"; done
done
