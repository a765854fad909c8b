package app

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/app/correct"
	"kilde/app/view"
	"kilde/engine/result"
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
)

// page is the whole tool: input, reading view, panels and search.
type page struct {
	app.Compo

	ctx   app.Context
	embed bool   // compact chrome inside a host page's frame
	host  string // the allowed origin of the page framing the app
	ui    string // interface language: "en" or "da"

	// src is the article text as a JavaScript string, srcLen its length;
	// text is its copy in Go, made when the worker has read it.
	src      app.Value
	srcLen   int
	text     string
	editing  bool   // the text box is open on a text
	langAs   string // the article language the reader chose, "" to detect
	saveGen  int    // the latest change of text to store
	storeErr string // why the text could not be kept, "" when it was
	undo     *undo  // what Undo puts back
	// rowCap is how many rows each panel renders so far: after a new
	// result they come in a few at a time.
	rowCap int
	res    result.Result // the engine's result with the reader's corrections
	// raw and rawParas are the engine's result and reading view as read.
	raw      result.Result
	rawParas []view.Paragraph
	// fixes are the reader's corrections of this text (fixKey names them
	// in storage); applied counts those that found their entity, changed
	// holds the entities they changed, ents the index of each entity.
	fixes    []correct.Correction
	fixKey   string
	fixErr   string // why the corrections could not be kept, "" when they were
	applied  int
	changed  map[string]bool
	ents     map[string]int
	memFixes map[string][]correct.Correction // the embed's, kept in memory only
	merging  string                          // the entity whose merge list is open
	reader   *reader
	gen      int  // text generation: an answer for an older text is dropped
	busy     bool // the worker is reading
	queued   bool // a newer text waits for the worker
	// reading is set from a change of text until its result is shown;
	// readingParas is how many paragraphs are being read.
	reading      bool
	readingParas int
	errMsg       string

	// The reading view: paragraphs in blocks of blockSize, each rendered
	// only once it comes near the screen (live); est is a block's height
	// before it is rendered.
	paras     []view.Paragraph
	live      []bool
	est       []int
	layoutGen int // reading view generation: blocks render anew only when it changes

	index   *search.Index
	query   string
	matches []search.Match
	active  int            // highlighted search result
	next    map[string]int // per entity, the mention Enter jumps to next

	sel    sel       // what is selected
	cur    string    // the element last jumped to
	detail sel       // what the detail popover shows
	anchor app.Value // the highlight the popover is anchored to
	// scrolled is when the page last scrolled a highlight into view: the
	// browser then reports the pointer entering whatever mark moved under
	// it, which is no hover of the reader's.
	scrolled time.Time
	tab      string // the panel shown on a narrow screen
	rove     string // the highlight that is the article's Tab stop
	// firstMark is the first highlight, the Tab stop until another is chosen.
	firstMark string
	byValue   bool            // sort figures by value
	all       map[string]bool // panels showing all their rows
	copied    int             // quote whose copy button just worked, or -1
	updated   bool            // a new version is ready
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
	p.reader = newReader(ctx)
	if sw := app.Window().Get("navigator").Get("serviceWorker"); sw.Truthy() && sw.Get("controller").Truthy() {
		p.returning = true
	}
	if !p.embed {
		// The embed keeps no draft: what a host shows in it is the host's.
		p.restore(ctx)
	} else {
		setData("restored", 1)
	}
	p.applyUI()
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("ready", "1")
	p.listenKeys(ctx)
	p.listenScroll(ctx)
	if p.embed {
		p.listenMessages(ctx)
	}
}

