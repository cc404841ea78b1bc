// Expressive Code (build-time highlighting with shiki) for the course's code blocks.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginScrollRegions } from './src/plugins/ec-scroll-regions.mjs';

export default defineEcConfig({
  themes: ['github-dark-default', 'github-light-default'],
  styleOverrides: { borderRadius: '0.4rem', codeFontSize: '0.875rem' },
  plugins: [pluginScrollRegions()],
});
