import type { RealmResolvers } from '../generated/graphql.ts';

export const Realm: RealmResolvers = {
  __resolveReference: (ref, { db }) => db.realm.findUnique({ where: { id: ref.id } }),
  population: async (realm, _args, { db }) => {
    const count = await db.character.count({ where: { realmId: realm.id, deletedAt: null } });
    const share = count / Math.max(1, realm.capacity);
    return share >= 1 ? 'full' : share >= 0.6 ? 'high' : share >= 0.25 ? 'medium' : 'low';
  },
  zones: (realm, _args, { db }) => db.zone.findMany({ where: { realmId: realm.id }, orderBy: [{ minLevel: 'asc' }, { id: 'asc' }] }),
};
