package correct

import (
	"fmt"
	"hash/fnv"
	"reflect"
	"testing"

	"kilde/app/view"
	"kilde/engine/result"
)

// text names Karen Holm twice, Holm once, Acme once and Aarhus once;
// the engine's result is written out by hand below.
const text = "Karen Holm fra Acme.\n\"Ja,\" sagde Holm i Aarhus. Karen Holm smilede."

func sample() result.Result {
	return result.Result{
		Lang: "da",
		Quotes: []result.Quote{
			{Start: 22, End: 25, Text: "Ja,", Speaker: "Holm", Entity: "e4", Cue: "sagde", Rule: "quote:marks+after-cue+name"},
		},
		Entities: []result.Entity{
			{ID: "e1", Name: "Karen Holm", Kind: result.Person, Aliases: []string{}, Mentions: []result.Mention{{Start: 0, End: 10, Text: "Karen Holm"}, {Start: 48, End: 58, Text: "Karen Holm"}}, Rule: "person:first-name"},
			{ID: "e2", Name: "Acme", Kind: result.Place, Aliases: []string{}, Mentions: []result.Mention{{Start: 15, End: 19, Text: "Acme"}}, Rule: "model"},
			{ID: "e3", Name: "Aarhus", Kind: result.Place, Aliases: []string{}, Mentions: []result.Mention{{Start: 40, End: 46, Text: "Aarhus"}}, Rule: "place:gazetteer"},
			{ID: "e4", Name: "Holm", Kind: result.Person, Aliases: []string{"Holms"}, Mentions: []result.Mention{{Start: 33, End: 37, Text: "Holm"}}, Rule: "model"},
		},
	}
}

// summary is what the tests compare: each entity as id, kind, aliases
// and mention starts, and each quote's speaker and entity.
type summary struct {
	Entities []string
	Quotes   []string
}

func summarize(r result.Result) summary {
	var s summary
	for _, e := range r.Entities {
		line := e.ID + " " + e.Name + " " + e.Kind
		for _, a := range e.Aliases {
			line += " a:" + a
		}
		for _, m := range e.Mentions {
			line += " m:" + m.Text + "@" + itoa(m.Start)
		}
		s.Entities = append(s.Entities, line)
	}
	for _, q := range r.Quotes {
		s.Quotes = append(s.Quotes, q.Speaker+"/"+q.Entity)
	}
	return s
}

func itoa(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

func TestApply(t *testing.T) {
	tests := []struct {
		name    string
		cs      []Correction
		want    summary
		moved   map[string]string
		changed []string
		applied int
	}{
		{"none", nil, summarize(sample()), map[string]string{}, nil, 0},
		{"remove keeps the speaker's words but not the link",
			[]Correction{{Op: Remove, ID: "e4", Name: "Holm"}},
			summary{[]string{
				"e1 Karen Holm person m:Karen Holm@00 m:Karen Holm@48",
				"e2 Acme place m:Acme@15",
				"e3 Aarhus place m:Aarhus@40",
			}, []string{"Holm/"}},
			map[string]string{"e4": ""}, nil, 1},
		{"kind",
			[]Correction{{Op: Kind, ID: "e2", Name: "Acme", Kind: result.Org}},
			summary{[]string{
				"e1 Karen Holm person m:Karen Holm@00 m:Karen Holm@48",
				"e2 Acme org m:Acme@15",
				"e3 Aarhus place m:Aarhus@40",
				"e4 Holm person a:Holms m:Holm@33",
			}, []string{"Holm/e4"}},
			map[string]string{}, []string{"e2"}, 1},
		{"an unknown kind and the same kind change nothing",
			[]Correction{{Op: Kind, ID: "e2", Name: "Acme", Kind: "fruit"}, {Op: Kind, ID: "e3", Name: "Aarhus", Kind: result.Place}},
			summarize(sample()), map[string]string{}, nil, 0},
		{"merge joins mentions in order, names and quotes",
			[]Correction{{Op: Merge, ID: "e4", Name: "Holm", Into: "e1", IntoName: "Karen Holm"}},
			summary{[]string{
				"e1 Karen Holm person a:Holm a:Holms m:Karen Holm@00 m:Holm@33 m:Karen Holm@48",
				"e2 Acme place m:Acme@15",
				"e3 Aarhus place m:Aarhus@40",
			}, []string{"Karen Holm/e1"}},
			map[string]string{"e4": "e1"}, []string{"e1"}, 1},
		{"merge, then remove the entity merged into",
			[]Correction{
				{Op: Merge, ID: "e4", Name: "Holm", Into: "e1", IntoName: "Karen Holm"},
				{Op: Remove, ID: "e1", Name: "Karen Holm"},
			},
			summary{[]string{
				"e2 Acme place m:Acme@15",
				"e3 Aarhus place m:Aarhus@40",
			}, []string{"Karen Holm/"}},
			map[string]string{"e4": "", "e1": ""}, nil, 2},
		{"merge twice follows the chain",
			[]Correction{
				{Op: Merge, ID: "e2", Name: "Acme", Into: "e3", IntoName: "Aarhus"},
				{Op: Merge, ID: "e3", Name: "Aarhus", Into: "e1", IntoName: "Karen Holm"},
			},
			summary{[]string{
				"e1 Karen Holm person a:Aarhus a:Acme m:Karen Holm@00 m:Acme@15 m:Aarhus@40 m:Karen Holm@48",
				"e4 Holm person a:Holms m:Holm@33",
			}, []string{"Holm/e4"}},
			map[string]string{"e2": "e1", "e3": "e1"}, []string{"e1"}, 2},
		{"ids that moved: the name finds the entity",
			[]Correction{{Op: Remove, ID: "e9", Name: "Aarhus"}},
			summary{[]string{
				"e1 Karen Holm person m:Karen Holm@00 m:Karen Holm@48",
				"e2 Acme place m:Acme@15",
				"e4 Holm person a:Holms m:Holm@33",
			}, []string{"Holm/e4"}},
			map[string]string{"e3": ""}, nil, 1},
		{"an entity no longer found, a merge into itself and an unknown op are skipped",
			[]Correction{
				{Op: Remove, ID: "e1", Name: "Jens Hansen"},
				{Op: Merge, ID: "e2", Name: "Acme", Into: "e2", IntoName: "Acme"},
				{Op: Merge, ID: "e2", Name: "Acme", Into: "e7", IntoName: "Nobody"},
				{Op: "rename", ID: "e2", Name: "Acme"},
			},
			summarize(sample()), map[string]string{}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := sample()
			o := Apply(in, tt.cs)
			if got := summarize(o.Result); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("result\n got %q\nwant %q", got, tt.want)
			}
			if !reflect.DeepEqual(o.Moved, tt.moved) {
				t.Errorf("moved %v, want %v", o.Moved, tt.moved)
			}
			var changed []string
			for _, e := range o.Result.Entities {
				if o.Changed[e.ID] {
					changed = append(changed, e.ID)
				}
			}
			if !reflect.DeepEqual(changed, tt.changed) {
				t.Errorf("changed %v, want %v", changed, tt.changed)
			}
			if o.Applied != tt.applied {
				t.Errorf("applied %d, want %d", o.Applied, tt.applied)
			}
			if !reflect.DeepEqual(in, sample()) {
				t.Errorf("Apply changed its input")
			}
		})
	}
}

