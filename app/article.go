package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderArticle shows the text with every figure, quote and mention
// marked. Article text only ever becomes text nodes, never markup. The
// paragraphs are rendered in blocks that re-render only when their
// content or the selection changes, so a long article fills in quickly.
func (p *page) renderArticle() app.UI {
	if p.text == "" {
		return app.Div().ID("article").Class("article empty").Text(p.t("empty"))
	}
	var blocks []int
	for from := 0; from < p.shown; from += blockSize {
		blocks = append(blocks, from)
	}
	return app.Article().ID("article").Class("article").Aria("label", p.t("reading")).Body(
		app.Range(blocks).Slice(func(i int) app.UI {
			from := blocks[i]
			return &block{Page: p, Gen: p.layoutGen, From: from, To: min(from+blockSize, p.shown), Sel: p.sel, Cur: p.cur}
		}),
		app.If(p.shown < len(p.paras), func() app.UI {
			return app.P().Class("more").Text(fmt.Sprintf(p.t("shownOf"), p.shown, len(p.paras)))
		}),
	)
}

const blockSize = 50

// block renders paragraphs [From, To) of the page's article.
type block struct {
	app.Compo
	Page     *page
	Gen      int
	From, To int
	Sel      sel
	Cur      string
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

func (p *page) renderPiece(pc piece) app.UI {
	if pc.fig < 0 && pc.quote < 0 && pc.entity == "" {
		return app.Text(pc.text)
	}
	m := app.Mark().Text(pc.text).Class(p.classes(pc)...)
	if pc.first != "" {
		m = m.ID(pc.first).TabIndex(0)
	}
	if pc.fig >= 0 {
		m = m.DataSet("fig", pc.fig)
	}
	if pc.quote >= 0 {
		m = m.DataSet("quote", pc.quote)
	}
	if pc.entity != "" {
		m = m.DataSet("entity", pc.entity).DataSet("mention", pc.mention)
	}
	// The handlers run on the page, which owns the detail and selection.
	show := func(ctx app.Context, e app.Event) {
		p.ctx.Dispatch(func(ctx app.Context) { p.detail = p.innermost(pc) })
	}
	return m.OnMouseEnter(show).OnFocus(show).OnClick(func(ctx app.Context, e app.Event) {
		p.ctx.Dispatch(func(ctx app.Context) {
			p.detail = p.innermost(pc)
			p.cur = pc.first
			p.choose(ctx, p.detail, false)
		})
	})
}

// classes tell the kinds apart by more than colour: figures are boxed,
// quotes underlined with a wavy line, mentions with a solid one, and the
// first piece of each carries a small sign (see kilde.css).
func (p *page) classes(pc piece) []string {
	var c []string
	if pc.fig >= 0 {
		c = append(c, "hl-fig")
		if p.sel.kind == 'f' && p.sel.idx == pc.fig {
			c = append(c, "sel")
		}
	}
	if pc.quote >= 0 {
		c = append(c, "hl-quote")
		if p.sel.kind == 'q' && p.sel.idx == pc.quote || p.sel.kind == 'e' && p.res.Quotes[pc.quote].Entity == p.sel.id {
			c = append(c, "sel")
		}
	}
	if pc.entity != "" {
		c = append(c, "hl-ent", "ent-"+p.kindOf(pc.entity))
		if p.sel.kind == 'e' && p.sel.id == pc.entity {
			c = append(c, "sel")
		}
	}
	if pc.first != "" {
		c = append(c, "first")
		if pc.first == p.cur {
			c = append(c, "current")
		}
	}
	return c
}

// innermost is what a piece shows in detail: a figure or mention before
// the quote around it.
func (p *page) innermost(pc piece) sel {
	switch {
	case pc.fig >= 0:
		return sel{kind: 'f', idx: pc.fig}
	case pc.entity != "":
		return sel{kind: 'e', id: pc.entity}
	case pc.quote >= 0:
		return sel{kind: 'q', idx: pc.quote}
	}
	return sel{}
}

func (p *page) kindOf(id string) string {
	if i, err := strconv.Atoi(id[1:]); err == nil && i >= 1 && i <= len(p.res.Entities) {
		return p.res.Entities[i-1].Kind
	}
	return "other"
}
