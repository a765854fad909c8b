// Package app is the browser user interface, built with go-app: paste or
// drop an article, read it with its figures, quotes and entities marked,
// search the entities, export what was found.
package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Route registers the app's pages with go-app: the tool at /, and the
// same tool with compact chrome for frames at /embed.
func Route() {
	app.Route("/", func() app.Composer { return &page{} })
	app.Route("/embed", func() app.Composer { return &page{embed: true} })
}
