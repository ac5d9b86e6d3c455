/**
 * Accounts mode (KNEELINE_AUTH=accounts) for a server shared by a family, a team or a clinic:
 * sign-up and sign-in with a password hashed by argon2id (@node-rs/argon2), a session token in an
 * HttpOnly SameSite=Strict cookie (@fastify/cookie) whose SHA-256 is kept in the database (any
 * replica can check it: the server stays stateless), sign-in attempts rate limited
 * (@fastify/rate-limit), and account deletion that removes every row of the user. Every API route
 * but health, the catalog, the assessment's definition and these then needs a signed-in user,
 * and acts on that user's data only. With accounts off, every request is the local user.
 */
import { createHash, randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_ROUTES } from '../contract/api.js';
import type { Store } from '../store/store.js';
import { LOCAL_USER_ID } from '../store/users.repository.js';
import type { Clock } from './clock.js';
import { parseRequest, RequestError } from './errors.js';
import type { AuthMode } from './server-config.js';

export const SESSION_COOKIE = 'kneeline_session';
/** A signed-in browser stays signed in 30 days (then signs in again). */
export const SESSION_DAYS = 30;
/**
 * argon2id with OWASP's Password Storage Cheat Sheet minimum: 19 MiB of memory, 2 passes, one
 * lane (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html).
 * The hash runs on libuv's thread pool, not the event loop. (@node-rs/argon2 defaults to argon2id.)
 */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/**
 * Sign-up and sign-in attempts per address per minute. A rule of thumb, not a measurement: enough
 * for a person mistyping, far too few for guessing (OWASP Authentication Cheat Sheet: limit
 * login attempts). Counted per server process; behind several replicas each counts its own.
 */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

const PUBLIC_API = new Set<string>([
  API_ROUTES.health.path,
  API_ROUTES.catalog.path,
  API_ROUTES.definition.path,
]);

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface Accounts {
  /** The user a request acts for; throws when nobody is signed in (the hook refused it already). */
  readonly userOf: (request: FastifyRequest) => string;
  /** The same, or null on a route that needs no user. */
  readonly userOrNull: (request: FastifyRequest) => string | null;
}

export async function installAccounts(
  app: FastifyInstance,
  options: { readonly store: Store; readonly clock: Clock; readonly mode: AuthMode },
): Promise<Accounts> {
  const { store, clock } = options;
  if (options.mode === 'off') {
    app.get(API_ROUTES.me.path, () => ({ mode: 'off', username: null }));
    return { userOf: () => LOCAL_USER_ID, userOrNull: () => LOCAL_USER_ID };
  }

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const users = new WeakMap<FastifyRequest, string>();
  // Verifying against a real hash when the name is unknown keeps the answer time the same.
  const unknownUserHash = await hash(randomBytes(16).toString('hex'), ARGON2_OPTIONS);

  const signedInUser = async (request: FastifyRequest): Promise<string | null> => {
    const token = request.cookies[SESSION_COOKIE];
    return token === undefined ? null : store.accounts.sessionUser(tokenHash(token), clock().toISOString());
  };

  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC_API.has(path) || path.startsWith('/api/auth/')) {
      return;
    }
    const userId = await signedInUser(request);
    if (userId === null) {
      throw new RequestError(401, 'sign-in-required', 'Sign in to see and change your data.');
    }
    users.set(request, userId);
  });

  const startSession = async (reply: FastifyReply, userId: string): Promise<void> => {
    const token = randomBytes(32).toString('base64url');
    const now = clock();
    const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
    await store.accounts.startSession(userId, tokenHash(token), now.toISOString(), expires.toISOString());
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: 'auto',
      path: '/',
      expires,
    });
  };
  const endSession = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined) {
      await store.accounts.endSession(tokenHash(token));
    }
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  };

  const limited = {
    config: {
      rateLimit: {
        max: SIGN_IN_ATTEMPTS_PER_MINUTE,
        timeWindow: 60_000,
        errorResponseBuilder: () =>
          new RequestError(
            429,
            'too-many-attempts',
            'Too many attempts from here: wait a minute, then try again.',
          ),
      },
    },
  };

  app.get(API_ROUTES.me.path, async (request) => {
    const userId = await signedInUser(request);
    const account = userId === null ? null : await store.accounts.byUserId(userId);
    return { mode: 'accounts', username: account?.username ?? null };
  });

  app.post(API_ROUTES.signUp.path, limited, async (request, reply) => {
    const { username, password } = parseRequest(API_ROUTES.signUp.body, request.body, 'sign-up');
    const passwordHash = await hash(password, ARGON2_OPTIONS);
    const account = await store.transaction((repos) =>
      repos.accounts.create(username, passwordHash, clock().toISOString()),
    );
    if (account === null) {
      throw new RequestError(409, 'username-taken', `The user name "${username}" is taken: choose another.`);
    }
    await startSession(reply, account.userId);
    return reply.status(201).send({ username });
  });

  app.post(API_ROUTES.signIn.path, limited, async (request, reply) => {
    const { username, password } = parseRequest(API_ROUTES.signIn.body, request.body, 'sign-in');
    const account = await store.accounts.byUsername(username);
    const matches = await verify(account?.passwordHash ?? unknownUserHash, password);
    if (account === null || !matches) {
      throw new RequestError(
        401,
        'wrong-credentials',
        'That user name and password do not match an account.',
      );
    }
    await startSession(reply, account.userId);
    return { username };
  });

  app.post(API_ROUTES.signOut.path, async (request, reply) => {
    await endSession(request, reply);
    return { signedOut: true };
  });

  app.delete(API_ROUTES.deleteAccount.path, limited, async (request, reply) => {
    const userId = users.get(request);
    const account = userId === undefined ? null : await store.accounts.byUserId(userId);
    if (userId === undefined || account === null) {
      throw new RequestError(401, 'sign-in-required', 'Sign in to delete your account.');
    }
    const { password } = parseRequest(API_ROUTES.deleteAccount.body, request.body, 'account deletion');
    if (!(await verify(account.passwordHash, password))) {
      throw new RequestError(401, 'wrong-credentials', 'That password is not right: the account stays.');
    }
    await store.transaction(async (repos) => {
      await repos.users.lockForWrite(userId);
      await repos.accounts.deleteUser(userId);
    });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { deleted: true };
  });

  const userOrNull = (request: FastifyRequest): string | null => users.get(request) ?? null;
  return {
    userOrNull,
    userOf: (request) => {
      const userId = userOrNull(request);
      if (userId === null) {
        throw new RequestError(401, 'sign-in-required', 'Sign in to see and change your data.');
      }
      return userId;
    },
  };
}
