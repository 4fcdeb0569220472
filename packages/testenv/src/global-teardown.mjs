export default async function globalTeardown() {
  await globalThis.__worldgraphStack?.stop();
}
