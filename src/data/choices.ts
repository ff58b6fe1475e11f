// The story's editorial choices (content/data/choices.yaml): which sourced rows the cover, the
// timeline's band and the revenue calculator feature. Editors change them there, never in src/.
// resolveChoices() is pure: it finds each named row, checks that it has what is shown, and
// reports every problem with its line in the file, as the other data files' checks do.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Choice, CoverFigure, Deployment, FigureRef, Money, StoryEvent } from './schemas.ts';

export const CHOICES_FILE = 'content/data/choices.yaml';

type Figure = Deployment['figures'][number];

/** A figure of a country's row, found. */
export interface FoundFigure {
  country: Deployment;
  figure: Figure & { value: number };
}

export type CoverItem =
  | { show: 'event-date'; event: StoryEvent; sources: string[]; label: string }
  | { show: 'change'; from: FoundFigure; to: FoundFigure; label: string }
  | { show: 'figure'; found: FoundFigure; label: string }
  | { show: 'money' | 'workers'; money: Money & { value: number; workers: number }; label: string };

export interface Choices {
  cover: CoverItem[];
  window: { from: StoryEvent; to: StoryEvent; label: string; shortLabel: string };
  calculator: {
    worldwide: Money & { value: number; workers: number };
    permits: FoundFigure[];
    upper: Money & { low: number; high: number };
  };
}

export interface ChoiceProblem {
  line: number;
  field: string;
  message: string;
}

/** The placeholders each kind of cover figure fills in its label. */
export const PLACEHOLDERS: Record<CoverFigure['show'], readonly string[]> = {
  'event-date': ['date', 'year'],
  change: ['from-date', 'from-year', 'to-date', 'to-year'],
  figure: ['date', 'year'],
  money: ['date', 'year', 'workers', 'value'],
  workers: ['date', 'year', 'workers', 'value'],
};

/** A label with its {placeholders} filled; every placeholder must be in `values`. */
export const fillLabel = (label: string, values: Record<string, string>): string =>
  label.replace(/\{([a-z-]+)\}/g, (whole, name: string) => values[name] ?? whole);

const placeholdersIn = (label: string) => [...label.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);

const REQUIRED = ['cover', 'timeline-window', 'calculator'] as const;

interface Data {
  events: readonly StoryEvent[];
  deployments: readonly Deployment[];
  money: readonly Money[];
}

