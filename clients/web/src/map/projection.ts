// The map's projection: equirectangular around the view's centre, fine for a city-sized view.

/** What the map shows: its centre and how many pixels one degree of latitude takes. */
export interface View {
  lng: number;
  lat: number;
  pxPerDegree: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

const cosLat = (view: View) => Math.cos((view.lat * Math.PI) / 180);

/** [lng, lat] to SVG pixels. */
export const toScreen = (view: View, size: Size, [lng, lat]: readonly number[]): [number, number] => [
  size.width / 2 + (lng! - view.lng) * view.pxPerDegree * cosLat(view),
  size.height / 2 - (lat! - view.lat) * view.pxPerDegree,
];

/** SVG pixels to [lng, lat]. */
export const toLngLat = (view: View, size: Size, x: number, y: number): [number, number] => [
  view.lng + (x - size.width / 2) / (view.pxPerDegree * cosLat(view)),
  view.lat - (y - size.height / 2) / view.pxPerDegree,
];

/** The box of the map the view shows, for the bbox query and subscription. */
export function bboxOf(view: View, size: Size): BBox {
  const [minLng, maxLat] = toLngLat(view, size, 0, 0);
  const [maxLng, minLat] = toLngLat(view, size, size.width, size.height);
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return { minLng: r(minLng), minLat: r(minLat), maxLng: r(maxLng), maxLat: r(maxLat) };
}

/** An SVG path for a GeoJSON polygon's rings. */
export function pathOf(view: View, size: Size, rings: number[][][]): string {
  return rings.map((ring) => ring.map((p, i) => `${i ? 'L' : 'M'}${toScreen(view, size, p).map((v) => v.toFixed(1)).join(' ')}`).join('') + 'Z').join('');
}

/** Zooms by `factor` keeping the point under (x, y) where it is. Bounded to street … city zooms. */
export function zoomAt(view: View, size: Size, factor: number, x = size.width / 2, y = size.height / 2): View {
  const pxPerDegree = Math.min(2_000_000, Math.max(20_000, view.pxPerDegree * factor));
  const [lng, lat] = toLngLat(view, size, x, y);
  const next = { ...view, pxPerDegree };
  const [lng2, lat2] = toLngLat(next, size, x, y);
  return { ...next, lng: view.lng + (lng - lng2), lat: view.lat + (lat - lat2) };
}
