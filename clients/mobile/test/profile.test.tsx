// The "Me" tab: a picture picked from the library goes up in parts to the storage's signed URLs and
// becomes the player's avatar. The picker (the device) and the network are faked.
import { fireEvent, render, screen, waitFor } from '@testing-library/react-native';
import * as ImagePicker from 'expo-image-picker';
import App from '../src/App';
import { FakeLiveServer, FakeRouter, fakeApi, gqlError, viewer } from './fake-network';

jest.mock('expo-image-picker', () => ({
  requestMediaLibraryPermissionsAsync: jest.fn(async () => ({ granted: true })),
  launchImageLibraryAsync: jest.fn(),
}));
const picker = ImagePicker as jest.Mocked<typeof ImagePicker>;

const file = (over: Record<string, unknown> = {}) => ({ id: 'm1', filename: 'photo.jpg', contentType: 'image/jpeg', size: 12, width: 64, height: 64, createdAt: '2026-11-26T10:00:00Z', thumbnailUrl: 'http://storage.test/m1/thumb', displayUrl: 'http://storage.test/m1/display', url: 'http://storage.test/m1', ...over });
const noWallet = { myWallet: { balances: [], transactions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };

function router(avatar: ReturnType<typeof file> | null) {
  return new FakeRouter()
    .on('Me', { me: { ...viewer, wallet: { balances: [] } } })
    .on('MyWallet', noWallet)
    .on('UnreadNotificationCount', { unreadNotificationCount: 0 })
    .on('MyMedia', () => ({ myMediaQuota: { usedBytes: 0, limitBytes: 1000 }, me: { id: 'u1', avatar, media: [] } }))
    .on('MyKyc', { me: { id: 'u1', kycStatus: 'rejected', roles: ['user'] }, myKycSubmission: { id: 'k1', status: 'rejected', legalName: 'A', birthDate: '1990-01-01', documentNumber: 'X123', documentCountry: 'DE', submittedAt: '2026-11-26T10:00:00Z', decidedAt: '2026-11-26T11:00:00Z', rejectionReason: 'blurred photo' } });
}

/** The storage side of fetch: the picked file's bytes, and the part PUTs. */
const storage = { puts: [] as { url: string; size: number }[] };
beforeEach(() => {
  storage.puts = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('file://')) return { blob: async () => new Blob([new Uint8Array(12)]) } as Response;
    storage.puts.push({ url, size: (init!.body as Blob).size });
    return { status: 200 } as Response;
  }) as unknown as typeof fetch;
  picker.launchImageLibraryAsync.mockResolvedValue({ canceled: false, assets: [{ uri: 'file:///photos/1.jpg', fileName: 'photo.jpg', mimeType: 'image/jpeg', width: 64, height: 64 }] } as never);
});

test('a picked photo is uploaded in parts and becomes the avatar', async () => {
  let avatar: ReturnType<typeof file> | null = null;
  const r = router(null)
    .on('MyMedia', () => ({ myMediaQuota: { usedBytes: 0, limitBytes: 1000 }, me: { id: 'u1', avatar, media: [] } }))
    .on('StartUpload', { startUpload: { id: 'up1', status: 'uploading', partSize: 8, parts: [{ number: 1, size: 8, url: 'http://storage.test/p1', uploaded: false }, { number: 2, size: 4, url: 'http://storage.test/p2', uploaded: false }] } })
    .on('CompleteUpload', { completeUpload: file() })
    .on('AttachMedia', () => ((avatar = file()), { attachMedia: file() }));
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Me' }));
  fireEvent.press(await screen.findByRole('button', { name: 'Add a picture' }));
  await screen.findByTestId('avatar');
  expect(screen.getByTestId('kyc-status').props.children).toBe('Identity: rejected (blurred photo); submit again on the web');
  expect(storage.puts).toEqual([
    { url: 'http://storage.test/p1', size: 8 },
    { url: 'http://storage.test/p2', size: 4 },
  ]);
  expect(r.callsOf('StartUpload')[0]!.variables.input).toEqual({ purpose: 'AVATAR', filename: 'photo.jpg', contentType: 'image/jpeg', size: 12 });
  expect(r.callsOf('AttachMedia')[0]!.variables).toEqual({ mediaId: 'm1', target: { type: 'USER_AVATAR', id: 'u1' } });
  expect(screen.getByRole('button', { name: 'Change your picture' })).toBeTruthy();
});

test('a file that is not a picture is refused in words', async () => {
  const r = router(null).on('StartUpload', { startUpload: { id: 'up1', status: 'uploading', partSize: 8, parts: [{ number: 1, size: 8, url: 'http://storage.test/p1', uploaded: false }] } }).on('CompleteUpload', gqlError('BAD_USER_INPUT', { reason: 'WRONG_TYPE' }));
  const { api } = fakeApi(r, new FakeLiveServer(), { accessToken: 'a', refreshToken: 'r' });
  render(<App api={api} />);
  fireEvent.press(await screen.findByRole('tab', { name: 'Me' }));
  fireEvent.press(await screen.findByRole('button', { name: 'Add a picture' }));
  expect(await screen.findByText('This file is not a picture we can use. Pick a JPEG, PNG, WebP or GIF.')).toBeTruthy();
  await waitFor(() => expect(r.callsOf('AttachMedia')).toHaveLength(0));
});