/** Every choice resolved to its rows, or the problems that stop it, each with its line. */
export function resolveChoices(
  rows: readonly Choice[],
  data: Data,
  text: string,
): { choices?: Choices; problems: ChoiceProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines });
  const seq = doc.contents;
  const problems: ChoiceProblem[] = [];
  // The line of a field, by the row's position in the file and the path inside it.
  const lineOf = (id: string, path: (string | number)[]) => {
    if (!isSeq(seq)) return 0;
    const row = seq.items.find((n) => isMap(n) && (n.toJSON() as { id?: unknown }).id === id);
    let node: unknown = row;
    for (const key of path) {
      const next = isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
      if (next === undefined) break;
      node = next;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lines.linePos(range[0]).line : 0;
  };
  const fail = (id: string, path: (string | number)[], message: string) => {
    problems.push({ line: lineOf(id, path), field: [id, ...path].join('.'), message });
    return undefined;
  };

  const byId = new Map<string, Choice>();
  for (const r of rows) {
    if (byId.has(r.id)) fail(r.id, [], `"${r.id}" is chosen twice: keep one row with id: ${r.id}`);
    byId.set(r.id, r);
  }
  for (const id of REQUIRED)
    if (!byId.has(id)) problems.push({ line: 0, field: id, message: `add a row with id: ${id}` });

  const event = (id: string, path: (string | number)[], wanted: string) =>
    data.events.find((e) => e.id === wanted) ??
    fail(id, path, `no event "${wanted}" in content/data/events.yaml: write one of its ids`);
  const money = (id: string, path: (string | number)[], wanted: string) =>
    data.money.find((m) => m.id === wanted) ??
    fail(id, path, `no row "${wanted}" in content/data/money.yaml: write one of its ids`);
  const figure = (id: string, path: (string | number)[], ref: FigureRef): FoundFigure | undefined => {
    const country = data.deployments.find((d) => d.id === ref.country);
    if (!country)
      return fail(id, [...path, 'country'], `no country "${ref.country}" in content/data/deployments.yaml`);
    const counts = ref.counts ?? 'workers';
    const f = country.figures.find((x) => x.date === ref.date && (x.counts ?? 'workers') === counts);
    if (!f)
      return fail(
        id,
        [...path, 'date'],
        `${ref.country} has no figure counting ${counts} dated ${ref.date} in content/data/deployments.yaml; its dates: ${country.figures.map((x) => x.date + (x.counts === 'entries' ? ' (entries)' : '')).join(', ')}`,
      );
    if (f.value === undefined)
      return fail(
        id,
        [...path, 'date'],
        `${ref.country}'s figure dated ${ref.date} is a range: choose one with a value`,
      );
    return { country, figure: { ...f, value: f.value } };
  };
  const withWorkers = (id: string, path: (string | number)[], m: Money | undefined) => {
    if (!m) return undefined;
    if (m.value === undefined || m.workers === undefined)
      return fail(
        id,
        path,
        `money row "${m.id}" needs a single value and workers (the count it is based on)`,
      );
    return { ...m, value: m.value, workers: m.workers };
  };
  const withRange = (id: string, path: (string | number)[], m: Money | undefined) => {
    if (!m) return undefined;
    if (m.low === undefined || m.high === undefined)
      return fail(id, path, `money row "${m.id}" needs low and high`);
    return { ...m, low: m.low, high: m.high };
  };
  const labelOk = (id: string, path: (string | number)[], label: string, show: CoverFigure['show']) => {
    const bad = placeholdersIn(label).filter((p) => !PLACEHOLDERS[show].includes(p));
    if (bad.length > 0)
      fail(
        id,
        path,
        `{${bad[0]}} is not filled in a "${show}" label: use ${PLACEHOLDERS[show].map((p) => `{${p}}`).join(', ')}`,
      );
    return label;
  };

  const cover: CoverItem[] = [];
  const c = byId.get('cover');
  if (c?.id === 'cover')
    c.figures.forEach((f, i) => {
      const at = ['figures', i];
      if (f.show === 'event-date') {
        const e = event('cover', [...at, 'event'], f.event);
        if (!e) return;
        const missing = (f.cite ?? []).filter((s) => !e.sources.includes(s));
        if (missing.length > 0)
          fail(
            'cover',
            [...at, 'cite'],
            `"${missing[0]}" is not among ${e.id}'s sources: ${e.sources.join(', ')}`,
          );
        const label = labelOk('cover', [...at, 'label'], f.label, f.show);
        cover.push({ show: f.show, event: e, sources: f.cite ?? e.sources, label });
      } else if (f.show === 'change') {
        const from = figure('cover', [...at, 'from'], f.from);
        const to = figure('cover', [...at, 'to'], f.to);
        const label = labelOk('cover', [...at, 'label'], f.label, f.show);
        if (from && to) cover.push({ show: f.show, from, to, label });
      } else if (f.show === 'figure') {
        const found = figure('cover', [...at, 'figure'], f.figure);
        if (!found) return;
        const label = labelOk('cover', [...at, 'label'], f.label ?? found.figure.label, f.show);
        cover.push({ show: f.show, found, label });
      } else {
        const m = withWorkers('cover', [...at, 'money'], money('cover', [...at, 'money'], f.money));
        const label = labelOk('cover', [...at, 'label'], f.label, f.show);
        if (m) cover.push({ show: f.show, money: m, label });
      }
    });

  const w = byId.get('timeline-window');
  const from = w?.id === 'timeline-window' ? event(w.id, ['from'], w.from) : undefined;
  const to = w?.id === 'timeline-window' ? event(w.id, ['to'], w.to) : undefined;
  if (from && to && from.date >= to.date)
    fail(
      'timeline-window',
      ['to'],
      `the band must end after it starts: ${to.id} (${to.date}) is not after ${from.id} (${from.date})`,
    );

  const k = byId.get('calculator');
  let calculator: Choices['calculator'] | undefined;
  if (k?.id === 'calculator') {
    const worldwide = withWorkers(k.id, ['worldwide'], money(k.id, ['worldwide'], k.worldwide));
    const upper = withRange(k.id, ['upper'], money(k.id, ['upper'], k.upper));
    const permits = k.permits.map((p, i) => figure(k.id, ['permits', i], p));
    const countries = new Set(k.permits.map((p) => p.country));
    if (countries.size > 1)
      fail(
        k.id,
        ['permits'],
        `the permits must all be one country's (the upper figure is that country's): ${[...countries].join(', ')}`,
      );
    if (worldwide && upper && permits.every((p) => p !== undefined))
      calculator = { worldwide, upper, permits: permits as FoundFigure[] };
  }

  if (problems.length > 0 || !from || !to || !calculator || !w || w.id !== 'timeline-window')
    return { problems };
  return {
    problems,
    choices: { cover, window: { from, to, label: w.label, shortLabel: w.shortLabel }, calculator },
  };
}

export const formatChoiceProblems = (problems: readonly ChoiceProblem[]): string =>
  problems.map((p) => `  ${CHOICES_FILE}:${p.line} — ${p.field}: ${p.message}`).join('\n');
