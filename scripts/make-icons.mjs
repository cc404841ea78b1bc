// Draws the installable app's icons from the logo (src/assets/logo.svg) with sharp, into
// public/icons/. The PNGs are committed: run `node scripts/make-icons.mjs` again when the logo
// changes. Referenced by public/manifest.webmanifest and the <head> (astro.config.mjs).
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const LOGO = new URL('../src/assets/logo.svg', import.meta.url);
const OUT = new URL('../public/icons/', import.meta.url);
/** The light page background: the blues of the logo read well on it. */
const BACKGROUND = '#ffffff';

const svg = readFileSync(LOGO);

/**
 * A square PNG of `size` px with the logo drawn at `scale` of its width, centred, on
 * `background` (transparent when null).
 */
async function icon(file, size, scale, background) {
  const inner = Math.round(size * scale);
  const logo = await sharp(svg, { density: Math.ceil((72 * inner) / 64) })
    .resize(inner, inner)
    .png()
    .toBuffer();
  const offset = Math.round((size - inner) / 2);
  await sharp({
    create: { width: size, height: size, channels: 4, background: background ?? { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([{ input: logo, left: offset, top: offset }])
    .png({ compressionLevel: 9, palette: true })
    .toFile(new URL(file, OUT).pathname);
  console.log(`public/icons/${file} (${size}×${size})`);
}

mkdirSync(OUT, { recursive: true });
// « any » icons: the logo fills the square, as the favicon does.
await icon('icon-192.png', 192, 0.94, null);
await icon('icon-512.png', 512, 0.94, null);
// Maskable: the platform crops to a circle or a squircle; the logo stays inside the central
// safe zone (a circle of 80 % of the width), on an opaque background.
await icon('icon-maskable-512.png', 512, 0.68, BACKGROUND);
// iOS ignores the manifest's icons and fills transparency with black.
await icon('apple-touch-icon.png', 180, 0.8, BACKGROUND);
