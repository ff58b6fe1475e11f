import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const js of [true, false]) for (const w of [320, 375, 768, 1024, 1280]) {
  const p = await (await b.newContext({ viewport: { width: w, height: 800 }, javaScriptEnabled: js })).newPage();
  await p.goto('http://localhost:4421/');
  const r = await p.evaluate(() => {
    const out = {};
    for (const t of document.querySelectorAll('svg.wm text, svg.wm-mini text')) {
      const bb = t.getBoundingClientRect(); if (bb.width === 0) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
      const svg = t.closest('svg'); const key = svg.id || svg.className.baseVal;
      if (!out[key] || out[key][0] > px) out[key] = [Math.round(px*10)/10, t.textContent.trim(), t.parentNode.getAttribute('class')];
    }
    return out;
  });
  console.log(js ? 'js' : 'nojs', w, JSON.stringify(r));
}
await b.close();
