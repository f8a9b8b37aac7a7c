/**
 * Requirement strings come from users and end up on pip's command line, so only the plain form
 * `name[extras]<specifiers>` is accepted: no options (`--index-url`, `-r /etc/shadow`), no URLs or
 * local paths (`pkg @ file:///…`), no environment markers.
 */

const MAX_REQUIREMENTS = 50;
const MAX_LENGTH = 200;

const NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
const SPEC = String.raw`(?:===|==|!=|~=|>=|<=|>|<)[A-Za-z0-9.*+!_-]+`;
const REQUIREMENT = new RegExp(String.raw`^(${NAME})(?:\[(${NAME}(?:,${NAME})*)\])?(${SPEC}(?:,${SPEC})*)?$`);

/** PEP 503 name normalisation, so `Rapid_Fuzz` and `rapid-fuzz` share a cache entry. */
const normaliseName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

export type NormalisedRequirements = { ok: true; requirements: string[] } | { ok: false; message: string };

/** Validate, normalise, de-duplicate and sort (order must not change the cache key). */
export function normaliseRequirements(requirements: readonly string[]): NormalisedRequirements {
  const result = new Set<string>();
  for (const raw of requirements) {
    const compact = raw.replace(/\s+/g, '');
    if (!compact) continue;
    const match = compact.length <= MAX_LENGTH ? REQUIREMENT.exec(compact) : null;
    if (!match) {
      return {
        ok: false,
        message:
          `unsupported requirement ${JSON.stringify(raw.slice(0, MAX_LENGTH))}: use a package name with ` +
          'optional extras and version specifiers, e.g. "rapidfuzz>=3,<4" (no URLs, paths, options or markers)',
      };
    }
    const [, name, extras, specs] = match;
    const extrasPart = extras ? `[${extras.split(',').map(normaliseName).sort().join(',')}]` : '';
    const specsPart = specs ? specs.toLowerCase().split(',').sort().join(',') : '';
    result.add(normaliseName(name!) + extrasPart + specsPart);
  }
  if (result.size > MAX_REQUIREMENTS) {
    return { ok: false, message: `too many requirements (${result.size}; at most ${MAX_REQUIREMENTS})` };
  }
  return { ok: true, requirements: [...result].sort() };
}
