//go:build !js

package site

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// originHelp says what --origins takes.
const originHelp = "give origins as scheme://host[:port] with http or https, no path and no wildcard, separated by spaces, such as https://intranet.example"

// ParseOrigins checks a space- or comma-separated list of origins and
// returns them in canonical form (lower case, no trailing slash). Only
// http and https origins of a plain host name or IP address are
// accepted: the list goes into the Content-Security-Policy and the
// app's allow-list, where anything else could add directives or let
// every site in.
func ParseOrigins(s string) ([]string, error) {
	var out []string
	for _, o := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		c, ok := origin(o)
		if !ok {
			return nil, fmt.Errorf("%s is not an origin; %s", strconv.Quote(o), originHelp)
		}
		out = append(out, c)
	}
	return out, nil
}

func origin(s string) (string, bool) {
	u, err := url.Parse(strings.TrimSuffix(s, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Opaque != "" || u.User != nil ||
		u.Path != "" || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(s, "?#") {
		return "", false
	}
	host, port := u.Hostname(), u.Port()
	if host == "" || !hostChars(host) {
		return "", false
	}
	if strings.HasSuffix(u.Host, ":") {
		return "", false
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 || strconv.Itoa(n) != port {
			return "", false
		}
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), true
}

// hostChars accepts a DNS name or an IPv4 or IPv6 address, nothing a
// CSP or a browser would read as a wildcard or a separator.
func hostChars(h string) bool {
	for _, r := range h {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.', r == ':':
		default:
			return false
		}
	}
	return true
}

// checkFrameAncestors checks a hand-written frame-ancestors list: CSP
// sources separated by spaces, nothing that ends the directive.
func checkFrameAncestors(s string) error {
	for _, f := range strings.Fields(s) {
		if f == "'self'" || f == "'none'" || f == "*" {
			continue
		}
		if strings.ContainsAny(f, ";,'\"") {
			return fmt.Errorf("%s is not a frame-ancestors source; give 'self', 'none', * or origins", strconv.Quote(f))
		}
	}
	if strings.ContainsAny(s, ";,\r\n\t") {
		return fmt.Errorf("%s: separate frame-ancestors sources with spaces only", strconv.Quote(s))
	}
	return nil
}
