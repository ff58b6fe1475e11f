import { describe, expect, test } from 'vitest';
import { AstroError } from 'astro/errors';
import { parseCountries, parsePeriod, parsePlaces, words } from './props.ts';
import { realDeployments } from '../../../tests/fixtures/world-map.ts';

const deployments = realDeployments();

describe('map tag props', () => {
  test('words() splits on any run of spaces', () => {
    expect(words('  RUS   CHN ')).toEqual(['RUS', 'CHN']);
    expect(words(undefined)).toEqual([]);
  });

  test('parsePeriod() accepts the three periods, as text or number, and defaults', () => {
    expect(parsePeriod('WorldMap', '2017', '2019')).toBe('2017');
    expect(parsePeriod('WorldMap', 2020, '2019')).toBe('2020');
    expect(parsePeriod('WorldMap', undefined, '2019')).toBe('2019');
  });

  test('parsePeriod() throws an AstroError naming the tag, prop and value', () => {
    expect(() => parsePeriod('MapStep', '2018', '2019')).toThrow(AstroError);
    expect(() => parsePeriod('MapStep', '2018', '2019')).toThrow(/<MapStep period="2018">.*"2018"/);
  });

  test('parseCountries() accepts codes from the data and PRK', () => {
    expect(parseCountries('WorldMap', 'highlight', 'RUS PRK', deployments)).toEqual(['RUS', 'PRK']);
  });

  test('parseCountries() rejects a code that is not in the data', () => {
    expect(() => parseCountries('MapStep', 'highlight', 'RUS USA', deployments)).toThrow(
      /<MapStep highlight="RUS USA">: unknown country code "USA"/,
    );
    expect(() => parseCountries('MapStep', 'highlight', 'rus', deployments)).toThrow(AstroError);
  });

  test('parsePlaces() accepts place ids and rejects others', () => {
    expect(parsePlaces('MapStep', 'moscow irkutsk', deployments)).toEqual(['moscow', 'irkutsk']);
    expect(() => parsePlaces('MapStep', 'moscow pyongyang', deployments)).toThrow(
      /<MapStep places="moscow pyongyang">: unknown place id "pyongyang"/,
    );
  });
});
