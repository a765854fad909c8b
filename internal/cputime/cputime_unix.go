//go:build !js && !wasip1 && !windows

package cputime

import (
	"syscall"
	"time"
)

// Now is the processor time the process has used, user and system: it
// counts only this process's work, so a busy machine disturbs it less
// than the wall clock.
func Now() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
