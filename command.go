//go:build !js

package main

import (
	"fmt"
	"os"

	"kilde/cli"
	"kilde/site"
)

const usage = `usage:
  kilde extract [--format json|csv|md] FILE...   (- reads standard input)
  kilde serve [--addr ADDR]                      build the app and serve it
  kilde build [--out DIR]                        write the static site
`

// command runs a subcommand natively and returns the exit status.
func command(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return cli.Extract(args[1:], os.Stdin, os.Stdout, os.Stderr)
	case "serve":
		return site.Serve(args[1:], os.Stdout, os.Stderr)
	case "build":
		return site.Build(args[1:], os.Stdout, os.Stderr)
	case "help", "-h", "--help":
		fmt.Fprint(os.Stdout, usage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "kilde: unknown command %q\n%s", args[0], usage)
	return 2
}
