import type { Resolvers } from '../generated/graphql.ts';
import { Feature, Hunt, User } from './entities.ts';
import { Media } from './Media.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Upload } from './Upload.ts';

export const resolvers: Resolvers = { Query, Mutation, Media, Upload, Feature, User, Hunt };
