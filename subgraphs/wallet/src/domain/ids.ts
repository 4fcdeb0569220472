import { randomUUID } from 'node:crypto';

/** String ids, as the seed's VARCHAR primary keys: a prefix saying what it is, then 32 hex digits. */
export const newId = (prefix: 'tx' | 'op' | 'ord' | 'com') => `${prefix}_${randomUUID().replaceAll('-', '')}`;
