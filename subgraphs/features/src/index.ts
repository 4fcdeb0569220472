import { runStandalone } from '@worldgraph/kit/standalone';
import { features } from './subgraph.ts';

await runStandalone(features);
