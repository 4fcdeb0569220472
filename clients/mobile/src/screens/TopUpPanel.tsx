// Top up PSC through the payment gateway: the order opens the bank's page in the browser; the panel
// follows the order until it is settled (the balance above updates live through walletChanged).
import { CreateTopUpOrderDocument, TopUpOrderDocument, type TopUpOrderSummaryFragment } from '@worldgraph/sdk';
import { useEffect, useRef, useState } from 'react';
import { Linking, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { idempotencyKey } from '../ui/format';
import { Button, ErrorText, Field, styles } from '../ui/kit';

const OUTCOME: Record<string, string> = {
  pending: 'Waiting for the bank…',
  paid: 'Paid: your wallet was credited.',
  cancelled: 'You cancelled the payment.',
  failed: 'The bank refused the payment.',
  expired: 'The order expired unpaid.',
};

export function TopUpPanel() {
  const { api } = useSession();
  const [amount, setAmount] = useState('1');
  const [order, setOrder] = useState<TopUpOrderSummaryFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const follow = (id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const { topUpOrder } = await api.request(TopUpOrderDocument, { id });
        if (topUpOrder) setOrder(topUpOrder);
        if (topUpOrder?.status === 'pending') follow(id);
      } catch {
        follow(id);
      }
    }, 2000);
  };

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { createTopUpOrder } = await api.request(CreateTopUpOrderDocument, { input: { asset: 'PSC', amount, idempotencyKey: idempotencyKey('topup') } });
      setOrder(createTopUpOrder);
      if (createTopUpOrder.redirectUrl) await Linking.openURL(createTopUpOrder.redirectUrl);
      clearTimeout(timer.current);
      follow(createTopUpOrder.id);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View style={{ marginBottom: 12 }} testID="topup-panel">
      <Text style={styles.label}>Top up PSC</Text>
      <Field label="Amount" value={amount} onChangeText={(t) => setAmount(t.trim())} keyboardType="decimal-pad" />
      <Button label={busy ? 'Opening the bank…' : 'Pay at the bank'} onPress={start} disabled={busy || !/^\d+(\.\d+)?$/.test(amount)} />
      <ErrorText message={error} />
      {order && (
        <Text style={styles.rowText} testID="topup-status">
          Order {order.number}: {Number(order.priceIrr).toLocaleString()} IRR · {OUTCOME[order.status] ?? order.status}
        </Text>
      )}
    </View>
  );
}
