// The map's geometry, as plain data: (deployments, size, options) → paths, circles, labels.
// Runs at build time only; the browser gets the SVG it produces, never TopoJSON or d3-geo.
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { PERIODS, type Deployment, type Period, type Status } from '../../data/schemas.ts';
import { loadAtlas, type CountryProps } from '../../data/atlas.ts';
import { countsWorkers, figureForPeriod, symbolKind, type Figure, type SymbolKind } from './figures.ts';
import { circleBox, placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels.ts';
import { pathData } from './geometry.ts';
import { coverCost } from './cover.ts';
import { round } from '../kit/round.ts';
import { radiusOf, sizeKey, statusKey, type CircleScale, type SizeKey, type StatusKey } from './keys.ts';

/** The country the workers come from, drawn and labelled on every map. */
export const ORIGIN = { id: 'PRK', numeric: '408', name: 'North Korea' } as const;

/** Where the workers went, from Namibia and Europe to the Russian Far East: the phone framing. */
export const REGION = { west: -20, east: 150, south: -36, north: 74 } as const;

/** Labels too long for the crowded Gulf get their usual short form. */
const SHORT_NAMES: Record<string, string> = { ARE: 'UAE' };

/** The name a map label shows for a country. */
export const labelName = (c: { id: string; name: string }) => SHORT_NAMES[c.id] ?? c.name;

export type Frame = 'world' | 'region';

export interface LayoutOptions {
  /** 'world': Equal Earth without Antarctica; 'region': Equal Earth centred on REGION, cropped to it. */
  frame: Frame;
  /** Width of the viewBox, in map units. */
  width: number;
  /** Grid steps per map unit for coordinates (1 = whole units, 2 = half units). */
  precision?: number;
  /** How far, in map units, simplified land and borders may stray from the atlas's lines. */
  tolerance?: number;
  /** Countries named first when labels compete for room (ISO alpha-3). */
  highlight?: readonly string[];
  /** Label font size in map units; 0 draws no labels. */
  labelSize?: number;
  /** Label size on the phone framing of a world map. */
  cropLabelSize?: number;
  /** Radius, in map units, of the circle for the largest figure in the data. */
  rMax?: number;
}

export interface CountryShape {
  id: string;
  name: string;
  d: string;
  status: Record<Period, Status>;
  /** Where its circle and label hang: the centre of its largest part. */
  x: number;
  y: number;
  /** Box of everything drawn of it, for framing. */
  bounds: Box;
}

export interface MapSymbol {
  id: string;
  period: Period;
  kind: SymbolKind;
  x: number;
  y: number;
  /** Radius of the value, or of the top of a range. */
  r: number;
  /** Radius of the bottom of a range. */
  rLow?: number;
  figure: Figure;
}

export interface PlaceMark {
  id: string;
  name: string;
  country: string;
  x: number;
  y: number;
}

export interface MapLayout {
  frame: Frame;
  width: number;
  height: number;
  land: string;
  borders: string;
  origin: CountryShape;
  countries: CountryShape[];
  /** Largest first, so small circles are drawn on top. */
  symbols: MapSymbol[];
  places: PlaceMark[];
  labels: PlacedLabel[];
  labelSize: number;
  /** On a world map: the box a phone shows instead of the whole world, with its own labels. */
  crop?: { box: Box; labels: PlacedLabel[]; labelSize: number };
  /** value → radius (radiusOf in keys.ts): the marks' and the size keys' one scale. */
  scale: CircleScale;
  /** On a world map: its keys, in empty ocean (the South Pacific; the Indian Ocean for the crop). */
  keys?: { status: StatusKey; size: SizeKey; cropSize?: SizeKey };
  /** Projects [lon, lat] to map units. */
  project: (lonLat: [number, number]) => [number, number];
  /** What a label box (map units) costs label `id`: 0 on its own country or the sea (cover.ts). */
  labelCost: (box: Box, id: string) => number;
}

type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

let atlasFeatures: { byId: Map<string, CountryFeature>; all: CountryFeature[] } | undefined;

/** The atlas as GeoJSON, converted once per build. */
function countryFeatures() {
  if (!atlasFeatures) {
    const topo = loadAtlas();
    const all = (
      feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>
    ).features;
    atlasFeatures = { all, byId: new Map(all.map((f) => [String(f.id), f])) };
  }
  return atlasFeatures;
}

const ANTARCTICA = '010';

let americas: Set<string> | undefined;

/** Countries of the Americas: no worker went there, so the map leaves out their borders. */
function inAmericas(id: string | number | undefined): boolean {
  americas ??= new Set(
    countryFeatures()
      .all.filter((f) => geoCentroid(f)[0] < -30)
      .map((f) => String(f.id)),
  );
  return americas.has(String(id));
}

/** The region's outline, densified so that curved meridians are followed. */
function regionOutline(): Feature<LineString> {
  const { west, east, south, north } = REGION;
  const coords: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 5) coords.push([lon, north]);
  for (let lat = north; lat >= south; lat -= 5) coords.push([east, lat]);
  for (let lon = east; lon >= west; lon -= 5) coords.push([lon, south]);
  for (let lat = south; lat <= north; lat += 5) coords.push([west, lat]);
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } };
}

