//go:build js

package main

// command is never reached in the browser: RunWhenOnBrowser does not return.
func command([]string) int { return 0 }
