import { decodeJwt } from 'jose';
import { adminToken, closeDatabases, database, eventually, gql, ok, refusal, registerUser, serviceToken, stack, type TestUser } from '@worldgraph/testenv';

afterAll(closeDatabases);

/** A 1×1 PNG: media sniffs it as image/png, which the KYC purpose allows. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Uploads a file of `purpose` through the router; its media id. */
async function upload(user: TestUser, purpose = 'KYC', filename = 'passport.png'): Promise<string> {
  const { startUpload } = await ok<any>('mutation ($i: StartUploadInput!) { startUpload(input: $i) { id parts { url } } }', { i: { purpose, filename, contentType: 'image/png', size: PNG.length } }, user.accessToken);
  expect((await fetch(startUpload.parts[0].url, { method: 'PUT', body: PNG })).status).toBe(200);
  return (await ok<any>('mutation ($id: ID!) { completeUpload(id: $id) { id } }', { id: startUpload.id }, user.accessToken)).completeUpload.id;
}

const SUBMIT = 'mutation ($i: SubmitKycInput!) { submitKyc(input: $i) { id status legalName birthDate documentCountry } }';
const MINE = '{ me { kycStatus roles } myKycSubmission { id status rejectionReason } }';
const REVIEW = 'query ($id: ID!) { kycSubmission(id: $id) { id status user { id } documents { id filename url } } }';
const QUEUE = 'query ($s: KycStatus, $after: String) { kycSubmissions(status: $s, first: 100, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }';
const APPROVE = 'mutation ($id: ID!) { approveKyc(id: $id) { id status decidedAt } }';
const REJECT = 'mutation ($id: ID!, $r: String!) { rejectKyc(id: $id, reason: $r) { id status rejectionReason } }';
const details = (documentIds: string[]) => ({ legalName: 'Ada Lovelace', birthDate: '1990-12-10', documentNumber: 'X1234567', documentCountry: 'gb', documentIds });

