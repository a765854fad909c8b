package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Example is one annotated sentence: words and their BIO tags ("B-PER",
// "I-ORG", "O"). Types other than those in Types count as O.
type Example struct {
	Words []string
	Tags  []string
	Doc   int // consecutive examples with the same Doc are one document; 0 is none
	// Foreign marks a sentence in another language than the model's.
	// Each feature has a shared weight and one per side (the model's
	// language, the foreign ones); a sentence is scored by the shared
	// weight plus its side's (Daumé 2007, "Frustratingly easy domain
	// adaptation"). The model keeps shared plus own: what names look
	// like everywhere, without the foreign function words' habits ("X
	// for Y" joins one English name, not a Danish one).
	Foreign bool
}

// TrainOptions set how a model is trained; the same options and
// examples give the same model, byte for byte.
type TrainOptions struct {
	Lang   string // "da" or "en": which stop words the features use
	Bits   uint   // 2^Bits feature slots
	Epochs int
	Seed   uint64 // the order of sentences in each epoch
	// Bags is how many models, each seeing the sentences in its own
	// order, are averaged into one: less dependence on the order.
	Bags     int
	MinCount int  // features seen fewer times are left out
	Prune    int8 // quantised weights this close to 0 become 0: a smaller file
	// CapsEvery adds every CapsEvery-th sentence again in capitals, as
	// headlines and machine-translated text write names; 0 adds none.
	CapsEvery int
}

// classes turns BIO tags into BILOU classes.
func classes(tags []string) ([]int, error) {
	out := make([]int, len(tags))
	typ := func(t string) int {
		for k, name := range Types {
			if len(t) > 2 && t[2:] == name {
				return k
			}
		}
		return -1
	}
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		k := typ(t)
		if t == "O" || k < 0 {
			continue
		}
		if t[0] != 'B' && t[0] != 'I' {
			return nil, fmt.Errorf("tag %q at word %d is not BIO", t, i+1)
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+Types[k] {
			j++
		}
		if j-i == 1 {
			out[i] = class(k, posU)
		} else {
			out[i] = class(k, posB)
			for m := i + 1; m < j-1; m++ {
				out[m] = class(k, posI)
			}
			out[j-1] = class(k, posL)
		}
		i = j - 1
	}
	return out, nil
}

// Train learns a model from examples with an averaged structured
// perceptron (Collins 2002) over Viterbi-decoded BILOU tags.
func Train(examples []Example, o TrainOptions) (*Model, error) {
	if o.Bits < 8 || o.Bits > 24 {
		return nil, fmt.Errorf("ner: Bits %d is outside 8..24", o.Bits)
	}
	if o.CapsEvery > 0 {
		var extra []Example
		for i, ex := range examples {
			if i%o.CapsEvery == o.CapsEvery-1 {
				up := make([]string, len(ex.Words))
				for k, w := range ex.Words {
					up[k] = strings.ToUpper(w)
				}
				extra = append(extra, Example{Words: up, Tags: ex.Tags, Doc: -1 - i, Foreign: ex.Foreign})
			}
		}
		examples = append(examples[:len(examples):len(examples)], extra...)
	}
	f := featurizer{lang: o.Lang}
	type sent struct {
		off, n int
		gold   []int
		side   int // the offset of its side's weights: own or foreign
	}
	sents := make([]sent, 0, len(examples))
	var hashes []uint64
	for i, ex := range examples {
		if len(ex.Words) == 0 {
			continue
		}
		if i == 0 || ex.Doc != examples[i-1].Doc || ex.Doc == 0 {
			j := i + 1
			for ex.Doc != 0 && j < len(examples) && examples[j].Doc == ex.Doc {
				j++
			}
			doc := make([][]string, 0, j-i)
			for _, e := range examples[i:j] {
				doc = append(doc, e.Words)
			}
			f.remember(slices.Values(doc))
		}

		if len(ex.Tags) != len(ex.Words) {
			return nil, fmt.Errorf("ner: sentence %d has %d words and %d tags", i+1, len(ex.Words), len(ex.Tags))
		}
		gold, err := classes(ex.Tags)
		if err != nil {
			return nil, fmt.Errorf("ner: sentence %d: %w", i+1, err)
		}
		f.run(ex.Words, 0, len(ex.Words))
		side := 1
		if ex.Foreign {
			side = 2
		}
		sents = append(sents, sent{off: len(hashes) / nFeat, n: len(ex.Words), gold: gold, side: side})
		hashes = append(hashes, f.feats...)
	}
	count := map[uint64]int32{}
	for _, h := range hashes {
		count[h]++
	}
	m := &Model{bits: o.Bits}
	slots := make([]int32, len(hashes))
	for i, h := range hashes {
		slots[i] = -1
		if h != absent && int(count[h]) >= o.MinCount {
			slots[i] = int32(m.slot(h))
		}
	}
	count = nil
	size := (1 << o.Bits) * nClass
	// Three tables side by side: shared, own language, foreign.
	w, u := make([]float64, 3*size), make([]float64, 3*size)
	sum := make([]float64, 3*size)
	const nt = (nClass + 1) * nClass
	var tw, tu, tsum [3 * nt]float64 // shared, own, foreign, as the weights
	var trans [(nClass + 1) * nClass]float32
	var emit, score []float32
	var back []uint8
	var pred []int
	bags := max(o.Bags, 1)
	for bag := range bags {
		seed := o.Seed + uint64(bag)
		rng := rand.New(rand.NewPCG(seed, seed^0x5DEECE66D))
		order := make([]int, len(sents))
		for i := range order {
			order[i] = i
		}
		clear(w)
		clear(u)
		tw, tu = [3 * nt]float64{}, [3 * nt]float64{}
		step := 1.0
		for range o.Epochs {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, si := range order {
				s := sents[si]
				if cap(emit) < s.n*nClass {
					emit = make([]float32, s.n*nClass)
				}
				emit = emit[:s.n*nClass]
				side := s.side * size
				for i := 0; i < s.n; i++ {
					var acc [nClass]float64
					for _, sl := range slots[(s.off+i)*nFeat : (s.off+i+1)*nFeat] {
						if sl < 0 {
							continue
						}
						for c := range acc {
							acc[c] += w[int(sl)+c] + w[side+int(sl)+c]
						}
					}
					for c := range acc {
						emit[i*nClass+c] = float32(acc[c])
					}
				}
				for k := range trans {
					trans[k] = float32(tw[k] + tw[s.side*nt+k])
				}
				viterbi(emit, s.n, start, &trans, &score, &back, &pred)
				gp, pp := start, start
				for i := 0; i < s.n; i++ {
					g, p := s.gold[i], pred[i]
					if g != p {
						for _, sl := range slots[(s.off+i)*nFeat : (s.off+i+1)*nFeat] {
							if sl < 0 {
								continue
							}
							for _, k := range [2]int{int(sl), side + int(sl)} {
								w[k+g]++
								u[k+g] += step
								w[k+p]--
								u[k+p] -= step
							}
						}
					}
					if g != p || gp != pp {
						for _, k := range [2]int{0, s.side * nt} {
							tw[k+gp*nClass+g]++
							tu[k+gp*nClass+g] += step
							tw[k+pp*nClass+p]--
							tu[k+pp*nClass+p] -= step
						}
					}
					gp, pp = g, p
				}
				step++
			}
		}
		for i := range w {
			sum[i] += w[i] - u[i]/step
		}
		for k := range tw {
			tsum[k] += tw[k] - tu[k]/step
		}
	}
	// Averaged weights, the mean over the bags, shared plus own, then
	// int8 with one scale per class.
	// Halved, so that a model with no foreign sentences, whose shared
	// and own weights are equal, is the model one table would give.
	w = sum[:size]
	for i := range w {
		w[i] = (w[i] + sum[size+i]) / 2
	}
	var maxAbs [nClass]float64
	for i := range w {
		w[i] /= float64(bags)
		if a := math.Abs(w[i]); a > maxAbs[i%nClass] {
			maxAbs[i%nClass] = a
		}
	}
	for c := range m.scale {
		m.scale[c] = float32(maxAbs[c] / 127)
		if maxAbs[c] == 0 {
			m.scale[c] = 1
		}
	}
	m.w = make([]byte, size)
	for i, v := range w {
		q := int8(math.Round(v / float64(m.scale[i%nClass])))
		if q >= -o.Prune && q <= o.Prune {
			q = 0
		}
		m.w[i] = byte(q)
	}
	for k := range m.trans {
		m.trans[k] = float32((tsum[k] + tsum[nt+k]) / 2 / float64(bags))
	}
	return m, nil
}
