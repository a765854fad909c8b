package view

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"

	"kilde/engine/result"
)

// Encode writes a result and its layout in a compact binary form: the
// result's fields beside its lists as JSON (small, and any field the
// result gains travels with it), then the lists and the paragraphs as
// variable-length integers and length-prefixed strings. Pieces keep only
// their byte offsets: Decode takes their text from the article.
func Encode(r result.Result, paras []Paragraph) []byte {
	head := r
	head.Figures, head.Quotes, head.Entities = nil, nil, nil
	h, _ := json.Marshal(head) // a Result always encodes
	var w writer
	w.str(string(h))
	w.uint(len(r.Figures))
	for _, f := range r.Figures {
		w.uint(f.Start, f.End)
		w.str(f.Text, f.Kind, f.ISO, f.HighISO, f.Unit, f.Qualifier, f.Rule)
		w.float(f.Value, f.High)
	}
	w.uint(len(r.Quotes))
	for _, q := range r.Quotes {
		w.uint(q.Start, q.End)
		w.str(q.Text, q.Speaker, q.Entity, q.Cue, q.Rule)
	}
	w.uint(len(r.Entities))
	for _, e := range r.Entities {
		w.str(e.ID, e.Name, e.Kind, e.Rule)
		w.uint(len(e.Aliases))
		w.str(e.Aliases...)
		w.uint(len(e.Mentions))
		for _, m := range e.Mentions {
			w.uint(m.Start, m.End)
			w.str(m.Text)
		}
	}
	ents := make(map[string]int, len(r.Entities))
	for i, e := range r.Entities {
		ents[e.ID] = i + 1
	}
	w.uint(len(paras))
	for _, p := range paras {
		w.uint(len(p))
		for _, pc := range p {
			// The entity by its place in the list: no string to read back.
			w.uint(pc.From, pc.To, pc.Fig+1, pc.Quote+1, pc.Mention, int(pc.Opens), ents[pc.Entity])
		}
	}
	return w.b
}

// Decode reads what Encode wrote for text.
func Decode(b []byte, text string) (result.Result, []Paragraph, error) {
	d := NewDecoder(b, text)
	for !d.Step(1 << 30) {
	}
	return d.Result()
}

// Decoder reads what Encode wrote a step at a time, so that the page can
// decode a long article's result in several short tasks.
type Decoder struct {
	rd    reader
	text  string
	r     result.Result
	paras []Paragraph
	stage int // 0 head, 1 figures, 2 quotes, 3 entities, 4 paragraphs, 5 done
	i     int // next item of the stage
}

// NewDecoder starts reading b, the encoding of a result for text.
func NewDecoder(b []byte, text string) *Decoder {
	return &Decoder{rd: reader{b: b, seen: map[string]string{}}, text: text}
}

