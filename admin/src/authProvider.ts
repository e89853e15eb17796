import { accessOf } from '@mujtama/shared/access';
import { UserRole } from '@mujtama/shared/enums';
import type { AuthProvider, I18nProvider } from 'react-admin';
import { GraphQLRequestError, graphqlRequest as request } from './common/graphqlRequest';

interface SignedInUser {
  id: string;
  displayName: string;
  role: UserRole;
}

const ME = 'query Me { me { id displayName role } }';
const LOGIN =
  'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }';
const LOGOUT = 'mutation Logout { logout }';

/** Actions that only read; every other action changes records. */
const READ_ACTIONS = new Set(['list', 'show', 'export']);

/**
 * Sign-in with the API's session cookie, and what the signed-in role may do, from the shared access
 * table (the server enforces it; the admin only hides what would be refused).
 */
export function createAuthProvider(i18n: I18nProvider): AuthProvider {
  let signedIn: Promise<SignedInUser | null> | undefined;
  const currentUser = () => {
    signedIn ??= request<{ me: SignedInUser | null }>(ME).then(({ me }) => me);
    return signedIn;
  };
  const forget = () => {
    signedIn = undefined;
  };

  return {
    async login({ email, password }: { email: string; password: string }) {
      forget();
      try {
        await request(LOGIN, { email, password });
      } catch (error) {
        const wrongCredentials = error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';
        throw new Error(
          i18n.translate(wrongCredentials ? 'mujtama.auth.wrong_credentials' : 'ra.notification.http_error'),
        );
      }
    },
    async logout() {
      forget();
      // An expired session is already over; signing out must still succeed.
      await request(LOGOUT).catch(() => undefined);
    },
    async checkAuth() {
      if (!(await currentUser())) {
        forget();
        throw new Error('ra.auth.auth_check_error');
      }
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        forget();
        throw error;
      }
    },
    async getIdentity() {
      const user = await currentUser();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.displayName };
    },
    async canAccess({ action, resource }: { action: string; resource: string }) {
      const user = await currentUser();
      if (!user) return false;
      const { read, write } = accessOf(resource);
      return (READ_ACTIONS.has(action) ? read : write).includes(user.role);
    },
  };
}
