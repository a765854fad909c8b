package app

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/engine"
	"kilde/intake"
	"kilde/search"
)

//go:embed sample-da.txt
var sample string

const (
	textKey = "kilde:text"
	uiKey   = "kilde:ui"
	// debounce is how long typing must pause before the text is read again.
	debounce = 250 * time.Millisecond
	// chunk is how many paragraphs are added to the reading view per
	// frame, so a long article shows at once and fills in.
	chunk = 60
)

// page is the whole tool: input, reading view, panels and search.
type page struct {
	app.Compo

	ctx   app.Context
	embed bool   // compact chrome inside a host page's frame
	host  string // the allowed origin of the page framing the app
	ui    string // interface language: "en" or "da"

	text      string
	res       engine.Result
	paras     []paragraph
	shown     int // paragraphs rendered so far
	gen       int // extraction generation, for debouncing
	layoutGen int // reading view generation: blocks render anew only when it changes
	errMsg    string

	index   *search.Index
	query   string
	matches []search.Match
	active  int            // highlighted search result
	next    map[string]int // per entity, the mention Enter jumps to next

	sel     sel             // what is selected
	cur     string          // the element last jumped to
	detail  sel             // what the detail panel shows
	byValue bool            // sort figures by value
	all     map[string]bool // panels showing all their rows
	copied  int             // quote whose copy button just worked, or -1
	updated bool            // a new version is ready
	// returning is set when a service worker already served this page:
	// only then is an installed worker an update, not the first visit.
	returning bool
}

// sel names a figure, quote or entity.
type sel struct {
	kind byte // 'f', 'q', 'e' or 0
	idx  int
	id   string
}

func (p *page) OnMount(ctx app.Context) {
	p.ctx = ctx
	p.copied = -1
	p.ui = p.uiLanguage(ctx)
	if sw := app.Window().Get("navigator").Get("serviceWorker"); sw.Truthy() && sw.Get("controller").Truthy() {
		p.returning = true
	}
	var saved string
	ctx.LocalStorage().Get(textKey, &saved)
	if saved != "" {
		p.setText(ctx, saved, false)
	}
	app.Window().Get("document").Get("documentElement").Set("lang", p.ui)
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("ready", "1")
	p.listenKeys(ctx)
	if p.embed {
		p.listenMessages(ctx)
	}
}

func (p *page) OnAppUpdate(ctx app.Context) { p.updated = p.returning }

// uiLanguage follows a saved choice, else the browser's language.
func (p *page) uiLanguage(ctx app.Context) string {
	var ui string
	ctx.LocalStorage().Get(uiKey, &ui)
	if ui == "da" || ui == "en" {
		return ui
	}
	if lang := app.Window().Get("navigator").Get("language"); lang.Truthy() && strings.HasPrefix(lang.String(), "da") {
		return "da"
	}
	return "en"
}

// setText takes new article text: saved at once, read after a pause
// when typed, or at once when loaded.
func (p *page) setText(ctx app.Context, text string, typed bool) {
	p.text = text
	p.errMsg = ""
	ctx.LocalStorage().Set(textKey, text)
	p.gen++
	gen := p.gen
	if !typed {
		// Set the textarea's value (it has no text child to diff); through
		// the page's context, as the element that asked may be gone.
		p.ctx.Defer(func(ctx app.Context) {
			if el := app.Window().GetElementByID("text"); el.Truthy() {
				el.Set("value", p.text)
			}
		})
		p.extract(ctx)
		return
	}
	p.ctx.After(debounce, func(ctx app.Context) {
		if gen == p.gen {
			p.extract(ctx)
		}
	})
}

// extract reads the text, then lays out the reading view in the next
// frame, so that neither step holds the page for long; the first chunk of
// paragraphs is shown at once, the rest in later frames.
func (p *page) extract(ctx app.Context) {
	if len(p.paras) > 10*chunk {
		// Taking down a long reading view is work of its own: let the
		// browser do it in this frame and read the text in the next.
		p.paras, p.shown = nil, 0
		p.layoutGen++
		gen := p.gen
		p.later(func(ctx app.Context) {
			if gen == p.gen {
				p.extract(ctx)
			}
		})
		return
	}
	start := time.Now()
	// The result is shown with its layout in the next step: pieces of the
	// reading view index into the result they were laid out from.
	res := engine.Extract(p.text)
	took := time.Since(start)
	p.gen++
	gen := p.gen
	p.later(func(ctx app.Context) {
		if gen != p.gen {
			return
		}
		t0 := time.Now()
		p.res = res
		p.paras = layout(p.text, p.res)
		p.layoutGen++
		app.Window().Get("document").Get("documentElement").Get("dataset").Set("layoutMs", fmt.Sprint(time.Since(t0).Milliseconds()))
		p.shown = min(len(p.paras), chunk)
		p.cur = ""
		var names []search.Name
		for _, e := range p.res.Entities {
			names = append(names, search.Name{ID: e.ID, Text: e.Name})
			for _, a := range e.Aliases {
				names = append(names, search.Name{ID: e.ID, Text: a})
			}
		}
		p.index = search.New(names)
		p.next = map[string]int{}
		p.sel, p.detail = sel{}, sel{}
		p.runSearch()
		doc := app.Window().Get("document").Get("documentElement").Get("dataset")
		doc.Set("extractMs", fmt.Sprint(took.Milliseconds()))
		doc.Set("extracted", fmt.Sprint(gen))
		p.fill(ctx, gen)
	})
}

