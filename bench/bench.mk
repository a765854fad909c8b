# Benchmarks against peers: make bench (not part of make test).
.PHONY: bench bench-setup

bench-setup:
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y --no-install-recommends chromium; }
	npm ci --prefix bench --no-audit --no-fund

bench: bench-setup
	node bench/run.mjs
