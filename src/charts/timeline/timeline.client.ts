// Behaviour only; the timeline is complete without it. Pointing at, tapping or focusing an event
// selects it (its card or list item opens); arrow keys, Home and End move between the events on
// show; Escape clears; the kind toggles hide and show kinds; #<prefix><id> selects on arrival.
import { eventIdFromHash } from './hash.ts';

class TimelineChart extends HTMLElement {
  connectedCallback() {
    const all = (sel: string) => [...this.querySelectorAll<HTMLElement>(sel)];
    const off = () => (this.dataset.off ?? '').split(' ');
    const shown = (el: HTMLElement) => !off().includes(el.closest<HTMLElement>('[data-kind]')!.dataset.kind!);
    const idOf = (el: Element) => el.closest('[data-id]')!.getAttribute('data-id')!;
    // Two ways to move through the events, one per arrangement: SVG marks and list titles.
    const sets = [all('.timeline-mark'), all('.timeline-title-link')];
    const setOf = (el: HTMLElement) => sets.find((s) => s.includes(el))!;
    const rove = (set: HTMLElement[], cur?: HTMLElement) =>
      set.forEach((el) => (el.tabIndex = el === (cur ?? set.find(shown)) ? 0 : -1));
    const select = (id?: string) => {
      for (const el of all('.is-sel')) el.classList.remove('is-sel');
      // Compared, not put into a selector: the id may come from the address bar.
      for (const el of all('[data-id]')) if (id && el.dataset.id === id) el.classList.add('is-sel');
      for (const el of sets[1]!) el.setAttribute('aria-expanded', String(idOf(el) === id));
    };
    // A group's glyph stands for its first event on show (its label lists them all).
    const firstOf = (el: Element | null | undefined) =>
      [...(el?.closest('.timeline-group')?.querySelectorAll<HTMLElement>('.timeline-mark') ?? [])].find(
        shown,
      );
    const target = (e: Event) => {
      const el = e.target as Element;
      return el.closest?.('.timeline-group-mark')
        ? firstOf(el)
        : el.closest?.<HTMLElement>('.timeline-mark,.timeline-title-link');
    };
    // A group counts the events it shows; with none on show it is hidden.
    const recount = () => {
      for (const g of all('.timeline-group')) {
        const n = [...g.querySelectorAll<HTMLElement>('.timeline-mark')].filter(shown).length;
        g.querySelector('.timeline-count')!.textContent = String(n);
        g.toggleAttribute('hidden', n === 0);
      }
    };
    sets.forEach((s) => rove(s));

    this.addEventListener('click', (e) => {
      const a = target(e);
      if (a) {
        e.preventDefault();
        select(idOf(a));
      }
    });
    this.addEventListener('focusin', (e) => {
      const a = target(e);
      if (a) {
        rove(setOf(a), a);
        select(idOf(a));
      }
    });
    this.addEventListener('pointerover', (e) => {
      const hit = (e.target as Element).closest?.('.timeline-hit');
      const a = hit?.closest('.timeline-group-mark') ? firstOf(hit) : hit;
      if (a && e.pointerType === 'mouse') select(idOf(a));
    });
    this.addEventListener('keydown', (e) => {
      const a = target(e);
      if (!a) return;
      if (e.key === 'Escape') return select();
      const set = setOf(a).filter(shown);
      const i = set.indexOf(a);
      const to = {
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        Home: 0,
        End: set.length - 1,
      }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      set[Math.max(0, Math.min(set.length - 1, to))]!.focus();
    });
    for (const b of all('button[data-kind]'))
      b.addEventListener('click', () => {
        b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') === 'false'));
        this.dataset.off = all('button[aria-pressed="false"]')
          .map((x) => x.dataset.kind)
          .join(' ');
        const sel = this.querySelector<HTMLElement>('.is-sel');
        if (sel && !shown(sel)) select();
        sets.forEach((s) => rove(s));
        recount();
      });

    const prefix = this.dataset.prefix!;
    const fromHash = (land = false) => {
      const id = eventIdFromHash(location.hash, prefix);
      const card = id === undefined ? null : document.getElementById(prefix + id);
      if (!card || !this.contains(card) || !card.matches('li.timeline-card')) return;
      select(id);
      // The browser's own scroll to the fragment loses to a smooth scroll still under way (the
      // one that brought a just-focused link into view): scroll last, to the card itself.
      if (land) card.scrollIntoView({ block: 'start' });
    };
    addEventListener('hashchange', () => fromHash(true));
    // A link to the event already in the address bar fires no hashchange: after the keyboard
    // has moved the selection on, following it again must still select (and show) its event.
    document.addEventListener('click', (e) => {
      const a = (e.target as Element).closest?.('a[href^="#"]');
      if (a && a.getAttribute('href') === location.hash) fromHash(true);
    });
    fromHash();
  }
}

customElements.define('timeline-chart', TimelineChart);