// later runs f in a later task of the browser, after it has painted and
// handled input. A Go timer would not do: once it has expired, the Go
// runtime runs it before it hands control back to the browser, so steps
// that each take a while would freeze the page as one.
func (p *page) later(f func(ctx app.Context)) {
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		p.ctx.Dispatch(f)
		return nil
	})
	// With no delay, other timers of the page were measured to wait
	// behind these steps; 20 ms lets them run.
	app.Window().Call("setTimeout", fn, 20)
}

// fill renders the next chunk of paragraphs in a later frame.
func (p *page) fill(ctx app.Context, gen int) {
	if p.shown >= len(p.paras) {
		return
	}
	p.later(func(ctx app.Context) {
		if gen != p.gen {
			return
		}
		p.shown = min(len(p.paras), p.shown+chunk)
		p.fill(ctx, gen)
	})
}

// load takes a file's bytes: checked, reduced from HTML, then read.
func (p *page) load(ctx app.Context, name string, data []byte) {
	text, err := intake.Check(name, data)
	if err != nil {
		p.errMsg = p.explain(err)
		return
	}
	if intake.IsHTML(name, data) {
		text = intake.HTMLText(text)
	}
	p.setText(ctx, text, false)
}

// explain says in plain words why a file was refused.
func (p *page) explain(err error) string {
	switch {
	case errors.Is(err, intake.ErrBinary):
		return p.t("errBinary")
	case errors.Is(err, intake.ErrTooLarge):
		return p.t("errTooLarge")
	case errors.Is(err, intake.ErrNotUTF8):
		return p.t("errNotUTF8")
	case errors.Is(err, intake.ErrEmpty):
		return p.t("errEmpty")
	}
	return p.t("errRead")
}

func (p *page) Render() app.UI {
	return app.Div().Class("kilde").Class(map[bool]string{true: "embed"}[p.embed]).
		OnDragOver(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		OnDrop(p.onDrop).
		Body(
			p.renderHeader(),
			app.If(p.updated, func() app.UI {
				return app.Div().Class("notice").Role("status").Body(
					app.Text(p.t("updated")+" "),
					app.Button().Type("button").Text(p.t("reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
				)
			}),
			app.If(p.errMsg != "", func() app.UI {
				return app.Div().Class("error").Role("alert").Text(p.errMsg)
			}),
			app.Main().Class("layout").Body(
				app.Section().Class("work").Aria("label", p.t("article")).Body(
					p.renderInput(),
					p.renderLegend(),
					p.renderArticle(),
				),
				app.Aside().Class("side").Body(
					p.renderSearch(),
					p.renderDetail(),
					p.renderFigures(),
					p.renderQuotes(),
					p.renderEntities(),
					p.renderExport(),
				),
			),
		)
}

func (p *page) renderHeader() app.UI {
	stats := ""
	if p.text != "" {
		stats = fmt.Sprintf(p.t("stats"), len(p.res.Figures), len(p.res.Quotes), len(p.res.Entities))
	}
	other := map[string]string{"en": "da", "da": "en"}[p.ui]
	return app.Header().Class("top").Body(
		app.H1().Body(app.Img().Src("/web/icon.svg").Alt("").Role("presentation").Class("logo"), app.Text("kilde")),
		app.If(!p.embed, func() app.UI { return app.P().Class("tagline").Text(p.t("tagline")) }),
		app.Div().Class("meta").Body(
			app.If(p.text != "", func() app.UI {
				return app.Span().Class("lang").ID("article-lang").Text(p.t("lang") + ": " + p.t("lang"+p.res.Lang))
			}),
			app.Span().Class("stats").ID("stats").Text(stats),
			app.Button().Type("button").Class("ui-switch").Lang(other).Aria("label", p.t("uiLabel")).Text(p.t("ui")).
				OnClick(func(ctx app.Context, e app.Event) {
					p.ui = other
					ctx.LocalStorage().Set(uiKey, other)
					app.Window().Get("document").Get("documentElement").Set("lang", other)
				}),
		),
	)
}
