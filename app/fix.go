package app

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/app/correct"
	"kilde/engine/result"
	"kilde/search"
)

// The reader's corrections of the entities are kept per text, under a
// hash of it, in localStorage: they come back whenever the same text is
// read again. The embed keeps none, as it keeps no draft: there they last
// as long as the page (memFixes).

// loadFixes gives the corrections kept for the text now read.
func (p *page) loadFixes() []correct.Correction {
	if p.embed {
		return slices.Clone(p.memFixes[p.fixKey])
	}
	var cs []correct.Correction
	if err := p.ctx.LocalStorage().Get(p.fixKey, &cs); err != nil {
		return nil // unreadable: the text shows as the engine read it
	}
	return cs
}

// storeFixes keeps the corrections of the text now read.
func (p *page) storeFixes() {
	if p.embed {
		if p.memFixes == nil {
			p.memFixes = map[string][]correct.Correction{}
		}
		p.memFixes[p.fixKey] = slices.Clone(p.fixes)
		return
	}
	p.fixErr = ""
	if len(p.fixes) == 0 {
		p.ctx.LocalStorage().Del(p.fixKey)
	} else if err := p.ctx.LocalStorage().Set(p.fixKey, p.fixes); err != nil {
		p.fixErr = err.Error()
	}
}

// applyFixes shows the engine's result with the corrections applied: in
// the panels, the reading view, the search and the exports.
func (p *page) applyFixes() {
	o := correct.Apply(p.raw, p.fixes)
	p.res, p.changed, p.applied = o.Result, o.Changed, o.Applied
	p.paras = correct.Relayout(p.rawParas, p.raw, o)
	p.ents = make(map[string]int, len(p.res.Entities))
	for i, e := range p.res.Entities {
		p.ents[e.ID] = i
	}
	p.firstMark = ""
	for _, para := range p.paras {
		for _, pc := range para {
			if pc.Opens != 0 && p.firstMark == "" {
				p.firstMark = pc.ID()
			}
		}
		if p.firstMark != "" {
			break
		}
	}
	p.layoutGen++ // the blocks render anew
	var names []search.Name
	for _, e := range p.res.Entities {
		names = append(names, search.Name{ID: e.ID, Text: e.Name})
		for _, a := range e.Aliases {
			names = append(names, search.Name{ID: e.ID, Text: a})
		}
	}
	p.index = search.New(names)
	p.runSearch()
}

// fix adds a correction, keeps it and shows it, with Undo.
func (p *page) fix(c correct.Correction, what string, args ...any) {
	p.undo = &undo{what: what, args: args, fix: true, key: p.fixKey, fixes: slices.Clone(p.fixes)}
	p.fixes = append(p.fixes, c)
	p.refix()
	p.ctx.Defer(func(app.Context) { p.place() }) // above the toast that now shows
}

// refix stores and shows the corrections after they changed, and lets go
// of a selection they took away.
func (p *page) refix() {
	p.storeFixes()
	p.applyFixes()
	p.rove = ""
	for _, s := range []*sel{&p.sel, &p.detail} {
		if s.kind == 'e' {
			if _, ok := p.ents[s.id]; !ok {
				*s = sel{}
			}
		}
	}
	if p.detail.kind == 0 {
		p.anchor = nil
	} else if p.anchor != nil {
		p.popAt(p.anchor) // the details may have grown
	}
	p.next = map[string]int{}
}

// resetFixes takes all corrections of this text back, with Undo.
func (p *page) resetFixes() {
	if len(p.fixes) == 0 {
		return
	}
	p.undo = &undo{what: "fixReset", fix: true, key: p.fixKey, fixes: slices.Clone(p.fixes)}
	p.fixes = nil
	p.refix()
}

// entityFrom reads which entity a control acts on from its element, not
// from the render that made its handler: go-app may keep the handler of
// an earlier render of the same place.
func (p *page) entityFrom(ctx app.Context) (result.Entity, bool) {
	v := ctx.JSSrc().Get("dataset").Get("entity")
	if v.Type() != app.TypeString {
		return result.Entity{}, false
	}
	return p.entity(v.String())
}

// renderFixes are the corrections offered for an entity in its details.
func (p *page) renderFixes(e result.Entity) app.UI {
	kinds := []string{result.Person, result.Org, result.Place, result.Other}
	return app.Div().ID("fixes").Class("fixes").Role("group").Aria("labelledby", "fixes-title").Body(
		app.P().ID("fixes-title").Class("fix-title").Text(p.t("fixes")),
		app.Div().Class("fix-kind").Role("group").Aria("label", p.t("fixKind")).Body(
			app.Span().Class("fix-label").Text(p.t("fixKind")),
			app.Range(kinds).Slice(func(k int) app.UI {
				return app.Button().Type("button").Class("kind-"+kinds[k]).DataSet("entity", e.ID).DataSet("kind", kinds[k]).
					Aria("pressed", e.Kind == kinds[k]).Text(p.t("l:" + kinds[k])).
					OnClick(func(ctx app.Context, ev app.Event) {
						kind := ctx.JSSrc().Get("dataset").Get("kind").String()
						if e, ok := p.entityFrom(ctx); ok && e.Kind != kind {
							p.fix(correct.Correction{Op: correct.Kind, ID: e.ID, Name: e.Name, Kind: kind}, "fixKindDone", e.Name, p.t("l:"+kind))
						}
					})
			}),
		),
		p.renderMerge(e),
		app.Button().Type("button").ID("fix-remove").Class("secondary danger").DataSet("entity", e.ID).Text(p.t("fixRemove")).
			OnClick(func(ctx app.Context, ev app.Event) {
				if e, ok := p.entityFrom(ctx); ok {
					p.fix(correct.Correction{Op: correct.Remove, ID: e.ID, Name: e.Name}, "fixRemoveDone", e.Name)
					// The details are gone with the entity: the keyboard goes to Undo.
					p.ctx.Defer(func(ctx app.Context) {
						if u := app.Window().GetElementByID("undo"); u.Truthy() {
							u.Call("focus")
						}
					})
				}
			}),
	)
}

