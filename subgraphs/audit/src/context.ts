import type { BaseContext } from '@worldgraph/kit';
import type { AuditLog } from './domain/audit-log.ts';

/** audit's resolver context: the kit's, plus the log. */
export interface AuditContext extends BaseContext {
  audit: AuditLog;
}
