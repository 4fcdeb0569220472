// The driver adapter the WASM schema engine talks to PostgreSQL through (see new-migration.ts).
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';

const CHAR_OID = 18; // Postgres' one-byte internal "char" (pg_constraint.contype, confdeltype, ...)
const TEXT_OID = 25;

// adapter-pg 7.10 maps `"char"[]` but not `"char"`, so it rejects every result containing one
// ("Column type 'char' could not be deserialized from the database"), and the engine's schema
// describer selects such columns from pg_catalog as soon as it inspects a database with tables.
// So: let adapter-pg parse them as text, then report them as Character, which is what the engine
// reads them as. Keyed by the query object, as adapter-pg's queryRaw passes it to performIO.
// Delete this once adapter-pg maps OID 18 itself.
async function connect(url: string): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg({ connectionString: url }).connect();
  type Fields = { fields: { dataTypeID: number }[] };
  const internals = adapter as unknown as { performIO(query: SqlQuery): Promise<Fields> };
  const performIO = internals.performIO.bind(adapter);
  const charColumns = new WeakMap<SqlQuery, number[]>();
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const columns: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) (field.dataTypeID = TEXT_OID), columns.push(i);
    });
    charColumns.set(query, columns);
    return result;
  };
  // adapter-pg splits a script on every ';', which cuts a dollar-quoted body ($$ … ; … $$) in two:
  // the replay of each context's outbox-trigger migration failed with "unterminated dollar-quoted
  // string". Postgres runs a whole multi-statement script as one simple-protocol query.
  const raw = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  adapter.executeScript = async (script) => {
    try {
      await raw.client.query(script);
    } catch (error) {
      raw.onError(error);
    }
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

// The engine needs a migration-aware factory: connect() for "the" database, connectToShadowDb()
// to replay migrations. Both go to the one throwaway database, so nothing else can be touched.
// (PrismaPg's own connectToShadowDb would create yet another database, dropped only if the
// engine disposes it.)
export function shadowAdapterFactory(url: string) {
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(url),
    connectToShadowDb: () => connect(url),
  });
}
