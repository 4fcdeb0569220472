import { randomUUID } from 'node:crypto';

/** String ids, as the seed's VARCHAR primary keys: a prefix saying what it is, then 32 hex digits. */
export const newId = (prefix: 'tx' | 'op') => `${prefix}_${randomUUID().replaceAll('-', '')}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** User ids are accounts' UUIDs. */
export const isUserId = (id: string) => UUID.test(id);
