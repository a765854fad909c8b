package app

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/app/view"
	"kilde/engine/result"
)

// choose selects an item: marks it and all that belongs to it, scrolls
// its first place in the text into view, and tells a host page.
func (p *page) choose(ctx app.Context, s sel, scroll bool) {
	p.sel, p.detail = s, s
	if scroll {
		id := ""
		switch s.kind {
		case 'f':
			id = "f" + strconv.Itoa(s.idx)
		case 'q':
			id = "q" + strconv.Itoa(s.idx)
		case 'e':
			id = "m-" + s.id + "-" + strconv.Itoa(p.next[s.id])
		}
		p.cur = id
		p.reveal(ctx, id)
	}
	p.announce(s)
}

// reveal makes sure the element is rendered, then scrolls to it, focuses
// it and opens the details beside it.
func (p *page) reveal(ctx app.Context, id string) {
	if i := view.Find(p.paras, id); i >= 0 && i/blockSize < len(p.live) {
		p.live[i/blockSize] = true
	}
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "center"})
			p.scrolled = time.Now()
			el.Call("focus", map[string]any{"preventScroll": true})
			p.popAt(el)
		}
	})
}

// popAt opens the details as a popover anchored to a highlight (a sheet
// at the bottom on a phone, see kilde.css).
func (p *page) popAt(el app.Value) {
	p.anchor = el
	p.ctx.Defer(func(ctx app.Context) { p.place() })
}

// place puts the popover below its highlight, or above it when there is
// no room below, inside the window.
func (p *page) place() {
	pop := app.Window().GetElementByID("detail")
	if !pop.Truthy() || p.anchor == nil || !p.anchor.Truthy() || !p.anchor.Get("isConnected").Bool() {
		return
	}
	w, h := app.Window().Get("innerWidth").Float(), app.Window().Get("innerHeight").Float()
	r := p.anchor.Call("getBoundingClientRect")
	pw, ph := pop.Get("offsetWidth").Float(), pop.Get("offsetHeight").Float()
	// The undo toast keeps the bottom of the window: the popover stays
	// above it, so its buttons are not hidden.
	floor := h - 8
	if t := app.Window().GetElementByID("toast"); t.Truthy() {
		floor = min(floor, t.Call("getBoundingClientRect").Get("top").Float()-8)
	}
	top := r.Get("bottom").Float() + 8
	if top+ph > floor {
		top = r.Get("top").Float() - ph - 8
	}
	top = max(8, min(top, floor-ph))
	left := max(8, min(r.Get("left").Float(), w-pw-8))
	st := pop.Get("style")
	st.Set("top", strconv.Itoa(int(top))+"px")
	st.Set("left", strconv.Itoa(int(left))+"px")
}

// closeDetail closes the popover.
func (p *page) closeDetail() {
	p.detail, p.anchor = sel{}, nil
}

func (p *page) renderDetail() app.UI {
	d := p.detail
	var body []app.UI
	row := func(k, v string) {
		if v != "" {
			body = append(body, app.Dt().Text(p.t(k)), app.Dd().Text(v))
		}
	}
	title := p.t("detail")
	var fixes app.UI = app.Text("")
	switch {
	case d.kind == 'f' && d.idx < len(p.res.Figures):
		f := p.res.Figures[d.idx]
		title = p.t("figureDetail") + ": " + f.Text
		row("kind", p.t(f.Kind))
		row("value", p.value(f))
		row("unit", f.Unit)
		row("qualifier", p.qualifier(f.Qualifier))
		body = append(body, p.ruleRow(f.Rule)...)
	case d.kind == 'q' && d.idx < len(p.res.Quotes):
		q := p.res.Quotes[d.idx]
		title = p.t("quoteDetail")
		row("quote", "“"+clip(q.Text, 400)+"”")
		row("speaker", orDash(q.Speaker))
		row("cue", q.Cue)
		body = append(body, p.ruleRow(q.Rule)...)
	case d.kind == 'e':
		if e, ok := p.entity(d.id); ok {
			title = p.t("entityDetail") + ": " + e.Name
			row("kind", p.t("l:"+e.Kind))
			row("aliases", join(e.Aliases))
			row("mentions", strconv.Itoa(len(e.Mentions)))
			body = append(body, p.ruleRow(e.Rule)...)
			if p.changed[e.ID] {
				row("fixedRow", p.t("fixedYes"))
			}
			fixes = p.renderFixes(e)
		}
	}
	if len(body) == 0 {
		return app.Div().ID("detail-hint").Class("panel hint").Text(p.t("detailHint"))
	}
	return app.Section().ID("detail").Class("panel detail pop").Role("dialog").Aria("label", title).Body(
		app.Div().Class("pop-head").Body(
			app.H2().Text(title),
			app.Button().Type("button").Class("close").Aria("label", p.t("close")).Text("×").
				OnClick(func(ctx app.Context, e app.Event) { p.closeDetail() }),
		),
		app.Dl().Body(body...),
		fixes,
	)
}