func (p *page) OnDismount() {
	if p.reader != nil {
		p.reader.close()
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

// setText takes new article text from Go (a sample, a file, a draft):
// it goes to the page once, as a JavaScript string.
func (p *page) setText(ctx app.Context, text string) {
	p.text = text
	p.setSource(ctx, app.ValueOf(text), false)
}

// setSource takes new article text as a JavaScript string: saved at
// once, read after a pause when typed, or at once when loaded. The text
// is not copied into Go here (for a long article that alone would hold
// the page): p.text follows when the worker hands it back with its
// answer, already in UTF-8.
func (p *page) setSource(ctx app.Context, src app.Value, typed bool) {
	p.src, p.srcLen = src, jsLen(src)
	p.errMsg = ""
	if typed {
		p.undo = nil
	}
	p.save(typed)
	p.gen++
	p.reading = true
	gen := p.gen
	if !typed {
		p.langAs = "" // a new text: detect its language again
		// Set the textarea's value (it has no text child to diff); through
		// the page's context, as the element that asked may be gone.
		p.ctx.Defer(func(ctx app.Context) {
			if el := app.Window().GetElementByID("text"); el.Truthy() && gen == p.gen {
				el.Set("value", p.src)
			}
		})
		p.read(ctx)
		return
	}
	p.ctx.After(debounce, func(ctx app.Context) {
		if gen == p.gen {
			p.read(ctx)
		}
	})
}

// empty reports whether there is no article text.
func (p *page) empty() bool { return p.srcLen == 0 }

// read has the worker read the text. While it reads, a newer text waits
// (only the newest), and the answer for the older one is dropped.
func (p *page) read(ctx app.Context) {
	if p.busy {
		p.queued = true
		return
	}
	gen, src := p.gen, p.src
	if p.empty() {
		p.text = ""
		p.show(ctx, result.Result{Lang: "und"}, nil, gen)
		return
	}
	p.readingParas = paragraphs(src)
	p.busy = true
	start := time.Now()
	p.reader.run(src, p.langAs, false, func(out app.Value, err string) {
		p.busy = false
		if p.queued {
			p.queued = false
			p.read(ctx)
			return
		}
		if gen != p.gen {
			return // typing goes on: the pause after it reads again
		}
		if err == "" {
			setData("extractMs", time.Since(start).Milliseconds())
			p.text = string(goBytes(out.Get("text")))
			d := view.NewDecoder(goBytes(out.Get("layout")), p.text)
			// Decoding starts in a task of its own.
			t0 := time.Now()
			soon(0, func() { p.decode(d, gen, t0) })
			return
		}
		p.reading = false
		p.errMsg = p.t("errEngine") + " (" + err + ")"
	})
}

// decode reads the worker's answer in steps of a few milliseconds, each
// in a browser task of its own (and outside go-app's updates, which would
// render the page each time), then shows the result.
func (p *page) decode(d *view.Decoder, gen int, t0 time.Time) {
	if gen != p.gen {
		return
	}
	start := time.Now()
	done := false
	for !done && time.Since(start) < stepTime {
		done = d.Step(100)
	}
	if !done {
		soon(0, func() { p.decode(d, gen, t0) })
		return
	}
	setData("decodeMs", time.Since(t0).Milliseconds())
	p.ctx.Dispatch(func(ctx app.Context) {
		if gen != p.gen {
			return
		}
		res, paras, err := d.Result()
		if err != nil {
			p.reading = false
			p.errMsg = p.t("errEngine") + " (" + err.Error() + ")"
			return
		}
		p.show(ctx, res, paras, gen)
	})
}

// stepTime is about how long one step of work may hold the page.
const stepTime = 15 * time.Millisecond

// soon runs f in a later task of the browser.
func soon(ms int, f func()) {
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	app.Window().Call("setTimeout", fn, ms)
}

// show shows a result with its layout; the reading view renders the
// blocks near the screen, the rest as they come near.
func (p *page) show(ctx app.Context, res result.Result, paras []view.Paragraph, gen int) {
	p.raw, p.rawParas = res, paras
	p.paras = paras
	p.blocks()
	p.fixKey = correct.Key(p.text)
	p.fixes = p.loadFixes()
	p.fixErr = ""
	p.applyFixes()
	p.rove = ""
	p.cur = ""
	p.next = map[string]int{}
	p.sel, p.detail = sel{}, sel{}
	p.reading = false
	// The panels' rows render after the reading view, a few per task.
	p.rowCap = 0
	ctx.Defer(func(ctx app.Context) {
		p.moreRows(gen)
	})
}

// paragraphs counts the lines of a JavaScript string with more than
// space on them, in JavaScript: the text is not in Go yet.
func paragraphs(src app.Value) int {
	lines := jsString(src).Call("match", app.Window().Get("RegExp").New(`^.*\S.*$`, "gm"))
	if !lines.Truthy() {
		return 0
	}
	return lines.Length()
}

// jsLen is the length of a JavaScript string.
func jsLen(s app.Value) int { return jsString(s).Get("length").Int() }

// jsString wraps a JavaScript string in a String object (no copy):
// syscall/js reads properties and calls methods only of objects.
func jsString(s app.Value) app.Value { return app.Window().Get("String").New(s) }

// goBytes copies a Uint8Array into Go.
func goBytes(u8 app.Value) []byte {
	b := make([]byte, u8.Length())
	app.CopyBytesToGo(b, u8)
	return b
}

// setData sets a data attribute on the document: timings and the
// extraction count that the browser tests read.
func setData(key string, v any) {
	app.Window().Get("document").Get("documentElement").Get("dataset").Set(key, fmt.Sprint(v))
}

// later runs f in a later task of the browser, after it has painted and
// handled input. A Go timer would not do: once it has expired, the Go
// runtime runs it before it hands control back to the browser, so steps
// that each take a while would freeze the page as one.
func (p *page) later(ms int, f func(ctx app.Context)) {
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		p.ctx.Dispatch(f)
		return nil
	})
	app.Window().Call("setTimeout", fn, ms)
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
	p.setText(ctx, text)
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
			p.skip("search", "skipSearch"),
			p.skip("article", "skipArticle"),
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
			p.renderStore(),
			p.renderUndo(),
			p.renderLangWarning(),
			app.Main().Class("layout").Body(
				app.Section().Class("work").Aria("label", p.t("article")).Body(
					p.renderInput(),
					p.renderStatus(),
					p.renderLegend(),
					p.renderArticle(),
				),
				app.Aside().Class("side").DataSet("tab", orDefault(p.tab, "entities")).Body(
					p.renderSearch(),
					p.renderDetail(),
					p.renderTabs(),
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
	if !p.empty() {
		stats = p.count(len(p.res.Figures), "figure") + " · " + p.count(len(p.res.Quotes), "quote") + " · " + p.count(len(p.res.Entities), "entity")
	}
	other := map[string]string{"en": "da", "da": "en"}[p.ui]
	return app.Header().Class("top").Body(
		app.H1().Body(app.Img().Src("/web/icon.svg").Alt("").Role("presentation").Class("logo"), app.Text("kilde")),
		app.If(!p.embed, func() app.UI { return app.P().Class("tagline").Text(p.t("tagline")) }),
		app.Div().Class("meta").Body(
			app.If(!p.empty(), func() app.UI {
				return app.Span().Class("lang").ID("article-lang").Text(p.t("lang") + ": " + p.t("lang"+p.res.Lang))
			}),
			app.Span().Class("stats").ID("stats").Text(stats),
			app.Button().Type("button").Class("ui-switch").Lang(other).Aria("label", p.t("uiLabel")).Text(p.t("ui")).
				OnClick(func(ctx app.Context, e app.Event) {
					p.ui = other
					ctx.LocalStorage().Set(uiKey, other)
					p.applyUI()
				}),
		),
	)
}

// renderStatus says when the article is being read, and how much of it.
func (p *page) renderStatus() app.UI {
	msg := ""
	if p.reading && !p.empty() {
		msg = fmt.Sprintf(p.t("readingN"), p.readingParas)
	}
	return app.P().ID("status").Class("status").Role("status").Text(msg)
}

// extractJSON reads a text for a host page, in the worker: done gets the
// spec's result as a plain JS object.
func (p *page) extractJSON(text, lang string, done func(out app.Value, err error)) {
	p.reader.run(text, lang, true, func(out app.Value, err string) {
		if err == "" && out.Type() != app.TypeString {
			err = "the engine gave no result"
		}
		if err != "" {
			done(nil, errors.New(err))
			return
		}
		done(app.Window().Get("JSON").Call("parse", out), nil)
	})
}

// saveAfter is how long typing must pause before the text is stored:
// writing a long article on every key would hold the page.
const saveAfter = 1000

// save stores the text as this tab's draft after a pause (web/storage.js
// keeps it in IndexedDB). The text is taken from the box, in JavaScript,
// so a long article is not copied through Go. The embed keeps none.
func (p *page) save(typed bool) {
	if p.embed {
		return
	}
	p.saveGen++
	gen := p.saveGen
	delay := 100 // a load: as soon as the box holds it
	if typed {
		delay = saveAfter
	}
	// data-saving says a change is not stored yet (the browser tests wait
	// for it to clear before they take storage for what the box holds).
	setData("saving", 1)
	p.later(delay, func(ctx app.Context) {
		if gen != p.saveGen {
			return
		}
		el := app.Window().GetElementByID("text")
		drafts := app.Window().Get("kildeDraft")
		if !el.Truthy() || !drafts.Truthy() {
			p.storeErr = "no storage"
			setData("saving", 0)
			return
		}
		p.await(drafts.Call("save", el.Get("value")), func(v app.Value, err string) {
			if gen == p.saveGen {
				p.storeErr = err
				setData("saving", 0)
			}
		})
	})
}

// restore puts back this tab's draft, or the one edited last; a draft of
// an older version in localStorage moves over.
func (p *page) restore(ctx app.Context) {
	drafts := app.Window().Get("kildeDraft")
	if !drafts.Truthy() {
		setData("restored", 1)
		return
	}
	p.await(drafts.Call("load"), func(v app.Value, err string) {
		defer setData("restored", 1)
		text := ""
		if err == "" && v.Type() == app.TypeString {
			text = v.String()
		}
		if text == "" {
			ctx.LocalStorage().Get(textKey, &text)
			ctx.LocalStorage().Del(textKey)
		}
		if text != "" && p.empty() {
			p.setText(ctx, text)
		}
	})
}

// await calls done with a promise's value, or with why it was refused.
func (p *page) await(promise app.Value, done func(v app.Value, err string)) {
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		v := args[0]
		p.ctx.Dispatch(func(ctx app.Context) { done(v, "") })
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		msg := "refused"
		if e := args[0]; e.Truthy() {
			msg = e.Call("toString").String()
		}
		p.ctx.Dispatch(func(ctx app.Context) { done(nil, msg) })
		return nil
	})
	promise.Call("then", ok, fail)
}

