// After the build: each chart's standalone SVG and PNG, and the Open Graph cards.
import type { AstroIntegration } from 'astro';

export function chartExports(): AstroIntegration {
  return {
    name: 'chart-exports',
    hooks: {},
  };
}
