/** The map's period rules, made from src/data/periods.ts (src/charts/world-map/period-css.ts). */
declare module 'virtual:map-periods.css';
declare module 'virtual:timeline-targets.css';
declare module 'virtual:palette.css';

declare namespace App {
  interface Locals {
    /**
     * How many levels above the one-page story this page's chapter headings sit: 1 on a chapter
     * page, whose title is the h1 (on `/` chapter titles are h2). See src/lib/headings.ts.
     */
    headingLift?: number;
  }
}
