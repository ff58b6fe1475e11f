// The world atlas (Natural Earth 1:110m via world-atlas), read at build time only: the map draws
// it, and the data checks (story.ts) accept only country codes it has.
import world from 'world-atlas/countries-110m.json';
import type { Topology, GeometryCollection } from 'topojson-specification';

export type CountryProps = { name: string };
export type WorldTopology = Topology<{
  countries: GeometryCollection<CountryProps>;
  land: GeometryCollection;
}>;

export function loadAtlas(): WorldTopology {
  return world as unknown as WorldTopology;
}

/** ISO 3166-1 numeric codes of the countries the atlas draws. */
export function atlasCountryIds(): Set<string> {
  return new Set(
    loadAtlas()
      .objects.countries.geometries.map((g) => g.id)
      .filter((id): id is string => typeof id === 'string'),
  );
}
