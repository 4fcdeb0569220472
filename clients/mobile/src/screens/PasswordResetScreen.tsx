// Forgot password: the email gets a link; its token (the link pasted whole, or the token alone)
// and a new password set it. Every other session of the account ends.
import { RequestPasswordResetDocument, ResetPasswordDocument } from '@worldgraph/sdk';
import { useState } from 'react';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { Button, ErrorText, Field, Notice, Screen } from '../ui/kit';

/** The token of a pasted reset link (…#/reset-password/<token>), or what was typed when it is a bare token. */
export const tokenOf = (input: string) => /reset-password\/([A-Za-z0-9_-]+)/.exec(input)?.[1] ?? input.trim();

export function PasswordResetScreen({ onDone }: { onDone: () => void }) {
  const { api } = useSession();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [link, setLink] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const act = (task: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const send = act(async () => {
    await api.request(RequestPasswordResetDocument, { email: email.trim() });
    setSent(true);
  });
  const reset = act(async () => {
    await api.request(ResetPasswordDocument, { token: tokenOf(link), newPassword: password });
    setDone(true);
  });

  if (done) {
    return (
      <Screen title="Password changed">
        <Notice message="Your password is changed, and every other device is signed out. Sign in with the new one." />
        <Button label="Sign in" onPress={onDone} />
      </Screen>
    );
  }
  return (
    <Screen title="Reset password">
      {!sent ? (
        <>
          <Field label="Email" value={email} onChangeText={setEmail} keyboardType="email-address" autoCapitalize="none" />
          <Button label="Send me a link" onPress={send} disabled={busy || !email.includes('@')} />
        </>
      ) : (
        <>
          <Notice message="If this address belongs to an account, a reset link is on its way. Paste the link (or its code) here." />
          <Field label="Link or code from the email" value={link} onChangeText={setLink} autoCapitalize="none" />
          <Field label="New password (10 characters or more)" value={password} onChangeText={setPassword} secureTextEntry />
          <Button label="Set password" onPress={reset} disabled={busy || !link || password.length < 10} />
        </>
      )}
      <ErrorText message={error} />
      <Button kind="plain" label="Back to sign in" onPress={onDone} />
    </Screen>
  );
}
