// Expressive Code (build-time highlighting with shiki) for the course's code blocks.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginScrollRegions } from './src/plugins/ec-scroll-regions.mjs';

export default defineEcConfig({
  themes: ['github-dark-default', 'github-light-default'],
  styleOverrides: { borderRadius: '0.4rem', codeFontSize: '0.875rem' },
  plugins: [pluginScrollRegions()],
  // Every block is rendered ready to wrap, indentation kept; src/styles/code-wrap.css and the
  // « Retour à la ligne » switch (src/components/code-wrap.ts) decide when lines actually wrap.
  defaultProps: { wrap: true, preserveIndent: true },
});
