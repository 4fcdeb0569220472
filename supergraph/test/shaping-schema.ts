// The schema the result-shaping tests (shape.test.ts) and the answer-JSON tests (answer-json.test.ts)
// run their operations against: every leaf kind, an interface, a union, lists of lists.
import { buildSchema } from 'graphql';

export const shapingSchema = buildSchema(`
  scalar JSON
  enum Role { ADMIN MEMBER }
  interface Node { id: ID! }
  type User implements Node { id: ID! name: String role: Role! age: Int score: Float active: Boolean friends: [User!] best: User tags: [String] meta: JSON }
  type Group implements Node { id: ID! title: String! members: [User]! }
  union SearchResult = User | Group
  type Query {
    users: [User!]!
    user: User
    me: User!
    node: Node
    search: [SearchResult]
    grid: [[Int]]
    strict: [[Int!]!]!
    count: Int!
  }
`);
