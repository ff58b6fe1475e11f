import { describe, expect, test } from 'vitest';
import { datePoint, periodEnd, periodStart } from './dates.ts';
import {
  brokenScale,
  findEarly,
  findGaps,
  groupMarks,
  layout,
  layoutOnce,
  SIZE,
  wrapTitle,
  type Layout,
  type LayoutEvent,
  type Mark,
} from './layout.ts';
import { textWidth } from '../kit/text.ts';
import { glyphHalfWidth } from './shapes.ts';
import { EVENTS, WINDOW } from '../../../tests/fixtures/timeline.ts';

/** The drawn mark that holds an event (alone or in a group), and the event in it. */
const byId = (l: Layout, id: string) => l.marks.find((m) => m.events.some((e) => e.id === id))!;
const eventOf = (l: Layout, id: string) => byId(l, id).events.find((e) => e.id === id)!;

/** Half the width of a mark's glyph on the axis: a group's disc, or its one event's glyph. */
const halfWidth = (m: Mark) => (m.events.length > 1 ? SIZE.groupR : glyphHalfWidth(m.kind));

/** Every two glyphs on one axis row that overlap, halos (0.75 px each) included. */
function overlaps(l: Layout): string[] {
  const out: string[] = [];
  for (const a of l.marks)
    for (const b of l.marks)
      if (a !== b && a.row === b.row && a.x <= b.x && b.x - a.x < halfWidth(a) + halfWidth(b) + 1.5)
        out.push(`${a.id} and ${b.id}`);
  return out;
}
const DAY = 86_400_000;

/** Where a time falls on the continuous axis, from the year ticks alone. */
function xAt(l: Layout, t: number): number {
  const y = new Date(t).getUTCFullYear();
  const first = new Date(l.domain[0]).getUTCFullYear();
  const [a, b] = [l.ticks[y - first]!, l.ticks[y - first + 1]!];
  return a + ((b - a) * (t - Date.UTC(y, 0, 1))) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
}

const intersects = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every way two labels could collide: text on text, a leader through text, text off the chart. */
function collisions(l: Layout): string[] {
  const out: string[] = [];
  for (const m of l.marks) {
    if (m.box.x < 0 || m.box.x + m.box.w > l.width || m.box.y < 0 || m.box.y + m.box.h > l.height)
      out.push(`${m.id}: text outside the chart`);
    for (const o of l.marks) {
      if (o === m) continue;
      if (m.id < o.id && intersects(m.box, o.box)) out.push(`${m.id} and ${o.id}: text overlaps`);
      const lead = {
        x: o.leader.x - 0.5,
        y: Math.min(o.leader.y1, o.leader.y2),
        w: 1,
        h: Math.abs(o.leader.y2 - o.leader.y1),
      };
      if (intersects(m.box, lead)) out.push(`${o.id}'s leader crosses ${m.id}'s text`);
    }
    for (const t of l.tickLabels) {
      const w = textWidth(t.label, 11);
      const box = { x: t.x - w / 2, y: t.y - 10, w, h: 12 };
      if (intersects(m.box, box)) out.push(`${m.id}'s text overlaps the year ${t.label}`);
      const lead = {
        x: m.leader.x - 0.5,
        y: Math.min(m.leader.y1, m.leader.y2),
        w: 1,
        h: Math.abs(m.leader.y2 - m.leader.y1),
      };
      if (intersects(lead, box)) out.push(`${m.id}'s leader crosses the year ${t.label}`);
    }
  }
  return out;
}

