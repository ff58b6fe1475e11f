// Behaviour for the prerendered map: the panel for a country (pointer, tap, Tab, arrow keys,
// Escape) and the period switch. The panel shows a copy of the country's row of the data table;
// the period switch sets one attribute and the map's CSS does the shading.
class WorldMapElement extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector<SVGSVGElement>('svg.wm')!;
    const panel = this.querySelector<HTMLElement>('.wm-panel')!;
    const card = panel.querySelector('.wm-card')!;
    // The table is in the same chart frame, in ChartFigure's collapsed "Data table".
    const table = this.closest('[data-chart-figure]')!.querySelector('table')!;
    const heads = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    const rows = [...table.tBodies[0]!.rows];
    const shapes = rows.map((r) => svg.querySelector<SVGElement>(`.wm-c[data-id="${r.dataset.row}"]`)!);
    let current = -1;

    const show = (i: number) => {
      current = i;
      const row = rows[i]!;
      const h = document.createElement('h4');
      const dl = document.createElement('dl');
      h.textContent = row.cells[0]!.textContent;
      for (let c = 1; c < row.cells.length; c++) {
        const [dt, dd] = [document.createElement('dt'), document.createElement('dd')];
        dt.textContent = heads[c]!;
        dd.append(...[...row.cells[c]!.childNodes].map((n) => n.cloneNode(true)));
        dl.append(dt, dd);
      }
      card.replaceChildren(h, dl);
      panel.hidden = false;
      shapes.forEach((s, j) => s.classList.toggle('act', j === i));
    };
    const hide = (refocus = true) => {
      // Focus goes back first, while the panel is still open, so that focusin changes nothing.
      if (refocus) shapes[current]?.focus();
      panel.hidden = true;
      shapes[current]?.classList.remove('act');
    };

    svg.setAttribute('role', 'group');
    shapes.forEach((s, i) => {
      s.tabIndex = i ? -1 : 0;
      s.setAttribute('role', 'button');
      s.setAttribute('aria-label', rows[i]!.cells[0]!.textContent!);
      s.setAttribute('aria-describedby', rows[i]!.id);
    });

    const at = (e: Event) => shapes.indexOf((e.target as Element).closest('.wm-c') as SVGElement);
    const pick = (e: Event) => at(e) >= 0 && (panel.hidden || at(e) !== current) && show(at(e));
    // A panel opened by pointing closes when the pointer leaves the map and its panel; one opened
    // by a click or a tap stays until closed; one opened from the keyboard, until focus leaves.
    let pinned = false;
    const box = svg.closest('.wm-box')!;
    svg.addEventListener('pointerover', (e) => (e as PointerEvent).pointerType !== 'touch' && pick(e));
    box.addEventListener('pointerleave', () => !pinned && !panel.hidden && hide(false));
    // On the custom element, not the <svg>: Chromium makes an SVG element with a focus listener a
    // Tab stop of its own.
    this.addEventListener('focusin', pick);
    this.addEventListener('focusout', (e) => {
      if (!pinned && !panel.hidden && !this.contains((e as FocusEvent).relatedTarget as Node)) hide(false);
    });
    svg.addEventListener('click', (e) => {
      pinned = at(e) >= 0;
      if (pinned) show(at(e));
      else hide(false);
    });
    panel.querySelector('button')!.addEventListener('click', () => {
      pinned = false;
      hide();
    });
    this.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      const i = at(e);
      if (e.key === 'Escape' && !panel.hidden) hide();
      else if (step && i >= 0) {
        e.preventDefault();
        const j = (i + step + shapes.length) % shapes.length;
        shapes.forEach((s, k) => (s.tabIndex = k === j ? 0 : -1));
        shapes[j]!.focus();
      }
    });

    // The live line: the period (for screen readers only, the buttons show it) and its counts.
    const [said, say] = this.querySelectorAll('[aria-live] span');
    this.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      svg.dataset.p = input.value;
      said!.textContent = input.dataset.said!;
      say!.textContent = input.dataset.say!;
    });
  }
}
customElements.define('world-map', WorldMapElement);
