// What the app says when the graph refuses something: one human sentence per error code
// (extensions.code), sharpened by the operation and the error's reason. Raw messages, JSON and
// codes never reach the screen.

/** The operations whose refusals read differently from the generic ones. */
export type ErrorContext = 'login' | 'register' | 'buy' | 'discover' | 'join' | 'refresh' | 'provider';

/** An error from the API layer, carrying the sentence to show. */
export class ApiError extends Error {
  constructor(
    /** extensions.code, or NETWORK when the router could not be reached. */
    readonly code: string,
    /** The human sentence for the screen. */
    message: string,
    /** extensions.reason, when the server gave one (hunts: CLUE_NOT_NEXT, OUT_OF_RADIUS, IMPOSSIBLE_TRAVEL). */
    readonly reason?: string,
    /** The error's other extensions (a two-factor sign-in's challenge). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A GraphQL error as the router sends it. */
export interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: unknown; reason?: unknown; asset?: unknown; [key: string]: unknown };
}

const BY_REASON: Record<string, string> = {
  CLUE_NOT_NEXT: 'That clue is not next on your path. Find the clues before it first.',
  OUT_OF_RADIUS: 'You are not close enough to this clue yet. Keep walking.',
  IMPOSSIBLE_TRAVEL: 'You moved faster than anyone can walk. Wait a little and try again.',
  WRONG_TYPE: 'This file is not a picture we can use. Pick a JPEG, PNG, WebP or GIF.',
  FILE_TOO_LARGE: 'This picture is too large. Pick a smaller one.',
  QUOTA_EXCEEDED: 'You have no room left for files. Delete some first.',
  DYNASTY_FULL: 'This dynasty is full.',
  ALREADY_IN_DYNASTY: 'Already in a dynasty: leave it first.',
  TWO_FACTOR_REQUIRED: 'Type the code from your authenticator app.',
  CODE_EXPIRED: 'That code has expired. Sign in again for a new one.',
  INVALID_TOKEN: 'That link is not right. Paste the whole link from the email.',
  TOKEN_USED: 'That link was already used. Ask for a new one.',
  TOKEN_EXPIRED: 'That link has expired. Ask for a new one.',
  REQUEST_EXPIRED: 'This request expired before it was answered.',
  CHILD_DAILY_SPEND_LIMIT: 'That is more than your dynasty head lets you spend today.',
  CHILD_BUY_NOT_ALLOWED: 'Your dynasty head has not allowed you to buy parcels.',
  CHILD_SELL_NOT_ALLOWED: 'Your dynasty head has not allowed you to sell parcels.',
  ACCOUNT_EXISTS: 'An account with this email exists. Sign in with your password, then link the provider from your profile.',
  EMAIL_REQUIRED: 'The provider gave no email address, and an account needs one.',
  INVALID_STATE: 'That sign-in was not started here. Start again.',
  STATE_USED: 'That sign-in was already completed. Start again.',
  STATE_EXPIRED: 'That sign-in took too long. Start again.',
  ROUND_CLOSED: 'Too late: the round had closed when your answer arrived.',
  ROUND_NOT_OPEN: 'This round has not opened yet.',
  ALREADY_ANSWERED: 'You already answered this round.',
  WRONG_ROUND: 'That answer is not one of this round’s. Reload the question.',
};

const GENERIC: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do that.',
  BAD_USER_INPUT: 'Please check what you entered.',
  NOT_FOUND: 'Not found. It may have been removed.',
  CONFLICT: 'Someone changed this at the same time. Please try again.',
  INSUFFICIENT_FUNDS: 'Not enough funds.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  NETWORK: 'Cannot reach Worldgraph. Check your connection and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

/** The sentence for an error code in a context. */
export function humanMessage(code: string, context?: ErrorContext, error?: GraphQLErrorLike): string {
  const reason = typeof error?.extensions?.reason === 'string' ? error.extensions.reason : undefined;
  if (reason && BY_REASON[reason]) return BY_REASON[reason];
  if (code === 'INSUFFICIENT_FUNDS') {
    const asset = typeof error?.extensions?.asset === 'string' ? error.extensions.asset : /^Not enough (\w+)/.exec(error?.message ?? '')?.[1];
    return asset ? `Not enough ${asset}.` : GENERIC.INSUFFICIENT_FUNDS!;
  }
  if (context === 'login' && code === 'UNAUTHENTICATED') return 'Wrong username or password.';
  if (context === 'login' && error?.extensions?.reason === 'WRONG_CODE') return 'That code is not right. Type the current one (from your app, or the SMS we sent), or a recovery code.';
  if (context === 'register' && code === 'CONFLICT') return 'That username or email is already taken.';
  if (context === 'register' && code === 'BAD_USER_INPUT') return 'Check your username, email and password (at least 8 characters).';
  if (context === 'buy' && code === 'CONFLICT') return 'This parcel was just sold.';
  if (context === 'buy' && code === 'BAD_USER_INPUT') return 'This parcel is not for sale.';
  if (context === 'buy' && code === 'FORBIDDEN') return 'You cannot buy this parcel.';
  if (context === 'join' && code === 'BAD_USER_INPUT') return 'This hunt is not open right now.';
  if (context === 'discover' && code === 'CONFLICT') return 'This hunt is already over.';
  return GENERIC[code] ?? GENERIC.INTERNAL_SERVER_ERROR!;
}

/** The ApiError for the first GraphQL error of a response. */
export function toApiError(error: GraphQLErrorLike, context?: ErrorContext): ApiError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const reason = typeof error.extensions?.reason === 'string' ? error.extensions.reason : undefined;
  return new ApiError(code, humanMessage(code, context, error), reason, error.extensions ?? {});
}

/** The sentence to show for anything thrown (an ApiError's own, else a generic one). */
export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : GENERIC.INTERNAL_SERVER_ERROR!;