/** A reproducible crowd of events, for stress tests. */
function crowd(n: number, seed: number): LayoutEvent[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = [
    'Sanctions',
    'workers',
    'sent',
    'home',
    'from',
    'Vladivostok',
    'report',
    'deadline',
    'UN',
    'cash',
  ];
  return Array.from({ length: n }, (_, i) => {
    const t = Date.UTC(2016, 0, 1) + Math.floor(rand() * 5 * 365) * DAY;
    const title = Array.from(
      { length: 2 + Math.floor(rand() * 5) },
      () => words[Math.floor(rand() * words.length)],
    ).join(' ');
    return {
      id: `e${i}`,
      date: new Date(t).toISOString().slice(0, 10),
      kind: 'incident',
      title,
      ...(rand() < 0.5 ? { figure: `${Math.floor(rand() * 90000)} workers` } : {}),
    };
  });
}

describe('layout() with the story’s events', () => {
  const l = layout(EVENTS, { width: 920, window: WINDOW });

  test('places a day-precise event at its day on the axis', () => {
    for (const id of ['unsc-2397', 'midterm-reports-2019', 'repatriation-deadline-2019', 'ofac-mokran-2020'])
      expect(eventOf(l, id).x).toBeCloseTo(xAt(l, periodStart(EVENTS.find((e) => e.id === id)!.date)), 0);
  });

  test('places a month-precise event in the middle of its month', () => {
    const m = eventOf(l, 'cash-airport-2018');
    expect(m.date).toBe('2018-11');
    expect(m.x).toBeCloseTo(xAt(l, (Date.UTC(2018, 10, 1) + Date.UTC(2018, 11, 1)) / 2), 0);
    expect(m.x).toBeGreaterThan(xAt(l, Date.UTC(2018, 10, 1)));
    expect(m.x).toBeLessThan(xAt(l, Date.UTC(2018, 11, 1)));
  });

  test('keeps the marks in date order, left to right in each row and row after row', () => {
    const sorted = [...EVENTS].sort((a, b) => datePoint(a.date) - datePoint(b.date));
    const rows = sorted.map((e) => byId(l, e.id).row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows)).toEqual(new Set([0, 1]));
    for (const row of [0, 1]) {
      const xs = sorted.filter((e) => byId(l, e.id).row === row).map((e) => eventOf(l, e.id).x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      const drawn = l.marks.filter((m) => m.row === row).map((m) => m.x);
      expect(drawn.length).toBeGreaterThan(5);
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    }
  });

  test('draws a span from its start to its end date', () => {
    const m = eventOf(l, 'malaysia-expulsions-2017');
    expect(m.x2).toBeCloseTo(xAt(l, periodEnd('2017-05-22')), 0);
    expect(m.x).toBeCloseTo(xAt(l, datePoint('2017-03')), 0);
  });

  const day = (t: number) => new Date(t).toISOString().slice(0, 10);

  test('breaks the axis before 1967 and 2015 and starts the continuous axis in 2016', () => {
    expect(l.marks.filter((m) => m.early && m.row === 0).map((m) => m.id)).toEqual([
      'soviet-agreement-1967',
      'rapporteur-2015',
    ]);
    expect(new Date(l.domain[0]).toISOString().slice(0, 10)).toBe('2016-01-01');
    expect(new Date(l.domain[1]).toISOString().slice(0, 10)).toBe('2021-01-01');
    // Each break sits in the gap between two pieces of axis, in every row.
    for (const r of l.rows) {
      expect(r.breaks).toHaveLength(r.axis.length - 1);
      r.breaks.forEach((b, i) => {
        expect(b).toBeGreaterThan(r.axis[i]!.x2);
        expect(b).toBeLessThan(r.axis[i + 1]!.x1);
      });
    }
    expect(l.rows[0]).toMatchObject({ axisY: l.axisY, axis: l.axis, breaks: l.breaks, domain: l.domain });
  });

  test('goes on in a second row after the empty stretch from November 2020 to May 2022', () => {
    expect(l.rows).toHaveLength(2);
    expect(l.wraps.map((g) => [day(g.from - 1), day(g.to)])).toEqual([['2020-11-19', '2022-05-26']]);
    expect(l.rows[1]!.axisY).toBeGreaterThan(
      Math.max(...l.marks.filter((m) => m.row === 0).map((m) => m.box.y + m.box.h)),
    );
    // Every event since 2022 is in the second row, whose axis starts with the 2022 veto out of scale.
    for (const m of l.marks) expect(m.row).toBe(m.date >= '2021' ? 1 : 0);
    expect(l.marks.filter((m) => m.early && m.row === 1).map((m) => m.id)).toEqual(['veto-sanctions-2022']);
    expect(new Date(l.rows[1]!.domain[0]).getUTCFullYear()).toBe(2023);
    // Year labels sit under their own row's axis.
    const under = (label: string) => l.tickLabels.find((t) => t.label === label)!.y;
    expect(under('2019')).toBeLessThan(l.rows[1]!.axisY);
    expect(under('2024')).toBeGreaterThan(l.rows[1]!.axisY);
    for (const y of ['1967', '2015', '2016', '2017', '2018', '2019', '2020', '2022', '2023', '2024', '2025'])
      expect(l.tickLabels.map((t) => t.label)).toContain(y);
  });

  test('keeps one rate of time along each unbroken row', () => {
    for (const row of [0, 1]) {
      const ms = l.marks.filter((m) => m.row === row && !m.early).sort((p, q) => p.x - q.x);
      const [p, q, r] = [ms[0]!, ms[Math.floor(ms.length / 2)]!, ms[ms.length - 1]!];
      const rate = (m: Mark, n: Mark) => (n.x - m.x) / (datePoint(n.date) - datePoint(m.date));
      expect(rate(p, q) / rate(q, r)).toBeCloseTo(1, 1);
    }
  });

  test('gives each row’s continuous axis most of the width', () => {
    for (const r of l.rows) {
      const main = r.axis
        .filter((_a, i) => i >= r.axis.length - 1 - r.gaps.length)
        .reduce((n, a) => n + a.x2 - a.x1, 0);
      expect(main).toBeGreaterThan(0.6 * l.width);
    }
  });

  test('shades the 24 months from 22 December 2017 to 22 December 2019', () => {
    expect(l.band!.x1).toBeCloseTo(eventOf(l, 'unsc-2397').x, 1);
    expect(l.band!.x2).toBeCloseTo(eventOf(l, 'repatriation-deadline-2019').x, 1);
    expect(l.band!.label).toBe(WINDOW.label);
    // The band spans its own row, from the top to the bottom of its labels.
    expect(l.band!.y1).toBe(0);
    expect(l.band!.y2).toBeGreaterThan(l.axisY);
    expect(l.band!.y2).toBeLessThan(l.rows[1]!.axisY);
  });

  test('keeps every label clear of the others, of their leaders and of the years', () => {
    expect(collisions(l)).toEqual([]);
  });

  test('(the collision check itself catches text on text and a leader through text)', () => {
    const [a, b] = [byId(l, 'unsc-2371'), byId(l, 'unsc-2375')];
    const moved = { ...l, marks: l.marks.map((m) => (m === b ? { ...m, box: { ...a.box } } : m)) };
    expect(collisions(moved)).toContain('unsc-2371 and unsc-2375: text overlaps');
    const crossed = {
      ...l,
      marks: l.marks.map((m) =>
        m === a ? { ...m, leader: { ...m.leader, x: b.box.x + 5, y1: 0, y2: l.height } } : m,
      ),
    };
    expect(collisions(crossed)).toContain("unsc-2371's leader crosses unsc-2375's text");
  });

  test('connects every label to its mark with a leader', () => {
    for (const m of l.marks) {
      expect(m.leader.x).toBe(m.x);
      const near = m.side === 'above' ? m.box.y : m.box.y + m.box.h;
      expect(m.leader.y2).toBeCloseTo(near, 1);
      expect(m.side === 'above' ? m.leader.y1 < m.y : m.leader.y1 > m.y).toBe(true);
    }
  });

  test('gives each mark a pointer target that stops halfway to its neighbours', () => {
    let apart = 0;
    l.marks.forEach((m, i) => {
      const next = l.marks[i + 1];
      expect(m.hitR).toBeGreaterThan(halfWidth(m));
      if (next && next.row === m.row && next.x - m.x >= 2 * SIZE.groupR + 2) {
        expect(m.hitR + next.hitR).toBeLessThanOrEqual(next.x - m.x + 0.1);
        apart++;
      }
    });
    // (Most neighbours are far enough apart for the check to apply.)
    expect(apart).toBeGreaterThan(l.marks.length / 2);
  });

  test('shows the figures as a second line of their labels', () => {
    const lines = (id: string) => byId(l, id).lines.filter((x) => x.event === id);
    expect(lines('russia-report-2019').map((x) => x.text)).toContain('30,023 → 11,490');
    expect(lines('work-visas-2020').at(-1)).toMatchObject({ text: '753 visas', role: 'figure' });
    expect(
      lines('work-visas-2020')
        .slice(0, -1)
        .every((x) => x.role === 'title'),
    ).toBe(true);
  });

  test('keeps each row under 650 px tall at its widest', () => {
    const rowTop = Math.min(...l.marks.filter((m) => m.row === 1).map((m) => m.box.y));
    expect(rowTop).toBeLessThan(650 + SIZE.rowGap);
    expect(l.height - rowTop).toBeLessThan(650);
  });

  test('is laid out once for the same input (layoutOnce)', () => {
    const opts = { width: 920, window: WINDOW };
    expect(layoutOnce(EVENTS, opts)).toBe(layoutOnce([...EVENTS], { ...opts }));
    expect(layoutOnce(EVENTS, opts)).toEqual(l);
  });

  test('lays out the same whatever order the events come in', () => {
    expect(layout([...EVENTS].reverse(), { width: 920, window: WINDOW })).toEqual(l);
  });

  test('marks years, the long gap and the window in the vertical list', () => {
    const rows = new Map(l.list.map((r) => [r.id, r]));
    expect(l.list.map((r) => r.id)[0]).toBe('soviet-agreement-1967');
    expect(rows.get('rapporteur-2015')).toMatchObject({ year: '2015', gap: '48 years later' });
    expect(rows.get('unsc-2321')!.year).toBeUndefined();
    expect(rows.get('unsc-2397')).toMatchObject({ inWindow: true, windowStart: true });
    expect(rows.get('repatriation-deadline-2019')).toMatchObject({ inWindow: true, windowEnd: true });
    expect(rows.get('hwasong-15-2017')!.inWindow).toBe(false);
    expect(rows.get('ofac-namgang-2020')!.inWindow).toBe(false);
  });
});

