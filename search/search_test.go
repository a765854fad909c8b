package search

import (
	"reflect"
	"testing"
)

var names = []Name{
	{"e1", "Jack Ma"}, {"e1", "Ma"},
	{"e2", "Tidløs Hud Pleje"}, {"e2", "Tidløs"}, {"e2", "Tidløst"},
	{"e3", "John McPheters"}, {"e3", "McPheters"},
	{"e4", "Stadium Varer"}, {"e4", "Stadion Varer"},
	{"e5", "Veronica Pedersen"}, {"e6", "Alibaba"}, {"e7", "Ærø Rederi"}, {"e8", "Citroën"},
	{"e9", "Københavns Kommune"}, {"e10", "Tmall"},
}

func TestFind(t *testing.T) {
	ix := New(names)
	cases := []struct {
		query, first string
	}{
		{"tidlos", "e2"}, {"tidloes", "e2"}, {"Tidløs", "e2"}, {"TIDLØS", "e2"},
		{"mcphet", "e3"}, {"stadion", "e4"}, {"stadium", "e4"}, {"alibab", "e6"},
		{"aero", "e7"}, {"aeroe", "e7"}, {"citroen", "e8"}, {"kobenhavn", "e9"}, {"koebenhavn", "e9"},
		{"pedrsen", "e5"}, {"ma", "e1"},
	}
	for _, c := range cases {
		got := ix.Find(c.query, 5)
		if len(got) == 0 || got[0].ID != c.first {
			t.Errorf("%q: got %+v, want %s first", c.query, got, c.first)
		}
	}
	if got := ix.Find("zzzq", 5); len(got) != 0 {
		t.Errorf("zzzq: want nothing, got %+v", got)
	}
	if got := ix.Find("", 5); got != nil {
		t.Errorf("empty query: got %+v", got)
	}
}

func TestOneResultPerEntity(t *testing.T) {
	got := New(names).Find("tidl", 10)
	seen := map[string]bool{}
	for _, m := range got {
		if seen[m.ID] {
			t.Errorf("%s twice in %+v", m.ID, got)
		}
		seen[m.ID] = true
	}
}

func TestBoldIsInTheOriginal(t *testing.T) {
	cases := []struct {
		query, text string
		bold        [][2]int
	}{
		{"tidlos", "Tidløs", [][2]int{{0, 6}}},
		{"tidloes", "Tidløs", [][2]int{{0, 6}}},
		{"aero", "Ærø Rederi", [][2]int{{0, 3}}},
		{"mcphet", "McPheters", [][2]int{{0, 6}}},
	}
	for _, c := range cases {
		got := New([]Name{{"x", c.text}}).Find(c.query, 1)
		if len(got) != 1 || !reflect.DeepEqual(got[0].Bold, c.bold) {
			t.Errorf("%q in %q: got %+v, want bold %v", c.query, c.text, got, c.bold)
		}
	}
}

func TestLongQueryIsCapped(t *testing.T) {
	long := ""
	for range 100 {
		long += "a"
	}
	New([]Name{{"x", long}}).Find(long, 1) // must not panic or overflow
}
