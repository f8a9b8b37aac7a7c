import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import { useTestStack } from '../support/testStack.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('<!-- cli-example:start -->'),
  readme.indexOf('<!-- cli-example:end -->'),
);
const script = /```bash\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe("the README's CLI example", () => {
  const stack = useTestStack({ worker: true });

  it('runs as written: apply, logs push, a passing gate (exit 0) and a failing interval gate (exit 1)', async () => {
    expect(script).toContain('npx assay apply -f examples/assay.yaml');
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-c', `set -euo pipefail\n${script}`], {
        cwd: repoRoot,
        env: {
          ...process.env,
          ASSAY_URL: stack.api.url,
          ASSAY_KEY: stack.adminKey,
          ASSAY_POLL_INTERVAL_MS: '200',
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.code, `${result.stderr}\n${result.stdout}`).toBe(0);
    expect(result.stdout).toContain('Plan: 4 to create');
    expect(result.stdout).toContain('✓ exact.mean >= 0.8: exact is 0.8333');
    expect(result.stdout).toContain('✗ exact.pass_rate.ci95.low >= 0.8: exact is 0.4365');
    // exact scores 0 or 1: its mean interval is its pass rate's (Wilson), never past 1.
    const exactRow = result.stdout.split('\n').find((line) => /^\s*exact\s/.test(line));
    expect(exactRow, result.stdout).toMatch(/0\.833\s+\[0\.436, 0\.970\]\s+0\.833\s+\[0\.436, 0\.970\]/);
    expect(result.stdout).toContain('exit 1: a gate failed');
  });
});
