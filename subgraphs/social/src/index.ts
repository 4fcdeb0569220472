import { runStandalone } from '@worldgraph/kit/standalone';
import { social } from './subgraph.ts';

await runStandalone(social);
