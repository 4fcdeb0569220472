/** Thrown into a subscriber's iterator when it fell too far behind: the subscription is dropped. */
export class SlowConsumerError extends Error {
  override name = 'SlowConsumerError';
}

/** The producing side of a channel: values go in, the consumer reads them as an async iterator. */
export interface Channel<T> {
  /** Queues a value; overflowing `maxBuffered` fails the consumer with SlowConsumerError. */
  push(value: T): void;
  /** Ends the stream with an error, after what was queued. */
  fail(error: Error): void;
  /** Ends the stream, after what was queued. */
  end(): void;
  readonly iterator: AsyncIterableIterator<T>;
}

/**
 * A bounded single-consumer queue read as an async iterator: what a live subscription is fed
 * through, so a slow reader is dropped instead of growing memory. `onClose` runs once, however
 * the stream ends (consumer returned, failed, or overflowed).
 */
export function createChannel<T>(maxBuffered: number, onClose: () => void): Channel<T> {
  const queue: T[] = [];
  let waiting: { resolve(r: IteratorResult<T>): void; reject(e: Error): void } | undefined;
  let failure: Error | undefined;
  let ended = false;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
  };
  const settle = () => {
    if (!waiting) return;
    const w = waiting;
    if (queue.length) {
      waiting = undefined;
      w.resolve({ value: queue.shift()!, done: false });
    } else if (failure) {
      waiting = undefined;
      w.reject(failure);
    } else if (ended) {
      waiting = undefined;
      w.resolve({ value: undefined, done: true });
    }
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () =>
      new Promise<IteratorResult<T>>((resolve, reject) => {
        waiting = { resolve, reject };
        settle();
      }),
    return: () => {
      ended = true;
      queue.length = 0;
      close();
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return {
    iterator,
    push(value) {
      if (ended || failure) return;
      if (queue.length >= maxBuffered && !waiting) {
        queue.length = 0;
        this.fail(new SlowConsumerError(`subscriber fell more than ${maxBuffered} events behind`));
        return;
      }
      queue.push(value);
      settle();
    },
    fail(error) {
      if (ended || failure) return;
      failure = error;
      close();
      settle();
    },
    end() {
      ended = true;
      close();
      settle();
    },
  };
}
