import type { MouseEvent } from 'react';
import { HashRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { type Language, LANGUAGES, useI18n } from './i18n/i18n';
import { HistoryPage } from './audit/history-page';
import { LogVerificationPage } from './audit/log-verification-page';
import { DuePage } from './due/due-page';
import { NotificationsQueuePage } from './notifications/notifications-queue-page';
import { ObjectionsQueuePage } from './objections/objections-queue-page';
import { FindSubjectPage } from './pages/find-subject-page';
import { SignInPage } from './pages/sign-in-page';
import { RequestPage } from './requests/request-page';
import { RequestsQueuePage } from './requests/requests-queue-page';
import { useSession, useSessionState } from './session/session';
import { SubjectPage } from './subject/subject-page';

export function App() {
  const { session, checking } = useSessionState();
  const { t } = useI18n();
  return (
    <HashRouter>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.app.skip}
      </a>
      <header className="top">
        <span className="brand">{t.app.title}</span>
        {session && <Navigation />}
        <LanguageSwitch />
        {session && <SignedIn />}
      </header>
      <main id="main" tabIndex={-1}>
        {session ? <Pages /> : checking ? <p>{t.app.loading}</p> : <SignInPage />}
      </main>
    </HashRouter>
  );
}

/** The router owns the hash: the skip link moves focus instead of navigating. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function Pages() {
  const { can } = useSession();
  return (
    <Routes>
      <Route path="/" element={<FindSubjectPage />} />
      <Route path="/subjects/:subjectId" element={<SubjectPage />} />
      {can.audit && (
        <>
          <Route path="/subjects/:subjectId/requests/:requestId" element={<RequestPage />} />
          <Route path="/objections" element={<ObjectionsQueuePage />} />
          <Route path="/requests" element={<RequestsQueuePage />} />
          <Route path="/notifications" element={<NotificationsQueuePage />} />
          <Route path="/due" element={<DuePage />} />
          <Route path="/subjects/:subjectId/history/:purpose" element={<HistoryPage />} />
          <Route path="/verification" element={<LogVerificationPage />} />
        </>
      )}
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

function Navigation() {
  const { t } = useI18n();
  const { can } = useSession();
  // The queues read every subject: for the roles that audit.
  const queues: [path: string, label: string][] = [
    ['/objections', t.app.objections],
    ['/requests', t.requests.nav],
    ['/notifications', t.notifications.nav],
    ['/due', t.due.nav],
    ['/verification', t.logVerification.nav],
  ];
  return (
    <nav aria-label={t.app.nav}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t.app.subjects}
          </NavLink>
        </li>
        {can.audit &&
          queues.map(([path, label]) => (
            <li key={path}>
              <NavLink to={path}>{label}</NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <label className="language">
      {t.app.language}
      <select value={lang} onChange={(event) => setLang(event.target.value as Language)}>
        {(Object.keys(LANGUAGES) as Language[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {code === 'en' ? 'English' : 'Nederlands'}
          </option>
        ))}
      </select>
    </label>
  );
}

function SignedIn() {
  const { t, fill } = useI18n();
  const { actor, signOut } = useSession();
  const role = (t.role as Record<string, string>)[actor.role] ?? actor.role;
  return (
    <div className="signed-in">
      <span>{fill(t.app.signedInAs, { name: actor.name, role })}</span>
      <button type="button" onClick={signOut}>
        {t.app.signOut}
      </button>
    </div>
  );
}
