#!/usr/bin/env bash
# Builds helmrender (main.go beside this script) offline from Debian's Go sources, in GOPATH mode
# with no module proxy. Needs:
#   apt-get install -y golang-go golang-github-masterminds-sprig-dev golang-k8s-sigs-yaml-dev
# Usage: build.sh OUTPUT_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:?usage: build.sh OUTPUT_BINARY}")"
gp="$(mktemp -d)"
trap 'rm -rf "$gp"' EXIT
mkdir -p "$gp/src/helmrender" "$gp/src/github.com/Masterminds/sprig" "$gp/src/github.com/Masterminds/semver"
cp "$here/main.go" "$gp/src/helmrender/"
# Debian installs these /v3 modules without the /v3 directory; GOPATH mode needs the import path.
ln -s /usr/share/gocode/src/github.com/Masterminds/sprig "$gp/src/github.com/Masterminds/sprig/v3"
ln -s /usr/share/gocode/src/github.com/Masterminds/semver "$gp/src/github.com/Masterminds/semver/v3"
cd "$gp/src/helmrender"
GO111MODULE=off GOPATH="$gp:/usr/share/gocode" GOPROXY=off GOFLAGS= go build -o "$out" .
