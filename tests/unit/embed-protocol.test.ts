import { describe, expect, it } from 'vitest';
import { HEIGHT, heightMessages } from '../../src/embed/protocol.ts';

describe('heightMessages()', () => {
  it('sends our message and AMP’s embed-size message', () => {
    expect(heightMessages(640)).toEqual([
      { type: HEIGHT, height: 640 },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
    ]);
  });

  it('adds pym.js’s string message when pym gave the page a childId', () => {
    const pym = heightMessages(512, 'chart-1')[2];
    expect(pym).toBe('pymxPYMxchart-1xPYMxheightxPYMx512');
    // The regex pym.js's Parent matches messages with (pym.v1.js, _makeMessageRegex).
    const match = /^pymxPYMxchart-1xPYMx(\S+)xPYMx(.*)$/.exec(pym as string);
    expect(match?.slice(1)).toEqual(['height', '512']);
  });
});
