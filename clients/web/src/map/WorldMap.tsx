import { useEffect, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { FeatureStatusChangedDocument, ParcelsInBoxDocument, type ParcelsInBoxQuery } from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { bboxOf, pathOf, zoomAt, type Size, type View } from './projection.ts';

type Parcel = ParcelsInBoxQuery['features']['edges'][number]['node'];

const SIZE: Size = { width: 960, height: 600 };
/** Central Tehran, where the demo world is. */
const START: View = { lng: 51.389, lat: 35.6892, pxPerDegree: 90_000 };
const MAX_PARCELS = 1_000;

/**
 * Parcels of the visible box drawn from their GeoJSON, coloured by land use and outlined by
 * status; pan by dragging, zoom with the wheel or the buttons. Status changes arrive live.
 */
export function WorldMap({ onSelect }: { onSelect(parcel: Parcel): void }) {
  const [view, setView] = useState<View>(START);
  const [parcels, setParcels] = useState(new Map<string, Parcel>());
  const [error, setError] = useState<unknown>();
  const [bbox, setBbox] = useState(() => bboxOf(START, SIZE));
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);

  // Re-query a moment after the view settles.
  useEffect(() => {
    const timer = setTimeout(() => setBbox(bboxOf(view, SIZE)), 250);
    return () => clearTimeout(timer);
  }, [view]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const found = new Map<string, Parcel>();
      let after: string | null | undefined;
      do {
        const page = (await request(ParcelsInBoxDocument, { bbox, first: 500, after })).features;
        for (const { node } of page.edges) found.set(node.id, node);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after && found.size < MAX_PARCELS && !cancelled);
      if (!cancelled) {
        setParcels(found);
        setError(undefined);
      }
    })().catch((e) => !cancelled && setError(e));
    const stop = subscribe(FeatureStatusChangedDocument, { bbox }, ({ featureStatusChanged: change }) =>
      setParcels((current) => {
        const parcel = current.get(change.feature.id);
        if (!parcel) return current;
        return new Map(current).set(parcel.id, { ...parcel, status: change.feature.status, owner: change.feature.owner ?? null });
      }),
    );
    return () => {
      cancelled = true;
      stop();
    };
  }, [bbox]);

  const point = (e: { clientX: number; clientY: number; currentTarget: Element }) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * SIZE.width) / r.width, y: ((e.clientY - r.top) * SIZE.height) / r.height };
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    drag.current = { ...point(e), view };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const { x, y } = point(e);
    const start = drag.current;
    if (Math.hypot(x - start.x, y - start.y) < 3) return;
    const cos = Math.cos((start.view.lat * Math.PI) / 180);
    setView({ ...start.view, lng: start.view.lng - (x - start.x) / (start.view.pxPerDegree * cos), lat: start.view.lat + (y - start.y) / start.view.pxPerDegree });
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    const { x, y } = point(e);
    setView((v) => zoomAt(v, SIZE, e.deltaY < 0 ? 1.25 : 0.8, x, y));
  };

  return (
    <div className="map">
      <div className="map-tools">
        <button onClick={() => setView((v) => zoomAt(v, SIZE, 1.5))} aria-label="Zoom in">+</button>
        <button onClick={() => setView((v) => zoomAt(v, SIZE, 1 / 1.5))} aria-label="Zoom out">−</button>
        <span data-testid="parcel-count">{parcels.size} parcels</span>
      </div>
      <ErrorText error={error} />
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        data-testid="world-map"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerLeave={() => (drag.current = null)}
        onWheel={onWheel}
      >
        {[...parcels.values()].map((p) => (
          <path
            key={p.id}
            d={pathOf(view, SIZE, p.geometry.coordinates)}
            className={`parcel status-${p.status}`}
            fill={p.colour}
            data-testid={`parcel-${p.id}`}
            data-status={p.status}
            onClick={() => onSelect(p)}
          >
            <title>{`${p.id} · ${p.landUse} · ${p.status}${p.owner ? ` · ${p.owner.username}` : ''}`}</title>
          </path>
        ))}
      </svg>
      <Legend />
    </div>
  );
}

function Legend() {
  return (
    <p className="legend">
      Fill: land use. Outline: <span className="key status-available">available</span> <span className="key status-for_sale">for sale</span>{' '}
      <span className="key status-sold">owned</span> <span className="key status-reserved">being bought</span>
    </p>
  );
}
