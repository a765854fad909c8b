package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// announce tells a host page what the reader selected (embed mode).
func (p *page) announce(s sel) {}

// listenMessages answers a host page's messages (embed mode).
func (p *page) listenMessages(ctx app.Context) {}
