// Playable races and classes, and which class each race may take: data, read at start.

export interface ClassData {
  id: string;
  name: string;
  role: 'tank' | 'healer' | 'damage' | 'support';
  description: string;
}

export interface RaceData {
  id: string;
  name: string;
  description: string;
  classes: string[];
}

export const CLASSES: ClassData[] = [
  { id: 'warrior', name: 'Warrior', role: 'tank', description: 'Plate and shield; holds the line.' },
  { id: 'ranger', name: 'Ranger', role: 'damage', description: 'Bow and blade, at home in the wild.' },
  { id: 'mage', name: 'Mage', role: 'damage', description: 'Bends the elements at range.' },
  { id: 'cleric', name: 'Cleric', role: 'healer', description: 'Mends wounds and wards allies.' },
  { id: 'bard', name: 'Bard', role: 'support', description: 'Songs that quicken and shield.' },
];

export const RACES: RaceData[] = [
  { id: 'human', name: 'Human', description: 'Adaptable settlers of the valleys.', classes: ['warrior', 'ranger', 'mage', 'cleric', 'bard'] },
  { id: 'dwarf', name: 'Dwarf', description: 'Stone-born smiths of the deep halls.', classes: ['warrior', 'cleric'] },
  { id: 'elf', name: 'Elf', description: 'Long-lived wardens of the old forests.', classes: ['ranger', 'mage', 'bard'] },
  { id: 'voxkin', name: 'Voxkin', description: 'Cube-forged constructs awakened by the Heim.', classes: ['warrior', 'mage', 'ranger'] },
];
