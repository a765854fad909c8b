package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/app/view"
)

// renderArticle shows the text with every figure, quote and mention
// marked. Article text only ever becomes text nodes, never markup. The
// paragraphs are rendered in blocks, each once it comes near the screen
// (until then a placeholder of about its height holds its place), and a
// block re-renders only when its content or the selection changes: a
// long article shows at once and the page stays responsive.
func (p *page) renderArticle() app.UI {
	if p.empty() {
		return app.Div().ID("article").Class("article empty").Text(p.t("empty"))
	}
	// Runs of blocks not rendered yet are one spacer each.
	type run struct{ from, to int }
	var runs []run
	for i := 0; i < len(p.live); {
		j := i + 1
		for !p.live[i] && j < len(p.live) && !p.live[j] {
			j++
		}
		runs = append(runs, run{i, j})
		i = j
	}
	return app.Article().ID("article").Class("article").Aria("label", p.t("reading")).OnKeyDown(p.onArticleKey).
		DataSet("blocks", len(p.live)).Body(
		app.Range(runs).Slice(func(k int) app.UI {
			r := runs[k]
			if !p.live[r.from] {
				h := 0
				for _, e := range p.est[r.from:r.to] {
					h += e
				}
				return app.Div().Class("ph").DataSet("from", r.from).DataSet("to", r.to).Style("height", strconv.Itoa(h)+"px")
			}
			from := r.from * blockSize
			return &block{Page: p, Gen: p.layoutGen, From: from, To: min(from+blockSize, len(p.paras)), Sel: p.sel, Cur: p.cur, Rove: orDefault(p.rove, p.firstMark)}
		}),
	)
}

// blockSize is how many paragraphs render together: a long line is cut
// into paragraphs of up to view.MaxPara letters, dense with highlights,
// and go-app builds a block's elements in one task, so a block stays small.
const blockSize = 3

// blocks starts a new reading view: the first block rendered, the others
// placeholders whose height is guessed from their length.
func (p *page) blocks() {
	n := (len(p.paras) + blockSize - 1) / blockSize
	p.live, p.est = make([]bool, n), make([]int, n)
	for i := range n {
		chars, paras := 0, 0
		for _, para := range p.paras[i*blockSize : min((i+1)*blockSize, len(p.paras))] {
			paras++
			for _, pc := range para {
				chars += len(pc.Text) // bytes: near enough for a guess
			}
		}
		// About 80 letters to a line of 28 px, and a gap after each paragraph.
		p.est[i] = (chars/80+1)*28 + paras*15
	}
	if n > 0 {
		p.live[0] = true
	}
}

// renderAll is how many paragraphs an article may have to be rendered
// whole (a block per task), so that the browser's find sees all of it.
const renderAll = 300

// wakeMargin is how far beyond the visible part of the reading view
// blocks are rendered ahead of the reader.
const wakeMargin = 1200

// wake renders the next block near the screen, one per browser task,
// until none is near.
func (p *page) wake() {
	i := p.nearBlock()
	if i < 0 {
		return
	}
	gen := p.layoutGen
	p.ctx.Dispatch(func(ctx app.Context) {
		if gen != p.layoutGen || i >= len(p.live) {
			return
		}
		p.live[i] = true
		ctx.Defer(func(ctx app.Context) { soon(0, p.wake) })
	})
}

// nearBlock gives a block not rendered yet within wakeMargin of what the
// reader sees (in the window, or in the reading view when it scrolls on
// its own), or -1.
func (p *page) nearBlock() int {
	if len(p.paras) <= renderAll {
		for i, live := range p.live {
			if !live {
				return i
			}
		}
		return -1
	}
	art := app.Window().Get("document").Call("getElementById", "article")
	if !art.Truthy() {
		return -1
	}
	top, bottom := 0.0, app.Window().Get("innerHeight").Float()
	if art.Get("scrollHeight").Int() > art.Get("clientHeight").Int()+1 {
		r := art.Call("getBoundingClientRect")
		top, bottom = max(top, r.Get("top").Float()), min(bottom, r.Get("bottom").Float())
	}
	top, bottom = top-wakeMargin, bottom+wakeMargin
	phs := art.Call("querySelectorAll", ":scope > .ph")
	for k := 0; k < phs.Length(); k++ {
		el := phs.Index(k)
		r := el.Call("getBoundingClientRect")
		at, end := r.Get("top").Float(), r.Get("bottom").Float()
		if at > bottom {
			break
		}
		if end < top {
			continue
		}
		from, err1 := strconv.Atoi(el.Get("dataset").Get("from").String())
		to, err2 := strconv.Atoi(el.Get("dataset").Get("to").String())
		if err1 != nil || err2 != nil || to > len(p.est) {
			return -1
		}
		// The first block of the run whose guessed place is in view.
		for i := from; i < to; i++ {
			if at+float64(p.est[i]) >= top {
				return i
			}
			at += float64(p.est[i])
		}
		return to - 1
	}
	return -1
}

