// Upgrades the prerendered revenue chart: the inputs and preset buttons move the reader's marker.
// Positions come from the axis stored in data-* attributes; no d3 in the browser.
import {
  PER_MONTH_BOUNDS,
  WORKER_BOUNDS,
  annualTotal,
  announcement,
  clampInput,
  formatTotal,
  group,
  markerLabel,
  markerPosition,
  markerSegments,
  readBoxes,
  segmentsPath,
} from './estimate.ts';

type Field = 'workers' | 'perMonth';
const BOUNDS = { workers: WORKER_BOUNDS, perMonth: PER_MONTH_BOUNDS };

class RevenueChart extends HTMLElement {
  v: Record<Field, number> = { workers: 0, perMonth: 0 };
  timer = 0;

  connectedCallback() {
    for (const f of ['workers', 'perMonth'] as const)
      this.v[f] = Number(this.querySelector<HTMLInputElement>(`input[data-field=${f}]`)?.value);
    const field = (e: Event) => {
      const t = e.target as HTMLInputElement;
      return [t, t.dataset.field as Field | undefined] as const;
    };
    this.addEventListener('input', (e) => {
      const [t, f] = field(e);
      const n = f && clampInput(t.value, BOUNDS[f]);
      if (f && n !== undefined) this.set(f, n, t);
    });
    // Once the reader leaves the field, show the number actually used (clamped, whole).
    this.addEventListener('change', (e) => {
      const [t, f] = field(e);
      if (f) t.value = String(this.v[f]);
    });
    this.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLElement>('button[data-for]');
      if (b) this.set(b.dataset.for as Field, Number(b.dataset.value));
    });
  }

  set(f: Field, n: number, from?: Element) {
    this.v[f] = n;
    const s = String(n);
    for (const el of this.querySelectorAll<HTMLInputElement>(`input[data-field=${f}]`))
      if (el !== from) el.value = s;
    for (const b of this.querySelectorAll<HTMLElement>(`button[data-for=${f}]`))
      b.setAttribute('aria-pressed', String(b.dataset.value === s));
    // Say where the figure comes from: a source's note if it matches one, else "your own figure".
    const notes = [...this.querySelectorAll<HTMLElement>(`[data-note=${f}]`)];
    const key = notes.some((el) => el.dataset.value === s) ? s : '';
    for (const el of notes) el.hidden = el.dataset.value !== key;
    this.draw();
  }

  draw() {
    const { workers, perMonth } = this.v;
    const total = annualTotal(workers, perMonth);
    const d = this.dataset;
    const pos = markerPosition(total, { max: Number(d.max), x0: Number(d.x0), x1: Number(d.x1) });
    const marker = this.querySelector<SVGGElement>('[data-id="reader-estimate"]');
    const label = marker?.querySelector('text');
    const line = marker?.querySelector<SVGPathElement>('path[data-avoid]');
    if (!marker || !label || !line) return;
    marker.dataset.value = String(total);
    marker.setAttribute('transform', `translate(${pos.x} 0)`);
    // Redrawn in the gaps between the texts at its new x, as the build drew it.
    const l = line.dataset;
    const boxes = readBoxes(l.avoid ?? '');
    line.setAttribute('d', segmentsPath(markerSegments(pos.x, Number(l.y1), Number(l.y2), boxes)));
    label.setAttribute('text-anchor', pos.anchor);
    label.textContent = markerLabel(total, pos.offScale);
    const out: Record<string, string> = {
      workers: group(workers),
      perMonth: `US$${group(perMonth)}`,
      exact: `US$${group(total)}`,
      short: formatTotal(total),
    };
    for (const el of this.querySelectorAll<HTMLElement>('[data-out]'))
      el.textContent = out[el.dataset.out ?? ''] ?? '';
    // Announce once the reader pauses, not on every keystroke.
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const live = this.querySelector('[data-live]');
      if (live) live.textContent = announcement(workers, perMonth);
    }, 600);
  }
}

customElements.define('revenue-chart', RevenueChart);