// TestRelayout lays out the corrected result afresh and compares: the
// reading view carried over must be the one the corrected result gives.
func TestRelayout(t *testing.T) {
	tests := []struct {
		name string
		cs   []Correction
	}{
		{"none", nil},
		{"remove", []Correction{{Op: Remove, ID: "e3", Name: "Aarhus"}}},
		{"remove a speaker", []Correction{{Op: Remove, ID: "e4", Name: "Holm"}}},
		{"kind", []Correction{{Op: Kind, ID: "e2", Name: "Acme", Kind: result.Org}}},
		{"merge into an earlier entity", []Correction{{Op: Merge, ID: "e4", Name: "Holm", Into: "e1", IntoName: "Karen Holm"}}},
		{"merge into a later entity", []Correction{{Op: Merge, ID: "e1", Name: "Karen Holm", Into: "e4", IntoName: "Holm"}}},
		{"merge, then remove", []Correction{
			{Op: Merge, ID: "e4", Name: "Holm", Into: "e1", IntoName: "Karen Holm"},
			{Op: Remove, ID: "e1", Name: "Karen Holm"},
		}},
	}
	raw := sample()
	paras := view.Layout(text, raw)
	before := view.Layout(text, raw)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Apply(raw, tt.cs)
			got := Relayout(paras, raw, o)
			want := view.Layout(text, o.Result)
			if !reflect.DeepEqual(strip(got), strip(want)) {
				t.Errorf("reading view\n got %+v\nwant %+v", got, want)
			}
			if !reflect.DeepEqual(paras, before) {
				t.Errorf("Relayout changed its input")
			}
		})
	}
}

// strip joins a piece to the one before when it opens nothing and is
// under the same highlights (it renders the same), and drops the mention
// number of pieces outside any mention: the layout leaves there whatever
// the last mention had.
func strip(paras []view.Paragraph) []view.Paragraph {
	out := make([]view.Paragraph, len(paras))
	for i, p := range paras {
		for _, pc := range p {
			if pc.Entity == "" {
				pc.Mention = 0
			}
			if n := len(out[i]); n > 0 && pc.Opens == 0 {
				last := &out[i][n-1]
				if last.Fig == pc.Fig && last.Quote == pc.Quote && last.Entity == pc.Entity && last.Mention == pc.Mention {
					last.Text += pc.Text
					last.To = pc.To
					continue
				}
			}
			out[i] = append(out[i], pc)
		}
	}
	return out
}

func TestKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Karen Holm", "Karen Holm", true},
		{"Karen Holm", "Karen Holm.", false},
		{"", "", true},
		{"æøå", "aeoa", false},
	}
	for _, tt := range tests {
		if got := Key(tt.a) == Key(tt.b); got != tt.same {
			t.Errorf("Key(%q) == Key(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
	// FNV-1a as hash/fnv computes it.
	for _, s := range []string{"", "x", "Karen Holm fra Acme.", "æøå\n»Ja«"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if want := fmt.Sprintf("kilde:corrections:%016x", h.Sum64()); Key(s) != want {
			t.Errorf("Key(%q) = %q, want %q", s, Key(s), want)
		}
	}
}