describe('KYC through the router', () => {
  it('refuses bad details and files that are not the user’s own KYC files, changing nothing', async () => {
    const [ada, eve] = [await registerUser(), await registerUser()];
    const [mine, avatar, evesFile] = [await upload(ada), await upload(ada, 'AVATAR', 'me.png'), await upload(eve)];
    const young = new Date(Date.now() - 10 * 365 * 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ legalName: ' ' }, 'BAD_USER_INPUT'],
      [{ birthDate: '1990-02-31' }, 'BAD_USER_INPUT'],
      [{ birthDate: young }, 'BAD_USER_INPUT'],
      [{ documentNumber: '!!' }, 'BAD_USER_INPUT'],
      [{ documentCountry: 'XX' }, 'BAD_USER_INPUT'],
      [{ documentIds: [] }, 'BAD_USER_INPUT'],
      [{ documentIds: [mine, mine] }, 'BAD_USER_INPUT'],
      [{ documentIds: ['00000000-0000-4000-8000-000000000000'] }, 'BAD_USER_INPUT'],
      [{ documentIds: [avatar] }, 'BAD_USER_INPUT', 'WRONG_PURPOSE'],
      [{ documentIds: [mine, evesFile] }, 'FORBIDDEN'],
    ];
    const refused = await Promise.all(cases.map(([change]) => refusal(SUBMIT, { i: { ...details([mine]), ...change } }, ada.accessToken)));
    expect(refused.map((r, i) => [cases[i]![0], r.code, cases[i]![2] && r.reason])).toEqual(cases.map(([change, code, reason]) => [change, code, reason]));
    expect(await ok(MINE, {}, ada.accessToken)).toEqual({ me: { kycStatus: 'none', roles: ['user'] }, myKycSubmission: null });
    expect((await refusal(SUBMIT, { i: details([mine]) })).code).toBe('UNAUTHENTICATED');
  }, 180_000);

  it('keeps KYC files to their owner and admins', async () => {
    const [ada, eve] = [await registerUser(), await registerUser()];
    const doc = await upload(ada);
    const READ = 'query ($id: ID!) { mediaById(id: $id) { id filename url } }';
    expect((await ok<any>(READ, { id: doc }, ada.accessToken)).mediaById).toMatchObject({ id: doc, filename: 'passport.png' });
    expect((await ok<any>(READ, { id: doc }, eve.accessToken)).mediaById).toBeNull();
    expect((await ok<any>(READ, { id: doc })).mediaById).toBeNull();
    expect((await ok<any>(READ, { id: doc }, await adminToken())).mediaById.id).toBe(doc);
    // Reached through an entity (here: the owner's own file list seen by an admin), the bytes stay the owner's and admins'.
    const viaOwner = await ok<any>('query ($id: ID!) { user(id: $id) { media { id url } } }', { id: ada.id }, await adminToken());
    expect(viaOwner.user.media[0].url).toMatch(/^http/);
  });

  it('goes pending, is rejected with a reason, resubmitted, approved; decisions are admins’ and happen once', async () => {
    const ada = await registerUser();
    const admin = await adminToken();
    const first = (await ok<any>(SUBMIT, { i: details([await upload(ada)]) }, ada.accessToken)).submitKyc;
    expect(first).toMatchObject({ status: 'pending', legalName: 'Ada Lovelace', birthDate: '1990-12-10', documentCountry: 'GB' });
    expect((await refusal(SUBMIT, { i: details([await upload(ada)]) }, ada.accessToken))).toMatchObject({ code: 'CONFLICT', reason: 'KYC_PENDING' });

    // Only admins review.
    expect((await refusal(QUEUE, {}, ada.accessToken)).code).toBe('FORBIDDEN');
    expect((await refusal(REVIEW, { id: first.id }, ada.accessToken)).code).toBe('FORBIDDEN');
    expect((await refusal(APPROVE, { id: first.id }, ada.accessToken)).code).toBe('FORBIDDEN');
    expect((await refusal(REJECT, { id: first.id, r: 'no' }, ada.accessToken)).code).toBe('FORBIDDEN');

    // The queue lists pending submissions first; the admin opens this one and downloads its document.
    const queue = (await ok<any>(QUEUE, {}, admin)).kycSubmissions.edges.map((e: any) => e.node);
    const pendingRun = queue.findIndex((s: any) => s.status !== 'pending');
    expect(queue.slice(pendingRun === -1 ? queue.length : pendingRun).every((s: any) => s.status !== 'pending')).toBe(true);
    expect(queue.some((s: any) => s.id === first.id)).toBe(true);
    const review = (await ok<any>(REVIEW, { id: first.id }, admin)).kycSubmission;
    expect(review).toMatchObject({ status: 'pending', user: { id: ada.id }, documents: [{ filename: 'passport.png' }] });
    const download = await fetch(review.documents[0].url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);

    expect((await refusal(REJECT, { id: first.id, r: '  ' }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await refusal(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, admin)).code).toBe('NOT_FOUND');
    expect((await ok<any>(REJECT, { id: first.id, r: 'The photo is blurred' }, admin)).rejectKyc).toMatchObject({ status: 'rejected', rejectionReason: 'The photo is blurred' });
    expect(await refusal(APPROVE, { id: first.id }, admin)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
    expect(await ok(MINE, {}, ada.accessToken)).toEqual({ me: { kycStatus: 'rejected', roles: ['user'] }, myKycSubmission: { id: first.id, status: 'rejected', rejectionReason: 'The photo is blurred' } });

    // Rejected, the user submits again; the admin approves.
    const second = (await ok<any>(SUBMIT, { i: details([await upload(ada)]) }, ada.accessToken)).submitKyc;
    expect((await ok<any>(QUEUE, { s: 'pending' }, admin)).kycSubmissions.edges.map((e: any) => e.node.id)).toContain(second.id);
    expect((await ok<any>(APPROVE, { id: second.id }, admin)).approveKyc).toMatchObject({ status: 'verified' });
    expect(await refusal(REJECT, { id: second.id, r: 'too late' }, admin)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
    expect(await ok(MINE, {}, ada.accessToken)).toEqual({ me: { kycStatus: 'verified', roles: ['user', 'verified_user'] }, myKycSubmission: { id: second.id, status: 'verified', rejectionReason: null } });
    expect(await refusal(SUBMIT, { i: details([await upload(ada)]) }, ada.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'KYC_ALREADY_VERIFIED' });
    expect((await ok<any>(QUEUE, { s: 'verified' }, admin)).kycSubmissions.edges.map((e: any) => e.node.id)).toContain(second.id);

    // The user is told of both decisions, in-app.
    const told = await eventually(
      async () => (await ok<any>('{ notifications(first: 10) { edges { node { kind title body } } } }', {}, ada.accessToken)).notifications.edges.map((e: any) => e.node),
      (list: any[]) => list.filter((n) => n.kind === 'kyc_decided').length === 2,
    );
    expect(told.map((n: any) => n.title)).toEqual(['Your identity is verified', 'Your identity verification was rejected']);
    expect(told[1].body).toContain('The photo is blurred');

    // The token from before the approval lacks the role; the next refresh carries it.
    expect(decodeJwt(ada.accessToken).roles).toEqual(['user']);
    const refreshed = (await ok<any>('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: ada.refreshToken })).refresh;
    expect(decodeJwt(refreshed.accessToken).roles).toEqual(['user', 'verified_user']);

    // Audit: the submission and the decisions are recorded, the identity details are not.
    const AUDIT = 'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 100) { edges { node { action outcome before after } } } }';
    const entries = await eventually(
      async () => {
        const [about, by] = await Promise.all([{ entityId: ada.id }, { actor: ada.id }].map((f) => ok<any>(AUDIT, { f: { context: 'accounts', ...f } }, admin)));
        return [...about.auditLog.edges, ...by.auditLog.edges].map((e: any) => e.node);
      },
      (list: any[]) => ['KycSubmitted', 'KycDecided', 'submitKyc'].every((a) => list.some((e) => e.action === a)) && list.filter((e) => e.action === 'KycDecided').length >= 2,
    );
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/Lovelace|X1234567|1990-12-10/);
    expect([...new Set(entries.filter((e: any) => e.action === 'KycDecided').map((e: any) => JSON.parse(e.after).decision))].sort()).toEqual(['rejected', 'verified']);
  }, 180_000);

  it('pages through the queue with cursors', async () => {
    const admin = await adminToken();
    const users = [await registerUser(), await registerUser(), await registerUser()];
    for (const u of users) await ok(SUBMIT, { i: details([await upload(u)]) }, u.accessToken);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (await ok<any>('query ($a: String) { kycSubmissions(status: pending, first: 1, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { a: after }, admin)).kycSubmissions;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    const ids = (await database('accounts').query("SELECT id FROM kyc_submissions WHERE status = 'pending' ORDER BY submitted_at, id")).rows.map((r) => r.id);
    expect(seen).toEqual(ids);
    expect((await refusal('{ kycSubmissions(after: "bogus") { edges { cursor } } }', {}, admin)).code).toBe('BAD_USER_INPUT');
  });

  it('forgets the submissions of an erased user', async () => {
    const ada = await registerUser();
    await ok(SUBMIT, { i: details([await upload(ada)]) }, ada.accessToken);
    await ok('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: ada.password }, ada.accessToken);
    expect((await database('accounts').query('SELECT count(*)::int AS n FROM kyc_submissions WHERE user_id = $1', [ada.id])).rows[0].n).toBe(0);
    expect((await database('accounts').query('SELECT kyc_status FROM users WHERE id = $1', [ada.id])).rows[0].kyc_status).toBe('none');
  });
});

describe('profile limitations, admin side', () => {
  const IMPOSE = 'mutation ($u: ID!, $k: LimitationKind!, $t: DateTime!, $r: String!) { imposeLimitation(userId: $u, kind: $k, until: $t, reason: $r) { kind until reason inForce } }';
  const LIFT = 'mutation ($u: ID!, $k: LimitationKind!) { liftLimitation(userId: $u, kind: $k) { kind inForce } }';
  const LIST = 'query ($u: ID!) { userLimitations(userId: $u) { kind reason inForce } }';

  it('imposes, lists and lifts a limitation; services see it while in force; only admins act', async () => {
    const [bob, eve] = [await registerUser(), await registerUser()];
    const admin = await adminToken();
    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect((await refusal(IMPOSE, { u: bob.id, k: 'CANNOT_CHAT', t: until, r: 'spam' }, eve.accessToken)).code).toBe('FORBIDDEN');
    expect((await refusal(LIST, { u: bob.id }, eve.accessToken)).code).toBe('FORBIDDEN');
    expect((await refusal(IMPOSE, { u: bob.id, k: 'CANNOT_CHAT', t: new Date(Date.now() - 1000).toISOString(), r: 'spam' }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await refusal(IMPOSE, { u: bob.id, k: 'CANNOT_CHAT', t: until, r: ' ' }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await refusal(IMPOSE, { u: '00000000-0000-4000-8000-000000000000', k: 'CANNOT_CHAT', t: until, r: 'spam' }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await refusal(LIFT, { u: bob.id, k: 'CANNOT_CHAT' }, admin)).code).toBe('NOT_FOUND');

    expect((await ok<any>(IMPOSE, { u: bob.id, k: 'CANNOT_CHAT', t: until, r: 'spam' }, admin)).imposeLimitation).toEqual({ kind: 'CANNOT_CHAT', until, reason: 'spam', inForce: true });
    expect((await ok<any>(LIST, { u: bob.id }, admin)).userLimitations).toEqual([{ kind: 'CANNOT_CHAT', reason: 'spam', inForce: true }]);
    const INTERNAL = 'query ($u: [ID!]!) { internalUserLimitations(userIds: $u) { kind } }';
    const asService = async () => (await gql<any>(INTERNAL, { u: [bob.id] }, { url: stack().subgraphs.accounts, token: await serviceToken('chat') })).data!.internalUserLimitations;
    expect(await asService()).toEqual([{ kind: 'CANNOT_CHAT' }]);

    expect((await refusal(LIFT, { u: bob.id, k: 'CANNOT_CHAT' }, eve.accessToken)).code).toBe('FORBIDDEN');
    expect((await ok<any>(LIFT, { u: bob.id, k: 'CANNOT_CHAT' }, admin)).liftLimitation).toEqual({ kind: 'CANNOT_CHAT', inForce: false });
    expect(await asService()).toEqual([]);
    expect((await ok<any>(LIST, { u: bob.id }, admin)).userLimitations).toEqual([{ kind: 'CANNOT_CHAT', reason: 'spam', inForce: false }]);
    expect((await refusal(LIFT, { u: bob.id, k: 'CANNOT_CHAT' }, admin)).code).toBe('NOT_FOUND');

    const entries = await eventually(
      async () => (await ok<any>('query ($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { edges { node { action actor } } } }', { f: { context: 'accounts', entityId: bob.id } }, admin)).auditLog.edges.map((e: any) => e.node.action),
      (actions: string[]) => actions.includes('UserLimited') && actions.includes('UserLimitationLifted'),
    );
    expect(entries).toEqual(expect.arrayContaining(['imposeLimitation', 'liftLimitation']));
  });
});
