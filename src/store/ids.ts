import { randomBytes } from 'node:crypto';
import { idPrefixes, type IdKind } from '../domain/common.js';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Time-ordered ids (48-bit milliseconds, then 80 random bits, Crockford base32):
 * sorting by id sorts by creation, which is what list cursors page over.
 */
export function newId(kind: IdKind, now = Date.now()): string {
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = alphabet[t % 32] + time;
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += alphabet[random[i]! % 32];
  return `${idPrefixes[kind]}_${time}${tail}`;
}

export function isIdOf(kind: IdKind, value: string): boolean {
  return value.startsWith(`${idPrefixes[kind]}_`);
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The id of a resource a caller may name (task logs, dataset items): their own id,
 * prefixed unless it already is so every id reads alike, or a new one when absent.
 */
export function idFromCaller(kind: IdKind, callerId: string | undefined): string {
  if (callerId === undefined) return newId(kind);
  return isIdOf(kind, callerId) ? callerId : `${idPrefixes[kind]}_${callerId}`;
}
