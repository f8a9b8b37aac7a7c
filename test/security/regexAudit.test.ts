import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fastestMs } from '../support/timing.js';

/**
 * Every regular expression in src/, found by parsing the code (so a new one cannot slip by),
 * classified: those that read what a tenant or a provider sends are fed worst cases and must
 * answer fast; the rest say why no caller reaches them. Issue 8: one backtracking pattern
 * froze the API's event loop for seconds. Replaced ones (requirements, templates, code fences)
 * are hand-written scanners with their own worst-case tests beside them.
 */

const srcDir = path.resolve(import.meta.dirname, '../../src');

function regexLiterals(): { file: string; literal: string }[] {
  const found: { file: string; literal: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const source = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node) => {
          const file = path.relative(srcDir, full);
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral)
            found.push({ file, literal: node.getText() });
          if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
            found.push({ file, literal: `new RegExp(${node.arguments?.[0]?.getText()})` });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walk(srcDir);
  return found;
}

/** Regexes that see input from tenants (bodies, headers, queries) or from providers (replies, errors). */
const userInput: Record<string, string> = {
  '/^(.+)@(\\d+)$/': 'api/runs/rerunRun.ts: an evaluator named name@version in a rerun request',
  '/^\\[|\\]$/g': "webhooks/addressCheck.ts, outbound.ts, settings.ts: a webhook URL's host (a tenant's)",
  '/^[\\w.-]{1,100}$/': 'api/app.ts: x-request-id header',
  '/^Bearer\\s+(\\S+)$/i': 'api/auth.ts: Authorization header',
  '/^assay_sk_[A-Za-z0-9_-]{20,100}$/': 'store/keys.ts: the API key',
  '/^[\\x21-\\x7e]{1,255}$/': 'api/routes/runs.ts: Idempotency-Key header',
  '/^\\/v1\\/(evals|files|fine_tuning)(\\/|$)/': 'api/openAiDialect.ts: the request path (error dialect)',
  '/^[A-Za-z0-9_.:-]{1,128}$/': 'domain/common.ts: caller-chosen ids',
  '/^[A-Za-z0-9][A-Za-z0-9_.-]*$/': 'domain/common.ts: labels and names',
  '/^[^.$]/': 'domain/common.ts: metadata keys',
  '/^[^.]*$/': 'domain/common.ts: metadata keys',
  '/^[^.$][^.]*$/': 'store/logs.ts: metadata filter keys',
  '/^[^\\u0000-\\u001f\\u007f]*$/': 'domain/common.ts: metadata keys (no control characters)',
  '/^(?!\\$)[^.\\u0000]*$/': 'domain/common.ts: keys of free-form JSON in bodies',
  '/^[a-z0-9][a-z0-9-]{0,39}$/': 'domain/runs.ts: environment names',
  '/^[A-Za-z0-9_-]{1,64}$/': 'domain/inferenceParams.ts: response_format names',
  '/[A-Za-z0-9_-]/': 'judge/template.ts: metadata keys in templates, one character at a time',
  '/^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$/': "judge/judgeOutput.ts: a judge's score as text",
  '/\\b(sk|rk|pk)-[A-Za-z0-9_-]{8,}/g': 'models/modelErrors.ts: provider error messages',
  '/(Bearer\\s+)\\S+/gi': 'models/modelErrors.ts: provider error messages',
  '/^\\d+(\\.\\d+)?$/': "models/modelErrors.ts: a provider's Retry-After header",
  '/^[=+\\-@]/': 'api/runs/exportResults.ts: CSV cells of results',
  '/[",\\r\\n]/': 'api/runs/exportResults.ts: CSV cells of results',
  '/\\x1b\\[[0-9;]*m/g': "sandbox/venv.ts: pip's output for tenant-named packages",
  '/UNIQUE constraint failed/': "store/mongo.ts: the database's error messages (may quote tenants' ids)",
  'new RegExp(`^${idPrefixes[kind]}_[A-Za-z0-9_.:-]{1,128}$`)':
    'domain/common.ts: resource ids in paths and bodies',
  '/^[ims]{0,3}$/': 'domain/graders.ts: regex_check flags',
  '/^[A-Za-z_][A-Za-z0-9_]*$/': 'domain/graders.ts: multi grader variable names',
  '/(\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\\*\\*|[-+*/^(),])/y':
    'graders/formula.ts: multi grader formulas, one token at a time',
  '/\\s/': 'graders/formula.ts: multi grader formulas, one character at a time',
  '/^Invalid regular expression: /': 'graders/regexCheck.ts: RE2 messages about tenant patterns',
  '/\\{\\{([^{}]*)\\}\\}/g': 'graders/template.ts: grader and input_messages templates',
  '/^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_-]+|\\[\\d+\\])*$/':
    'graders/template.ts: template variable paths',
  '/([A-Za-z0-9_-]+)|\\[(\\d+)\\]/g': 'graders/template.ts: template variable paths',
  '/[.[]/': 'graders/template.ts: template variable paths',
  '/[^a-z0-9]+/g': 'graders/textSimilarity.ts: texts compared by rouge graders',
  '/MemoryError|Cannot allocate memory/': "sandbox/venv.ts: pip's output for tenant-named packages",
  '/No space left on device/': "sandbox/venv.ts: pip's output for tenant-named packages",
  '/File too large/': "sandbox/venv.ts: pip's output for tenant-named packages",
  '/\\.[a-z0-9]+$/i': 'api/consoleAssets.ts: the request path under /console',
  '/^[A-Za-z0-9_-]{1,100}$/': "store/responseCache.ts: a cache scope (a run's id)",
  '/ns not found/i': "store/responseCache.ts: the database's error messages (may quote a run's id)",
};

