import { codeOf, gql, registerUser } from '@worldgraph/testenv';
import { normaliseIban } from '../src/domain/bank-accounts.ts';

describe('IBAN (ISO 13616 mod-97)', () => {
  it.each([
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['de89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
  ])('accepts %s', (input, iban) => expect(normaliseIban(input)).toBe(iban));
  it.each(['GB82WEST12345698765433', 'GB83WEST12345698765432', 'XX', '1234567890123456', 'GB82 WEST 1234 5698 7654 3!'])('refuses %s', (input) => expect(normaliseIban(input)).toBeNull());
});

describe('bank accounts through the router', () => {
  const ADD = 'mutation ($i: String!, $h: String!) { addBankAccount(iban: $i, holderName: $h) { id iban holderName } }';
  const LIST = '{ myBankAccounts { iban } }';
  it('adds a checked IBAN once, refuses a wrong one, and removes only its own', async () => {
    const [ada, bob] = [await registerUser(), await registerUser()];
    const added = await gql(ADD, { i: 'GB82 WEST 1234 5698 7654 32', h: 'Ada Lovelace' }, { token: ada.accessToken });
    expect(added.data?.addBankAccount).toMatchObject({ iban: 'GB82WEST12345698765432', holderName: 'Ada Lovelace' });
    expect(codeOf(await gql(ADD, { i: 'GB82WEST12345698765433', h: 'Ada Lovelace' }, { token: ada.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(ADD, { i: 'gb82west12345698765432', h: 'Ada Lovelace' }, { token: ada.accessToken }))).toBe('CONFLICT');
    expect((await gql(LIST, {}, { token: ada.accessToken })).data?.myBankAccounts).toEqual([{ iban: 'GB82WEST12345698765432' }]);
    const id = added.data!.addBankAccount.id;
    expect(codeOf(await gql('mutation ($id: ID!) { removeBankAccount(id: $id) }', { id }, { token: bob.accessToken }))).toBe('NOT_FOUND');
    expect((await gql('mutation ($id: ID!) { removeBankAccount(id: $id) }', { id }, { token: ada.accessToken })).data).toEqual({ removeBankAccount: true });
    expect((await gql(LIST, {}, { token: ada.accessToken })).data?.myBankAccounts).toEqual([]);
  });
});
