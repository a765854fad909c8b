# kilde: `make run` builds and serves the app, `make test` runs every test.
# The browser tests (e2e/e2e.mk) and the benchmarks (bench/bench.mk) keep
# their own rules beside their code.

GO ?= go
# Go's WebAssembly tests run under Node through go_js_wasm_exec.
export PATH := $(shell $(GO) env GOROOT)/lib/wasm:$(PATH)

.PHONY: run build test test-go test-wasm fuzz setup lint eval generate stress train ner-eval check-model

run:
	$(GO) run . serve

build:
	$(GO) run . build --out dist

test: lint test-go test-wasm stress fuzz eval check-model test-browser

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

# Includes the development-set floors (engine/eval_test.go).
test-go:
	$(GO) test ./...

# The pure-Go packages run under WebAssembly too, as in the browser.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test ./engine/... ./search ./export ./intake

# A short fuzz run: no panic, spans inside the text, no overlapping figures.
# Minimising a new input of a whole article would take the run's time.
# The budgets are counts of runs, not durations: with a duration, Go's fuzz
# coordinator can report its own deadline as a failure when the machine is
# busy as it ends (go.dev/issue/75804). Each takes 10-20 s here.
fuzz:
	$(GO) test ./engine -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime 40000x -fuzzminimizetime 2s
	$(GO) test ./intake -run '^$$' -fuzz '^FuzzHTMLText$$' -fuzztime 400000x -fuzzminimizetime 2s

# The worst-case suite: adversarial inputs at two sizes, natively and in
# WebAssembly, failing on superlinear time or unbounded working memory.
# Part of make test: about a minute here.
stress:
	KILDE_STRESS=1 $(GO) test ./engine -run '^(TestWorstCaseGrowth|TestWasmMemoryGrowth)$$' -v -timeout 20m
	KILDE_STRESS=1 GOOS=js GOARCH=wasm $(GO) test ./engine -run '^(TestWorstCaseGrowth|TestWasmMemoryGrowth)$$' -v -timeout 20m

# The project's scorer on the development set (rules are tuned on it),
# the check set (never tuned on: the number that says how the rules carry
# to new text), and the written articles of testdata/eval (nine sets tuned
# on, nine held out; see its README), one after the other.
eval:
	@if [ -f ../shared/eval/score.py ]; then \
		$(GO) build -o /tmp/kilde-eval . && \
		for set in ../shared/eval/dev ../shared/eval/check testdata/eval/articles-tuned testdata/eval/articles-tuned2 testdata/eval/articles-tuned3 testdata/eval/articles-tuned4 testdata/eval/articles-tuned5 testdata/eval/articles-tuned6 testdata/eval/articles-tuned7 testdata/eval/articles-tuned8 testdata/eval/articles-tuned9 testdata/eval/articles-tuned10 testdata/eval/articles-tuned11 testdata/eval/articles-tuned12 testdata/eval/articles-tuned13 testdata/eval/articles-tuned14 testdata/eval/articles-tuned15 testdata/eval/articles-tuned16 testdata/eval/articles-heldout testdata/eval/articles-heldout2 testdata/eval/articles-heldout3 testdata/eval/articles-heldout4 testdata/eval/articles-heldout5 testdata/eval/articles-heldout6 testdata/eval/articles-heldout7 testdata/eval/articles-heldout8 testdata/eval/articles-heldout9 testdata/eval/articles-heldout10 testdata/eval/articles-heldout11 testdata/eval/articles-heldout12 testdata/eval/articles-heldout13 testdata/eval/articles-heldout14 testdata/eval/articles-heldout15 testdata/eval/articles-heldout16 testdata/eval/articles-heldout17 testdata/eval/articles-tuned17 testdata/eval/articles-heldout18 testdata/eval/articles-heldout19 testdata/eval/articles-tuned18 testdata/eval/articles-tuned19 testdata/eval/articles-tuned20 testdata/eval/articles-heldout20 testdata/eval/articles-tuned21 testdata/eval/articles-tuned22 testdata/eval/articles-heldout21; do echo "== $$set"; \
			python3 ../shared/eval/score.py --cmd "/tmp/kilde-eval extract --format json" $$set || exit 1; done; \
	else echo "eval: ../shared/eval is not beside the checkout; the floors are checked by engine/eval_test.go"; fi

# Regenerates the word lists and gazetteers from their npm sources.
generate:
	$(GO) generate ./engine/lexicon

# Retrains the name tagger's models from the corpora beside the checkout
# (train splits only); the same corpora give the same files byte for byte.
train:
	$(GO) run ./engine/ner/internal/train -corpora ../shared/corpora -out engine/ner/model

# The checked-in models and corpus word lists must be what training gives
# today: the tagger reads the lexicon's tables, so a changed word list
# changes the model too.
check-model:
	@if [ -d ../shared/corpora ]; then \
		out=$$(mktemp -d) && $(GO) run ./engine/ner/internal/train -corpora ../shared/corpora -out $$out -words $$out >/dev/null && \
		for f in ner/model/da.bin ner/model/en.bin lexicon/data/corpus-words-da.txt lexicon/data/corpus-words-en.txt; do cmp -s $$out/$$(basename $$f) engine/$$f || \
			{ echo "check-model: engine/$$f is not what make train gives today; run make train and commit it"; exit 1; }; done; \
		echo "check-model: the checked-in models are what make train gives"; \
	else echo "check-model: ../shared/corpora is not beside the checkout; skipped"; fi

# The name tagger's mention F1 on the corpora's dev splits, beside the
# entities engine.Extract finds in the same text.
ner-eval:
	$(GO) run ./engine/ner/internal/eval -corpora ../shared/corpora

setup: setup-browser

include e2e/e2e.mk
include bench/bench.mk
