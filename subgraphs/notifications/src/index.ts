import { runStandalone } from '@worldgraph/kit/standalone';
import { notifications } from './subgraph.ts';

await runStandalone(notifications);
