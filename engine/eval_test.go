package engine_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine"
)

// TestDevelopmentSet scores Extract on the development set the way
// eval/score.py scores the extract command (evalscore_test.go), logs
// score.py's table and summary, and fails below the quality floors.
func TestDevelopmentSet(t *testing.T) {
	golds, _ := filepath.Glob("../testdata/eval/dev/*.gold.json")
	if len(golds) == 0 {
		t.Fatal("no development set under testdata/eval/dev; copy it from eval/dev")
	}
	var total tally
	var rows []string
	for _, gp := range golds {
		gb, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := decode(gb)
		if err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		tb, err := os.ReadFile(strings.TrimSuffix(gp, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text := string(tb)
		// Score the JSON the command prints, not the Go values: the
		// scorer sees only what survives encoding.
		out, err := json.Marshal(engine.Extract(text))
		if err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		if dir := os.Getenv("KILDE_PRED_DIR"); dir != "" {
			// Saved predictions, as score.py --pred-dir reads them: to
			// check this port against score.py on any output.
			out, err = os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(gp), ".gold.json")+".json"))
			if err != nil {
				out = []byte("{}")
			}
		}
		pred, err := decode(out)
		if err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		c, err := scoreDoc(text, gold, pred)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range c.misses {
			t.Logf("  %s: MISS %s", str(gold, "id"), m)
		}
		for _, x := range c.extras {
			t.Logf("  %s: EXTRA %s", str(gold, "id"), x)
		}
		total.add(c)
		rows = append(rows, row(str(gold, "id"), summarize(c)))
	}
	t.Logf("%-22s%8s%8s%10s%8s%8s%8s", "document", "fig F1", "value", "quote F1", "attrib", "ent F1", "alias")
	for _, r := range rows {
		t.Log(r)
	}
	s := summarize(total)
	t.Log(row("ALL", s))
	t.Logf("figures F1 %.3f (values %.3f) | quotes F1 %.3f, attributed %.3f | entities F1 %.3f (alias recall %.3f)",
		s.figF1, s.figValAcc, s.qF1, s.qAttribF1, s.eF1, s.aliasRecall)
	t.Logf("figures P %.3f R %.3f | quotes P %.3f R %.3f, speaker accuracy %.3f | entities P %.3f R %.3f, splits %d",
		s.figP, s.figR, s.qP, s.qR, s.speakerAcc, s.eP, s.eR, s.splits)

	floors := []struct {
		name       string
		got, floor float64
	}{
		{"figures F1", s.figF1, 0.95},
		{"figure value accuracy", s.figValAcc, 0.95},
		{"quotes attributed F1", s.qAttribF1, 0.90},
		{"entities F1", s.eF1, 0.80},
		{"alias recall", s.aliasRecall, 0.90},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f is below the floor %.2f", f.name, f.got, f.floor)
		}
	}
}
