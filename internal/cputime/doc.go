// Package cputime reads the processor time the process has used, for
// growth checks that must not be fooled by a busy machine's wall clock.
package cputime
