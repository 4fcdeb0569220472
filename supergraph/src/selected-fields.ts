import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema } from 'graphql';

/** Calls `each` with every field an operation selects (across fragments) and its parent type, as `schema` defines them. */
export function forEachSelectedField(document: DocumentNode, schema: GraphQLSchema, each: (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) => void): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) each(parent, field);
      },
    }),
  );
}
