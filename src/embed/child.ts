// The embed page's side: tells the host page how tall the document is, on load and whenever
// it changes (a new width reflows the chart), in our, pym.js's and AMP's formats.
import { heightMessages, PING } from './protocol.ts';

const pymId = new URLSearchParams(location.search).get('childId');
let sent = 0;

function send(force = false): void {
  if (parent === window) return;
  // The <html> box, not scrollHeight: scrollHeight never drops below the iframe's own height.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === sent && !force) return;
  sent = height;
  for (const m of heightMessages(height, pymId)) parent.postMessage(m, '*');
}

new ResizeObserver(() => send()).observe(document.documentElement);
// Off screen, the observer is throttled with rendering; the host's ping (sent when its width
// changes) and our own resize event get an answer measured there and then.
addEventListener('resize', () => send());
addEventListener('message', (e) => {
  if (e.source === parent && e.data?.type === PING) send(true);
});