function projectionFor(frame: Frame, width: number): { projection: GeoProjection; height: number } {
  if (frame === 'world') {
    const features = countryFeatures().all.filter((f) => f.id !== ANTARCTICA);
    const first = geoPath(geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features }));
    // Islands astride the antimeridian (Fiji) span the whole width; fit to the rest.
    const world: FeatureCollection = {
      type: 'FeatureCollection',
      features: features.filter((f) => {
        const [[x0], [x1]] = first.bounds(f);
        return x1 - x0 < width / 2;
      }),
    };
    const projection = geoEqualEarth().fitWidth(width, world);
    const [[, y0], [, y1]] = geoPath(projection).bounds(world);
    const height = Math.ceil(y1 - y0);
    projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
    return { projection, height };
  }
  const outline = regionOutline();
  const projection = geoEqualEarth()
    .rotate([-(REGION.west + REGION.east) / 2, 0])
    .fitWidth(width, outline);
  const [, [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** Parts of a (multi)polygon as separate features, to find the main one. */
function parts(f: CountryFeature): Feature<Polygon>[] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polys.map((coordinates) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
}

function shape(
  f: CountryFeature,
  projection: GeoProjection,
  precision: number,
  tolerance: number,
  info: { id: string; name: string; status: Record<Period, Status> },
): CountryShape & { room: number } {
  const path = geoPath(projection);
  const main = parts(f).reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
  const [x, y] = path.centroid(main);
  const [[mx0], [mx1]] = path.bounds(main);
  const [[x0, y0], [x1, y1]] = path.bounds(f);
  return {
    ...info,
    d: pathData(projection, f, precision, tolerance / 2),
    x: round(x),
    y: round(y),
    bounds: { x0, y0, x1, y1 },
    room: mx1 - mx0,
  };
}

/** The largest figure in the data: the top of the circle scale. */
export function maxFigure(deployments: readonly Deployment[]): number {
  return Math.max(
    1,
    ...deployments.flatMap((d) => d.figures.filter(countsWorkers).map((f) => f.value ?? f.high ?? 0)),
  );
}

export function layout(deployments: readonly Deployment[], options: LayoutOptions): MapLayout {
  const { frame, width, precision = 1, tolerance = 0.6, highlight = [], labelSize = 13 } = options;
  const rMax = options.rMax ?? width / 36;
  const { projection, height } = projectionFor(frame, width);
  const { byId } = countryFeatures();
  const topo = loadAtlas();
  const drawn = topo.objects.countries.geometries.filter(
    (g): g is TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps> =>
      g.id !== ANTARCTICA && (g.type === 'Polygon' || g.type === 'MultiPolygon'),
  );

  const PERIOD_ORIGIN = Object.fromEntries(PERIODS.map((p) => [p, 'unknown'])) as Record<Period, Status>;
  const originFeature = byId.get(ORIGIN.numeric);
  if (!originFeature) throw new Error(`The atlas has no ${ORIGIN.name} (${ORIGIN.numeric}).`);
  const origin = shape(originFeature, projection, precision, tolerance, { ...ORIGIN, status: PERIOD_ORIGIN });

  const countries = deployments.map((d) => {
    const f = byId.get(d.isoNumeric);
    if (!f)
      throw new Error(`${d.name}: no country with ISO numeric code ${d.isoNumeric} in the world atlas.`);
    return shape(f, projection, precision, tolerance, { id: d.iso3, name: d.name, status: d.status });
  });

  const vMax = maxFigure(deployments);
  const scale = { vMax, rMax };
  const radius = (v: number) => radiusOf(scale, v);
  const symbols: MapSymbol[] = [];
  deployments.forEach((d, i) => {
    const c = countries[i]!;
    for (const period of PERIODS) {
      const f = figureForPeriod(d.figures, period);
      if (!f) continue;
      const kind = symbolKind(f);
      symbols.push({
        id: d.iso3,
        period,
        kind,
        x: c.x,
        y: c.y,
        r: radius(f.value ?? f.high!),
        ...(kind === 'range' ? { rLow: radius(f.low!) } : {}),
        figure: f,
      });
    }
  });
  symbols.sort((a, b) => b.r - a.r || a.id.localeCompare(b.id));

  const project = (p: [number, number]): [number, number] => {
    const [x, y] = projection(p) ?? [NaN, NaN];
    return [round(x), round(y)];
  };
  const places = deployments.flatMap((d) =>
    d.places.map((p) => {
      const [x, y] = project([p.lon, p.lat]);
      return { id: p.id, name: p.name, country: d.iso3, x, y };
    }),
  );

  // Labels: the origin, the highlighted countries, then by size of the largest circle, then the
  // larger shapes first (a big country has more good spots to lose to a small neighbour).
  const biggest = new Map<string, number>();
  for (const s of symbols) biggest.set(s.id, Math.max(biggest.get(s.id) ?? 0, s.r));
  const rank = (c: CountryShape) =>
    (highlight.includes(c.id) ? 1e6 : 0) +
    (biggest.get(c.id) ?? 0) * 10 +
    (PERIODS.some((p) => c.status[p] === 'hosting') ? 5 : 0);
  const requests: LabelRequest[] = [
    { id: origin.id, text: origin.name, x: origin.x, y: origin.y, r: 0, room: origin.room },
    ...[...countries]
      .sort((a, b) => rank(b) - rank(a) || b.room - a.room || a.id.localeCompare(b.id))
      .map((c) => ({
        id: c.id,
        text: labelName(c),
        x: c.x,
        y: c.y,
        r: biggest.get(c.id) ?? 0,
        room: c.room,
      })),
    ...places.map((p) => ({ id: p.id, text: p.name, x: p.x, y: p.y, r: 2.5 })),
  ];
  const marks = [
    ...countries.filter((c) => biggest.has(c.id)).map((c) => circleBox(c.x, c.y, biggest.get(c.id)!)),
    ...places.map((p) => circleBox(p.x, p.y, 2.5)),
  ];
  // A spot costs what it covers (cover.ts); when every spot beside the mark costs more than a
  // leader line, the name stands off, joined to its mark by a line.
  const cost = coverCost(
    projection,
    [
      { id: origin.id, shape: originFeature },
      ...deployments.map((d) => ({ id: d.iso3, shape: byId.get(d.isoNumeric)! })),
    ],
    merge(topo, drawn),
    new Map(places.map((p) => [p.id, p.country])),
  );
  const label = (frameBox: Box, size: number) =>
    size > 0
      ? placeLabels(
          requests.filter(
            (q) => q.x >= frameBox.x0 && q.x <= frameBox.x1 && q.y >= frameBox.y0 && q.y <= frameBox.y1,
          ),
          marks,
          frameBox,
          size,
          { cost, leaders: 2.5, keepClear: [origin, ...countries] },
        )
      : [];

  const whole = { x0: 0, y0: 0, x1: width, y1: height };
  const out: MapLayout = {
    frame,
    width,
    height,
    // Islands smaller than about two by two units are specks at this scale.
    land: pathData(projection, merge(topo, drawn), precision, tolerance, 4),
    borders: pathData(
      projection,
      mesh(topo, topo.objects.countries, (a, b) => a !== b && !(inAmericas(a.id) && inAmericas(b.id))),
      precision,
      tolerance,
    ),
    origin: strip(origin),
    countries: countries.map(strip),
    symbols,
    places,
    labels: label(whole, labelSize),
    labelSize,
    scale,
    project,
    labelCost: cost,
  };
  if (frame === 'world') {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(regionOutline());
    const box = {
      x0: Math.floor(x0),
      y0: Math.max(0, Math.floor(y0)),
      x1: Math.ceil(x1),
      y1: Math.min(height, Math.ceil(y1)),
    };
    const cropLabelSize = options.cropLabelSize ?? labelSize;
    out.crop = { box, labels: label(box, cropLabelSize), labelSize: cropLabelSize };
    const keyBottom = height - 12;
    const [cx, cy] = project([58, -34]);
    out.keys = {
      size: sizeKey(scale, 12, keyBottom, 13),
      // Above the size key, with room for its largest circle and title.
      status: statusKey(keyBottom - 2 * rMax - 36),
      // The crop's key is read at the crop's label size.
      cropSize: sizeKey(scale, cx, cy, cropLabelSize),
    };
  }
  return out;
}

const laidOut = new WeakMap<readonly Deployment[], Map<string, MapLayout>>();

/** layout(), once per distinct input in a build: every period's embed page draws the same map. */
export function layoutOnce(deployments: readonly Deployment[], options: LayoutOptions): MapLayout {
  let byOptions = laidOut.get(deployments);
  if (!byOptions) laidOut.set(deployments, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let map = byOptions.get(key);
  if (!map) byOptions.set(key, (map = layout(deployments, options)));
  return map;
}

function strip({ room: _room, ...c }: CountryShape & { room: number }): CountryShape {
  return c;
}
