import type { Library } from './library.ts';

/** A person was erased (accounts' UserErased): every file they own goes, bytes included, and their unfinished uploads. Idempotent. */
export async function forgetUser(library: Library, userId: string): Promise<void> {
  for (;;) {
    const files = await library.ofOwner(userId, 100);
    if (!files.length) break;
    for (const file of files) await library.delete(userId, true, file.id);
  }
  await library.collect({ ownerId: userId, now: new Date(Date.now() + 366 * 24 * 3600 * 1000) });
}
