package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// renderLegend shows, in the reading view's own marks, how each kind of
// highlight looks, so the signs need no colour to be read.
func (p *page) renderLegend() app.UI {
	if p.empty() {
		return app.Text("")
	}
	item := func(class, key string) app.UI {
		return app.Li().Body(app.Mark().Class(class).Text(p.t(key)))
	}
	return app.Ul().Class("legend").Aria("label", p.t("legend")).Body(
		item("hl-fig", "figureDetail"),
		item("hl-quote q-open", "quoteDetail"),
		item("hl-ent ent-person m-open", "l:person"),
		item("hl-ent ent-org m-open", "l:org"),
		item("hl-ent ent-place m-open", "l:place"),
	)
}
