//go:build !(js && wasm)

package engine

// settle does nothing natively, where the collector returns memory to
// the system (see settle_wasm.go).
func settle(int) {}
