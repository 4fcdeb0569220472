// Amounts stay strings (Decimal): trimmed for display, never turned into floats.

/** "12.5000000000" → "12.5"; "100.0000000000" → "100". */
export function formatAmount(amount: string): string {
  if (!amount.includes('.')) return amount;
  return amount.replace(/\.?0+$/, '');
}

export const formatMoney = (money: { asset: string; amount: string }) => `${formatAmount(money.amount)} ${money.asset}`;

export const formatDate = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/** A key for a command that must not run twice when retried (buy). */
export const idempotencyKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
