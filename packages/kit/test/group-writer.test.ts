import { GroupWriter, KeyedGroupWriter } from '../src/group-writer.ts';

describe('GroupWriter', () => {
  it('writes what arrives while a write is in flight together in the next write', async () => {
    const writes: number[][] = [];
    let release: () => void = () => {};
    const writer = new GroupWriter<number>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await new Promise<void>((r) => (release = r));
    });
    const first = writer.add([1]);
    const rest = [writer.add([2]), writer.add([3, 4]), writer.add([5])];
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[1], [2, 3, 4, 5]]);
  });

  it('fails every caller of a failed write, and writes later items all the same', async () => {
    let calls = 0;
    const written: string[] = [];
    const writer = new GroupWriter<string>(async (items) => {
      if (calls++ === 0) throw new Error('database away');
      written.push(...items);
    });
    await expect(writer.add(['a'])).rejects.toThrow('database away');
    await writer.add(['b']);
    expect(written).toEqual(['b']);
  });

  it('keeps each write within maxItems, whole requests at a time', async () => {
    const writes: number[][] = [];
    let release: () => void = () => {};
    const writer = new GroupWriter<number>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await new Promise<void>((r) => (release = r));
    }, 3);
    const all = [writer.add([0]), writer.add([1, 2]), writer.add([3]), writer.add([4, 5, 6, 7])];
    release();
    await Promise.all(all);
    expect(writes).toEqual([[0], [1, 2, 3], [4, 5, 6, 7]]);
  });
});

describe('KeyedGroupWriter', () => {
  it('groups items of one key while its write is in flight, and writes other keys independently', async () => {
    const writes: string[] = [];
    const releases: (() => void)[] = [];
    const writer = new KeyedGroupWriter<number>(async (key, items) => {
      writes.push(`${key}:${items.join(',')}`);
      if (key === 'a' && items[0] === 1) await new Promise<void>((r) => releases.push(r));
    });
    const first = writer.add('a', [1]);
    const rest = [writer.add('a', [2]), writer.add('a', [3]), writer.add('b', [4])];
    // b is not held back by a's write in flight
    await rest[2];
    expect(writes).toEqual(['a:1', 'b:4']);
    releases[0]!();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual(['a:1', 'b:4', 'a:2,3']);
    // once idle, a key starts afresh: written at once
    await writer.add('a', [5]);
    expect(writes.at(-1)).toBe('a:5');
  });
});
