import type { Request } from 'express';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.js';
import {
  apiKeyPattern,
  scopeAllows,
  type AuthenticatedKey,
  type KeyScope,
  type KeyStore,
} from '../store/keys.js';

/** Thrown for a well-formed key that is unknown or revoked: the only kind that cost a look-up. */
export class InvalidKeyError extends UnauthorizedError {
  constructor() {
    super('invalid_api_key', 'This API key is unknown or revoked.');
  }
}

/** 401 for a missing, malformed, unknown or revoked key. */
export async function authenticateKey(req: Request, keys: KeyStore): Promise<AuthenticatedKey> {
  const header = req.headers.authorization;
  if (!header)
    throw new UnauthorizedError('missing_api_key', 'Send your API key as `Authorization: Bearer <key>`.');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || !apiKeyPattern.test(match[1]!)) {
    throw new UnauthorizedError(
      'malformed_api_key',
      'The Authorization header must be `Bearer <key>` with an Assay key.',
    );
  }
  const key = await keys.authenticate(match[1]!);
  if (!key) throw new InvalidKeyError();
  return key;
}

/** 403 for a valid key without the scope. */
export function requireScope(key: AuthenticatedKey, needed: KeyScope): void {
  if (!scopeAllows(key.scopes, needed)) {
    throw new ForbiddenError('insufficient_scope', `This API key lacks the '${needed}' scope needed here.`);
  }
}

/** 401 for a missing, malformed, unknown or revoked key; 403 for a valid key without the scope. */
export async function authenticate(
  req: Request,
  keys: KeyStore,
  needed: KeyScope,
): Promise<AuthenticatedKey> {
  const key = await authenticateKey(req, keys);
  requireScope(key, needed);
  return key;
}
