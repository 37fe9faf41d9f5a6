#!/bin/sh
# Regenerates cmd/gilfree/default.pgo, the CPU profile that `go build`
# and `go run` of the command use for profile-guided optimization
# (docs/runtime.md, "Session 9: profile-guided optimization"). It runs
# every benchmark program and scaling workload in-process under the eval
# package's TestRunFile with -cpuprofile and merges the profiles.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/evaltest" ./interp/eval
cd interp/eval
for p in "$root"/bench/*.py "$root"/stress/scale/*.py; do
	name=$(basename "$p" .py)
	[ "$name" = scalelib ] && continue
	GILFREE_RUN="$p" "$tmp/evaltest" -test.run '^TestRunFile$' -test.cpuprofile "$tmp/$name.pprof" >/dev/null
done
go tool pprof -proto "$tmp"/*.pprof >"$root/cmd/gilfree/default.pgo"
echo "wrote cmd/gilfree/default.pgo"
