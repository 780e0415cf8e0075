#!/usr/bin/env bash
# Makes docs/imagej-recording.png and docs/imagej-info.png: ImageJ 1 under Xvfb with the plugin jar in its plugins/
# folder, a recording opened through File > Import > OpenMV Stream... (run as a macro, as the
# recorder writes it), then its Image > Show Info. Needs Xvfb and ImageMagick's import
# (apt-get install -y xvfb imagemagick) and the module built first:
#   ./mvnw -o -pl imagej -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$repo/imagej/pom.xml" | head -1)"
ijversion="$(sed -n 's:.*<imagej.version>\(.*\)</imagej.version>.*:\1:p' "$repo/imagej/pom.xml")"
plugin="$repo/imagej/target/omvio_imagej-$version.jar"
ijjar="${IJ_JAR:-$HOME/.m2/repository/net/imagej/ij/$ijversion/ij-$ijversion.jar}"
out="${1:-$repo/docs/imagej-recording.png}"
info="${2:-$repo/docs/imagej-info.png}"
work="$(mktemp -d)"
trap 'kill "${ij_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/plugins"
cp "$plugin" "$work/plugins/"
java -cp "$plugin" "$here/DemoRecording.java" "$work/ball.bin"

cat > "$work/show.ijm" <<MACRO
run("OpenMV Stream...", "open=[$work/ball.bin] stack=Virtual");
setSlice(46);
run("In [+]");
wait(8000);
run("Show Info...");
MACRO

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1024x640x24 -nolisten tcp &
xvfb_pid=$!
sleep 2
DISPLAY="$display" java -Duser.home="$work" -jar "$ijjar" -ijpath "$work" -macro "$work/show.ijm" &
ij_pid=$!
# the macro waits 8 s on the stack, then opens Image > Show Info
sleep 8
DISPLAY="$display" import -window root "$out"
sleep 8
DISPLAY="$display" import -window root "$info"
echo "wrote $out and $info"