describe('layout() draws marks too close to tell apart as one group', () => {
  // The widths the tests lay out at (the story draws 920), with all the story's events and the
  // subsets its views show (the resolutions and deadlines; the events from 2020).
  const views = {
    all: EVENTS,
    'resolutions and deadlines': EVENTS.filter((e) => e.kind === 'resolution' || e.kind === 'deadline'),
    'from 2020': EVENTS.filter((e) => e.date >= '2020'),
  };
  const cases = [720, 920, 1200].flatMap((width) =>
    Object.entries(views).map(([name, events]) => ({ width, name, events })),
  );

  test.each(cases)('no two glyphs overlap at $width px ($name)', ({ width, events }) => {
    const l = layoutOnce(events, { width, window: WINDOW });
    expect(overlaps(l)).toEqual([]);
    expect(collisions(l)).toEqual([]);
  });

  test.each(cases)(
    'every event is drawn once, alone or in one group, at $width px ($name)',
    ({ width, events }) => {
      const l = layoutOnce(events, { width, window: WINDOW });
      const drawn = l.marks.flatMap((m) => m.events.map((e) => e.id));
      expect(drawn.sort()).toEqual(events.map((e) => e.id).sort());
      expect(l.marks.reduce((n, m) => n + m.events.length, 0)).toBe(events.length);
    },
  );

  // Laid out once for both kinds of test (the layout is pure; layoutOnce is tested above).
  const l = layoutOnce(EVENTS, { width: 920, window: WINDOW });
  const groups = l.marks.filter((m) => m.events.length > 1);

  test('(the overlap check itself sees two glyphs too close)', () => {
    const [a, b] = [l.marks[3]!, l.marks[4]!];
    const moved = { ...l, marks: l.marks.map((m) => (m === b ? { ...m, x: a.x + 3 } : m)) };
    expect(overlaps(moved)).toContain(`${a.id} and ${b.id}`);
  });

  test('groups the story’s crowded months at 920 px: late 2017, March 2019, December 2019', () => {
    expect(groups.length).toBeGreaterThan(2);
    const holds = (id: string) => byId(l, id).events.length > 1;
    expect(holds('unsc-2397')).toBe(true);
    expect(holds('russia-report-2019')).toBe(true);
    expect(holds('repatriation-deadline-2019')).toBe(true);
    // Most events still stand alone.
    expect(l.marks.length).toBeGreaterThan(EVENTS.length / 2);
  });

  test('puts a group’s glyph at the mean of its events’ dates, and its events in date order', () => {
    for (const g of groups) {
      const mean = g.events.reduce((n, e) => n + e.x, 0) / g.events.length;
      expect(g.x).toBeCloseTo(mean, 0);
      expect(g.id).toBe(g.events[0]!.id);
      const dates = g.events.map((e) => datePoint(e.date));
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
    }
  });

  test('lists each of a group’s events in its label, each with its own glyph by its first line', () => {
    for (const g of groups) {
      expect(g.events.map((e) => e.id)).toEqual([...new Set(g.lines.map((x) => x.event))]);
      for (const e of g.events) {
        const first = g.lines.find((x) => x.event === e.id)!;
        expect(first.role).toBe('title');
        expect(e.glyph.scale).toBe(SIZE.groupGlyphScale);
        expect(e.glyph.y).toBeCloseTo(first.y - 4, 1);
        // Between the leader and the text, inside the label's box.
        expect(e.glyph.x).toBeGreaterThan(g.box.x);
        expect(e.glyph.x).toBeLessThan(g.box.x + g.box.w);
        expect(Math.abs(e.glyph.x - g.x)).toBeLessThan(Math.abs(g.textX - g.x));
      }
    }
    for (const m of l.marks.filter((m) => m.events.length === 1))
      expect(m.events[0]!.glyph).toEqual({ x: m.x, y: m.y, scale: 1 });
  });

  test('groupMarks() merges neighbours whose glyphs would overlap, again until none do', () => {
    const five = () => 5;
    expect(groupMarks([0, 100, 200], five)).toEqual([[0], [1], [2]]);
    expect(groupMarks([0, 5, 100], five)).toEqual([[0, 1], [2]]);
    // 0 and 10 merge into a disc at 5 (radius 8), which 20 just clears: 15 = 8 + 5 + 2.
    expect(groupMarks([0, 10, 20], five)).toEqual([[0, 1], [2]]);
    expect(groupMarks([0, 10, 19], five)).toEqual([[0, 1, 2]]);
    // Events left of the axis break, one slot each, are never merged.
    expect(groupMarks([0, 1, 2], five, 1)).toEqual([[0], [1, 2]]);
  });
});

