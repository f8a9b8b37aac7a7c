import { createContext, useContext } from 'react';
import type { ConsoleConfig } from './api/client';
import type { ApiKeySelf } from './api/types';

export interface Session {
  self: ApiKeySelf;
  /** Write controls are shown only to keys that may use them (the API enforces it anyway). */
  canWrite: boolean;
  config: ConsoleConfig;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}
