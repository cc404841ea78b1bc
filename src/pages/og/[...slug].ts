// One 1200×630 PNG per page of the course, drawn at build time with astro-og-canvas (CanvasKit):
// the logo, the page's title and its chapter, on the site's deep blue. `/og/docker/volumes.png`
// for /docker/volumes/, `/og/index.png` for the home page. The fonts come from @fontsource/inter
// (WOFF, which CanvasKit reads) and the logo from src/assets/logo.svg, rasterised by sharp:
// nothing is downloaded. src/starlight-route-data.ts points each page's og:image here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import sharp from 'sharp';
import logoSvg from '../../assets/logo.svg?raw';
import { ogSubtitle, SITE_TITLE } from '../../lib/social';

const CACHE_DIR = join(process.cwd(), 'node_modules', '.astro-og-canvas');
const FONTS_DIR = join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
const LOGO_SIZE = 112;

// CanvasKit decodes PNG, not SVG.
const logoPng = join(CACHE_DIR, `logo-${LOGO_SIZE}.png`);
mkdirSync(CACHE_DIR, { recursive: true });
writeFileSync(logoPng, await sharp(Buffer.from(logoSvg), { density: 600 }).resize(LOGO_SIZE, LOGO_SIZE).png().toBuffer());

// Latin and Latin Extended cover French (« », ’, œ, É…) and the names in the course.
const fonts = ['latin', 'latin-ext'].flatMap((subset) =>
  ['400', '700'].map((weight) => join(FONTS_DIR, `inter-${subset}-${weight}-normal.woff`)),
);

const entries = await getCollection('docs');
const pages = Object.fromEntries(entries.map((entry) => [entry.id, entry.data]));

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getSlug: (id) => `${id}.png`,
  getImageOptions: (id, data) => ({
    title: id === 'index' ? SITE_TITLE : data.title,
    description: ogSubtitle(id),
    logo: { path: logoPng, size: [LOGO_SIZE, LOGO_SIZE] },
    // Starlight's dark theme with the site's accent (src/styles/theme.css).
    bgGradient: [
      [16, 52, 80],
      [11, 23, 36],
    ],
    border: { color: [31, 127, 194], width: 14, side: 'block-end' },
    padding: 72,
    fonts,
    font: {
      title: { families: ['Inter'], weight: 'Bold', size: 68, lineHeight: 1.15, color: [255, 255, 255] },
      description: { families: ['Inter'], weight: 'Normal', size: 36, lineHeight: 1.3, color: [184, 221, 248] },
    },
    cacheDir: CACHE_DIR,
  }),
});