// listenScroll wakes the blocks that scrolling brings near, once per
// frame; scroll events of the reading view are caught on their way down.
func (p *page) listenScroll(ctx app.Context) {
	pending := false
	var frame app.Func
	frame = app.FuncOf(func(this app.Value, args []app.Value) any {
		pending = false
		p.place()
		p.wake()
		return nil
	})
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if !pending {
			pending = true
			app.Window().Call("requestAnimationFrame", frame)
		}
		return nil
	})
	app.Window().Call("addEventListener", "scroll", fn, map[string]any{"capture": true, "passive": true})
	app.Window().Call("addEventListener", "resize", fn, map[string]any{"passive": true})
}

// block renders paragraphs [From, To) of the page's article.
type block struct {
	app.Compo
	Page     *page
	Gen      int
	From, To int
	Sel      sel
	Cur      string
	Rove     string
}

func (b *block) Render() app.UI {
	p := b.Page
	return app.Div().Class("block").Body(
		app.Range(p.paras[b.From:b.To]).Slice(func(i int) app.UI {
			para := p.paras[b.From+i]
			return app.P().Body(app.Range(para).Slice(func(k int) app.UI {
				return p.renderPiece(para[k])
			}))
		}),
	)
}

func (p *page) renderPiece(pc view.Piece) app.UI {
	if pc.Fig < 0 && pc.Quote < 0 && pc.Entity == "" {
		return app.Text(pc.Text)
	}
	id := pc.ID()
	m := app.Mark().Text(pc.Text).Class(p.classes(pc, id)...)
	if id != "" {
		// The article is one Tab stop: the arrow keys go between its
		// highlights (roving tabindex, see onArticleKey).
		tab := -1
		if id == orDefault(p.rove, p.firstMark) {
			tab = 0
		}
		m = m.ID(id).TabIndex(tab).Role("button").Aria("label", p.markLabel(pc))
	}
	if pc.Fig >= 0 {
		m = m.DataSet("fig", pc.Fig)
	}
	if pc.Quote >= 0 {
		m = m.DataSet("quote", pc.Quote)
	}
	if pc.Entity != "" {
		m = m.DataSet("entity", pc.Entity).DataSet("mention", pc.Mention)
	}
	// The handlers run on the page, which owns the detail and selection.
	// The handlers read the mark they are on: go-app keeps the handler of
	// an earlier render when a mark stays in place under a new layout.
	show := func(ctx app.Context, e app.Event) {
		el := ctx.JSSrc()
		p.ctx.Dispatch(func(ctx app.Context) { p.detail = p.innermost(markPiece(el)); p.popAt(el) })
	}
	hover := func(ctx app.Context, e app.Event) {
		if time.Since(p.scrolled) > settle {
			show(ctx, e)
		}
	}
	return m.OnMouseEnter(hover).OnFocus(show).OnClick(func(ctx app.Context, e app.Event) {
		el := ctx.JSSrc()
		p.ctx.Dispatch(func(ctx app.Context) {
			p.detail = p.innermost(markPiece(el))
			p.cur = el.Get("id").String()
			p.choose(ctx, p.detail, false)
			p.popAt(el)
		})
	})
}

// settle is how long after the page scrolls a highlight into view the
// pointer entering a mark is taken for a hover again.
const settle = 600 * time.Millisecond

