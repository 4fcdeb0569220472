// Exports the whole Neo4j graph as a Cypher script (APOC core's apoc.export.cypher.all, streamed):
// Neo4j Community's online snapshot, replayed into an empty database with
//   cypher-shell -a <bolt url> -u neo4j -p <password> -f neo4j.cypher
// Usage: NEO4J_URL=bolt://neo4j:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=… node tools/backup/neo4j-export.mjs <file>
// (the neo4j-snapshot CronJob of k8s/ha/snapshots.yaml). Needs APOC core on the server (NEO4J_PLUGINS=["apoc"]; tools/neo4j's
// launcher loads it; subgraphs/hunts/test/snapshot.test.ts runs this script in CI).
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import neo4j from 'neo4j-driver';

const [file] = process.argv.slice(2);
const url = process.env.NEO4J_URL;
if (!file || !url) {
  console.error('usage: NEO4J_URL=… [NEO4J_USER=… NEO4J_PASSWORD=…] node tools/backup/neo4j-export.mjs <file>');
  process.exit(2);
}
const driver = neo4j.driver(url, process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined);
const session = driver.session({ defaultAccessMode: neo4j.session.READ });
const out = createWriteStream(file);
let nodes = 0;
let relationships = 0;
try {
  // One row per batch of statements; `cypher-shell` format wraps them in :begin/:commit.
  const result = session.run("CALL apoc.export.cypher.all(null, {stream: true, format: 'cypher-shell', useOptimizations: {type: 'UNWIND_BATCH', unwindBatchSize: 1000}}) YIELD cypherStatements, nodes, relationships RETURN cypherStatements, nodes, relationships");
  for await (const record of result) {
    if (!out.write(record.get('cypherStatements'))) await new Promise((r) => out.once('drain', r));
    nodes = Number(record.get('nodes'));
    relationships = Number(record.get('relationships'));
  }
  out.end();
  await finished(out);
  console.log(`exported ${nodes} nodes and ${relationships} relationships to ${file}`);
} finally {
  await session.close();
  await driver.close();
}
