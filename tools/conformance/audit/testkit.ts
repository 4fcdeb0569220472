// The audit's src/testkit.ts (createTest), typed.

/** `errors`: whether errors are expected; left out, errors are not compared. */
export interface AuditTest {
  query: string;
  expected: { data?: any; errors?: boolean };
}

export function createTest(query: string, expected: AuditTest['expected']): AuditTest {
  return { query, expected };
}