// renderMerge offers to merge an entity into another: first a button,
// then the list of the others (a long text names thousands, and the
// details render each time a highlight is pointed at).
func (p *page) renderMerge(e result.Entity) app.UI {
	if len(p.res.Entities) < 2 {
		return app.Text("")
	}
	if p.merging != e.ID {
		return app.Div().Class("fix-merge").Body(
			app.Button().Type("button").ID("fix-merge-open").Class("secondary").DataSet("entity", e.ID).Text(p.t("fixMergeOpen")).
				OnClick(func(ctx app.Context, ev app.Event) {
					if e, ok := p.entityFrom(ctx); ok {
						p.merging = e.ID
						p.ctx.Defer(func(ctx app.Context) {
							if box := app.Window().GetElementByID("fix-into"); box.Truthy() {
								box.Call("focus")
							}
						})
					}
				}),
		)
	}
	others := make([]result.Entity, 0, len(p.res.Entities))
	for _, o := range p.res.Entities {
		if o.ID != e.ID {
			others = append(others, o)
		}
	}
	sort.SliceStable(others, func(a, b int) bool { return strings.ToLower(others[a].Name) < strings.ToLower(others[b].Name) })
	return app.Div().Class("fix-merge").Body(
		app.Label().For("fix-into").Class("fix-label").Text(p.t("fixMerge")),
		app.Select().ID("fix-into").Body(
			app.Option().Value("").Text(p.t("fixChoose")),
			app.Range(others).Slice(func(k int) app.UI {
				o := others[k]
				return app.Option().Value(o.ID).Text(o.Name + " (" + p.t("l:"+o.Kind) + ")")
			}),
		),
		app.Button().Type("button").ID("fix-merge").Class("secondary").DataSet("entity", e.ID).Text(p.t("fixMergeGo")).
			OnClick(func(ctx app.Context, ev app.Event) {
				box := app.Window().GetElementByID("fix-into")
				if !box.Truthy() {
					return
				}
				into, ok := p.entity(box.Get("value").String())
				e, ok2 := p.entityFrom(ctx)
				if !ok || !ok2 || into.ID == e.ID {
					return
				}
				box.Set("value", "")
				p.merging = ""
				anchor := p.anchor
				p.fix(correct.Correction{Op: correct.Merge, ID: e.ID, Name: e.Name, Into: into.ID, IntoName: into.Name}, "fixMergeDone", e.Name, into.Name)
				// The details follow the entity it joined, where they were.
				p.sel, p.detail = sel{kind: 'e', id: into.ID}, sel{kind: 'e', id: into.ID}
				if anchor != nil {
					p.popAt(anchor)
				}
			}),
	)
}

// renderFixCount says how many corrections this text has, with Reset.
func (p *page) renderFixCount() app.UI {
	if p.applied == 0 && p.fixErr == "" {
		return app.Text("")
	}
	return app.Div().ID("fix-count").Class("fix-count").Body(
		app.If(p.applied > 0, func() app.UI {
			return app.Span().Text(p.count(p.applied, "fix") + " · ")
		}),
		app.If(p.applied > 0, func() app.UI {
			return app.Button().Type("button").ID("fix-reset").Class("link").Text(p.t("fixResetGo")).
				OnClick(func(ctx app.Context, e app.Event) { p.resetFixes() })
		}),
		app.If(p.fixErr != "", func() app.UI {
			return app.P().Class("error").Role("alert").Text(fmt.Sprintf(p.t("errFixStore"), p.fixErr))
		}),
	)
}

// explainRule says in words how the engine found something, from the
// parts of its rule id ("quote:marks+after-cue+name"): each part the
// interface knows is put in words, any other is shown as it is.
func (p *page) explainRule(rule string) string {
	var out []string
	for _, seg := range strings.Split(rule, "+") {
		cat, name, ok := strings.Cut(seg, ":")
		if !ok {
			name, cat = cat, ""
		}
		w := name
		for _, key := range []string{"r:" + seg, "r:" + name} {
			if _, known := words[key]; known {
				w = p.t(key)
				break
			}
		}
		if cat == "alias" {
			w = p.t("r:alias") + " " + w
		}
		out = append(out, w)
	}
	return p.t("foundBy") + " " + strings.Join(out, "; ")
}

// ruleRow shows a rule in words, with its id beside it.
func (p *page) ruleRow(rule string) []app.UI {
	if rule == "" {
		return nil
	}
	return []app.UI{
		app.Dt().Text(p.t("rule")),
		app.Dd().Class("rule").Title(rule).Body(
			app.Span().Text(p.explainRule(rule)),
			app.Code().Class("rule-id").Text(rule),
		),
	}
}
