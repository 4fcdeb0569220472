import { runStandalone } from '@worldgraph/kit/standalone';
import { wallet } from './subgraph.ts';

await runStandalone(wallet);
