// Top-up orders and the Parsian sandbox, as the commerce tests drive them.
import { adminToken, gql, unique } from '@worldgraph/testenv';
import { dataOf } from './helpers.ts';

export const ORDER_FIELDS = 'id number asset amount unitPrice priceIrr status redirectUrl rrn failure settledAt user { id }';

export interface Order {
  id: string;
  number: string;
  asset: string;
  amount: string;
  unitPrice: string;
  priceIrr: string;
  status: string;
  redirectUrl: string | null;
  rrn: string | null;
  failure: string | null;
}

export async function createOrder(token: string, input: Record<string, unknown> = {}): Promise<Order> {
  const res = await gql<{ createTopUpOrder: Order }>(`mutation ($input: CreateTopUpOrderInput!) { createTopUpOrder(input: $input) { ${ORDER_FIELDS} } }`, { input: { asset: 'PSC', amount: '2', idempotencyKey: unique('ord-'), ...input } }, { token });
  return dataOf(res).createTopUpOrder;
}

export async function orderOf(token: string, id: string): Promise<Order> {
  return dataOf(await gql<{ topUpOrder: Order }>(`query ($id: ID!) { topUpOrder(id: $id) { ${ORDER_FIELDS} } }`, { id }, { token })).topUpOrder;
}

export interface CallbackForm {
  callbackUrl: string;
  fields: Record<string, string>;
}

/** The sandbox's token of an order's payment page. */
export const tokenOf = (order: Order) => new URL(order.redirectUrl!).searchParams.get('token')!;

/** Pays (or cancels) at the sandbox over HTTP, as the buyer on its page: the form the browser would post back. */
export async function atGateway(order: Order, action: 'pay' | 'cancel' = 'pay'): Promise<CallbackForm> {
  const res = await fetch(new URL(`/sandbox/api/${action}`, order.redirectUrl!), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: tokenOf(order) }) });
  if (!res.ok) throw new Error(`sandbox ${action} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CallbackForm;
}

/** Posts a callback form to the wallet, as the buyer's browser does; the HTTP status and where it redirects. */
export async function deliver(form: CallbackForm): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(form.callbackUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form.fields).toString(), redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
}

export async function setVariable(key: string, value: string, reason?: string) {
  const res = await gql('mutation ($input: SetPlatformVariableInput!) { setPlatformVariable(input: $input) { key value version updatedBy } }', { input: { key, value, reason } }, { token: await adminToken() });
  return dataOf(res).setPlatformVariable as { key: string; value: string; version: number; updatedBy: string };
}

export async function reconcile() {
  return dataOf(await gql('mutation { reconcileOrders { checked paid expired failed cancelled open errors } }', {}, { token: await adminToken() })).reconcileOrders as Record<string, number>;
}
