import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which test files need the servers `globalSetup.ts` starts (Temporal, the MongoDB-compatible
 * store, the workflow bundle), told from the code rather than from a list kept by hand: a file
 * needs them when it, or a local module it imports (transitively), reads the stack's addresses
 * through vitest's `inject`, or starts a stack of its own (the bench's smoke test runs the bench,
 * which does), or says in a `// test tier: needs ...` line that it needs another server (the Python
 * package index). Every other test file is a server-free test: `npm run test:unit`.
 */
const startsServers = /\binject\(|bench\/main\.ts|\bstartLocalStack\(|^\/\/ test tier: needs /m;
const importPattern = /^\s*import\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The test files under `root`/test, split into those that need the stack and those that do not. */
export function classifyTestFiles(root: string): { stack: string[]; serverFree: string[] } {
  const needsStack = new Map<string, boolean>();
  const visit = (file: string, seen: Set<string>): boolean => {
    const known = needsStack.get(file);
    if (known !== undefined) return known;
    if (seen.has(file)) return false;
    seen.add(file);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      return false; // a path that is not a local source file (a JSON fixture, a package)
    }
    let result = startsServers.test(source);
    for (const match of source.matchAll(importPattern)) {
      if (result) break;
      const target = path.resolve(path.dirname(file), match[1]!).replace(/\.js$/, '.ts');
      // Only the test tree decides: src never calls vitest's inject.
      if (target.startsWith(path.join(root, 'test'))) result = visit(target, seen);
    }
    needsStack.set(file, result);
    return result;
  };
  const stack: string[] = [];
  const serverFree: string[] = [];
  for (const file of testFiles(path.join(root, 'test'))) {
    (visit(file, new Set()) ? stack : serverFree).push(path.relative(root, file));
  }
  return { stack: stack.sort(), serverFree: serverFree.sort() };
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}
