// Components every chapter can use without an import line (passed to <Content components>).
import Cite from './Cite.astro';
import Derived from './Derived.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import WorldMap from '../charts/world-map/WorldMap.astro';
import MapScrolly from '../charts/world-map/MapScrolly.astro';
import MapStep from '../charts/world-map/MapStep.astro';
import Timeline from '../charts/timeline/Timeline.astro';
import RevenueChart from '../charts/revenue/RevenueChart.astro';
import type { ChapterComponent } from '../mdx/components.ts';

export const mdxComponents = {
  Cite,
  Derived,
  Figure,
  Quote,
  WorldMap,
  MapScrolly,
  MapStep,
  Timeline,
  RevenueChart,
  // The MDX check (src/mdx/components.ts) lists the same components with their props.
} satisfies Record<ChapterComponent, unknown>;
