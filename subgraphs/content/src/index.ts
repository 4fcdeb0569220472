import { runStandalone } from '@worldgraph/kit/standalone';
import { content } from './subgraph.ts';

await runStandalone(content);
