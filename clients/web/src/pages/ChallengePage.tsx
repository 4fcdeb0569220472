import { useCallback, useEffect, useState } from 'react';
import {
  ChallengeQuestionDocument,
  ChallengeTimingsDocument,
  SubmitChallengeAnswerDocument,
  type AnswerResultFragment,
  type ChallengeQuestionQuery,
  type ChallengeTimingsQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { POINTS_CHANGED } from './LevelBadge.tsx';

type Timings = ChallengeTimingsQuery['challengeTimings'];

/** Seconds left until `at`, on the server's clock (`skew`: server minus local, in ms). */
function useCountdown(at: string | undefined, skew: number): number | undefined {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);
  return at === undefined ? undefined : Math.max(0, Math.ceil((Date.parse(at) - (now + skew)) / 1000));
}

function Result({ answer }: { answer: AnswerResultFragment }) {
  return (
    <div data-testid="challenge-result">
      <p>
        <strong>{answer.correct ? 'Right!' : 'Wrong answer.'}</strong> {answer.points > 0 && `+${answer.points} points.`}
      </p>
      {answer.prize && (
        <p data-testid="challenge-prize">
          Prize #{answer.prize.rank}: {answer.prize.amount} {answer.prize.asset} {answer.prize.paid ? '(paid to your wallet)' : '(being paid)'}
        </p>
      )}
    </div>
  );
}

/** The live challenge: the open round's countdown, its question, one answer, the result and prize. */
export function ChallengePage() {
  const [timings, setTimings] = useState<Timings>();
  const [skew, setSkew] = useState(0);
  const [question, setQuestion] = useState<ChallengeQuestionQuery['challengeQuestion']>();
  const [answer, setAnswer] = useState<AnswerResultFragment>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(
    () =>
      request(ChallengeTimingsDocument, { upcomingFirst: 5 }).then((d) => {
        setSkew(Date.parse(d.challengeTimings.now) - Date.now());
        setTimings(d.challengeTimings);
      }, setError),
    [],
  );
  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), 15_000);
    return () => clearInterval(t);
  }, [load]);
  const round = timings?.open[0];
  const next = timings?.upcoming[0];
  const closesIn = useCountdown(round?.closesAt, skew);
  const opensIn = useCountdown(next?.opensAt, skew);
  const shown = answer ?? round?.myAnswer ?? undefined;
  useEffect(() => {
    setQuestion(undefined);
    setAnswer(undefined);
    if (round && !round.myAnswer) void request(ChallengeQuestionDocument, { roundId: round.id }).then((d) => setQuestion(d.challengeQuestion), setError);
  }, [round?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const submit = (choiceId: string) => {
    setError(undefined);
    request(SubmitChallengeAnswerDocument, { roundId: round!.id, choiceId }).then((d) => {
      setAnswer(d.submitChallengeAnswer);
      // The header's points and the round's winners changed.
      window.dispatchEvent(new Event(POINTS_CHANGED));
      void load();
    }, setError);
  };
  if (!timings) return error ? <ErrorText error={error} /> : <p>Loading…</p>;
  return (
    <section className="card">
      <h1>Challenge</h1>
      <ErrorText error={error} action="answer" />
      {round ? (
        <div data-testid="challenge-round">
          <p data-testid="challenge-countdown">{closesIn ? `Closes in ${closesIn} s` : 'Closed'}</p>
          {round.prizePool && (
            <p>
              The first {round.prizePool.winnerLimit} right answers win {round.prizePool.amountEach} {round.prizePool.asset} each ({round.winners} won so far).
            </p>
          )}
          {shown ? (
            <Result answer={shown} />
          ) : (
            question && (
              <>
                <p data-testid="challenge-question">{question.text}</p>
                <p>
                  {question.choices.map((c) => (
                    <button key={c.id} onClick={() => submit(c.id)} disabled={!closesIn}>
                      {c.text}
                    </button>
                  ))}
                </p>
              </>
            )
          )}
        </div>
      ) : (
        <p>No round is open right now.</p>
      )}
      {next && <p data-testid="challenge-next">Next round opens in {opensIn} s.</p>}
    </section>
  );
}
