# kilde: `make run` serves the app, `make test` runs every test.
# The browser tests (e2e/e2e.mk) and the benchmarks (bench/bench.mk) keep
# their own rules beside their code.

GO ?= go
export PATH := $(shell $(GO) env GOROOT)/lib/wasm:$(PATH)

.PHONY: run build test test-go test-wasm fuzz setup lint eval

run:
	$(GO) run . serve

build:
	$(GO) run . build --out dist

test: lint test-go test-wasm fuzz eval test-browser

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

test-go:
	$(GO) test ./...

# The engine runs under WebAssembly too (Node runs the tests).
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test ./engine/...

# A short fuzz run: no panic, spans inside the text, no overlapping figures.
fuzz:
	$(GO) test ./engine -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime 20s

# The development-set score (floors are enforced by engine tests too).
eval:
	$(GO) build -o /tmp/kilde-eval . && python3 ../shared/eval/score.py --cmd "/tmp/kilde-eval extract --format json" ../shared/eval/dev 2>/dev/null || echo "eval: ../shared/eval not beside the checkout, skipped"

setup: setup-browser

include e2e/e2e.mk
include bench/bench.mk
