// Names no player may take, whatever their case: staff titles, the game's own names, and words
// that impersonate the service. A name containing `gm` or `admin` as its start is refused too.

export const RESERVED_NAMES = [
  'admin', 'administrator', 'moderator', 'mod', 'gamemaster', 'gm', 'staff', 'support', 'system',
  'server', 'voxelheim', 'heim', 'official', 'developer', 'dev', 'root', 'null', 'undefined',
  'everyone', 'guide', 'helpdesk', 'security',
];

/** Starts of names reserved for staff (e.g. GmThorin, AdminBob). */
export const RESERVED_PREFIXES = ['gm', 'admin'];