describe('layout() at other widths and with other events', () => {
  test.each([720, 1200])('keeps labels apart at a %i px wide viewBox', (width) => {
    expect(collisions(layout(EVENTS, { width, window: WINDOW }))).toEqual([]);
  });

  test.each([1, 2, 3, 4])('keeps labels apart in a crowd of 40 random events (seed %i)', (seed) => {
    expect(collisions(layout(crowd(40, seed), { width: 920 }))).toEqual([]);
  });

  test('draws one unbroken axis when no event stands apart', () => {
    const l = layout(
      EVENTS.filter((e) => e.date >= '2017' && e.date < '2021'),
      { width: 920, window: WINDOW },
    );
    expect(l.breaks).toEqual([]);
    expect(l.axis).toHaveLength(1);
    expect(new Date(l.domain[0]).getUTCFullYear()).toBe(2017);
  });

  test('breaks the axis where breakBefore says', () => {
    const l = layout(EVENTS, { width: 920, breakBefore: '2017' });
    expect(l.marks.filter((m) => m.early)).toHaveLength(5);
  });

  test('leaves the band out when the window is outside the events', () => {
    const l = layout(
      EVENTS.filter((e) => e.date >= '2020'),
      { width: 920, window: WINDOW },
    );
    expect(l.band).toBeUndefined();
  });

  test('throws on no events', () => {
    expect(() => layout([], { width: 920 })).toThrow(/no events/);
  });
});

