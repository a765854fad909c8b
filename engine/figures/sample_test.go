package figures

import "os"

// sample is the seed article of the development set.
func sample() string {
	b, err := os.ReadFile("../../testdata/eval/dev/seed-da.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}
