package engine

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"kilde/engine/segment"
)

// readPieces reads the pieces of the text in language code, the first
// already segmented as d with its paragraphs' word counts, and merges
// what each holds into the result in order. With more than one core
// the pieces are read side by side, a few ahead of the merge: a long
// text is read in about the time divided by the cores, with the same
// result.
func (x *extraction) readPieces(ps []extent, d *segment.Doc, counts []wordCounts, code string, cores int) {
	readOne := func(p extent) []found {
		if p.start == 0 {
			return readRuns(d, counts, 0, code)
		}
		d := segment.New(x.text[p.start:p.end])
		fs := readRuns(d, paraCounts(d, len(d.Tokens), false), p.start, code)
		if runtime.GOARCH != "wasm" {
			// What was found holds offsets and strings only: the next
			// piece can fill d's lists. Under WebAssembly the linear
			// memory, which never shrinks, grew to 7.7 times a 10 MB
			// text with the lists reused and 6.3 times without, for 3%
			// more speed: memory is the browser's scarcer budget.
			segment.Recycle(d)
		}
		return fs
	}
	if workers := min(cores, len(ps)); workers > 1 {
		sideBySide(ps, workers, readOne, x.mergeAll)
		return
	}
	for i, p := range ps {
		if i > 0 {
			// Let the collector's own goroutine run between pieces.
			// Under WebAssembly nothing runs beside a long extraction,
			// and a collection that cannot finish leaves the heap to
			// grow with garbage: on 10 MB of text the linear memory,
			// which never shrinks, grew to 8 or to 30 times the input
			// from one run to the next.
			runtime.Gosched()
		}
		x.mergeAll(readOne(p))
	}
}

// mergeAll merges the runs of one piece, in order.
func (x *extraction) mergeAll(fs []found) {
	for _, f := range fs {
		x.merge(f)
	}
}

// outcome is what a function run on another goroutine returned, or the
// panic it raised, with its stack.
type outcome[T any] struct {
	value T
	fault any
}

func guarded[T any](f func() T) (o outcome[T]) {
	defer func() {
		if p := recover(); p != nil {
			o.fault = fmt.Sprintf("%v\n%s", p, debug.Stack())
		}
	}()
	return outcome[T]{value: f()}
}

// get returns the value, or raises the panic again on the caller's
// goroutine, where a caller of the engine can recover it (the command
// line does, per file).
func (o outcome[T]) get() T {
	if o.fault != nil {
		panic(o.fault)
	}
	return o.value
}

// aside runs f on a goroutine of its own and returns a function that
// waits for its result. Nothing is left waiting if the result is never
// asked for.
func aside[T any](f func() T) func() T {
	ch := make(chan outcome[T], 1)
	go func() { ch <- guarded(f) }()
	return func() T { return (<-ch).get() }
}

// sideBySide reads each of ps with read on workers goroutines and hands
// the results to merge in the order of ps, on the caller's goroutine.
// At most two pieces per worker are read ahead of the merge, so memory
// stays bounded however long the text.
func sideBySide[T any](ps []extent, workers int, read func(extent) T, merge func(T)) {
	out := make([]chan outcome[T], len(ps))
	for i := range out {
		out[i] = make(chan outcome[T], 1)
	}
	next := make(chan int)
	ahead := make(chan struct{}, workers)
	quit := make(chan struct{})
	defer close(quit)
	go func() {
		defer close(next)
		for i := range ps {
			select {
			case ahead <- struct{}{}:
			case <-quit:
				return
			}
			select {
			case next <- i:
			case <-quit:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				out[i] <- guarded(func() T { return read(ps[i]) })
			}
		}()
	}
	for i := range ps {
		merge((<-out[i]).get())
		<-ahead
	}
}
