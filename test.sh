#!/usr/bin/env bash
# test.sh runs every check the project holds itself to: formatting, vet,
# staticcheck, and the Go and Python-level tests under the race detector.
# It installs what it needs (staticcheck) through the Go module proxy.
set -euo pipefail
cd "$(dirname "$0")"

gobin="$(go env GOPATH)/bin"
if ! "$gobin/staticcheck" -version 2>/dev/null | grep -q '0.8.2'; then
	go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
fi

echo "== gofmt"
unformatted="$(gofmt -l .)"
if [ -n "$unformatted" ]; then
	echo "not gofmt-clean:"
	echo "$unformatted"
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== staticcheck"
"$gobin/staticcheck" ./...

echo "== go test -race"
go test -race -timeout 15m ./...
