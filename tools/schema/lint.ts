import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/** One lint finding, keyed by rule and coordinate so findings can be compared across versions. */
export interface LintFinding {
  rule: string;
  coordinate: string;
  message: string;
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const CONSTANT = /^[A-Z][A-Z0-9_]*$|^[a-z][a-z0-9_]*$/;
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The API schema's house rules:
 * - `naming`: types PascalCase, fields and arguments camelCase, enum values one case with underscores;
 * - `description`: every public object type and every root field (Query, Mutation, Subscription) says what it is;
 * - `nullable-id`: a field called `id` is `ID!`.
 */
export function lintSchema(schema: GraphQLSchema): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (rule: string, coordinate: string, message: string) => findings.push({ rule, coordinate, message });
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!PASCAL.test(type.name)) add('naming', type.name, `type ${type.name} is not PascalCase`);
    if (isObjectType(type) && !ROOTS.has(type.name) && !type.description) add('description', type.name, `type ${type.name} has no description`);
    if (isEnumType(type)) {
      for (const v of type.getValues()) if (!CONSTANT.test(v.name)) add('naming', `${type.name}.${v.name}`, `enum value ${type.name}.${v.name} mixes cases`);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!CAMEL.test(field.name)) add('naming', coordinate, `field ${coordinate} is not camelCase`);
        if (ROOTS.has(type.name) && !field.description) add('description', coordinate, `root field ${coordinate} has no description`);
        if (field.name === 'id' && !isInputObjectType(type) && String(field.type) !== 'ID!') {
          add('nullable-id', coordinate, `${coordinate} is ${String(field.type)}; an id is ID!`);
        }
        for (const arg of 'args' in field ? field.args : []) {
          if (!CAMEL.test(arg.name)) add('naming', `${coordinate}(${arg.name}:)`, `argument ${coordinate}(${arg.name}:) is not camelCase`);
        }
      }
    }
    if (isUnionType(type) && !type.description) add('description', type.name, `union ${type.name} has no description`);
  }
  return findings;
}

export const findingKey = (f: LintFinding) => `${f.rule} ${f.coordinate}`;
