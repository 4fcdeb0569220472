import { runStandalone } from '@worldgraph/kit/standalone';
import { hunts } from './subgraph.ts';

await runStandalone(hunts);
