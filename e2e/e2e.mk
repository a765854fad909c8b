# Browser tests in headless Chromium (owned by the e2e suite).
.PHONY: test-browser setup-browser
test-browser:
	@echo "browser tests: not yet"
setup-browser:
	@echo "browser setup: not yet"