// classes tell the kinds apart by more than colour: figures are boxed,
// quotes underlined with a wavy line, mentions with a solid one, and the
// first piece of each carries a small sign (see kilde.css).
func (p *page) classes(pc view.Piece, id string) []string {
	var c []string
	if pc.Fig >= 0 {
		c = append(c, "hl-fig")
		if p.sel.kind == 'f' && p.sel.idx == pc.Fig {
			c = append(c, "sel")
		}
	}
	if pc.Quote >= 0 {
		c = append(c, "hl-quote")
		if p.sel.kind == 'q' && p.sel.idx == pc.Quote || p.sel.kind == 'e' && p.res.Quotes[pc.Quote].Entity == p.sel.id {
			c = append(c, "sel")
		}
	}
	if pc.Entity != "" {
		c = append(c, "hl-ent", "ent-"+p.kindOf(pc.Entity))
		if p.sel.kind == 'e' && p.sel.id == pc.Entity {
			c = append(c, "sel")
		}
	}
	switch pc.Opens {
	case 'q':
		c = append(c, "q-open") // the quote sign goes before the quote only
	case 'm':
		c = append(c, "m-open") // and the kind letter after a mention only
	}
	if id != "" {
		c = append(c, "first")
		if id == p.cur {
			c = append(c, "current")
		}
	}
	return c
}

// innermost is what a piece shows in detail: a figure or mention before
// the quote around it.
func (p *page) innermost(pc view.Piece) sel {
	switch {
	case pc.Fig >= 0:
		return sel{kind: 'f', idx: pc.Fig}
	case pc.Entity != "":
		return sel{kind: 'e', id: pc.Entity}
	case pc.Quote >= 0:
		return sel{kind: 'q', idx: pc.Quote}
	}
	return sel{}
}

func (p *page) kindOf(id string) string {
	if e, ok := p.entity(id); ok {
		return e.Kind
	}
	return "other"
}

// markPiece reads what a mark of the reading view stands for from its
// data attributes.
func markPiece(el app.Value) view.Piece {
	d := el.Get("dataset")
	num := func(key string) int {
		if v := d.Get(key); v.Type() == app.TypeString {
			if n, err := strconv.Atoi(v.String()); err == nil {
				return n
			}
		}
		return -1
	}
	pc := view.Piece{Fig: num("fig"), Quote: num("quote"), Mention: num("mention")}
	if v := d.Get("entity"); v.Type() == app.TypeString {
		pc.Entity = v.String()
	}
	return pc
}

// markLabel names a highlight for a screen reader, starting with the
// words it shows, then its kind: "Kina, place, 19 mentions".
func (p *page) markLabel(pc view.Piece) string {
	switch {
	case pc.Opens == 'f' && pc.Fig < len(p.res.Figures):
		return pc.Text + ", " + p.t("figureDetail") + ", " + p.t(p.res.Figures[pc.Fig].Kind)
	case pc.Opens == 'm':
		if e, ok := p.entity(pc.Entity); ok {
			name := pc.Text
			if e.Name != pc.Text {
				name += " (" + e.Name + ")"
			}
			return name + ", " + p.t("l:"+e.Kind) + ", " + p.count(len(e.Mentions), "mention")
		}
	case pc.Opens == 'q' && pc.Quote < len(p.res.Quotes):
		return pc.Text + ", " + p.t("quoteDetail") + ", " + orDefault(p.res.Quotes[pc.Quote].Speaker, p.t("noSpeaker"))
	}
	return pc.Text
}

// onArticleKey moves between the highlights with the arrow keys, selects
// with Enter or Space, and clears the selection with Esc.
func (p *page) onArticleKey(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	target := e.Get("target")
	switch key {
	case "ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End":
		marks := app.Window().GetElementByID("article").Call("querySelectorAll", "mark[id]")
		n := marks.Length()
		if n == 0 {
			return
		}
		at := -1
		for i := 0; i < n; i++ {
			if marks.Index(i).Equal(target) {
				at = i
				break
			}
		}
		switch key {
		case "ArrowRight", "ArrowDown":
			at = min(at+1, n-1)
		case "ArrowLeft", "ArrowUp":
			at = max(at-1, 0)
		case "Home":
			at = 0
		case "End":
			at = n - 1
		}
		e.PreventDefault()
		next := marks.Index(at)
		p.rove = next.Get("id").String()
		next.Call("focus")
	case "Enter", " ":
		if target.Get("tagName").String() == "MARK" {
			e.PreventDefault()
			target.Call("click")
		}
	case "Escape":
		p.sel = sel{}
		p.closeDetail()
	}
}
