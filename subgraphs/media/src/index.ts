import { runStandalone } from '@worldgraph/kit/standalone';
import { media } from './subgraph.ts';

await runStandalone(media);