// renderStore says when the text could not be kept: it stays on the page.
func (p *page) renderStore() app.UI {
	if p.storeErr == "" || p.empty() {
		return app.Text("")
	}
	return app.Div().ID("store-error").Class("error").Role("alert").Text(fmt.Sprintf(p.t("errStore"), p.storeErr))
}

// keep remembers the text before a sample or clear replaced it, for Undo.
func (p *page) keep(what string) {
	if p.empty() {
		p.undo = nil
		return
	}
	p.undo = &undo{src: p.src, what: what}
}

// undo is a text that a sample or clear replaced, or the corrections
// of a text before the last one.
type undo struct {
	src  app.Value // the text, a JavaScript string
	what string    // the message that says what happened
	args []any     // the names the message gives
	// fix is set for corrections: fixes were those of the text key names.
	fix   bool
	key   string
	fixes []correct.Correction
}

func (p *page) undoLast(ctx app.Context) {
	if p.undo == nil {
		return
	}
	if u := p.undo; u.fix {
		p.undo = nil
		if u.key == p.fixKey {
			p.fixes = u.fixes
			p.refix()
		}
		return
	}
	src := p.undo.src
	p.undo = nil
	p.editing = false
	p.setSource(ctx, src, false)
}

// renderUndo offers to take back the last sample or clear.
func (p *page) renderUndo() app.UI {
	if p.undo == nil {
		return app.Text("")
	}
	return app.Div().ID("toast").Class("toast").Role("status").Body(
		app.Span().Text(fmt.Sprintf(p.t(p.undo.what), p.undo.args...)),
		app.Button().Type("button").ID("undo").Text(p.t("undo")).Aria("keyshortcuts", "Control+Z").
			OnClick(func(ctx app.Context, e app.Event) { p.undoLast(ctx) }),
	)
}

