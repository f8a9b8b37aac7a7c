import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from './exitCodes.js';

const credentialsSchema = z.object({ url: z.string().url(), key: z.string().min(1) }).strict();
export type Credentials = z.infer<typeof credentialsSchema>;

/** `$ASSAY_CONFIG_DIR`, else `$XDG_CONFIG_HOME/assay`, else `~/.config/assay`. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir =
    env.ASSAY_CONFIG_DIR ?? path.join(env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'assay');
  return path.join(dir, 'credentials.json');
}

/** Written 0600 in a 0700 directory: the key is a secret of this user alone. */
export function saveCredentials(credentials: Credentials, env: NodeJS.ProcessEnv = process.env): string {
  const file = credentialsPath(env);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created; an older file keeps its bits otherwise.
  chmodSync(file, 0o600);
  return file;
}

function readSaved(env: NodeJS.ProcessEnv): Partial<Credentials> {
  const file = credentialsPath(env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const parsed = credentialsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UsageError(`${file} is not a saved login; run \`assay login\` again`);
  return parsed.data;
}

/** ASSAY_URL / ASSAY_KEY win over the saved login, field by field. */
export function resolveCredentials(env: NodeJS.ProcessEnv = process.env): Credentials {
  const saved = readSaved(env);
  const url = env.ASSAY_URL || saved.url;
  const key = env.ASSAY_KEY || saved.key;
  if (!url || !key) {
    throw new UsageError(
      'no API credentials: set ASSAY_URL and ASSAY_KEY, or run `assay login --url URL` (reads the key from stdin)',
    );
  }
  return { url, key };
}
