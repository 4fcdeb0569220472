import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  CancelChallengeRoundDocument,
  CreateChallengeQuestionDocument,
  DeleteLevelDocument,
  ProgressionAdminDocument,
  ScheduleChallengeRoundDocument,
  UpsertActivityRuleDocument,
  UpsertLevelDocument,
  type ProgressionAdminQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const int = (form: FormData, name: string) => Number.parseInt(text(form, name), 10);

/** Admins: levels, activity rules, challenge questions and rounds. */
export function ProgressionAdminPage() {
  const [data, setData] = useState<ProgressionAdminQuery>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(ProgressionAdminDocument, { first: 50 }).then(setData, setError), []);
  useEffect(() => void load(), [load]);
  /** Runs a change from a form, then reloads; the form is cleared when it worked. */
  const submit = (run: (form: FormData) => Promise<unknown>) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    setError(undefined);
    run(new FormData(target)).then(() => {
      target.reset();
      return load();
    }, setError);
  };
  if (!data) return error ? <ErrorText error={error} /> : <p>Loading…</p>;
  return (
    <div className="console" data-testid="progression-admin">
      <ErrorText error={error} />
      <section className="card">
        <h2>Challenge questions</h2>
        <form
          onSubmit={submit((f) =>
            request(CreateChallengeQuestionDocument, {
              input: { text: text(f, 'text'), choices: text(f, 'choices').split('\n').map((c) => c.trim()).filter(Boolean), correctIndex: int(f, 'correct') - 1 },
            }),
          )}
        >
          <input name="text" placeholder="Question" aria-label="Question" required />
          <textarea name="choices" placeholder="One choice per line" aria-label="Choices" rows={4} required />
          <input name="correct" type="number" min={1} defaultValue={1} aria-label="Right choice (1 = first)" />
          <button>Add question</button>
        </form>
        <ul>
          {data.challengeQuestions.map((q) => (
            <li key={q.id}>
              {q.text} — {q.choices.map((c, i) => (i === q.correctIndex ? `[${c}]` : c)).join(' / ')}
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>Rounds</h2>
        <form
          onSubmit={submit((f) => {
            const opensAt = new Date(Date.now() + Number(text(f, 'opensIn') || 0) * 60_000);
            const closesAt = new Date(opensAt.getTime() + Number(text(f, 'minutes')) * 60_000);
            const winners = int(f, 'winners');
            return request(ScheduleChallengeRoundDocument, {
              input: {
                questionId: text(f, 'question'),
                opensAt: opensAt.toISOString(),
                closesAt: closesAt.toISOString(),
                prizePool: winners > 0 ? { asset: text(f, 'asset'), amountEach: text(f, 'amount'), winnerLimit: winners } : null,
              },
            });
          })}
        >
          <select name="question" aria-label="Question" required>
            {data.challengeQuestions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.text}
              </option>
            ))}
          </select>
          <input name="opensIn" type="number" min={0} step="any" defaultValue={0} aria-label="Opens in (minutes)" />
          <input name="minutes" type="number" min={0.1} step="any" defaultValue={5} aria-label="Open for (minutes)" />
          <input name="winners" type="number" min={0} defaultValue={0} aria-label="Winners (0: no prizes)" />
          <input name="asset" defaultValue="PSC" aria-label="Prize asset" />
          <input name="amount" defaultValue="10" aria-label="Prize each" />
          <button>Schedule round</button>
        </form>
        <ul>
          {data.challengeRounds.map((r) => (
            <li key={r.id}>
              {r.question?.text}: {new Date(r.opensAt).toLocaleString()} – {new Date(r.closesAt).toLocaleTimeString()} ({r.status.toLowerCase()}
              {r.prizePool && `, ${r.winners}/${r.prizePool.winnerLimit} prizes of ${r.prizePool.amountEach} ${r.prizePool.asset}`})
              {(r.status === 'UPCOMING' || r.status === 'OPEN') && (
                <button className="link" onClick={() => void request(CancelChallengeRoundDocument, { id: r.id }).then(load, setError)}>
                  {' '}
                  Cancel
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>Levels</h2>
        <form onSubmit={submit((f) => request(UpsertLevelDocument, { input: { number: int(f, 'number'), name: text(f, 'name'), threshold: int(f, 'threshold'), perks: text(f, 'perks').split(',').map((p) => p.trim()).filter(Boolean) } }))}>
          <input name="number" type="number" min={1} aria-label="Level number" required />
          <input name="name" placeholder="Name" aria-label="Level name" required />
          <input name="threshold" type="number" min={0} aria-label="Threshold (points)" required />
          <input name="perks" placeholder="Perks, comma-separated" aria-label="Perks" />
          <button>Save level</button>
        </form>
        <ul>
          {data.levels.map((l) => (
            <li key={l.number}>
              {l.number}. {l.name} from {l.threshold} points{l.perks.length > 0 && ` (${l.perks.join(', ')})`}
              {l.number > 1 && (
                <button className="link" onClick={() => void request(DeleteLevelDocument, { number: l.number }).then(load, setError)}>
                  {' '}
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>Activity rules</h2>
        <form
          onSubmit={submit((f) =>
            request(UpsertActivityRuleDocument, {
              input: {
                activity: text(f, 'activity'),
                description: text(f, 'description'),
                sourceContext: text(f, 'source') || null,
                eventType: text(f, 'event') || null,
                userField: text(f, 'userField') || 'userId',
                match: text(f, 'match') || '{}',
                points: int(f, 'points'),
                dailyCap: text(f, 'cap') ? int(f, 'cap') : null,
                active: f.get('active') === 'on',
              },
            }),
          )}
        >
          <input name="activity" placeholder="activity_name" aria-label="Activity" required />
          <input name="description" placeholder="Description" aria-label="Description" />
          <input name="source" placeholder="Source context" aria-label="Source context" />
          <input name="event" placeholder="Event type" aria-label="Event type" />
          <input name="userField" placeholder="userId" aria-label="User field" />
          <input name="match" placeholder="{}" aria-label="Match (JSON)" />
          <input name="points" type="number" min={0} aria-label="Points" required />
          <input name="cap" type="number" min={1} placeholder="no cap" aria-label="Daily cap" />
          <label>
            <input name="active" type="checkbox" defaultChecked /> active
          </label>
          <button>Save rule</button>
        </form>
        <table>
          <tbody>
            {data.activityRules.map((r) => (
              <tr key={r.activity}>
                <td>{r.activity}</td>
                <td>{r.sourceContext ? `${r.sourceContext}.${r.eventType} (${r.userField}${r.match !== '{}' ? `, ${r.match}` : ''})` : 'logged directly'}</td>
                <td>{r.points} pts</td>
                <td>{r.dailyCap ? `${r.dailyCap}/day` : 'no cap'}</td>
                <td>{r.active ? 'active' : 'off'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
