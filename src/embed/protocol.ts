// The messages an embed page sends its host: our own, pym.js's and AMP's, so hosts that already
// run pym.js or amp-iframe resize our charts with the listener they have.

/** Our loader's message: `{ type: HEIGHT, height }`. */
export const HEIGHT = 'sent-abroad:embed-height';
/** The loader asks an embed that loaded before it did to say its height again. */
export const PING = 'sent-abroad:embed-ping';

export type HeightMessage = string | { type: string; height: number; sentinel?: string };

/** Everything to post to the parent for a document `height` px tall. */
export function heightMessages(height: number, pymChildId?: string | null): HeightMessage[] {
  const messages: HeightMessage[] = [
    { type: HEIGHT, height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  // pym.js's parent adds ?childId=… to the iframe URL and matches `pym<d>id<d>height<d>value`.
  if (pymChildId) messages.push(['pym', pymChildId, 'height', String(height)].join('xPYMx'));
  return messages;
}
