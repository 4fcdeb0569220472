import { useEffect, useState } from 'react';
import { LogoutDocument, NotificationAddedDocument, UnreadNotificationCountDocument } from '@worldgraph/sdk';
import { request, subscribe } from './api/graphql.ts';
import { saveSession } from './api/session.ts';
import { AdminPage } from './pages/AdminPage.tsx';
import { CALLBACK_PATH, ProviderCallbackPage } from './pages/ProviderSignIn.tsx';
import { AuthPage } from './pages/AuthPage.tsx';
import { AccountPage, ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage } from './pages/AccountPages.tsx';
import { ChatPage } from './pages/ChatPage.tsx';
import { CalendarPage, EventPage } from './pages/CalendarPage.tsx';
import { ContentAdminPage } from './pages/ContentAdminPage.tsx';
import { TutorialsPage } from './pages/TutorialsPage.tsx';
import { CharactersAdminPage } from './pages/CharactersAdminPage.tsx';
import { CharactersPage } from './pages/CharactersPage.tsx';
import { DynastyPage } from './pages/DynastyPage.tsx';
import { EstatePage } from './pages/EstatePage.tsx';
import { PartnerPage } from './pages/PartnerPage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { FilesPage } from './pages/FilesPage.tsx';
import { HuntsPage } from './pages/HuntsPage.tsx';
import { KycAdminPage } from './pages/KycAdminPage.tsx';
import { KycPage } from './pages/KycPage.tsx';
import { HelpPage } from './pages/HelpPage.tsx';
import { SupportConsolePage } from './pages/SupportConsolePage.tsx';
import { ChallengePage } from './pages/ChallengePage.tsx';
import { LevelBadge } from './pages/LevelBadge.tsx';
import { LevelPage } from './pages/LevelPage.tsx';
import { ProgressionAdminPage } from './pages/ProgressionAdminPage.tsx';
import { InventoryPage } from './pages/InventoryPage.tsx';
import { MapPage } from './pages/MapPage.tsx';
import { NotificationsPage } from './pages/NotificationsPage.tsx';
import { ParcelPage } from './pages/ParcelPage.tsx';
import { TradePage } from './pages/TradePage.tsx';
import { WalletPage } from './pages/WalletPage.tsx';
import { TopUpPage } from './pages/TopUpPage.tsx';
import { ReferralsPage } from './pages/ReferralsPage.tsx';
import { CommerceAdminPage } from './pages/CommerceAdminPage.tsx';
import { go, useRoute } from './route.ts';
import { useRoles } from './useRoles.ts';
import { useSession } from './useSession.ts';
import { useSite } from './useSite.ts';

/** The start page of a site without the world map. */
function HomePage({ title }: { title: string }) {
  return (
    <section className="card" data-testid="home">
      <h1>Welcome to {title}</h1>
      <p className="hint">Everything this site offers is in the menu above.</p>
    </section>
  );
}

/** The unread count, live: fetched once, then bumped by every notificationAdded. */
function useUnreadCount(signedIn: boolean): [number, (n: number) => void] {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!signedIn) return setCount(0);
    void request(UnreadNotificationCountDocument).then((d) => setCount(d.unreadNotificationCount), () => {});
    return subscribe(NotificationAddedDocument, {}, () => setCount((n) => n + 1));
  }, [signedIn]);
  return [count, setCount];
}

