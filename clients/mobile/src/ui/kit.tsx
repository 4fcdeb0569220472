// The few building blocks every screen uses: a padded screen, a title, a button, a message line.
import type { ReactNode } from 'react';
import { ActivityIndicator, Pressable, StyleSheet, Text, TextInput, View, type TextInputProps } from 'react-native';

export const colors = { ink: '#1d2433', muted: '#6b7385', accent: '#2f6fed', danger: '#c0392b', ok: '#1e8e4f', line: '#e3e6ee', bg: '#ffffff' };

export function Screen({ title, children, right }: { title: string; children: ReactNode; right?: ReactNode }) {
  return (
    <View style={styles.screen}>
      <View style={styles.header}>
        <Text style={styles.title} accessibilityRole="header">
          {title}
        </Text>
        {right}
      </View>
      {children}
    </View>
  );
}

export function Button({ label, onPress, disabled, kind = 'primary' }: { label: string; onPress: () => void; disabled?: boolean; kind?: 'primary' | 'plain' }) {
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityState={{ disabled: !!disabled }}
      disabled={disabled}
      onPress={onPress}
      style={[styles.button, kind === 'plain' && styles.plainButton, disabled && styles.disabled]}
    >
      <Text style={kind === 'plain' ? styles.plainLabel : styles.buttonLabel}>{label}</Text>
    </Pressable>
  );
}

/** A human sentence about a failure (never raw server output: see api/errors.ts). */
export function ErrorText({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Text style={styles.error} accessibilityRole="alert">
      {message}
    </Text>
  );
}

export function Notice({ message }: { message: string | null | undefined }) {
  return message ? <Text style={styles.notice}>{message}</Text> : null;
}

export function Loading() {
  return <ActivityIndicator accessibilityLabel="Loading" style={{ margin: 16 }} />;
}

export function Field(props: TextInputProps & { label: string }) {
  return (
    <View style={{ marginBottom: 12 }}>
      <Text style={styles.label}>{props.label}</Text>
      <TextInput accessibilityLabel={props.label} autoCapitalize="none" style={styles.input} {...props} />
    </View>
  );
}

export const styles = StyleSheet.create({
  screen: { flex: 1, padding: 16, backgroundColor: colors.bg },
  header: { flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between', marginBottom: 12 },
  title: { fontSize: 24, fontWeight: '700', color: colors.ink },
  button: { backgroundColor: colors.accent, borderRadius: 8, paddingVertical: 10, paddingHorizontal: 14, alignItems: 'center', marginVertical: 4 },
  plainButton: { backgroundColor: 'transparent' },
  disabled: { opacity: 0.5 },
  buttonLabel: { color: '#fff', fontWeight: '600' },
  plainLabel: { color: colors.accent, fontWeight: '600' },
  error: { color: colors.danger, marginVertical: 8 },
  notice: { color: colors.ok, marginVertical: 8 },
  label: { color: colors.muted, marginBottom: 4 },
  input: { borderWidth: 1, borderColor: colors.line, borderRadius: 8, padding: 10, color: colors.ink },
  row: { paddingVertical: 10, borderBottomWidth: 1, borderBottomColor: colors.line },
  rowTitle: { color: colors.ink, fontWeight: '600' },
  rowText: { color: colors.muted },
});
