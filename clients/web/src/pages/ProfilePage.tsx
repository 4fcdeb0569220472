import { useEffect, useState, type FormEvent } from 'react';
import { MyProfileDocument, UpdateProfileDocument, type MyProfileQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

const FIELDS = [
  ['displayName', 'Display name'],
  ['bio', 'About you'],
  ['avatarUrl', 'Avatar URL'],
  ['locale', 'Language (e.g. en, fa-IR)'],
] as const;

/** The signed-in user's profile: what others see of them. An emptied field is cleared. */
export function ProfilePage() {
  const [me, setMe] = useState<MyProfileQuery['me']>();
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useEffect(() => void request(MyProfileDocument).then((d) => setMe(d.me), setError), []);
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = Object.fromEntries(FIELDS.map(([name]) => [name, String(form.get(name) ?? '').trim() || null]));
    try {
      const { updateProfile } = await request(UpdateProfileDocument, { input });
      setMe((m) => m && { ...m, ...updateProfile });
      setSaved(true);
      setError(undefined);
    } catch (err) {
      setSaved(false);
      setError(err);
    }
  };
  if (!me) return error ? <ErrorText error={error} /> : <p>Loading…</p>;
  return (
    <section className="card">
      <h1>Your profile</h1>
      <p className="hint">
        Signed in as {me.username} ({me.email}) · {me.roles.join(', ')}
      </p>
      <form onSubmit={save} onChange={() => setSaved(false)}>
        {FIELDS.map(([name, label]) => (
          <label key={name}>
            {label}
            <input name={name} defaultValue={me[name] ?? ''} />
          </label>
        ))}
        <button type="submit">Save</button>
      </form>
      {saved && <p className="notice">Saved.</p>}
      <ErrorText error={error} />
    </section>
  );
}
