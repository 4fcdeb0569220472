// npm run compose: rover.yaml -> supergraph/supergraph.graphql; `--check` only verifies the file is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeFromRover, SUPERGRAPH_URL } from './compose.ts';

const result = composeFromRover();
if (!result.ok) {
  console.error(`composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const current = readFileSync(SUPERGRAPH_URL, 'utf8');
  if (current !== result.supergraphSdl) {
    console.error('supergraph/supergraph.graphql is stale: run `npm run compose` and commit it');
    process.exit(1);
  }
  console.log('supergraph/supergraph.graphql is current');
} else {
  writeFileSync(SUPERGRAPH_URL, result.supergraphSdl);
  console.log(`wrote ${SUPERGRAPH_URL.pathname}`);
}