// rowStep is how many rows of each panel render in one task.
const rowStep = 10

// moreRows renders the panels' next rows in a later task, until they
// show listCap; then the result is all shown.
func (p *page) moreRows(gen int) {
	p.later(0, func(ctx app.Context) {
		if gen != p.gen {
			return
		}
		p.rowCap += rowStep
		if p.rowCap < listCap {
			p.moreRows(gen)
			return
		}
		ctx.Defer(func(ctx app.Context) {
			setData("extracted", gen)
			p.wake()
		})
	})
}

// renderTabs switches between the panels on a narrow screen, where they
// are below the article (on a wide one they all show beside it).
func (p *page) renderTabs() app.UI {
	cur := orDefault(p.tab, "entities") // the names first: the search is over them
	tab := func(id, label string, n int) app.UI {
		return app.Button().Type("button").Role("tab").ID("tab-"+id).Aria("selected", cur == id).Aria("controls", id).
			TabIndex(map[bool]int{true: 0, false: -1}[cur == id]).
			Text(p.t(label) + map[bool]string{true: fmt.Sprintf(" (%d)", n)}[n >= 0]).
			OnClick(func(ctx app.Context, e app.Event) { p.tab = id })
	}
	return app.Div().Class("tabs").Role("tablist").Aria("label", p.t("panels")).Body(
		tab("entities", "entities", len(p.res.Entities)),
		tab("figures", "figures", len(p.res.Figures)),
		tab("quotes", "quotes", len(p.res.Quotes)),
		tab("export", "export", -1),
	)
}

