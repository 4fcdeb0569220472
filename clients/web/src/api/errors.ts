/** An error the graph returned, with its extensions.code. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * What a person should read for an error, by its code and what they were doing: never raw JSON.
 * `action` names the attempt, e.g. "buy" or "offer".
 */
export function humanMessage(error: unknown, action?: string): string {
  if (!(error instanceof GraphError)) return 'Something went wrong. Check your connection and try again.';
  switch (error.code) {
    case 'INSUFFICIENT_FUNDS':
      return `Not enough ${String(error.extensions.asset ?? /Not enough (\w+)/.exec(error.message)?.[1] ?? 'funds')} in your wallet.`;
    case 'CONFLICT':
      return action === 'buy' ? 'This parcel was just sold or reserved by someone else.' : error.message;
    case 'UNAUTHENTICATED':
      return action === 'login' ? 'Wrong username or password.' : 'Please sign in again.';
    case 'FORBIDDEN':
      // A refusal with a reason (a child's permissions, not the parcel's owner) says why.
      return error.extensions.reason ? error.message : "You're not allowed to do that.";
    case 'NOT_FOUND':
      return 'It no longer exists.';
    case 'RATE_LIMITED':
      return 'Too many attempts. Wait a little and try again.';
    case 'BAD_USER_INPUT':
      return error.message;
    default:
      return 'Something went wrong on our side. Please try again.';
  }
}
