module kilde

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/sahilm/fuzzy v0.1.3
	golang.org/x/net v0.63.0
)

require github.com/google/uuid v1.6.0 // indirect
