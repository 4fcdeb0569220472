import { mapLive, type DomainEvent } from '@worldgraph/kit';
import { assertBBox } from '../domain/search.ts';
import type { Bounds, FeaturesEvent } from '../domain/outbox.ts';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import type { FeaturesContext } from '../context.ts';
import type { Feature } from '../generated/prisma/client.ts';

type StatusChanged = Extract<FeaturesEvent, { type: 'FeatureStatusChanged' }>;

const touches = (b: Bounds | undefined, box: { minLng: number; minLat: number; maxLng: number; maxLat: number }) =>
  !!b && b[0] <= box.maxLng && b[2] >= box.minLng && b[1] <= box.maxLat && b[3] >= box.minLat;

export const Subscription: SubscriptionResolvers = {
  featureStatusChanged: {
    subscribe: (_root, { bbox }, ctx) => {
      assertBBox(bbox, ctx.maxBBoxDeg2);
      const events = ctx.live.subscribe(['features'], {
        filter: (e) => e.type === 'FeatureStatusChanged' && touches((e.payload as StatusChanged).bounds, bbox),
      });
      return mapLive(events, async (event) => {
        const { status, previousStatus } = event.payload as StatusChanged;
        const feature = await featureAfter(event, ctx);
        return feature ? { feature, status, previousStatus, changedAt: event.occurredAt } : undefined;
      }) as never;
    },
    resolve: (change: unknown) => change as never,
  },
};

/**
 * The parcel as it was just after an event, read once for all its subscribers (thousands may
 * watch one box); a request's loader would not do, it lives as long as the subscription.
 */
const recent = new Map<string, Promise<Feature | null>>();
function featureAfter(event: DomainEvent, ctx: FeaturesContext): Promise<Feature | null> {
  let found = recent.get(event.id);
  if (!found) {
    found = ctx.db.feature.findUnique({ where: { id: (event.payload as StatusChanged).featureId } });
    recent.set(event.id, found);
    if (recent.size > 256) recent.delete(recent.keys().next().value!);
  }
  return found;
}
