import { runStandalone } from '@worldgraph/kit/standalone';
import { support } from './subgraph.ts';

await runStandalone(support);
