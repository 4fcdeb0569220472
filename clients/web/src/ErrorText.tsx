import { humanMessage } from './api/errors.ts';

/** An error as a person can act on it; nothing when there is none. */
export function ErrorText({ error, action }: { error: unknown; action?: string }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {humanMessage(error, action)}
    </p>
  );
}
