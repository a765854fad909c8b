//go:build !js

package site

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
)

// writeIcons draws the app's PNG icons (the same mark as web/icon.svg): a
// teal square with a light open quote mark and a figure bar. Drawn at
// build time so that no binary is checked in.
func writeIcons(dir string) error {
	for _, size := range []int{192, 512} {
		img := image.NewRGBA(image.Rect(0, 0, size, size))
		bg := color.RGBA{0x1f, 0x4e, 0x5f, 0xff}
		fg := color.RGBA{0xf7, 0xf6, 0xf2, 0xff}
		accent := color.RGBA{0xe8, 0xb0, 0x4b, 0xff}
		u := float64(size) / 16
		for y := 0; y < size; y++ {
			for x := 0; x < size; x++ {
				fx, fy := float64(x)/u, float64(y)/u
				c := bg
				switch {
				case disc(fx, fy, 5, 6, 1.6) || disc(fx, fy, 9.5, 6, 1.6) ||
					fx >= 3.4 && fx <= 4.6 && fy >= 6 && fy <= 9 && fy-6 <= (4.6-fx)*2 ||
					fx >= 7.9 && fx <= 9.1 && fy >= 6 && fy <= 9 && fy-6 <= (9.1-fx)*2:
					c = fg
				case fx >= 3.5 && fx <= 12.5 && fy >= 11 && fy <= 12.2:
					c = accent
				}
				img.Set(x, y, c)
			}
		}
		f, err := os.Create(filepath.Join(dir, "icon-"+strconv.Itoa(size)+".png"))
		if err != nil {
			return err
		}
		if err := png.Encode(f, img); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

func disc(x, y, cx, cy, r float64) bool { return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r }