func (p *page) value(f result.Figure) string {
	v := ""
	switch {
	case f.ISO != "":
		v = f.ISO
	case !math.IsNaN(f.Value):
		v = number(f.Value, p.ui)
	}
	switch {
	case f.HighISO != "":
		v += " " + p.t("high") + " " + f.HighISO
	case f.IsRange():
		v += " " + p.t("high") + " " + number(f.High, p.ui)
	}
	return v
}

func (p *page) entity(id string) (result.Entity, bool) {
	if i, ok := p.ents[id]; ok {
		return p.res.Entities[i], true
	}
	return result.Entity{}, false
}

func (p *page) renderFigures() app.UI {
	idx := make([]int, len(p.res.Figures))
	for i := range idx {
		idx[i] = i
	}
	if p.byValue {
		// By kind, then by value within it: money beside money.
		sort.SliceStable(idx, func(a, b int) bool {
			fa, fb := p.res.Figures[idx[a]], p.res.Figures[idx[b]]
			if fa.Kind != fb.Kind {
				return kindOrder(fa.Kind) < kindOrder(fb.Kind)
			}
			return sortable(fa) < sortable(fb)
		})
	}
	all := len(idx)
	idx = p.capped(idx, "figures")
	return app.Section().ID("figures").Class("panel").Body(
		app.H2().Text(fmt.Sprintf("%s (%d)", p.t("figures"), all)),
		app.Div().Class("sort").Role("group").Body(
			app.Button().Type("button").Aria("pressed", !p.byValue).Text(p.t("sortPos")).
				OnClick(func(ctx app.Context, e app.Event) { p.byValue = false }),
			app.Button().Type("button").Aria("pressed", p.byValue).Text(p.t("sortValue")).
				OnClick(func(ctx app.Context, e app.Event) { p.byValue = true }),
		),
		app.If(all > 0, func() app.UI {
			return app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(p.t("text")), app.Th().Scope("col").Text(p.t("kind")),
					app.Th().Scope("col").Class("num").Text(p.t("value")),
					app.Th().Scope("col").Text(p.t("unit")), app.Th().Scope("col").Text(p.t("qualifier")),
				)),
				app.TBody().Body(app.Range(idx).Slice(func(k int) app.UI {
					i := idx[k]
					f := p.res.Figures[i]
					return app.Tr().Class(map[bool]string{true: "sel"}[p.sel.kind == 'f' && p.sel.idx == i]).Body(
						app.Td().Body(app.Button().Type("button").Class("link").Text(f.Text).DataSet("fig", i).
							OnClick(func(ctx app.Context, e app.Event) {
								// From the row's data: the handler may be an earlier render's.
								if i, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("fig").String()); err == nil {
									p.choose(ctx, sel{kind: 'f', idx: i}, true)
								}
							})),
						app.Td().Class("kind").DataSet("label", p.t("kind")).Text(p.t(f.Kind)),
						app.Td().Class("num").DataSet("label", p.t("value")).Text(p.value(f)),
						app.Td().Class("unit").DataSet("label", p.t("unit")).Text(f.Unit),
						app.Td().Class("qual").DataSet("label", p.t("qualifier")).Text(p.qualifier(f.Qualifier)),
					)
				})),
			)
		}).Else(func() app.UI { return app.P().Class("hint").Text(p.t("none")) }),
		p.more("figures", all),
	)
}

// listCap is how many rows a panel shows before "Show all": a long
// article has thousands, and rendering them all would hold the page.
const listCap = 150

func (p *page) capped(idx []int, panel string) []int {
	n := min(listCap, p.rowCap)
	if p.all[panel] && p.rowCap >= listCap {
		n = len(idx)
	}
	return idx[:min(n, len(idx))]
}

// more offers the rows a panel left out.
func (p *page) more(panel string, n int) app.UI {
	if n <= listCap || p.all[panel] {
		return app.Text("")
	}
	return app.Button().Type("button").Class("more-rows").Text(fmt.Sprintf(p.t("showAll"), n)).
		OnClick(func(ctx app.Context, e app.Event) {
			if p.all == nil {
				p.all = map[string]bool{}
			}
			p.all[panel] = true
		})
}

// sortable is a figure's value for sorting: dates by their year.
func sortable(f result.Figure) float64 {
	if math.IsNaN(f.Value) {
		return math.Inf(1)
	}
	return f.Value
}