/** Regexes no tenant or provider input reaches, and why. */
const notUserInput: Record<string, string> = {
  '/^error: /': "cli/keys.ts: commander's own message about the command line",
  '/^mon_/': 'store/monitors.ts: a stored monitor id (Assay made it)',
  '/^whsec_/': 'domain/webhooks.ts: the signing secret Assay made, in its own answer',
  '/^https?$/': 'domain/providers.ts: URLs in environment variables (the operator)',
  '/\\blogs\\.(\\d+)/g': "cli/assay/commands/logs.ts: the API's answer, read on the user's own machine",
  '/\\/+$/': "client/index.ts: the base URL the user's own code passes",
  '/^[a-z0-9-]+$/': 'platform/config.ts: an environment variable (the operator)',
  '/expireAfterSeconds.*not implemented/i':
    "store/rateLimits.ts: the database's answer to our own createIndex",
  '/^[A-Z_][A-Z0-9_]*$/': 'domain/providers.ts: ASSAY_PROVIDERS (the operator)',
  '/^[a-z0-9_-]+$/': 'domain/providers.ts: ASSAY_PROVIDERS (the operator)',
  '/:(\\w+)/g': 'api/openapi.ts: our own route paths',
  '/[^A-Za-z0-9]+(.)?/g': 'api/openapi.ts: our own route paths',
  '/"child-pid"\\s*:\\s*(\\d+)/': "sandbox/process.ts: bubblewrap's --info-fd output",
  '/ENOENT/': "sandbox/index.ts: bubblewrap's stderr when python is missing",
  '/CERT|CA_BUNDLE|FIND_LINKS/': "sandbox/bwrap.ts: the worker's environment variable names",
  '/\\s+/': "sandbox/bwrap.ts: the worker's environment",
  '/^(PIP_(INDEX_URL|EXTRA_INDEX_URL|TRUSTED_HOST|CERT|CLIENT_CERT|DEFAULT_TIMEOUT|TIMEOUT|RETRIES|PROXY|FIND_LINKS)|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|SSL_CERT_(FILE|DIR)|REQUESTS_CA_BUNDLE)$/':
    "sandbox/venv.ts: the worker's environment variable names",
  '/^\\.(staging|trash)-/': "sandbox/venv.ts: the cache directory's own entries",
  '/^[0-9a-f]{64}$/': "sandbox/venv.ts: the cache directory's own entries",
  [String.raw`/\\(\d{3})/g`]: "sandbox/cgroupFiles.ts: the kernel's /proc cgroup and mount tables",
  // The source text `new RegExp(`^${key} (\\d+)$`)`, spelt without ending the template literal.
  [String.raw`new RegExp(${'`'}^${'${key}'} (\\d+)$${'`'})`]:
    "sandbox/cgroup.ts: the kernel's cgroup stat files",
  [String.raw`/^assay-(\d+)$/`]: 'sandbox/cgroup.ts: the names of our own cgroups',
  [String.raw`/^s\d+$/`]: 'sandbox/cgroup.ts: the names of our own cgroups',
  [String.raw`/\.so(\.|$)/`]: "sandbox/runtimeFiles.ts: the interpreter's library file names",
  [String.raw`/=>\s+(\/\S+)|^\s+(\/\S+)\s+\(0x/`]:
    "sandbox/runtimeFiles.ts: ldd's output for the interpreter",
  [String.raw`/^\s+(\S+)\s+\(([^)]*)\)\s+=>\s+(\/\S+)$/`]:
    "sandbox/runtimeFiles.ts: ldd's output for the interpreter",
};