/** 45 events, dense in 2016–2020 and 2023–2025, none in 2021–2022: the story's shape, made up. */
function twoEras(): LayoutEvent[] {
  const words = ['Sanctions', 'on', 'workers', 'sent', 'home', 'report', 'veto', 'entries', 'UN', 'Panel'];
  const at = (i: number) =>
    i < 27
      ? Date.UTC(2016, 0, 10) + Math.floor((i * 5 * 365 * DAY) / 27)
      : Date.UTC(2023, 5, 1) + Math.floor(((i - 27) * 2.4 * 365 * DAY) / 18);
  return Array.from({ length: 45 }, (_, i) => ({
    id: `e${String(i).padStart(2, '0')}`,
    date: new Date(at(i)).toISOString().slice(0, 10),
    kind: i % 3 === 0 ? 'resolution' : 'incident',
    title: Array.from({ length: 2 + ((i * 7) % 5) }, (_w, j) => words[(i + j * 3) % words.length]).join(' '),
    ...(i % 2 === 0 ? { figure: `${(i * 1237) % 90000} workers` } : {}),
  }));
}

describe('layout() with 45 events in two eras', () => {
  const events = twoEras();
  const l = layout(events, { width: 920, window: WINDOW });

  test('goes on in a second row over the empty years, each era across the whole width', () => {
    expect(l.rows).toHaveLength(2);
    expect(l.wraps).toHaveLength(1);
    expect(l.wraps[0]!.from).toBeLessThan(Date.UTC(2021, 0, 1));
    expect(l.wraps[0]!.to).toBeGreaterThan(Date.UTC(2023, 0, 1));
    for (const r of l.rows)
      expect(r.axis[r.axis.length - 1]!.x2 - r.axis[0]!.x1).toBeGreaterThan(0.6 * l.width);
  });

  test('keeps every label clear, the marks in date order in each row, and the band', () => {
    expect(collisions(l)).toEqual([]);
    for (const row of [0, 1]) {
      const xs = [...l.marks.filter((m) => m.row === row)]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m) => m.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
    expect(l.band).toBeDefined();
  });

  test('with too few events after the lull for a row, compresses it behind a break instead', () => {
    const lull = layout(events.slice(0, 33), { width: 920, window: WINDOW });
    expect(lull.rows).toHaveLength(1);
    expect(lull.gaps).toHaveLength(1);
    expect(lull.gaps[0]!.from).toBeLessThan(Date.UTC(2021, 6, 1));
    expect(lull.gaps[0]!.to).toBeGreaterThan(Date.UTC(2023, 0, 1));
    expect(lull.breaks).toHaveLength(1);
    expect(lull.breaks[0]).toBeGreaterThan(lull.axis[0]!.x2);
    expect(lull.breaks[0]).toBeLessThan(lull.axis[1]!.x1);
    expect(lull.tickLabels.map((t) => t.label)).not.toContain('2022');
    expect(collisions(lull)).toEqual([]);
  });

  test('lays out the same whatever order the events come in', () => {
    expect(layout([...events].reverse(), { width: 920, window: WINDOW })).toEqual(l);
  });

  test('never compresses the shaded window', () => {
    // No event inside the window: without it, the stretch would be compressed.
    const around = events.filter((e) => e.date < '2017-12' || e.date > '2020-01');
    const [from, to] = [periodStart(WINDOW.from), datePoint(WINDOW.to)];
    const inWindow = (g: { from: number; to: number }) => g.from < to && g.to > from;
    expect(layout(around, { width: 920 }).gaps.some(inWindow)).toBe(true);
    expect(layout(around, { width: 920, window: WINDOW }).gaps.filter(inWindow)).toEqual([]);
  });

  test('keeps labels apart at 720 and 1200 px too', () => {
    for (const width of [720, 1200]) expect(collisions(layout(events, { width }))).toEqual([]);
  });
});

