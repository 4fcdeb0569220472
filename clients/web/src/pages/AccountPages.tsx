import { useEffect, useState, type FormEvent } from 'react';
import {
  AccountDashboardDocument,
  AddBankAccountDocument,
  MyBankAccountsDocument,
  RemoveBankAccountDocument,
  type MyBankAccountsQuery,
  BeginTwoFactorEnrolmentDocument,
  ConfirmTwoFactorEnrolmentDocument,
  DeleteMyAccountDocument,
  DisableTwoFactorDocument,
  RequestEmailVerificationDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignOutEverywhereDocument,
  UpdatePrivacyDocument,
  type Audience,
  VerifyEmailDocument,
  type AccountDashboardQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { saveSession } from '../api/session.ts';
import { ErrorText } from '../ErrorText.tsx';
import { go } from '../route.ts';
import { DeleteWithProvider, LinkedProvidersPanel } from './ProviderSignIn.tsx';
import { NotificationPreferencesPanel } from './NotificationPreferencesPanel.tsx';
import { SmsDisableCode, SmsEnrolment } from './SmsTwoFactor.tsx';

const fieldOf = (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  return (name: string) => String(form.get(name) ?? '');
};

/** The link from the verification email: confirms the address on arrival. */
export function VerifyEmailPage({ token }: { token: string }) {
  const [state, setState] = useState<'working' | 'done' | unknown>('working');
  useEffect(() => {
    request(VerifyEmailDocument, { token }).then(() => setState('done'), setState);
  }, [token]);
  return (
    <section className="card auth">
      <h1>Email address</h1>
      {state === 'working' && <p>Confirming…</p>}
      {state === 'done' && <p data-testid="email-verified">Your email address is confirmed.</p>}
      {state !== 'working' && state !== 'done' && <ErrorText error={state} action="verify" />}
    </section>
  );
}

/** Asks for a reset link; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    const field = fieldOf(event);
    setError(undefined);
    try {
      await request(RequestPasswordResetDocument, { email: field('email') });
      setSent(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card auth">
      <h1>Forgot your password?</h1>
      {sent ? (
        <p data-testid="reset-sent">If an account uses this address, a link to choose a new password is on its way. It works once, for an hour.</p>
      ) : (
        <form onSubmit={submit}>
          <label>
            Email <input name="email" type="email" autoComplete="email" required />
          </label>
          <ErrorText error={error} />
          <button type="submit">Send me a link</button>
        </form>
      )}
    </section>
  );
}

/** The link from the reset email: a new password, then every session of the account ends. */
export function ResetPasswordPage({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    const field = fieldOf(event);
    setError(undefined);
    try {
      await request(ResetPasswordDocument, { token, newPassword: field('password') });
      saveSession(null);
      setDone(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card auth">
      <h1>Choose a new password</h1>
      {done ? (
        <p data-testid="reset-done">
          Your password is changed and every device was signed out. <a href="#/login">Sign in</a>
        </p>
      ) : (
        <form onSubmit={submit}>
          <label>
            New password <input name="password" type="password" autoComplete="new-password" required minLength={10} />
          </label>
          <ErrorText error={error} action="reset" />
          <button type="submit">Set password</button>
        </form>
      )}
    </section>
  );
}

/** Two-factor enrolment: a secret for the app or a phone for SMS, a code to confirm, then recovery codes once. */
function TwoFactorPanel({ method, onChange }: { method: string | null | undefined; onChange: () => void }) {
  const enabled = !!method;
  const [secret, setSecret] = useState<{ secret: string; otpauthUrl: string }>();
  const [recovery, setRecovery] = useState<string[]>();
  const [error, setError] = useState<unknown>();
  const run = (task: () => Promise<void>) => async () => {
    setError(undefined);
    try {
      await task();
    } catch (e) {
      setError(e);
    }
  };
  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    const field = fieldOf(event);
    await run(async () => {
      const { confirmTwoFactorEnrolment } = await request(ConfirmTwoFactorEnrolmentDocument, { oneTimeCode: field('code') });
      setRecovery(confirmTwoFactorEnrolment.recoveryCodes);
      setSecret(undefined);
      onChange();
    })();
  };
  const disable = async (event: FormEvent<HTMLFormElement>) => {
    const field = fieldOf(event);
    await run(async () => {
      await request(DisableTwoFactorDocument, { oneTimeCode: field('code') });
      onChange();
    })();
  };
  return (
    <section className="card" data-testid="two-factor">
      <h2>Two-factor sign-in</h2>
      {recovery && (
        <div>
          <p>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are not shown again.</p>
          <ul data-testid="recovery-codes">{recovery.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        </div>
      )}
      {!enabled && !secret && <button onClick={run(async () => setSecret((await request(BeginTwoFactorEnrolmentDocument)).beginTwoFactorEnrolment))}>Turn on two-factor sign-in</button>}
      {!enabled && !secret && !recovery && (
        <SmsEnrolment
          run={run}
          onRecovery={(codes) => {
            setRecovery(codes);
            onChange();
          }}
        />
      )}
      {!enabled && secret && (
        <form onSubmit={confirm}>
          <p>Add this key to your authenticator app (or open the link on your phone), then type the code it shows.</p>
          <p>
            Key: <code data-testid="totp-secret">{secret.secret}</code> · <a href={secret.otpauthUrl}>otpauth link</a>
          </p>
          <label>
            Code <input name="code" inputMode="numeric" autoComplete="one-time-code" required />
          </label>
          <button type="submit">Confirm</button>
        </form>
      )}
      {enabled && !recovery && (
        <form onSubmit={disable}>
          <p>Two-factor sign-in {method === 'sms' ? 'by SMS' : 'with an app'} is on. To turn it off, type a {method === 'sms' ? 'fresh code by SMS' : 'current code'} (or a recovery code).</p>
          {method === 'sms' && <SmsDisableCode run={run} />}
          <label>
            Code <input name="code" autoComplete="one-time-code" required />
          </label>
          <button type="submit">Turn off</button>
        </form>
      )}
      <ErrorText error={error} action="two-factor" />
    </section>
  );
}

const PRIVACY_FIELDS = [
  ['email', 'Email address'],
  ['presence', 'Online status'],
  ['holdings', 'Balances and parcels'],
  ['level', 'Level and points'],
] as const;

/** Who sees what: one audience per field. */
function PrivacyPanel({ privacy }: { privacy: Record<(typeof PRIVACY_FIELDS)[number][0], Audience> }) {
  const [current, setCurrent] = useState(privacy);
  const [error, setError] = useState<unknown>();
  const change = async (field: string, audience: Audience) => {
    setError(undefined);
    try {
      const { updatePrivacy } = await request(UpdatePrivacyDocument, { input: { [field]: audience } });
      if (updatePrivacy.privacy) setCurrent(updatePrivacy.privacy);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" data-testid="privacy">
      <h2>Privacy</h2>
      {PRIVACY_FIELDS.map(([field, label]) => (
        <label key={field}>
          {label}{' '}
          <select name={`privacy-${field}`} value={current[field]} onChange={(e) => void change(field, e.target.value as Audience)}>
            <option value="everyone">everyone</option>
            <option value="signed_in">signed-in players</option>
            <option value="only_me">only me</option>
          </select>
        </label>
      ))}
      <ErrorText error={error} />
    </section>
  );
}

/** Bank accounts for payouts: IBANs checked by the server (mod-97). */
function BankAccountsPanel() {
  const [accounts, setAccounts] = useState<MyBankAccountsQuery['myBankAccounts']>([]);
  const [error, setError] = useState<unknown>();
  const load = () => request(MyBankAccountsDocument).then((d) => setAccounts(d.myBankAccounts), setError);
  useEffect(() => void load(), []);
  const add = async (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const field = fieldOf(event);
    setError(undefined);
    try {
      await request(AddBankAccountDocument, { iban: field('iban'), holderName: field('holderName') });
      form.reset();
      await load();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" data-testid="bank-accounts">
      <h2>Bank accounts</h2>
      <ul>
        {accounts.map((a) => (
          <li key={a.id}>
            <code>{a.iban}</code> · {a.holderName}{' '}
            <button onClick={() => void request(RemoveBankAccountDocument, { id: a.id }).then(load, setError)}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          IBAN <input name="iban" required />
        </label>
        <label>
          Holder <input name="holderName" required />
        </label>
        <button type="submit">Add bank account</button>
      </form>
      <ErrorText error={error} />
    </section>
  );
}

/** The account: email state, two-factor, open sessions (sign out everywhere), sign-in history, erasure. */
export function AccountPage() {
  const [data, setData] = useState<AccountDashboardQuery>();
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  const load = () => request(AccountDashboardDocument).then(setData, setError);
  useEffect(() => void load(), []);
  const signOutEverywhere = async () => {
    await request(SignOutEverywhereDocument).catch(() => {});
    saveSession(null);
    go('login');
  };
  const erase = async (event: FormEvent<HTMLFormElement>) => {
    const field = fieldOf(event);
    if (!confirm('Delete your account for good? This cannot be undone.')) return;
    try {
      await request(DeleteMyAccountDocument, { password: field('password') });
      saveSession(null);
      go('map');
    } catch (e) {
      setError(e);
    }
  };
  if (!data) return <section className="card"><ErrorText error={error} />{!error && <p>Loading…</p>}</section>;
  const { me, mySessions, mySignIns } = data;
  return (
    <div className="account" data-testid="account-page">
      <section className="card">
        <h1>Account</h1>
        <p>
          {me.username} · {me.email}{' '}
          {me.emailVerified ? (
            <span className="badge">confirmed</span>
          ) : (
            <button onClick={() => void request(RequestEmailVerificationDocument).then(() => setNote('A confirmation link is on its way.'), setError)}>Confirm my email</button>
          )}
        </p>
        {note && <p>{note}</p>}
        <ErrorText error={error} />
      </section>
      {me.privacy && <PrivacyPanel privacy={me.privacy} />}
      <BankAccountsPanel />
      <LinkedProvidersPanel />
      <TwoFactorPanel method={me.twoFactorMethod} onChange={() => void load()} />
      <NotificationPreferencesPanel />
      <section className="card">
        <h2>Signed-in devices</h2>
        <ul data-testid="sessions">
          {mySessions.map((s) => (
            <li key={s.id}>
              {s.userAgent ?? 'unknown device'} · {s.clientAddress ?? '?'} · since {new Date(s.createdAt).toLocaleString()} {s.current && <strong>(this one)</strong>}
            </li>
          ))}
        </ul>
        <button onClick={signOutEverywhere}>Sign out everywhere</button>
        <h2>Recent sign-ins</h2>
        <ul>
          {mySignIns.map((r, i) => (
            <li key={i}>
              {new Date(r.at).toLocaleString()} · {r.outcome.replace(/_/g, ' ')} · {r.address ?? '?'}
            </li>
          ))}
        </ul>
      </section>
      <section className="card danger">
        <h2>Delete account</h2>
        <p>Your profile, files, messages, points and characters are removed everywhere; the wallet ledger keeps its entries without your name.</p>
        <form onSubmit={erase}>
          <label>
            Password <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <button type="submit">Delete my account</button>
        </form>
        <DeleteWithProvider />
      </section>
    </div>
  );
}
