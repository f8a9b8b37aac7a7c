import { RE2 } from 're2-wasm';

/** Compiled patterns, so a batch compiles each criterion's pattern once. */
const compiled = new Map<string, RE2>();
const MAX_CACHED = 256;

/** The pattern compiled by RE2, or the engine's reason it cannot be (backreferences, lookarounds...). */
export function compileRegex(
  pattern: string,
  flags = '',
): { ok: true; regex: RE2 } | { ok: false; message: string } {
  const key = `${flags}/${pattern}`;
  const cached = compiled.get(key);
  if (cached) return { ok: true, regex: cached };
  try {
    // 'u' is required by re2-wasm; it also makes the pattern read code points, as users expect.
    const regex = new RE2(pattern, `u${flags}`);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(key, regex);
    return { ok: true, regex };
  } catch (error) {
    return { ok: false, message: (error as Error).message.replace(/^Invalid regular expression: /, '') };
  }
}