// Step reads about n more items (figures, quotes, mentions, pieces) and
// reports whether it is done.
func (d *Decoder) Step(n int) bool {
	rd := &d.rd
	r := &d.r
	size := len(rd.b)
	for n > 0 && d.stage < 5 && rd.err == nil {
		switch d.stage {
		case 0:
			if err := json.Unmarshal([]byte(rd.str()), r); err != nil && rd.err == nil {
				rd.err = err
			}
			r.Figures = make([]result.Figure, min(rd.uint(), size))
			d.stage, d.i = 1, 0
			continue
		case 1:
			if d.i == len(r.Figures) {
				r.Quotes = make([]result.Quote, min(rd.uint(), size))
				d.stage, d.i = 2, 0
				continue
			}
			f := &r.Figures[d.i]
			f.Start, f.End = rd.uint(), rd.uint()
			f.Text, f.Kind, f.ISO, f.HighISO, f.Unit, f.Qualifier, f.Rule = rd.str(), rd.str(), rd.str(), rd.str(), rd.str(), rd.str(), rd.str()
			f.Value, f.High = rd.float(), rd.float()
		case 2:
			if d.i == len(r.Quotes) {
				r.Entities = make([]result.Entity, min(rd.uint(), size))
				d.stage, d.i = 3, 0
				continue
			}
			q := &r.Quotes[d.i]
			q.Start, q.End = rd.uint(), rd.uint()
			q.Text, q.Speaker, q.Entity, q.Cue, q.Rule = rd.str(), rd.str(), rd.str(), rd.str(), rd.str()
		case 3:
			if d.i == len(r.Entities) {
				d.paras = make([]Paragraph, min(rd.uint(), size))
				d.stage, d.i = 4, 0
				continue
			}
			e := &r.Entities[d.i]
			e.ID, e.Name, e.Kind, e.Rule = rd.str(), rd.str(), rd.str(), rd.str()
			e.Aliases = make([]string, min(rd.uint(), size))
			for k := range e.Aliases {
				e.Aliases[k] = rd.str()
			}
			e.Mentions = make([]result.Mention, min(rd.uint(), size))
			for k := range e.Mentions {
				m := &e.Mentions[k]
				m.Start, m.End = rd.uint(), rd.uint()
				m.Text = rd.str()
			}
			n -= len(e.Mentions)
		case 4:
			if d.i == len(d.paras) {
				d.stage = 5
				continue
			}
			p := make(Paragraph, min(rd.uint(), size))
			for k := range p {
				pc := &p[k]
				pc.From, pc.To = rd.uint(), rd.uint()
				pc.Fig, pc.Quote, pc.Mention = rd.uint()-1, rd.uint()-1, rd.uint()
				pc.Opens = byte(rd.uint())
				if e := rd.uint(); e > 0 && e <= len(r.Entities) {
					pc.Entity = r.Entities[e-1].ID
				}
				if pc.From > pc.To || pc.To > len(d.text) {
					rd.fail()
					break
				}
				pc.Text = d.text[pc.From:pc.To]
			}
			d.paras[d.i] = p
			n -= len(p)
		}
		d.i++
		n--
	}
	return d.stage == 5 || rd.err != nil
}

// Result gives what was read, or why it could not be.
func (d *Decoder) Result() (result.Result, []Paragraph, error) {
	if d.rd.err != nil {
		return result.Result{}, nil, d.rd.err
	}
	if d.stage != 5 {
		return result.Result{}, nil, errShort
	}
	paras := d.paras
	if len(paras) == 0 {
		paras = nil // as Layout gives for no text
	}
	return d.r, paras, nil
}

type writer struct{ b []byte }

func (w *writer) uint(ns ...int) {
	for _, n := range ns {
		w.b = binary.AppendUvarint(w.b, uint64(n))
	}
}

func (w *writer) str(ss ...string) {
	for _, s := range ss {
		w.uint(len(s))
		w.b = append(w.b, s...)
	}
}

func (w *writer) float(fs ...float64) {
	for _, f := range fs {
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(f))
	}
}

// reader reads what writer wrote; past the end or on a bad number it
// records an error and gives zeros.
type reader struct {
	b   []byte
	at  int
	err error
	// seen holds the short strings read so far: kinds, rules, units and
	// entity ids repeat, and one copy of each keeps the page's heap small.
	seen map[string]string
}

var errShort = errors.New("view: the encoded result is cut short or damaged")

func (r *reader) fail() {
	if r.err == nil {
		r.err = errShort
	}
	r.at = len(r.b)
}

func (r *reader) uint() int {
	v, n := binary.Uvarint(r.b[r.at:])
	if n <= 0 || v > math.MaxInt32 {
		r.fail()
		return 0
	}
	r.at += n
	return int(v)
}

func (r *reader) str() string {
	n := r.uint()
	if n > len(r.b)-r.at {
		r.fail()
		return ""
	}
	b := r.b[r.at : r.at+n]
	r.at += n
	if n > 24 {
		return string(b)
	}
	s, ok := r.seen[string(b)]
	if !ok {
		s = string(b)
		r.seen[s] = s
	}
	return s
}

func (r *reader) float() float64 {
	if len(r.b)-r.at < 8 {
		r.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.b[r.at:]))
	r.at += 8
	return f
}
