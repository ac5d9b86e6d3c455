/**
 * Accounts mode (a shared server): the sign-in and sign-up page, shown until someone is signed in,
 * and the bar above the app with the name, sign-out and account deletion. With accounts off
 * (the local app) it renders the app as it is.
 */
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError, errorMessage, get, post, request } from '../api/client.js';

type Auth =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'off' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly username: string };

interface Me {
  readonly mode: 'off' | 'accounts';
  readonly username: string | null;
}

/** Renders `children` once the server says who is signed in (or that accounts are off). */
export function AuthGate({ children }: { readonly children: ReactNode }) {
  const [auth, setAuth] = useState<Auth>({ kind: 'loading' });
  const check = async (): Promise<void> => {
    try {
      const me = await get<Me>('/api/auth/me');
      setAuth(
        me.mode === 'off'
          ? { kind: 'off' }
          : me.username === null
            ? { kind: 'signed-out' }
            : { kind: 'signed-in', username: me.username },
      );
    } catch (error) {
      // An older server without the route: the local app, no accounts.
      setAuth(
        error instanceof ApiError && error.status === 404
          ? { kind: 'off' }
          : { kind: 'failed', message: errorMessage(error) },
      );
    }
  };
  useEffect(() => {
    void check();
  }, []);
  switch (auth.kind) {
    case 'loading':
      return <p className="loading">Loading…</p>;
    case 'failed':
      return (
        <p className="notice" role="alert">
          {auth.message}
        </p>
      );
    case 'off':
      return children;
    case 'signed-out':
      return <SignInPage onSignedIn={(username) => setAuth({ kind: 'signed-in', username })} />;
    case 'signed-in':
      return (
        <>
          <AccountBar username={auth.username} onSignedOut={() => setAuth({ kind: 'signed-out' })} />
          {children}
        </>
      );
  }
}

function SignInPage({ onSignedIn }: { readonly onSignedIn: (username: string) => void }) {
  const [creating, setCreating] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const done = await post<{ username: string }>(creating ? '/api/auth/sign-up' : '/api/auth/sign-in', {
        username,
        password,
      });
      onSignedIn(done.username);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page">
      <h1>{creating ? 'Create your Kneeline account' : 'Sign in to Kneeline'}</h1>
      <p className="lead">
        This Kneeline server is shared: each person has an account, and only you see your answers, program and
        progress.
      </p>
      <form className="card" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="username">User name</label>
          <input
            id="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete={creating ? 'new-password' : 'current-password'}
            minLength={creating ? 8 : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          {creating ? (
            <p className="hint">At least 8 characters; a few words you will remember work well.</p>
          ) : null}
        </div>
        {error === null ? null : (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {creating ? 'Create account' : 'Sign in'}
          </button>
          <button className="button secondary" type="button" onClick={() => setCreating(!creating)}>
            {creating ? 'I have an account' : 'Create an account'}
          </button>
        </div>
      </form>
    </main>
  );
}

const BAR_STYLE = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.5rem',
  padding: '0.5rem 1rem',
} as const;

function AccountBar({
  username,
  onSignedOut,
}: {
  readonly username: string;
  readonly onSignedOut: () => void;
}) {
  const [deleting, setDeleting] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const signOut = async (): Promise<void> => {
    await post('/api/auth/sign-out').catch(() => undefined);
    onSignedOut();
  };
  const deleteAccount = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      await request('DELETE', '/api/account', { password });
      onSignedOut();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    // Style set through the DOM (React's style prop), which the CSP allows; styles.css is the pages'.
    <div className="account-bar no-print" style={BAR_STYLE}>
      <span>
        Signed in as <strong>{username}</strong>
      </span>
      <button className="button secondary small" type="button" onClick={() => void signOut()}>
        Sign out
      </button>
      <button className="button secondary small" type="button" onClick={() => setDeleting(!deleting)}>
        Delete account
      </button>
      {deleting ? (
        <form className="card" onSubmit={(event) => void deleteAccount(event)}>
          <p>
            Deleting your account removes everything Kneeline keeps for you: answers, findings, program, logs,
            measurements and re-tests. It cannot be undone; download your data in Settings first if you want a
            copy.
          </p>
          <div className="field">
            <label htmlFor="delete-password">Your password, to confirm</label>
            <input
              id="delete-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </div>
          {error === null ? null : (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <button className="button" type="submit">
            Delete my account and all my data
          </button>
        </form>
      ) : null}
    </div>
  );
}
