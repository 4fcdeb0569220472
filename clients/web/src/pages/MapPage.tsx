import { WorldMap } from '../map/WorldMap.tsx';
import { go } from '../route.ts';

export function MapPage() {
  return (
    <section>
      <h1>The world map</h1>
      <p className="hint">Drag to pan, scroll to zoom, click a parcel to open it.</p>
      <WorldMap onSelect={(p) => go('parcel', p.id)} />
    </section>
  );
}
