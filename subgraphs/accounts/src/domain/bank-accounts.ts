import { badInput, conflict, notFound } from '@worldgraph/kit';
import { Prisma, type BankAccount, type PrismaClient } from '../generated/prisma/client.ts';

const MAX_PER_USER = 5;

/**
 * An IBAN in electronic format (upper case, no spaces) when it is well formed and passes the
 * ISO 13616 mod-97 check (the account number moved behind the country and check digits, letters
 * as 10..35, the whole number mod 97 is 1); null otherwise.
 */
export function normaliseIban(input: string): string | null {
  const iban = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return null;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1 ? iban : null;
}

/** A user's bank accounts, for payouts: IBANs checked before they are kept. */
export class BankAccounts {
  constructor(private readonly db: PrismaClient) {}

  list(userId: string): Promise<BankAccount[]> {
    return this.db.bankAccount.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
  }

  async add(userId: string, input: { iban: string; holderName: string }): Promise<BankAccount> {
    const iban = normaliseIban(input.iban);
    if (!iban) throw badInput('This is not a valid IBAN (check the digits)', { field: 'iban' });
    const holderName = input.holderName.trim();
    if (holderName.length < 2 || holderName.length > 70) throw badInput('The holder name must be 2-70 characters', { field: 'holderName' });
    if ((await this.db.bankAccount.count({ where: { userId } })) >= MAX_PER_USER) throw conflict(`At most ${MAX_PER_USER} bank accounts; remove one first`);
    try {
      return await this.db.bankAccount.create({ data: { userId, iban, holderName } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw conflict('This bank account is already on your list');
      throw error;
    }
  }

  async remove(userId: string, id: string): Promise<boolean> {
    const { count } = await this.db.bankAccount.deleteMany({ where: { id: /^[0-9a-f-]{36}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000', userId } });
    if (!count) throw notFound('Bank account');
    return true;
  }
}
