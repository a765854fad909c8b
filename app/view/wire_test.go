package view

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"kilde/engine"
)

func TestEncodeDecodeGivesBackResultAndLayout(t *testing.T) {
	for _, text := range []string{
		"",
		"“Det går godt,” siger Veronica Pedersen, direktør for Tidløs. Salget steg 80 procent til $40 milliarder den 20. juni 2017.\nNy linje om Kina og Kinas marked, fra 3 til 5 mio. kr.",
		"\"We are not done,\" said Mary Smith of Acme Corp. Sales rose between 10% and 12% in Ohio; hundreds of millions were lost.",
		strings.Repeat("Jens Hansen i Aarhus købte 3.000 tønder. ", 200),
		"The exhibition runs from 9 April to 6 September 2027 in London.",
	} {
		r := engine.Extract(text)
		paras := Layout(text, r)
		got, gotParas, err := Decode(Encode(r, paras), text)
		if err != nil {
			t.Fatalf("%.40q: %v", text, err)
		}
		a, _ := json.Marshal(r)
		b, _ := json.Marshal(got)
		if string(a) != string(b) {
			t.Errorf("%.40q: result\n%s\ncame back as\n%s", text, a, b)
		}
		if !reflect.DeepEqual(paras, gotParas) {
			t.Errorf("%.40q: the layout changed on the way", text)
		}
	}
}

func TestDecodeRefusesDamagedInput(t *testing.T) {
	text := "Salget steg 80 procent i Kina, siger Jens Hansen."
	r := engine.Extract(text)
	b := Encode(r, Layout(text, r))
	for _, bad := range [][]byte{nil, b[:len(b)/2], b[:len(b)-1], append([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, b...)} {
		if _, _, err := Decode(bad, text); err == nil {
			t.Errorf("damaged input of %d bytes decoded without error", len(bad))
		}
	}
	if _, _, err := Decode(b, text[:10]); err == nil {
		t.Error("pieces past the end of a shorter text decoded without error")
	}
}

func TestDecoderInStepsReadsTheSame(t *testing.T) {
	text := strings.Repeat("“Vi vokser,” siger Jens Hansen fra Novo Nordisk i Aarhus. Salget steg 12 procent.\n", 40)
	r := engine.Extract(text)
	b := Encode(r, Layout(text, r))
	want, wantParas, _ := Decode(b, text)
	d := NewDecoder(b, text)
	steps := 1
	for !d.Step(7) {
		steps++
	}
	got, paras, err := d.Result()
	if err != nil || !reflect.DeepEqual(got.Entities, want.Entities) || !reflect.DeepEqual(paras, wantParas) || len(got.Figures) != len(want.Figures) {
		t.Errorf("in %d steps: %v", steps, err)
	}
	if steps < 10 {
		t.Errorf("only %d steps of 7 items for %d figures", steps, len(want.Figures))
	}
}
