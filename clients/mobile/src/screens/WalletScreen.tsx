// Balances and history; new movements arrive live (walletChanged).
import { MyWalletDocument, WalletChangedDocument, type MyWalletQuery } from '@worldgraph/sdk';
import { FlatList, Text, View } from 'react-native';
import { useQuery, useSubscription } from '../api/hooks';
import { formatAmount, formatDate } from '../ui/format';
import { ErrorText, Loading, Screen, styles } from '../ui/kit';
import { TopUpPanel } from './TopUpPanel';

type Wallet = MyWalletQuery['myWallet'];
type Transaction = Wallet['transactions']['edges'][number]['node'];

/** The wallet after a live movement: the transaction first, its asset's balance updated. */
export function applyMovement(wallet: Wallet, tx: Transaction): Wallet {
  if (wallet.transactions.edges.some((e) => e.node.id === tx.id)) return wallet;
  const known = wallet.balances.some((b) => b.asset === tx.asset);
  return {
    balances: known ? wallet.balances.map((b) => (b.asset === tx.asset ? { ...b, amount: tx.balanceAfter } : b)) : [...wallet.balances, { asset: tx.asset, amount: tx.balanceAfter }],
    transactions: { ...wallet.transactions, edges: [{ node: tx }, ...wallet.transactions.edges] },
  };
}

export function WalletScreen() {
  const { data, error, loading, reload, setData } = useQuery(MyWalletDocument, { first: 30 });
  useSubscription(WalletChangedDocument, {}, ({ walletChanged }) =>
    setData((d) => d && { myWallet: applyMovement(d.myWallet, walletChanged) }),
  );
  const wallet = data?.myWallet;

  return (
    <Screen title="Wallet">
      <ErrorText message={error} />
      {!wallet && loading && <Loading />}
      {wallet && (
        <>
          <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginBottom: 12 }}>
            {wallet.balances.length === 0 && <Text style={styles.rowText}>No balance yet.</Text>}
            {wallet.balances.map((b) => (
              <View key={b.asset} style={{ marginRight: 20, marginBottom: 8 }} testID={`balance-${b.asset}`}>
                <Text style={styles.rowText}>{b.asset}</Text>
                <Text style={{ fontSize: 20, fontWeight: '700' }}>{formatAmount(b.amount)}</Text>
              </View>
            ))}
          </View>
          <TopUpPanel />
          <Text style={styles.label}>History</Text>
          <FlatList
            data={wallet.transactions.edges.map((e) => e.node)}
            keyExtractor={(t) => t.id}
            refreshing={loading}
            onRefresh={reload}
            ListEmptyComponent={<Text style={styles.rowText}>No movements yet.</Text>}
            renderItem={({ item }) => (
              <View style={styles.row}>
                <Text style={styles.rowTitle}>
                  {item.amount.startsWith('-') ? '' : '+'}
                  {formatAmount(item.amount)} {item.asset}
                </Text>
                <Text style={styles.rowText}>
                  {describe(item)} · {formatDate(item.createdAt)}
                </Text>
              </View>
            )}
          />
        </>
      )}
    </Screen>
  );
}

const describe = (t: Transaction) => [t.kind.replace(/_/g, ' '), t.counterparty && `with ${t.counterparty.username}`, t.memo].filter(Boolean).join(' · ');
