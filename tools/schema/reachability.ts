import { readFileSync } from 'node:fs';
import { parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { parse as parseYaml } from 'yaml';

/** A root field reachable by integrators only, and why. */
export interface IntegratorOnlyField {
  field: string;
  reason: string;
}

/** The checked-in list of integrator-only root fields (tools/schema/integrator-only.yaml). */
export const INTEGRATOR_ONLY_URL = new URL('./integrator-only.yaml', import.meta.url);

export function loadIntegratorOnly(url: URL = INTEGRATOR_ONLY_URL): IntegratorOnlyField[] {
  const parsed = parseYaml(readFileSync(url, 'utf8')) as { fields?: IntegratorOnlyField[] } | null;
  return parsed?.fields ?? [];
}

const rootTypes = (schema: GraphQLSchema) => [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);

/** Every root field of a schema, as Type.field. */
export const rootFieldsOf = (schema: GraphQLSchema) => rootTypes(schema).flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));

/** The root fields the documents select (through fragments too), as Type.field. */
export function rootFieldsSelected(schema: GraphQLSchema, documents: Iterable<string>): Set<string> {
  const roots = new Set(rootTypes(schema));
  const selected = new Set<string>();
  for (const text of documents) {
    const info = new TypeInfo(schema);
    visit(
      parse(text),
      visitWithTypeInfo(info, {
        Field() {
          const parent = info.getParentType();
          const field = info.getFieldDef();
          if (parent && field && roots.has(parent as GraphQLObjectType)) selected.add(`${parent.name}.${field.name}`);
        },
      }),
    );
  }
  return selected;
}

/** What the reachability check found. */
export interface Reachability {
  /** Root fields no persisted operation selects and the integrator-only list does not name. */
  unreachable: string[];
  /** Integrator-only entries that are not root fields of the schema (removed or misspelt), or have no reason. */
  badEntries: string[];
}

/**
 * Every root field must be reachable by some client class: a persisted operation of the SDK
 * selects it (first-party clients), or the integrator-only list names it with a reason.
 */
export function checkReachability(schema: GraphQLSchema, persistedDocuments: Iterable<string>, integratorOnly: IntegratorOnlyField[]): Reachability {
  const fields = rootFieldsOf(schema);
  const selected = rootFieldsSelected(schema, persistedDocuments);
  const listed = new Set(integratorOnly.map((e) => e.field));
  const known = new Set(fields);
  return {
    unreachable: fields.filter((f) => !selected.has(f) && !listed.has(f)).sort(),
    badEntries: integratorOnly.filter((e) => !known.has(e.field) || !e.reason?.trim()).map((e) => e.field),
  };
}
