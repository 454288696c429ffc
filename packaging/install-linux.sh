#!/bin/sh
# Install this CallDesk folder for the current user: the app in ~/.local/opt/calldesk, the
# `calldesk` command, a menu entry that opens .csv and .vcf files as an import, and the icon.
# Run it from the unpacked folder: ./install-linux.sh   (./install-linux.sh --remove undoes it)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$HOME/.local/opt/calldesk
if [ "${1:-}" = "--remove" ]; then
    rm -rf "$app" "$HOME/.local/bin/calldesk" "$data/applications/calldesk.desktop" \
        "$data/icons/hicolor/scalable/apps/calldesk.svg"
    echo "CallDesk removed (your data in $data/CallDesk is kept)."
    exit 0
fi
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" \
    "$data/icons/hicolor/scalable/apps"
if [ "$here" != "$app" ]; then
    rm -rf "$app"
    cp -a "$here" "$app"
fi
ln -sf "$app/CallDesk" "$HOME/.local/bin/calldesk"
sed "s|^Exec=.*|Exec=$app/CallDesk %F|" "$app/calldesk.desktop" \
    > "$data/applications/calldesk.desktop"
cp "$app/calldesk.svg" "$data/icons/hicolor/scalable/apps/calldesk.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "CallDesk installed: start it from the menu, or run: calldesk"