describe('findGaps() and brokenScale()', () => {
  test('finds a stretch of at least eight months between two events, less two months each side', () => {
    const gaps = findGaps(['2020-11-19', '2022-05-26', '2022-09', '2023-07']);
    expect(gaps.map((g) => [new Date(g.from).toISOString(), new Date(g.to).toISOString()])).toEqual([
      ['2021-02-01T00:00:00.000Z', '2022-04-01T00:00:00.000Z'],
    ]);
    expect(findGaps(['2019-03', '2019-12'])).toEqual([]);
  });

  test('draws a gap as wide as the break and time at one rate elsewhere', () => {
    const domain: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)];
    const gap = { from: Date.UTC(2021, 0, 1), to: Date.UTC(2023, 0, 1) };
    const x = brokenScale(domain, [gap], 100, 522, 22);
    expect(x(domain[0])).toBeCloseTo(100);
    expect(x(domain[1])).toBeCloseTo(522);
    expect(x(gap.to) - x(gap.from)).toBeCloseTo(22);
    // Four years of live time share 400 px (to a leap day).
    expect(x(gap.from) - x(domain[0])).toBeCloseTo(100, 0);
    expect(x(domain[1]) - x(gap.to)).toBeCloseTo(300, 0);
    expect(x(Date.UTC(2022, 0, 1))).toBeGreaterThan(x(gap.from));
    expect(x(Date.UTC(2022, 0, 1))).toBeLessThan(x(gap.to));
  });
});

