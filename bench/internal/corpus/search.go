package corpus

import (
	"fmt"
	"sort"
	"time"

	"kilde/search"
)

// KeystrokeMs returns the median time per keystroke, in milliseconds, of
// typing Keystrokes over n names, over runs runs.
func KeystrokeMs(n, runs int) float64 {
	names := Names(n)
	list := make([]search.Name, len(names))
	for i, s := range names {
		list[i] = search.Name{ID: fmt.Sprint(i), Text: s}
	}
	keys := Keystrokes()
	var per []float64
	for range runs {
		ix := search.New(list)
		start := time.Now()
		for _, k := range keys {
			ix.Find(k, 10)
		}
		per = append(per, float64(time.Since(start).Microseconds())/1000/float64(len(keys)))
	}
	return Median(per)
}

// Median of xs (xs is sorted in place).
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	return xs[len(xs)/2]
}
