// Command kilde finds the figures, quotes and entities of a news article.
//
// Compiled to WebAssembly it is the browser app; natively it runs the
// subcommands extract, serve and build (see the README).
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	kildeapp "kilde/app"
)

func main() {
	// Routes are registered on both sides: the browser renders them, the
	// native server prerenders them.
	kildeapp.Route()
	app.RunWhenOnBrowser()
	os.Exit(command(os.Args[1:]))
}
