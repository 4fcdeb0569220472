import type { Consumer, EventBus } from './events/bus.ts';

/** accounts' event when a person asked to be erased (deleteMyAccount). */
export interface UserErasedEvent {
  type: 'UserErased';
  userId: string;
  erasedAt: string;
}

/**
 * Runs `forget(userId)` for every UserErased of accounts, as consumer group `<context>-erasure`
 * (one delivery per context). `forget` deletes or anonymises what the context holds of the
 * person; it must be idempotent (a redelivery runs it again), and a throw leaves the event
 * pending to be delivered again. Each context calls it once in its composition root.
 */
export function onUserErased(events: EventBus, context: string, forget: (userId: string, event: UserErasedEvent) => Promise<void>): Consumer {
  return events.consume(`${context}-erasure`, ['accounts'], async (event) => {
    if (event.type !== 'UserErased') return;
    const payload = event.payload as unknown as UserErasedEvent;
    if (typeof payload.userId === 'string') await forget(payload.userId, payload);
  });
}
