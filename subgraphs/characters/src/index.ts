import { runStandalone } from '@worldgraph/kit/standalone';
import { characters } from './subgraph.ts';

await runStandalone(characters);
