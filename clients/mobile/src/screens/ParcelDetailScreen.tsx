// One parcel: where it is, who owns it, its price; Buy when it is available or for sale.
import { BuyParcelDocument, ParcelDocument } from '@worldgraph/sdk';
import { useRef, useState } from 'react';
import { Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatMoney, idempotencyKey } from '../ui/format';
import { Button, ErrorText, Loading, Notice, Screen, styles } from '../ui/kit';

const STATUS: Record<string, string> = { available: 'Available', for_sale: 'For sale', reserved: 'Purchase in progress', sold: 'Owned' };

export function ParcelDetailScreen({ id, onBack }: { id: string; onBack: () => void }) {
  const { api, user } = useSession();
  const { data, error, loading, setData } = useQuery(ParcelDocument, { id });
  const [buyError, setBuyError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per purchase attempt, kept across retries so a retried buy never pays twice.
  const key = useRef<string | null>(null);
  const parcel = data?.feature;
  const mine = !!parcel && parcel.owner?.id === user?.id;
  const buyable = !!parcel && !mine && (parcel.status === 'available' || parcel.status === 'for_sale');

  const buy = async () => {
    key.current ??= idempotencyKey(`buy-${id}`);
    setBusy(true);
    setBuyError(null);
    try {
      const { buyFeature } = await api.request(BuyParcelDocument, { id, idempotencyKey: key.current }, 'buy');
      if (buyFeature.feature) setData(() => ({ feature: buyFeature.feature }));
      setNotice(`You bought ${id} for ${formatMoney(buyFeature.price)}.`);
      key.current = null;
    } catch (e) {
      setBuyError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={id} right={<Button kind="plain" label="Back" onPress={onBack} />}>
      <ErrorText message={error} />
      {!parcel && loading && <Loading />}
      {data && !parcel && <ErrorText message="This parcel does not exist." />}
      {parcel && (
        <View>
          <Text style={styles.rowTitle}>{STATUS[parcel.status] ?? parcel.status}</Text>
          <Text style={styles.rowText}>Use: {parcel.landUse}</Text>
          <Text style={styles.rowText}>Area: {Math.round(parcel.areaM2)} m²</Text>
          <Text style={styles.rowText}>
            At {parcel.centroid.lat.toFixed(5)}, {parcel.centroid.lng.toFixed(5)}
          </Text>
          <Text style={styles.rowText}>Owner: {mine ? 'you' : (parcel.owner?.username ?? 'nobody yet')}</Text>
          <Text style={[styles.rowTitle, { marginVertical: 12, fontSize: 18 }]}>Price: {formatMoney(parcel.price)}</Text>
          <Notice message={notice} />
          <ErrorText message={buyError} />
          {buyable && <Button label={busy ? 'Buying…' : `Buy for ${formatMoney(parcel.price)}`} onPress={buy} disabled={busy} />}
        </View>
      )}
    </Screen>
  );
}