describe('findEarly()', () => {
  const t = (d: string) => periodStart(d);
  test('counts the leading events with fewer than two others within a year', () => {
    expect(findEarly(['1967', '2015-10', '2016-03', '2016-11', '2016-12'].map(t))).toBe(2);
  });
  test('finds none in a dense run', () => {
    expect(findEarly(['2016-03', '2016-11', '2016-12', '2017-02'].map(t))).toBe(0);
  });
  test('keeps an event in the first year of the axis on the axis', () => {
    expect(findEarly(['2016-01', '2016-11', '2016-12', '2017-02'].map(t))).toBe(0);
  });
});

describe('wrapTitle()', () => {
  test('keeps a short title on one line', () =>
    expect(wrapTitle('Resolution 2397')).toEqual(['Resolution 2397']));
  test('splits a long title into two balanced lines', () =>
    expect(wrapTitle('Primorye governor lobbies to keep workers')).toEqual([
      'Primorye governor',
      'lobbies to keep workers',
    ]));
});

describe('textWidth()', () => {
  test('is wider for bold and proportional to size', () => {
    expect(textWidth('Resolution', 12, true)).toBeGreaterThan(textWidth('Resolution', 12));
    expect(textWidth('Resolution', 24)).toBeCloseTo(2 * textWidth('Resolution', 12));
  });
});
