// The scrollytelling stage: as each step reaches the middle of the screen, the sticky map takes
// that step's period, outlines and zoom. Without it (no JS, reduced motion, print) the steps
// are read in order with their own static maps.
import { decodeStep, STEP_ATTR } from './step-format.ts';

class MapScrollyElement extends HTMLElement {
  connectedCallback() {
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const svg = this.querySelector<SVGSVGElement>('svg.wm')!;
    const zoom = svg.querySelector<SVGGElement>('.wm-z')!;
    const now = this.querySelector('.scrolly-now')!;
    const steps = [...this.querySelectorAll<HTMLElement>(`[${STEP_ATTR}]`)];
    const overlays = [...svg.querySelectorAll('.wm-ov')];
    // A phone shows the stage in a tall box: each step has its own framing for it (steps.ts).
    const phone = matchMedia('(max-width: 40rem)');
    let current = -1;
    const show = (i: number) => {
      current = i;
      const s = steps[i]!;
      const { highlight, period } = decodeStep(s.getAttribute(STEP_ATTR)!);
      svg.dataset.p = period;
      svg.dataset.step = String(i);
      zoom.style.transform = (phone.matches ? s.dataset.tPhone : s.dataset.t)!;
      now.textContent = s.dataset.now!;
      overlays.forEach((g, j) => g.classList.toggle('on', j === i));
      steps.forEach((x, j) => x.classList.toggle('on', j === i));
      for (const u of svg.querySelectorAll('.wm-hl'))
        u.classList.toggle('on', highlight.includes(u.getAttribute('data-hl')!));
    };
    phone.addEventListener('change', () => current >= 0 && show(current));
    // A step takes over at the middle of the screen; on a phone, of the text's window under the map.
    const io = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && show(steps.indexOf(e.target as HTMLElement))),
      { rootMargin: phone.matches ? '-78% 0px -22% 0px' : '-50% 0px -50% 0px' },
    );
    steps.forEach((s) => io.observe(s));
  }
}
customElements.define('map-scrolly', MapScrollyElement);
