package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/search"
)

func (p *page) runSearch() {
	p.matches, p.active = nil, 0
	if p.index != nil && p.query != "" {
		p.matches = p.index.Find(p.query, 8)
	}
}

func (p *page) renderSearch() app.UI {
	return app.Section().Class("panel search").Role("search").Body(
		app.Label().For("search").Text(p.t("search")),
		app.Input().Type("search").ID("search").Value(p.query).AutoComplete(false).Spellcheck(false).
			Role("combobox").Aria("expanded", len(p.matches) > 0).Aria("autocomplete", "list").
			Aria("describedby", "search-hint").Aria("controls", "results").
			Aria("activedescendant", p.activeID()).
			OnInput(func(ctx app.Context, e app.Event) {
				p.query = ctx.JSSrc().Get("value").String()
				p.runSearch()
			}).
			OnKeyDown(p.onSearchKey),
		app.P().ID("search-hint").Class("hint").Text(p.t("searchHint")),
		app.If(p.query != "" && len(p.matches) == 0, func() app.UI {
			return app.P().Class("hint").Role("status").Text(p.t("noMatch"))
		}),
		app.Ul().ID("results").Class("results").DataSet("query", p.query).Role("listbox").Aria("label", p.t("search")).Body(
			app.Range(p.matches).Slice(func(i int) app.UI {
				m := p.matches[i]
				return app.Li().ID("result-"+strconv.Itoa(i)).Role("option").Aria("selected", i == p.active).
					Class(map[bool]string{true: "active"}[i == p.active]).DataSet("entity", m.ID).
					OnClick(func(ctx app.Context, e app.Event) {
						p.active = i
						p.jump(ctx, m.ID)
					}).
					Body(append(p.boldName(m.Text, m.Bold), p.fullName(m))...)
			}),
		),
	)
}

func (p *page) activeID() string {
	if len(p.matches) == 0 {
		return ""
	}
	return "result-" + strconv.Itoa(p.active)
}

// fullName names the entity beside a match on one of its aliases, so
// "McPheters" reads as the person it stands for.
func (p *page) fullName(m search.Match) app.UI {
	e, ok := p.entity(m.ID)
	if !ok || e.Name == m.Text {
		return app.Text("")
	}
	return app.Span().Class("full").Text(" · " + e.Name)
}

// boldName shows a name with its matched letters in bold.
func (p *page) boldName(name string, bold [][2]int) []app.UI {
	r := []rune(name)
	var out []app.UI
	at := 0
	for _, b := range bold {
		if b[0] < at || b[1] > len(r) {
			continue
		}
		if b[0] > at {
			out = append(out, app.Text(string(r[at:b[0]])))
		}
		out = append(out, app.B().Text(string(r[b[0]:b[1]])))
		at = b[1]
	}
	if at < len(r) {
		out = append(out, app.Text(string(r[at:])))
	}
	return out
}

func (p *page) onSearchKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		if len(p.matches) > 0 {
			p.active = (p.active + 1) % len(p.matches)
		}
	case "ArrowUp":
		e.PreventDefault()
		if len(p.matches) > 0 {
			p.active = (p.active + len(p.matches) - 1) % len(p.matches)
		}
	case "Enter":
		e.PreventDefault()
		if p.active < len(p.matches) {
			p.jump(ctx, p.matches[p.active].ID)
			// Keep typing focus: Enter again jumps to the next mention.
			ctx.Defer(func(ctx app.Context) { app.Window().GetElementByID("search").Call("focus") })
		}
	case "Escape":
		p.query = ""
		p.runSearch()
		ctx.JSSrc().Set("value", "")
	}
}

// listenKeys makes "/" focus the search from anywhere but a text field.
func (p *page) listenKeys(ctx app.Context) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		tag := e.Get("target").Get("tagName").String()
		if tag == "INPUT" || tag == "TEXTAREA" {
			return nil
		}
		key := e.Get("key").String()
		if (key == "z" || key == "Z") && (e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) && !e.Get("shiftKey").Bool() && p.undo != nil {
			// Ours, not the browser's undo of the last typing in the box.
			e.Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) {
				if p.undo != nil {
					p.undoLast(ctx)
				}
			})
			return nil
		}
		if key == "Escape" && p.detail.kind != 0 {
			ctx.Dispatch(func(ctx app.Context) { p.closeDetail() })
			return nil
		}
		if key != "/" {
			return nil
		}
		e.Call("preventDefault")
		app.Window().GetElementByID("search").Call("focus")
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
}
