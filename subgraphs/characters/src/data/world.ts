// VoxelHeim's realms and their zones: data, upserted at every start (see domain/seed.ts).

export interface ZoneData {
  id: string;
  name: string;
  minLevel: number;
  maxLevel: number;
  /** New characters of the realm start here, at the spawn point. */
  start?: boolean;
  spawn: [number, number, number];
}

export interface RealmData {
  id: string;
  name: string;
  region: string;
  kind: 'pve' | 'pvp' | 'rp';
  /** Characters at which the realm shows as full. */
  capacity: number;
}

/** Every realm has the same zones (one world map, several shards). */
export const ZONES: ZoneData[] = [
  { id: 'greenhollow', name: 'Greenhollow', minLevel: 1, maxLevel: 10, start: true, spawn: [120, 64, -45] },
  { id: 'ashen-wastes', name: 'Ashen Wastes', minLevel: 10, maxLevel: 20, spawn: [880, 70, 300] },
  { id: 'frostpeak', name: 'Frostpeak', minLevel: 20, maxLevel: 35, spawn: [-640, 140, 910] },
  { id: 'sunken-vault', name: 'The Sunken Vault', minLevel: 35, maxLevel: 50, spawn: [0, 12, 1500] },
];

export const REALMS: RealmData[] = [
  { id: 'aurora', name: 'Aurora', region: 'eu', kind: 'pve', capacity: 5000 },
  { id: 'ironvale', name: 'Ironvale', region: 'eu', kind: 'pvp', capacity: 5000 },
  { id: 'lorekeep', name: 'Lorekeep', region: 'na', kind: 'rp', capacity: 3000 },
];

/** The highest level a character reaches. */
export const MAX_LEVEL = 50;
