/**
 * A small diagonal-hatch image for "no figure reported", made in memory so no sprite file is
 * fetched. Returns raw RGBA pixels in the shape MapLibre's `addImage` accepts.
 */
export function hatchImage(
  size: number,
  line: [number, number, number],
  background: [number, number, number],
): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two-pixel-wide diagonal stripes every `size / 2` pixels tile seamlessly.
      const onStripe = (x + y) % (size / 2) < 2
      const [r, g, b] = onStripe ? line : background
      const i = (y * size + x) * 4
      data[i] = r
      data[i + 1] = g
      data[i + 2] = b
      data[i + 3] = 255
    }
  }
  return { width: size, height: size, data }
}

/** Parses `#rrggbb` into an RGB triple. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}