// renderLangWarning says when the text reads as neither Danish nor
// English, and lets the reader choose the language to read it in.
func (p *page) renderLangWarning() app.UI {
	if p.empty() || p.reading || !p.res.LangUnsure || p.langAs != "" {
		return app.Text("")
	}
	as := func(lang, label string) app.UI {
		return app.Button().Type("button").ID("read-" + lang).Class("secondary").Lang(lang).Text(p.t(label)).
			OnClick(func(ctx app.Context, e app.Event) {
				p.langAs = ctx.JSSrc().Get("lang").String()
				p.gen++
				p.reading = true
				p.read(ctx)
			})
	}
	return app.Div().ID("lang-warning").Class("notice warn").Role("status").Body(
		app.Span().Text(p.t("langUnsure")),
		as("da", "readDa"),
		as("en", "readEn"),
	)
}

// count says "1 figure" or "3 figures" in the interface language.
func (p *page) count(n int, noun string) string {
	if n == 1 {
		return "1 " + p.t("one:"+noun)
	}
	return strconv.Itoa(n) + " " + p.t("many:"+noun)
}

// applyUI sets the document's language and title to the interface's.
func (p *page) applyUI() {
	doc := app.Window().Get("document")
	doc.Get("documentElement").Set("lang", p.ui)
	doc.Set("title", p.t("title"))
}

// skip is a link, first in the page, that takes the keyboard to a part.
func (p *page) skip(id, label string) app.UI {
	return app.A().Href("#" + id).Class("skip").Text(p.t(label)).OnClick(func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		el := app.Window().GetElementByID(id)
		if id == "article" {
			// The article's Tab stop: its first or chosen highlight.
			if m := el.Call("querySelector", "mark[tabindex='0']"); m.Truthy() {
				el = m
			}
		}
		if el.Truthy() {
			el.Call("focus")
		}
	})
}
