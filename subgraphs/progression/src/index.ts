import { runStandalone } from '@worldgraph/kit/standalone';
import { progression } from './subgraph.ts';

await runStandalone(progression);
