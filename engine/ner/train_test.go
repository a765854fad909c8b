package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

// readSlice reads the first n sentences of a corpus file beside the
// checkout, or skips the test when the corpora are not there.
func readSlice(t *testing.T, path string, n int) []Example {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Skipf("corpora not beside the checkout: %v", err)
	}
	defer fh.Close()
	var out []Example
	var cur Example
	sc := bufio.NewScanner(fh)
	for sc.Scan() && len(out) < n {
		line := sc.Text()
		switch {
		case line == "":
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = Example{}
		case strings.HasPrefix(line, "#") && !strings.Contains(line, "\t"):
		default:
			w, tag, _ := strings.Cut(line, "\t")
			cur.Words = append(cur.Words, w)
			cur.Tags = append(cur.Tags, tag)
		}
	}
	return out
}

func TestTrainingIsDeterministic(t *testing.T) {
	ex := readSlice(t, "../../../shared/corpora/da-ddt-danplus/train.tsv", 400)
	o := TrainOptions{Lang: "da", Bits: 14, Epochs: 3, Seed: 1, MinCount: 2, CapsEvery: 20}
	build := func(o TrainOptions) []byte {
		m, err := Train(ex, o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := build(o), build(o)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same options and data gave different models")
	}
	o.Seed = 2
	if bytes.Equal(a, build(o)) {
		t.Fatal("another sentence order gave the very same model: is the seed used?")
	}
	var m Model
	if err := m.UnmarshalBinary(a); err != nil {
		t.Fatal(err)
	}
	again, _ := m.MarshalBinary()
	if !bytes.Equal(a, again) {
		t.Fatal("a model read back and written again differs")
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	for _, c := range []struct {
		name string
		ex   []Example
		o    TrainOptions
	}{
		{"bits", []Example{{Words: []string{"Ib"}, Tags: []string{"B-PER"}}}, TrainOptions{Bits: 40}},
		{"lengths", []Example{{Words: []string{"Ib", "Ås"}, Tags: []string{"B-PER"}}}, TrainOptions{Bits: 10}},
		{"tags", []Example{{Words: []string{"Ib"}, Tags: []string{"X-PER"}}}, TrainOptions{Bits: 10}},
	} {
		if _, err := Train(c.ex, c.o); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}

func TestUnmarshalRejectsDamage(t *testing.T) {
	m, err := Train([]Example{{Words: []string{"Ib", "bor", "i", "Ås"}, Tags: []string{"B-PER", "O", "O", "B-LOC"}}},
		TrainOptions{Bits: 10, Epochs: 2, Seed: 1, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := m.MarshalBinary()
	for _, bad := range [][]byte{nil, []byte("nope"), b[:len(b)-1], append(append([]byte{}, b...), 0)} {
		var x Model
		if err := x.UnmarshalBinary(bad); err == nil {
			t.Errorf("a damaged model of %d bytes was read without error", len(bad))
		}
	}
}

// TestForeignSentencesShareButDoNotDecide: sentences of another language
// teach the shared weights, but the model keeps its own language's
// habits where the two disagree. Here the foreign sentences, more
// numerous, read "for" as joining one organisation's name; the model's
// own read two names.
func TestForeignSentencesShareButDoNotDecide(t *testing.T) {
	own := Example{Words: []string{"Ib", "Holm", "arbejder", "for", "Vestas", "."}, Tags: []string{"B-PER", "I-PER", "O", "O", "B-ORG", "O"}}
	foreign := Example{Words: []string{"Ib", "Holm", "arbejder", "for", "Vestas", "."}, Tags: []string{"O", "O", "O", "O", "B-ORG", "O"}, Foreign: true}
	var exs []Example
	for range 3 {
		exs = append(exs, own)
		for range 10 {
			exs = append(exs, foreign)
		}
	}
	tagged := func(exs []Example) string {
		m, err := Train(exs, TrainOptions{Bits: 12, Epochs: 5, Seed: 1, MinCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range m.Tagger("da").Tag(own.Words) {
			got = append(got, fmt.Sprintf("%s:%s", Types[s.Type], strings.Join(own.Words[s.Start:s.End], " ")))
		}
		return strings.Join(got, " ")
	}
	if got, want := tagged(exs), "PER:Ib Holm ORG:Vestas"; got != want {
		t.Errorf("with the foreign sentences marked, tagged %q, want %q", got, want)
	}
	// Unmarked, the majority decides: the test tells the two apart.
	for i := range exs {
		exs[i].Foreign = false
	}
	if got := tagged(exs); got == "PER:Ib Holm ORG:Vestas" {
		t.Errorf("with nothing marked foreign, tagged %q as the own sentences have it", got)
	}
}
