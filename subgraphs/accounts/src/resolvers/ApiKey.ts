import type { ApiKeyResolvers } from '../generated/graphql.ts';

export const ApiKey: ApiKeyResolvers = {
  owner: (key, _args, { users }) => users.load(key.ownerId).then((u) => u!),
};
