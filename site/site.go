//go:build !js

// Package site builds the app's static website and serves it locally.
package site

import "io"

// Serve runs "kilde serve" and returns the exit status.
func Serve(args []string, stdout, stderr io.Writer) int { return 0 }

// Build runs "kilde build" and returns the exit status.
func Build(args []string, stdout, stderr io.Writer) int { return 0 }
