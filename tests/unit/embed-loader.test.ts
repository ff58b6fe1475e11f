import { describe, expect, it } from 'vitest';
import { embedLoader } from '../../src/embed/loader.ts';
import { HEIGHT, PING, heightMessages } from '../../src/embed/protocol.ts';

const SITE = 'https://news.example';

/** A host page with two of our iframes, enough of the DOM for the loader. */
function host(named: Record<string, unknown> = {}) {
  const listeners: ((e: Partial<MessageEvent>) => void)[] = [];
  const resizes: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const posted: unknown[][] = [];
  const frame = () => {
    const contentWindow = { postMessage: (...a: unknown[]) => posted.push(a) };
    return { style: { height: '' }, contentWindow };
  };
  const frames = [frame(), frame()];
  const win = {
    ...named,
    innerWidth: 1200,
    addEventListener: (type: string, f: (e: Partial<MessageEvent>) => void) =>
      (type === 'resize' ? resizes : listeners).push(f as () => void),
    setTimeout: (f: () => void) => timers.push(f),
  };
  const doc = { defaultView: win, querySelectorAll: () => frames } as unknown as Document;
  const send = (e: Partial<MessageEvent>) => listeners.forEach((f) => f(e));
  return { doc, win, frames, listeners, resizes, timers, posted, send };
}

const script = (src: string) => ({ src }) as HTMLScriptElement;

describe('embedLoader()', () => {
  it('sets the height of the iframe that sent our message', () => {
    const h = host();
    embedLoader(h.doc, script(`${SITE}/embed.js`), 'http://localhost:4321', HEIGHT, PING);
    h.send({ origin: SITE, source: h.frames[1]!.contentWindow as never, data: heightMessages(633.4)[0] });
    expect(h.frames.map((f) => f.style.height)).toEqual(['', '634px']);
  });

  it('ignores messages from another origin, from no frame of ours, or of another kind', () => {
    const h = host();
    embedLoader(h.doc, script(`${SITE}/embed.js`), SITE, HEIGHT, PING);
    const source = h.frames[0]!.contentWindow as never;
    h.send({ origin: 'https://evil.example', source, data: { type: HEIGHT, height: 10 } });
    h.send({ origin: SITE, source: {} as never, data: { type: HEIGHT, height: 10 } });
    h.send({ origin: SITE, source, data: { type: 'other', height: 10 } });
    h.send({ origin: SITE, source, data: { type: HEIGHT, height: -5 } });
    h.send({ origin: SITE, source, data: 'pymxPYMxaxPYMxheightxPYMx10' });
    expect(h.frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  it('trusts the origin it was served from, else the configured site', () => {
    const h = host();
    embedLoader(h.doc, null, SITE, HEIGHT, PING);
    h.send({
      origin: SITE,
      source: h.frames[0]!.contentWindow as never,
      data: { type: HEIGHT, height: 300 },
    });
    expect(h.frames[0]!.style.height).toBe('300px');
  });

  it('listens once however often the snippet is pasted, and asks every frame for its height', () => {
    const h = host();
    embedLoader(h.doc, script(`${SITE}/embed.js`), SITE, HEIGHT, PING);
    embedLoader(h.doc, script(`${SITE}/embed.js`), SITE, HEIGHT, PING);
    expect(h.listeners).toHaveLength(1);
    // The ping carries nothing; it goes to any origin so that a blank lazy frame logs no error.
    expect(h.posted).toEqual(Array(4).fill([{ type: PING }, '*']));
  });

  it('is not switched off by a host element whose id is the message type', () => {
    // Named access: <div id="sent-abroad:embed-height"> makes window[that id] the element.
    const h = host({ [HEIGHT]: { tagName: 'DIV' } });
    embedLoader(h.doc, script(`${SITE}/embed.js`), SITE, HEIGHT, PING);
    expect(h.listeners).toHaveLength(1);
    h.send({
      origin: SITE,
      source: h.frames[0]!.contentWindow as never,
      data: { type: HEIGHT, height: 420 },
    });
    expect(h.frames[0]!.style.height).toBe('420px');
  });

  it('asks every frame again when the host page changes width, and once more when it settles', () => {
    const h = host();
    embedLoader(h.doc, script(`${SITE}/embed.js`), SITE, HEIGHT, PING);
    h.posted.length = 0;
    h.resizes.forEach((f) => f());
    expect(h.posted).toEqual([]);
    h.win.innerWidth = 400;
    h.resizes.forEach((f) => f());
    expect(h.posted).toHaveLength(2);
    h.timers.forEach((f) => f());
    expect(h.posted).toEqual(Array(4).fill([{ type: PING }, '*']));
  });

  it('survives serialization: /embed.js runs its source text', () => {
    const h = host();
    const run = new Function(
      'doc',
      'script',
      `(${embedLoader.toString()})(doc, script, ${JSON.stringify(SITE)}, ${JSON.stringify(HEIGHT)}, ${JSON.stringify(PING)})`,
    );
    run(h.doc, null);
    h.send({ origin: SITE, source: h.frames[0]!.contentWindow as never, data: { type: HEIGHT, height: 99 } });
    expect(h.frames[0]!.style.height).toBe('99px');
  });
});