export function App() {
  const session = useSession();
  const route = useRoute();
  // A provider sends the browser back to /auth/callback (a path, not a hash route: providers drop fragments).
  const [page = 'map', arg, arg2] = location.pathname === CALLBACK_PATH ? ['auth-callback'] : route;
  const roles = useRoles(session);
  const { site, serves } = useSite();
  const [unread, setUnread] = useUnreadCount(!!session && serves('notifications'));
  const signOut = async () => {
    await request(LogoutDocument).catch(() => {});
    saveSession(null);
    go('map');
  };
  return (
    <div className="app">
      <header>
        <a className="brand" href="#/map" data-testid="brand">
          {site?.features.logoUrl && <img src={site.features.logoUrl} alt="" />}
          {site?.features.title ?? ''}
        </a>
        {/* Only the pages of the contexts this site serves (the graph refuses the others). */}
        {site && (
          <nav>
            {serves('features') && <a href="#/map">Map</a>}
            {session && serves('wallet') && <a href="#/wallet">Wallet</a>}
            {session && serves('wallet') && <a href="#/top-up">Top up</a>}
            {session && serves('wallet') && <a href="#/referrals">Referrals</a>}
            {roles.includes('admin') && serves('wallet') && <a href="#/commerce-admin">Commerce</a>}
            {session && serves('notifications') && (
              <a href="#/notifications" data-testid="notifications-link">
                Notifications {unread > 0 && <span className="badge" data-testid="unread-count">{unread}</span>}
              </a>
            )}
            {session && serves('hunts') && <a href="#/hunts">Hunts</a>}
            {session && serves('progression') && <a href="#/challenge">Challenge</a>}
            {roles.includes('admin') && serves('progression') && <a href="#/progression-admin">Progression</a>}
            {session && serves('characters') && <a href="#/characters">Characters</a>}
            {session && serves('social') && <a href="#/dynasty">Dynasty</a>}
            {session && serves('features') && <a href="#/estate">Estate</a>}
            {session && serves('hunts') && <a href="#/partner">Partner</a>}
            {roles.includes('admin') && <a href="#/admin">Admin</a>}
            {roles.includes('admin') && serves('media') && <a href="#/kyc-admin">KYC review</a>}
            {session && <a href="#/profile">Profile</a>}
            {session && <a href="#/account">Account</a>}
            {session && serves('media') && <a href="#/kyc">Verification</a>}
            {session && serves('chat') && <a href="#/chat">Chat</a>}
            {session && serves('media') && <a href="#/files">Files</a>}
            {session && serves('support') && <a href="#/help">Help</a>}
            {serves('content') && <a href="#/tutorials">Tutorials</a>}
            {serves('content') && <a href="#/calendar">Calendar</a>}
            {roles.includes('admin') && serves('content') && <a href="#/content-admin">Content</a>}
            {(roles.includes('support') || roles.includes('admin')) && serves('support') && <a href="#/support">Support console</a>}
          </nav>
        )}
        <div className="who">
          {session ? (
            <>
              {serves('progression') && <LevelBadge />} <span data-testid="signed-in-as">{session.user.username}</span> <button onClick={signOut}>Sign out</button>
            </>
          ) : (
            <a href="#/login">Sign in</a>
          )}
        </div>
      </header>
      <main>
        {page === 'auth-callback' && <ProviderCallbackPage />}
        {page === 'login' && <AuthPage />}
        {page === 'forgot-password' && <ForgotPasswordPage />}
        {page === 'reset-password' && arg && <ResetPasswordPage token={decodeURIComponent(arg)} />}
        {page === 'verify-email' && arg && <VerifyEmailPage token={decodeURIComponent(arg)} />}
        {page === 'account' && (session ? <AccountPage /> : <AuthPage />)}
        {page === 'map' && site && (serves('features') ? <MapPage /> : <HomePage title={site.features.title} />)}
        {page === 'parcel' && arg && <ParcelPage id={decodeURIComponent(arg)} />}
        {page === 'wallet' && (session ? <WalletPage /> : <AuthPage />)}
        {page === 'top-up' && (session ? <TopUpPage /> : <AuthPage />)}
        {page === 'referrals' && (session ? <ReferralsPage /> : <AuthPage />)}
        {page === 'commerce-admin' && (session ? <CommerceAdminPage /> : <AuthPage />)}
        {page === 'notifications' && (session ? <NotificationsPage onRead={setUnread} /> : <AuthPage />)}
        {page === 'hunts' && (session ? <HuntsPage /> : <AuthPage />)}
        {page === 'level' && (session ? <LevelPage /> : <AuthPage />)}
        {page === 'challenge' && (session ? <ChallengePage /> : <AuthPage />)}
        {page === 'progression-admin' && (session ? <ProgressionAdminPage /> : <AuthPage />)}
        {page === 'characters' && (session ? arg ? <InventoryPage id={decodeURIComponent(arg)} /> : <CharactersPage /> : <AuthPage />)}
        {page === 'trade' && arg && (session ? <TradePage id={decodeURIComponent(arg)} /> : <AuthPage />)}
        {page === 'characters-admin' && (session ? <CharactersAdminPage /> : <AuthPage />)}
        {page === 'dynasty' && (session ? <DynastyPage id={arg} /> : <AuthPage />)}
        {page === 'estate' && (session ? <EstatePage /> : <AuthPage />)}
        {page === 'profile' && (session ? <ProfilePage /> : <AuthPage />)}
        {page === 'partner' && (session ? <PartnerPage roles={roles} huntId={arg === 'hunt' ? arg2 : undefined} /> : <AuthPage />)}
        {page === 'admin' && (session ? <AdminPage /> : <AuthPage />)}
        {page === 'kyc' && (session ? <KycPage /> : <AuthPage />)}
        {page === 'kyc-admin' && (session ? <KycAdminPage id={arg ? decodeURIComponent(arg) : undefined} /> : <AuthPage />)}
        {page === 'files' && (session ? <FilesPage /> : <AuthPage />)}
        {page === 'chat' && (session ? <ChatPage channelId={arg ? decodeURIComponent(arg) : undefined} /> : <AuthPage />)}
        {page === 'help' && (session ? <HelpPage id={arg ? decodeURIComponent(arg) : undefined} /> : <AuthPage />)}
        {page === 'support' && (session ? <SupportConsolePage id={arg ? decodeURIComponent(arg) : undefined} /> : <AuthPage />)}
        {page === 'tutorials' && <TutorialsPage slug={arg ? decodeURIComponent(arg) : undefined} />}
        {page === 'calendar' && <CalendarPage month={arg} />}
        {page === 'event' && arg && <EventPage id={decodeURIComponent(arg)} />}
        {page === 'content-admin' && (session ? <ContentAdminPage /> : <AuthPage />)}
      </main>
    </div>
  );
}