const N = 100_000;
/** Generic worst cases: long runs of what each pattern's classes and quantifiers accept, then a mismatch. */
const adversarial = [
  'a'.repeat(N) + '!',
  ' '.repeat(N) + '!',
  '1'.repeat(N) + 'x',
  '1.' + '1'.repeat(N) + 'e+',
  '.'.repeat(N) + '$',
  'Bearer ' + ' '.repeat(N) + 'x y',
  'Bearer\t'.repeat(N / 7),
  'sk-'.repeat(N / 3),
  'sk-' + 'a'.repeat(N) + '!',
  '\x1b[' + ';'.repeat(N),
  '\x1b['.repeat(N / 2),
  '-'.repeat(N) + '\n',
  'ast_' + 'a'.repeat(N),
  '=,"'.repeat(N / 3),
  'UNIQUE constraint '.repeat(N / 18),
  '\u00e9'.repeat(N),
  '{{' + ' '.repeat(N), // what the replaced template pattern took cubic time on
  '```' + ' '.repeat(N), // and the replaced code-fence pattern quadratic time
];

const asRegExp = (literal: string, file: string): RegExp => {
  if (literal.startsWith('new RegExp')) {
    expect(file).toBe('domain/common.ts');
    return /^ds_[A-Za-z0-9_.:-]{1,128}$/; // idSchema('dataset'); the other kinds differ only in the prefix
  }
  const end = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
};

describe('regular expressions that see user input', () => {
  const found = regexLiterals();

  it('are all classified: a new one must be added here, with its worst case', () => {
    const unclassified = found.filter(({ literal }) => !(literal in userInput) && !(literal in notUserInput));
    expect(unclassified).toEqual([]);
    const gone = [...Object.keys(userInput), ...Object.keys(notUserInput)].filter(
      (literal) => !found.some((f) => f.literal === literal),
    );
    expect(gone).toEqual([]);
  });

  it.each(found.filter(({ literal }) => literal in userInput).map((f) => [f.literal, f.file] as const))(
    '%s (%s) answers within 200 ms on 100 KB adversarial inputs',
    (literal, file) => {
      const regex = asRegExp(literal, file);
      const slow = adversarial.flatMap((input) => {
        const ms = fastestMs(() => (regex.global ? Array.from(input.matchAll(regex)) : regex.test(input)));
        return ms < 200 ? [] : [{ input: JSON.stringify(input.slice(0, 24)), ms }];
      });
      expect(slow).toEqual([]);
    },
  );
});
