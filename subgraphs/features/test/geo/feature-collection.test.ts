import { parseFeatureCollection } from '../../src/geo/feature-collection.ts';
import { GeometryError, type Polygon } from '../../src/geo/geometry.ts';

const square = (x: number, y: number, size = 0.0005): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const feature = (id: unknown, properties: Record<string, unknown> | null = {}, geometry: unknown = square(0, 0)) => ({ type: 'Feature', id, geometry, properties });
const defaults = { asset: 'PSC', price: '100', landUse: 'residential' as const };

describe('parseFeatureCollection', () => {
  it('reads ids, geometry, land use, price and asset, falling back to the defaults', () => {
    const parcels = parseFeatureCollection(
      collection([
        feature('a-1'),
        { type: 'Feature', geometry: square(0, 0.001), properties: { id: 'b.2:x_Y', landUse: 'commercial', price: 12.5, asset: 'IRR' } },
        feature(42, null, square(0, 0.002)),
        feature('ignored', { id: 'props-win', price: '007.50' }),
      ]),
      defaults,
    );
    expect(parcels.map(({ id, landUse, price, asset }) => ({ id, landUse, price, asset }))).toEqual([
      { id: 'a-1', landUse: 'residential', price: '100', asset: 'PSC' },
      { id: 'b.2:x_Y', landUse: 'commercial', price: '12.5', asset: 'IRR' },
      { id: '42', landUse: 'residential', price: '100', asset: 'PSC' },
      { id: 'props-win', landUse: 'residential', price: '7.5', asset: 'PSC' },
    ]);
    expect(parcels[0]!.geometry).toEqual(square(0, 0));
  });

  it('returns nothing for an empty collection', () => {
    expect(parseFeatureCollection(collection([]), defaults)).toEqual([]);
  });

  it.each([
    ['"12.50"', '12.50', '12.5'],
    ['"0"', '0', '0'],
    ['"000.000"', '000.000', '0'],
    ['a 10-digit price with 10 decimals', '9999999999.0000000001', '9999999999.0000000001'],
    ['trailing zeros beyond 10 decimals', '1.500000000000', '1.5'],
    ['the number 12', 12, '12'],
    ['the number 0.1', 0.1, '0.1'],
    ['the number 1e-7', 1e-7, '0.0000001'],
    ['the number 123456789.123', 123456789.123, '123456789.123'],
  ])('normalises the price %s', (_label, price, expected) => {
    expect(parseFeatureCollection(collection([feature('p', { price })]), defaults)[0]!.price).toBe(expected);
  });

  it.each([
    ['a negative price', { price: '-5' }, /feature 0 \(p\): price "-5" is not a non-negative decimal/],
    ['a negative number', { price: -5 }, /price -5 is negative/],
    ['a price in words', { price: 'ten' }, /price "ten" is not a non-negative decimal/],
    ['an exponent in a string', { price: '1e3' }, /is not a non-negative decimal/],
    ['11 fractional digits', { price: '0.00000000001' }, /more than 10 fractional digits/],
    ['a float that is not the decimal it looks like', { price: 0.1 + 0.2 }, /more than 10 fractional digits/],
    ['11 integer digits', { price: '12345678901' }, /more than 10 digits before the decimal point/],
    ['a huge number', { price: 1e21 }, /more than 10 digits before the decimal point/],
    ['Infinity', { price: Number.POSITIVE_INFINITY }, /not a finite number/],
    ['a boolean price', { price: true }, /price must be a decimal string or a number/],
    ['an unknown land use', { landUse: 'moon' }, /feature 0 \(p\): unknown land use "moon"; expected one of residential, /],
    ['a land use in capitals', { landUse: 'Commercial' }, /unknown land use "Commercial"/],
    ['a bad asset', { asset: 'psc' }, /asset "psc" is not an asset code/],
    ['properties that are not an object', 'nope', /feature 0: properties must be an object or null/],
  ])('refuses %s', (_label, properties, message) => {
    const parse = () => parseFeatureCollection(collection([feature('p', properties as Record<string, unknown>)]), defaults);
    expect(parse).toThrow(GeometryError);
    expect(parse).toThrow(message);
  });

  it.each([
    ['no id', feature(undefined), /feature 0: has no id/],
    ['an empty id', feature(''), /feature 0: id "" must be 1-64 letters, digits or _ \. : -/],
    ['an id with a space', feature('a b'), /id "a b" must be 1-64/],
    ['an id of 65 characters', feature('x'.repeat(65)), /must be 1-64/],
    ['an object id', feature({ id: 1 }), /id \{"id":1\} must be 1-64/],
    ['a feature without its type', { id: 'x', geometry: square(0, 0), properties: {} }, /feature 0: is not a GeoJSON Feature/],
    ['null', null, /feature 0: is not a GeoJSON Feature/],
    ['a Point', feature('pt', {}, { type: 'Point', coordinates: [0, 0] }), /feature 0 \(pt\): geometry must be a GeoJSON Polygon \(got Point\)/],
    ['a MultiPolygon', feature('mp', {}, { type: 'MultiPolygon', coordinates: [square(0, 0).coordinates] }), /feature 0 \(mp\): geometry must be a GeoJSON Polygon/],
    ['no geometry', feature('none', {}, null), /feature 0 \(none\): geometry must be a GeoJSON Polygon/],
    ['an unclosed ring', feature('open', {}, { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }), /feature 0 \(open\): ring 0 is not closed/],
    ['a self-intersecting ring', feature('bow', {}, { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1.5], [0, 0]]] }), /feature 0 \(bow\): ring 0 intersects itself/],
  ])('refuses a feature with %s, naming it', (_label, bad, message) => {
    expect(() => parseFeatureCollection(collection([bad]), defaults)).toThrow(message);
  });

  it('names the index and id of the first bad feature', () => {
    const good = feature('ok');
    expect(() => parseFeatureCollection(collection([good, feature('x', {}, { type: 'Point', coordinates: [0, 0] })]), defaults)).toThrow(/^feature 1 \(x\): /);
  });

  it('refuses duplicate ids, whichever way they are given', () => {
    expect(() => parseFeatureCollection(collection([feature('a'), feature('b'), feature('a')]), defaults)).toThrow(/feature 2 \(a\): duplicate id, also used by feature 0/);
    expect(() => parseFeatureCollection(collection([feature('7'), feature(7)]), defaults)).toThrow(/feature 1 \(7\): duplicate id/);
    expect(() => parseFeatureCollection(collection([feature('q'), feature('other', { id: 'q' })]), defaults)).toThrow(/duplicate id/);
  });

  it.each([
    ['a Feature', { type: 'Feature', geometry: square(0, 0) }],
    ['a bare Polygon', square(0, 0)],
    ['features that are not an array', { type: 'FeatureCollection', features: {} }],
    ['null', null],
    ['an array', [feature('a')]],
  ])('refuses %s instead of a FeatureCollection', (_label, json) => {
    expect(() => parseFeatureCollection(json, defaults)).toThrow(/must be a GeoJSON FeatureCollection/);
  });

  it('refuses bad defaults before reading any feature', () => {
    expect(() => parseFeatureCollection(collection([]), { ...defaults, price: '-1' })).toThrow(/default price "-1"/);
    expect(() => parseFeatureCollection(collection([]), { ...defaults, asset: '' })).toThrow(/default asset/);
    expect(() => parseFeatureCollection(collection([]), { ...defaults, landUse: 'moon' as 'residential' })).toThrow(/default land use "moon"/);
  });

  it('normalises the default price too', () => {
    expect(parseFeatureCollection(collection([feature('a')]), { ...defaults, price: '99.90' })[0]!.price).toBe('99.9');
  });
});
