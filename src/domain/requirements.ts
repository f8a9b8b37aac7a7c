import { z } from 'zod';

/**
 * The one grammar of a code evaluator's `requirements`, shared by the API (create/update
 * validation) and the sandbox (the pip install): what one accepts the other installs.
 *
 * Requirement strings come from tenants and end up on pip's command line, so only a subset of
 * PEP 508 is accepted: `name[extra,...] <op><version>, <op><version>...` — no options
 * (`--index-url`, `-r /etc/shadow`), no URLs or local paths (`pkg @ file:///…`), no environment
 * markers. It is read by a hand-written scanner, one pass over the characters: a backtracking
 * regular expression over this grammar took seconds on 90 characters (issue 8).
 */

export const MAX_REQUIREMENTS = 50;
export const MAX_REQUIREMENT_LENGTH = 200;

const OPERATORS = ['===', '==', '!=', '~=', '>=', '<=', '>', '<'] as const; // longest first
export type SpecifierOperator = (typeof OPERATORS)[number];

export interface Requirement {
  name: string;
  extras: string[];
  specifiers: { op: SpecifierOperator; version: string }[];
}

export type ParsedRequirement = { ok: true; requirement: Requirement } | { ok: false; message: string };

const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
const isNameChar = (c: string) => isAlnum(c) || c === '.' || c === '_' || c === '-';
/** PEP 440 versions, plus `*` for prefix matches (`==2.*`): anything else ends the version. */
const isVersionChar = (c: string) => isAlnum(c) || '.*+!_-'.includes(c);
const isSpace = (c: string) => c === ' ' || c === '\t';

const EXAMPLE = 'use a package name with optional extras and version specifiers, e.g. "rapidfuzz>=3,<4"';

/**
 * Reads one requirement string; the message says what is wrong and where. (`maxLength` is
 * there for tests that show the scan itself is linear, beyond the cap.)
 */
export function parseRequirement(text: string, maxLength = MAX_REQUIREMENT_LENGTH): ParsedRequirement {
  if (text.length > maxLength) {
    return { ok: false, message: `longer than ${maxLength} characters` };
  }
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && isSpace(text[at]!)) at++;
  };
  const fail = (what: string): ParsedRequirement => ({
    ok: false,
    message:
      at < text.length
        ? `${what} at character ${at + 1} ('${text[at]}'); ${EXAMPLE} (no URLs, paths, pip options or markers)`
        : `${what} at the end; ${EXAMPLE}`,
  });
  /** A PEP 508 name: letters and digits, with `.`, `_`, `-` only inside. */
  const readName = (): string | null => {
    const from = at;
    if (at >= text.length || !isAlnum(text[at]!)) return null;
    while (at < text.length && isNameChar(text[at]!)) at++;
    if (!isAlnum(text[at - 1]!)) {
      at--;
      return null;
    }
    return text.slice(from, at);
  };

  skipSpace();
  const name = readName();
  if (name === null) return fail('expected a package name (letters and digits, with . _ - inside)');
  skipSpace();

  const extras: string[] = [];
  if (text[at] === '[') {
    at++;
    for (;;) {
      skipSpace();
      const extra = readName();
      if (extra === null) return fail('expected an extra name');
      extras.push(extra);
      skipSpace();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === ']') {
        at++;
        break;
      }
      return fail("expected ',' or ']' in the extras");
    }
    skipSpace();
  }

  const specifiers: Requirement['specifiers'] = [];
  while (at < text.length) {
    const op = OPERATORS.find((candidate) => text.startsWith(candidate, at));
    if (!op) return fail('expected a version specifier (==, >=, ~=, ...)');
    at += op.length;
    skipSpace();
    const from = at;
    while (at < text.length && isVersionChar(text[at]!)) at++;
    if (at === from) return fail(`expected a version after '${op}'`);
    specifiers.push({ op, version: text.slice(from, at) });
    skipSpace();
    if (at === text.length) break;
    if (text[at] !== ',') return fail("expected ',' between version specifiers");
    at++;
    skipSpace();
    if (at === text.length) return fail('expected a version specifier after the comma');
  }
  return { ok: true, requirement: { name, extras, specifiers } };
}

/** PEP 503 name normalisation, so `Rapid_Fuzz` and `rapid-fuzz` are one package (and one cache entry). */
export function normalisePackageName(name: string): string {
  let out = '';
  let inRun = false;
  for (const c of name.toLowerCase()) {
    const separator = c === '-' || c === '_' || c === '.';
    if (separator && !inRun) out += '-';
    else if (!separator) out += c;
    inRun = separator;
  }
  return out;
}

/** The canonical spelling: normalised names, sorted extras and specifiers, no spaces. */
export function formatRequirement({ name, extras, specifiers }: Requirement): string {
  const extrasPart = extras.length > 0 ? `[${extras.map(normalisePackageName).sort().join(',')}]` : '';
  const specsPart = specifiers
    .map(({ op, version }) => `${op}${version.toLowerCase()}`)
    .sort()
    .join(',');
  return normalisePackageName(name) + extrasPart + specsPart;
}

/**
 * The operator's optional allowlist (ASSAY_SANDBOX_ALLOWED_PACKAGES): the message for a
 * requirement naming a package outside it, or null. An empty or absent list allows any package.
 */
export function packageNotAllowed(
  requirement: Requirement,
  allowedPackages?: readonly string[],
): string | null {
  if (!allowedPackages || allowedPackages.length === 0) return null;
  const name = normalisePackageName(requirement.name);
  if (allowedPackages.some((allowed) => normalisePackageName(allowed) === name)) return null;
  return `package '${name}' is not in this server's allowed packages (ASSAY_SANDBOX_ALLOWED_PACKAGES)`;
}

export interface RequirementProblem {
  /** Position in the list as given. */
  index: number;
  message: string;
}

export type NormalisedRequirements =
  { ok: true; requirements: string[] } | { ok: false; message: string; problems: RequirementProblem[] };

/**
 * Validates a requirements list (grammar, then the allowlist), and returns it normalised,
 * de-duplicated and sorted (order must not change the environment's cache key). The API
 * reports every problem by index; the sandbox, the message.
 */
export function normaliseRequirements(
  requirements: readonly string[],
  allowedPackages?: readonly string[],
): NormalisedRequirements {
  const problems: RequirementProblem[] = [];
  const result = new Set<string>();
  requirements.forEach((raw, index) => {
    const parsed = parseRequirement(raw);
    if (!parsed.ok) {
      problems.push({ index, message: `unsupported requirement ${quote(raw)}: ${parsed.message}` });
      return;
    }
    const refused = packageNotAllowed(parsed.requirement, allowedPackages);
    if (refused) {
      problems.push({ index, message: refused });
      return;
    }
    result.add(formatRequirement(parsed.requirement));
  });
  if (problems.length === 0 && result.size > MAX_REQUIREMENTS) {
    problems.push({
      index: MAX_REQUIREMENTS,
      message: `too many requirements (${result.size}; at most ${MAX_REQUIREMENTS})`,
    });
  }
  if (problems.length > 0) {
    return { ok: false, message: problems.map((p) => p.message).join('; '), problems };
  }
  return { ok: true, requirements: [...result].sort() };
}

const quote = (raw: string) => JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

/** One requirement string in an API body: the same grammar, its message as the 422's reason. */
export const requirementSchema = z
  .string()
  .min(1)
  .max(MAX_REQUIREMENT_LENGTH)
  .superRefine((text, ctx) => {
    const parsed = parseRequirement(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

export const requirementsSchema = z.array(requirementSchema).max(MAX_REQUIREMENTS);
