// Level and challenge: the player's level and points (live on a level change), and the open
// challenge round: its countdown, the question, one answer, the result and prize.
import {
  ChallengeQuestionDocument,
  ChallengeTimingsDocument,
  LevelChangedDocument,
  MyLevelDocument,
  SubmitChallengeAnswerDocument,
  type AnswerResultFragment,
} from '@worldgraph/sdk';
import { useEffect, useState } from 'react';
import { Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery, useSubscription } from '../api/hooks';
import { Button, ErrorText, Loading, Screen, styles } from '../ui/kit';

/** Seconds until `at` on the server's clock (`skew`: server minus device, ms). */
function useSecondsUntil(at: string | undefined, skew: number) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  return at === undefined ? undefined : Math.max(0, Math.ceil((Date.parse(at) - now - skew) / 1000));
}

export function ProgressScreen() {
  const { api } = useSession();
  const level = useQuery(MyLevelDocument);
  useSubscription(LevelChangedDocument, {}, () => void level.reload());
  const timings = useQuery(ChallengeTimingsDocument, { upcomingFirst: 1 });
  const round = timings.data?.challengeTimings.open[0];
  const skew = timings.data ? Date.parse(timings.data.challengeTimings.now) - Date.now() : 0;
  const closesIn = useSecondsUntil(round?.closesAt, skew);
  const question = useQuery(ChallengeQuestionDocument, { roundId: round?.id ?? '' }, { skip: !round || !!round.myAnswer });
  const [answer, setAnswer] = useState<AnswerResultFragment>();
  const [error, setError] = useState<string | null>(null);
  const shown = answer ?? round?.myAnswer ?? undefined;

  const submit = async (choiceId: string) => {
    setError(null);
    try {
      const d = await api.request(SubmitChallengeAnswerDocument, { roundId: round!.id, choiceId });
      setAnswer(d.submitChallengeAnswer);
      void level.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const me = level.data?.me.level;
  return (
    <Screen title="Level">
      <ErrorText message={level.error ?? timings.error ?? error} />
      {!me && level.loading && <Loading />}
      {me && (
        <View style={styles.row} testID="my-level">
          <Text style={styles.rowTitle}>
            Level {me.number}: {me.name}
          </Text>
          <Text style={styles.rowText}>
            {me.points} points{me.next ? ` · ${me.pointsToNext} to ${me.next.name}` : ' · top level'}
          </Text>
        </View>
      )}
      <Text style={[styles.title, { fontSize: 18, marginTop: 16 }]}>Challenge</Text>
      {!round && <Text style={styles.rowText}>No round is open right now.</Text>}
      {round && (
        <View testID="challenge">
          <Text style={styles.label}>{closesIn ? `Closes in ${closesIn} s` : 'Closed'}</Text>
          {round.prizePool && (
            <Text style={styles.rowText}>
              First {round.prizePool.winnerLimit} right answers win {round.prizePool.amountEach} {round.prizePool.asset}
            </Text>
          )}
          {shown ? (
            <View testID="challenge-result">
              <Text style={styles.rowTitle}>{shown.correct ? `Right! +${shown.points} points` : 'Wrong answer.'}</Text>
              {shown.prize && (
                <Text style={styles.rowText}>
                  Prize #{shown.prize.rank}: {shown.prize.amount} {shown.prize.asset}
                </Text>
              )}
            </View>
          ) : (
            question.data && (
              <View>
                <Text style={styles.rowTitle}>{question.data.challengeQuestion.text}</Text>
                {question.data.challengeQuestion.choices.map((c) => (
                  <Button key={c.id} label={c.text} disabled={!closesIn} onPress={() => void submit(c.id)} />
                ))}
              </View>
            )
          )}
        </View>
      )}
    </Screen>
  );
}
