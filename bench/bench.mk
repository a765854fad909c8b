# Benchmarks against peers (owned by the bench suite).
.PHONY: bench
bench:
	@echo "bench: not yet"
