import { runStandalone } from '@worldgraph/kit/standalone';
import { audit } from './subgraph.ts';

await runStandalone(audit);
