// Each page's code, a chunk of its own loaded when the page is first shown (`lazyPage` in app.tsx).
// Without React, so the page's first script (`boot.ts`) can start loading the page it opens on.

/** Route patterns of the pages whose first load starts early: app.tsx routes them, first-load.ts starts their code and reads. */
export const START_PATTERN = '/';
export const NETWORK_PATTERN = '/natverk/:slug';
export const FIND_COLLEAGUE_PATTERN = '/hitta-kollega';

export const loadAccessibilityPage = () => import('./site/accessibility-page').then((m) => m.AccessibilityPage);
export const loadPrivacyPage = () => import('./site/privacy-page').then((m) => m.PrivacyPage);
export const loadAdminPage = () => import('./admin/admin-page').then((m) => m.AdminPage);
export const loadFindColleaguePage = () => import('./people/find-colleague-page').then((m) => m.FindColleaguePage);
export const loadInvitationPage = () => import('./account/invitation-page').then((m) => m.InvitationPage);
export const loadNetworkPage = () => import('./networks/network-page').then((m) => m.NetworkPage);
export const loadNetworksPage = () => import('./networks/networks-page').then((m) => m.NetworksPage);
export const loadPeoplePage = () => import('./people/people-page').then((m) => m.PeoplePage);
export const loadPersonPage = () => import('./people/person-page').then((m) => m.PersonPage);
export const loadProfilePage = () => import('./account/profile-page').then((m) => m.ProfilePage);
export const loadSearchPage = () => import('./search/search-page').then((m) => m.SearchPage);
export const loadSecurityPage = () => import('./account/security-page').then((m) => m.SecurityPage);
export const loadStartPage = () => import('./site/start-page').then((m) => m.StartPage);
export const loadChatPage = () => import('./chat/chat-page').then((m) => m.ChatPage);
export const loadNotificationsPage = () => import('./notifications/notifications-page').then((m) => m.NotificationsPage);
export const loadPostPage = () => import('./feed/post-page').then((m) => m.PostPage);
export const loadCalendarPage = () => import('./meetings/calendar-page').then((m) => m.CalendarPage);
export const loadMeetingPage = () => import('./meetings/meeting-page').then((m) => m.MeetingPage);
export const loadLibraryPage = () => import('./documents/library-page').then((m) => m.LibraryPage);
export const loadDocumentPage = () => import('./documents/document-page').then((m) => m.DocumentPage);
export const loadMeetingReportPage = () => import('./meetings/meeting-report-page').then((m) => m.MeetingReportPage);
