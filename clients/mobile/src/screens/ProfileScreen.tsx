// The player's own page: their picture (picked from the photo library and uploaded) and name.
import { MyKycDocument, MyMediaDocument } from '@worldgraph/sdk';
import * as ImagePicker from 'expo-image-picker';
import { useState } from 'react';
import { Image, Text, View } from 'react-native';
import { useSession } from '../api/context';
import { messageOf } from '../api/errors';
import { useQuery } from '../api/hooks';
import { uploadPicture } from '../api/upload';
import { Button, ErrorText, Loading, Notice, Screen, styles } from '../ui/kit';

export function ProfileScreen({ pick = pickFromLibrary }: { pick?: () => Promise<ImagePicker.ImagePickerAsset | null> }) {
  const { api, user } = useSession();
  const { data, error, loading, reload } = useQuery(MyMediaDocument);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const avatar = data?.me?.avatar;
  const kyc = useQuery(MyKycDocument).data;

  const change = async () => {
    setProblem(null);
    const asset = await pick();
    if (!asset || !user) return;
    setProgress(0);
    try {
      await uploadPicture(api, { uri: asset.uri, name: asset.fileName ?? 'avatar.jpg', mimeType: asset.mimeType ?? 'image/jpeg' }, { type: 'USER_AVATAR', id: user.id }, setProgress);
      await reload();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Screen title="Me">
      <ErrorText message={error ?? problem} />
      {!data && loading && <Loading />}
      <View style={{ alignItems: 'center', marginVertical: 16 }}>
        {avatar ? (
          <Image testID="avatar" source={{ uri: avatar.thumbnailUrl ?? avatar.url }} style={{ width: 120, height: 120, borderRadius: 60 }} accessibilityLabel="Your picture" />
        ) : (
          <Text style={styles.rowText}>No picture yet.</Text>
        )}
        <Text style={{ fontSize: 18, fontWeight: '600', marginTop: 8 }}>{user?.username}</Text>
        {kyc && <Text testID="kyc-status" style={styles.rowText}>{kycLine(kyc.me.kycStatus, kyc.myKycSubmission?.rejectionReason)}</Text>}
      </View>
      {progress !== null && <Notice message={`Uploading… ${Math.round(progress * 100)}%`} />}
      <Button label={avatar ? 'Change your picture' : 'Add a picture'} onPress={() => void change()} disabled={progress !== null} />
    </Screen>
  );
}

/** The identity verification (KYC) state in words; documents are submitted on the web. */
export function kycLine(status: string | null | undefined, reason?: string | null): string {
  if (status === 'verified') return 'Identity: verified';
  if (status === 'pending') return 'Identity: waiting for review';
  if (status === 'rejected') return `Identity: rejected${reason ? ` (${reason})` : ''}; submit again on the web`;
  return 'Identity: not verified (verify it on the web)';
}

/** The system photo picker: one image, cropped square. Null when the player cancels. */
async function pickFromLibrary(): Promise<ImagePicker.ImagePickerAsset | null> {
  const permission = await ImagePicker.requestMediaLibraryPermissionsAsync();
  if (!permission.granted) return null;
  const result = await ImagePicker.launchImageLibraryAsync({ mediaTypes: ['images'], allowsEditing: true, aspect: [1, 1], quality: 0.8 });
  return result.canceled ? null : (result.assets[0] ?? null);
}
