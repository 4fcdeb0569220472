// Ending every session of a user (what erasing or disabling an account does): the user's tokens are
// refused everywhere at once, not served as someone with zero balances.
import { createKeyValueStore, createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { closeDatabases, codeOf, gql, registerUser, stack, subscribe } from '@worldgraph/testenv';
import { Accounts } from '../src/domain/accounts.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const MY_WALLET = '{ myWallet { balances { asset amount } } }';

afterAll(() => closeDatabases());

describe('ending every session of a user', () => {
  it("refuses all the user's tokens wherever they are verified, closes the user's sockets, and stops refreshes", async () => {
    const user = await registerUser();
    const second = (await gql(LOGIN, { input: { login: user.username, password: user.password } })).data!.login.accessToken as string;
    for (const token of [user.accessToken, second]) expect((await gql(MY_WALLET, {}, { token })).data?.myWallet.balances.length).toBeGreaterThan(0);
    const live = await subscribe('subscription { walletChanged { id } }', {}, { token: second });

    const db = createPrismaClient(PrismaClient, databaseUrl(stack().databaseUrl, `${stack().dbPrefix}accounts`), { poolSize: 1 });
    const kv = createKeyValueStore(process.env.REDIS_URL, stack().redisPrefix);
    try {
      // Only the database and the shared store are used to end sessions.
      const accounts = new Accounts(db, undefined as never, kv, undefined as never);
      expect(await accounts.endAllSessions(user.id)).toBe(2);
    } finally {
      await db.$disconnect();
      await kv.close();
    }

    for (const token of [user.accessToken, second]) {
      const res = await gql(MY_WALLET, {}, { token });
      expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
    expect(await live.end(20_000)).toMatchObject({ code: 4401 });
    expect(codeOf(await gql('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});
