# Browser tests in Debian's headless Chromium, driven by playwright-core,
# against the built static site served by the real binary.
.PHONY: test-browser setup-browser

setup-browser:
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y --no-install-recommends chromium; }
	npm ci --prefix e2e --no-audit --no-fund

test-browser:
	$(GO) build -o e2e/out/kilde .
	rm -rf e2e/out/dist
	e2e/out/kilde build --out e2e/out/dist --origins http://127.0.0.1:$$(( $${KILDE_E2E_PORT:-8311} + 1 ))
	node --test --test-concurrency=1 e2e/
