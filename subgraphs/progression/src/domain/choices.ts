import { createHmac } from 'node:crypto';

/**
 * Per-user choice order and ids, derived with a secret: every user gets the round's choices in an
 * order of their own and ids of their own, so "the second one" or "choice X" means nothing to
 * another player, and nothing the client holds tells the right answer. Deterministic: asking
 * again gives the same order and ids, on any replica.
 */
export class ChoiceIds {
  constructor(private readonly secret: string) {}

  private mac(text: string): Buffer {
    return createHmac('sha256', this.secret).update(`progression:choices:${text}`).digest();
  }

  /** The original indexes of `n` choices in this user's order (a Fisher-Yates shuffle seeded by the MAC). */
  order(roundId: string, userId: string, n: number): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.mac(`${roundId}:${userId}:shuffle:${i}`).readUInt32BE(0) % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  }

  /** The id this user sees for the choice at original `index`. */
  id(roundId: string, userId: string, index: number): string {
    return this.mac(`${roundId}:${userId}:id:${index}`).toString('base64url').slice(0, 22);
  }

  /** The original index of a choice id this user was given, or -1 (another round's, another user's, made up). */
  indexOf(roundId: string, userId: string, n: number, choiceId: string): number {
    for (let i = 0; i < n; i++) if (this.id(roundId, userId, i) === choiceId) return i;
    return -1;
  }
}
