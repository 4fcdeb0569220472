import { runStandalone } from '@worldgraph/kit/standalone';
import { chat } from './subgraph.ts';

await runStandalone(chat);
