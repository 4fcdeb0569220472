import { useState, type FormEvent } from 'react';
import { BeginSmsTwoFactorEnrolmentDocument, ConfirmSmsTwoFactorEnrolmentDocument, RequestTwoFactorDisableCodeDocument } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';

type Run = (task: () => Promise<void>) => () => Promise<void>;

const valueOf = (event: FormEvent<HTMLFormElement>, name: string) => {
  event.preventDefault();
  return String(new FormData(event.currentTarget).get(name) ?? '');
};

/** Two-factor by SMS: a number, the code sent to it, then the recovery codes (shown by the caller). */
export function SmsEnrolment({ run, onRecovery }: { run: Run; onRecovery: (codes: string[]) => void }) {
  const [sentTo, setSentTo] = useState<string>();
  const send = (event: FormEvent<HTMLFormElement>) => {
    const phoneNumber = valueOf(event, 'phoneNumber');
    return run(async () => setSentTo((await request(BeginSmsTwoFactorEnrolmentDocument, { phoneNumber })).beginSmsTwoFactorEnrolment.phoneHint))();
  };
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    const oneTimeCode = valueOf(event, 'smsCode');
    return run(async () => onRecovery((await request(ConfirmSmsTwoFactorEnrolmentDocument, { oneTimeCode })).confirmSmsTwoFactorEnrolment.recoveryCodes))();
  };
  return (
    <div data-testid="sms-enrolment">
      <form onSubmit={send}>
        <p>Or get a code by SMS each time you sign in.</p>
        <label>
          Phone number <input name="phoneNumber" type="tel" autoComplete="tel" placeholder="+44 7700 900123" required />
        </label>
        <button type="submit">{sentTo ? 'Send again' : 'Send me a code'}</button>
      </form>
      {sentTo && (
        <form onSubmit={confirm}>
          <p data-testid="sms-sent">A code is on its way to {sentTo}.</p>
          <label>
            SMS code <input name="smsCode" inputMode="numeric" autoComplete="one-time-code" required />
          </label>
          <button type="submit">Confirm phone</button>
        </form>
      )}
    </div>
  );
}

/** With SMS two-factor on, turning it off needs a fresh code: this asks for one. */
export function SmsDisableCode({ run }: { run: Run }) {
  const [sentTo, setSentTo] = useState<string>();
  return (
    <p>
      <button type="button" onClick={run(async () => setSentTo((await request(RequestTwoFactorDisableCodeDocument)).requestTwoFactorDisableCode.phoneHint))}>
        Text me a code
      </button>
      {sentTo && <span data-testid="sms-sent"> Sent to {sentTo}.</span>}
    </p>
  );
}
