/**
 * Group commit: what is handed in while a write is in flight goes in the next write, all at once.
 * Each caller's promise settles when the write holding its items does. Under load a write carries
 * many requests' items (one statement instead of one each); alone, an item is written at once.
 */
export class GroupWriter<T> {
  private queue: { items: T[]; done: (error?: unknown) => void }[] = [];
  private writing = false;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    /** Items per write at most. Default: 1000. */
    private readonly maxItems = 1_000,
  ) {}

  add(items: T[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ items, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queue.length) {
      let count = 0;
      let n = 0;
      while (n < this.queue.length && (n === 0 || count + this.queue[n]!.items.length <= this.maxItems)) count += this.queue[n++]!.items.length;
      const batch = this.queue.splice(0, n);
      const error = await this.write(batch.flatMap((b) => b.items)).then(
        () => undefined,
        (e: unknown) => e ?? new Error('write failed'),
      );
      for (const b of batch) b.done(error);
    }
    this.writing = false;
  }
}

/**
 * A GroupWriter per key: items of one key are grouped (a busy account's commands in one
 * transaction), items of different keys are written independently. A key's writer is dropped once
 * nothing of it is pending, so keys seen once do not accumulate.
 */
export class KeyedGroupWriter<T> {
  private writers = new Map<string, { writer: GroupWriter<T>; pending: number }>();

  constructor(
    private readonly write: (key: string, items: T[]) => Promise<void>,
    /** Items per write at most. Default: 1000. */
    private readonly maxItems = 1_000,
  ) {}

  async add(key: string, items: T[]): Promise<void> {
    let slot = this.writers.get(key);
    if (!slot) {
      slot = { writer: new GroupWriter<T>((batch) => this.write(key, batch), this.maxItems), pending: 0 };
      this.writers.set(key, slot);
    }
    slot.pending++;
    try {
      await slot.writer.add(items);
    } finally {
      if (--slot.pending === 0 && this.writers.get(key) === slot) this.writers.delete(key);
    }
  }
}
