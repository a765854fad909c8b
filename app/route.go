// Package app is the browser user interface, built with go-app.
package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Route registers the app's pages with go-app.
func Route() {
	app.Route("/", func() app.Composer { return &page{} })
}

type page struct{ app.Compo }

func (p *page) Render() app.UI { return app.H1().Text("kilde") }
