// The host page's side: finds our iframes and sets each one's height from its own messages.
// Serialized into /embed.js by src/pages/embed.js.ts, so it must use nothing from outside.

export function embedLoader(
  doc: Document,
  script: HTMLScriptElement | null,
  siteOrigin: string,
  type: string,
  pingType: string,
): void {
  const win = doc.defaultView as (Window & Record<symbol, unknown>) | null;
  if (!win) return;
  // The site that served this script (so previews and mirrors work); else the configured one.
  const origin = script?.src ? new URL(script.src).origin : siteOrigin;
  const frames = () => Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe[data-embed]'));
  // The ping carries nothing, so it goes to any origin: a lazy frame not loaded yet is still
  // blank, and naming our origin would make the browser log an error for it.
  const ping = () => frames().forEach((f) => f.contentWindow?.postMessage({ type: pingType }, '*'));
  // The snippet may be pasted several times on one page: listen once. A symbol, because an
  // element with id="sent-abroad:embed-height" would answer to window[type] (named access).
  const once = Symbol.for(type);
  if (!win[once]) {
    win[once] = true;
    win.addEventListener('message', (e: MessageEvent) => {
      const d = e.data;
      if (e.origin !== origin || !d || d.type !== type || !(d.height > 0 && d.height < 1e5)) return;
      // Only the iframe that sent it: another frame of ours must not resize this one.
      for (const f of frames()) if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px';
    });
    // A frame out of view renders throttled, so its own ResizeObserver waits until it scrolls
    // into view: when the host changes width, ask every frame, now and once it has settled.
    let width = win.innerWidth;
    let settle = 0;
    win.addEventListener('resize', () => {
      if (win.innerWidth === width) return;
      width = win.innerWidth;
      ping();
      clearTimeout(settle);
      settle = win.setTimeout(ping, 300);
    });
  }
  // An embed that loaded before this script ran has already spoken: ask it again.
  ping();
}
