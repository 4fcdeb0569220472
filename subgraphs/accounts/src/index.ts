import { runStandalone } from '@worldgraph/kit/standalone';
import { accounts } from './subgraph.ts';

await runStandalone(accounts);