func (p *page) renderQuotes() app.UI {
	var speakers []string
	groups := map[string][]int{}
	order := make([]int, len(p.res.Quotes))
	for i := range order {
		order[i] = i
	}
	for _, i := range p.capped(order, "quotes") {
		q := p.res.Quotes[i]
		s := q.Speaker
		if groups[s] == nil {
			speakers = append(speakers, s)
		}
		groups[s] = append(groups[s], i)
	}
	return app.Section().ID("quotes").Class("panel").Body(
		app.H2().Text(fmt.Sprintf("%s (%d)", p.t("quotes"), len(p.res.Quotes))),
		app.If(len(speakers) == 0, func() app.UI { return app.P().Class("hint").Text(p.t("none")) }),
		app.Range(speakers).Slice(func(k int) app.UI {
			s := speakers[k]
			return app.Div().Class("group").Body(
				app.H3().Text(orDefault(s, p.t("noSpeaker"))),
				app.Ul().Body(app.Range(groups[s]).Slice(func(j int) app.UI {
					i := groups[s][j]
					q := p.res.Quotes[i]
					return app.Li().Class(map[bool]string{true: "sel"}[p.sel.kind == 'q' && p.sel.idx == i]).Body(
						app.Button().Type("button").Class("link quote").Text("“"+q.Text+"”").
							OnClick(func(ctx app.Context, e app.Event) { p.choose(ctx, sel{kind: 'q', idx: i}, true) }),
						app.Button().Type("button").Class("copy").Aria("label", p.t("copy")+": "+clip(q.Text, 40)).
							Text(map[bool]string{true: p.t("copied"), false: p.t("copy")}[p.copied == i]).
							OnClick(func(ctx app.Context, e app.Event) {
								copyText(attribution(q))
								p.copied = i
								// "Copied" goes back to "Copy" after a moment.
								p.later(2000, func(ctx app.Context) {
									if p.copied == i {
										p.copied = -1
									}
								})
							}),
					)
				})),
			)
		}),
		p.more("quotes", len(p.res.Quotes)),
	)
}

// attribution is a quote as a journalist pastes it.
func attribution(q result.Quote) string {
	if q.Speaker == "" {
		return "“" + q.Text + "”"
	}
	return "“" + q.Text + "” — " + q.Speaker
}

func (p *page) renderEntities() app.UI {
	kinds := []string{result.Person, result.Org, result.Place, result.Other}
	return app.Section().ID("entities").Class("panel").Body(
		app.H2().Text(fmt.Sprintf("%s (%d)", p.t("entities"), len(p.res.Entities))),
		p.renderFixCount(),
		app.If(len(p.res.Entities) == 0, func() app.UI { return app.P().Class("hint").Text(p.t("none")) }),
		app.Range(kinds).Slice(func(k int) app.UI {
			var es []result.Entity
			for _, e := range p.res.Entities {
				if e.Kind == kinds[k] {
					es = append(es, e)
				}
			}
			if len(es) == 0 {
				return app.Text("")
			}
			sort.SliceStable(es, func(a, b int) bool { return len(es[a].Mentions) > len(es[b].Mentions) })
			if p.rowCap < listCap {
				es = es[:min(len(es), p.rowCap)] // more come in the next tasks
			}
			return app.Div().Class("group ent-"+kinds[k]).Body(
				app.H3().Text(p.t(kinds[k])),
				app.Ul().Body(app.Range(es).Slice(func(j int) app.UI {
					e := es[j]
					return app.Li().Class(map[bool]string{true: "sel"}[p.sel.kind == 'e' && p.sel.id == e.ID]).Body(
						app.Button().Type("button").Class("link").DataSet("entity", e.ID).
							OnClick(func(ctx app.Context, ev app.Event) {
								// From the row's data: the handler may be an earlier render's.
								p.jump(ctx, ctx.JSSrc().Get("dataset").Get("entity").String())
							}).
							Body(app.Text(e.Name), app.Span().Class("count").Text(fmt.Sprintf(" %d", len(e.Mentions)))),
						app.If(p.changed[e.ID], func() app.UI {
							return app.Span().Class("fixed").Title(p.t("fixedRow") + " " + p.t("fixedYes")).Text(p.t("fixed"))
						}),
						app.If(len(e.Aliases) > 0, func() app.UI { return app.Span().Class("aliases").Text(join(e.Aliases)) }),
					)
				})),
			)
		}),
	)
}

// jump selects an entity and shows its next mention: the first, then
// the one after, round again.
func (p *page) jump(ctx app.Context, id string) {
	e, ok := p.entity(id)
	if !ok || len(e.Mentions) == 0 {
		return
	}
	if p.sel.kind == 'e' && p.sel.id == id {
		p.next[id] = (p.next[id] + 1) % len(e.Mentions)
	} else {
		p.next[id] = 0
	}
	p.choose(ctx, sel{kind: 'e', id: id}, true)
}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}

func orDash(s string) string { return orDefault(s, "—") }

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// kindOrder puts the kinds of figures in the order the panel lists them.
func kindOrder(kind string) int {
	switch kind {
	case result.Money:
		return 0
	case result.Percent:
		return 1
	case result.Number:
		return 2
	case result.Date:
		return 3
	}
	return 4
}
