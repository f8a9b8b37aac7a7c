import { describe, expect, it } from 'vitest';
import { itemLimitOf, sandboxOutcome } from '../../src/sandbox/executionOutcome.js';
import { limitMessages, resolveLimits } from '../../src/sandbox/limits.js';
import type { SandboxExit } from '../../src/sandbox/process.js';

/** What `assay_sandbox_executions_total{outcome}` counts a sandbox process as. */
describe('sandboxOutcome', () => {
  const exit = (over: Partial<SandboxExit>): SandboxExit => ({
    code: 0,
    signal: null,
    killedFor: null,
    stderrTail: '',
    ...over,
  });
  const answered = { answeredAll: true, memoryHit: false };
  const cut = { answeredAll: false, memoryHit: false };

  it('names the limit that ended it', () => {
    expect(sandboxOutcome(exit({}), answered)).toBe('ok');
    expect(sandboxOutcome(exit({ killedFor: 'itemTimeout', code: null }), cut)).toBe('timeout');
    expect(sandboxOutcome(exit({ killedFor: 'batchTimeout', code: null }), cut)).toBe('timeout');
    expect(sandboxOutcome(exit({ killedFor: 'cpu', code: null }), cut)).toBe('cpu');
    expect(sandboxOutcome(exit({ code: 3 }), cut)).toBe('memory');
    expect(sandboxOutcome(exit({ killedFor: 'aborted', code: null }), cut)).toBe('cancelled');
  });

  it('counts an item that hit the memory limit even when the sandbox went on', () => {
    expect(sandboxOutcome(exit({}), { answeredAll: true, memoryHit: true })).toBe('memory');
  });

  it('calls a crash, a protocol break or unanswered items an error', () => {
    expect(sandboxOutcome(exit({ code: 139 }), cut)).toBe('error');
    expect(sandboxOutcome(exit({ killedFor: 'protocol', code: null }), cut)).toBe('error');
    expect(sandboxOutcome(exit({ killedFor: 'output', code: null }), cut)).toBe('error');
    expect(sandboxOutcome(exit({ code: 0 }), cut)).toBe('error');
  });

  it("reads an item's limit from the harness's wording", () => {
    const messages = limitMessages(resolveLimits({}));
    expect(itemLimitOf(`${messages.itemTimeout}\n  File "evaluator.py"`, messages)).toBe('timeout');
    expect(itemLimitOf(messages.memory, messages)).toBe('memory');
    expect(itemLimitOf(messages.cpu, messages)).toBe('cpu');
    expect(itemLimitOf('ZeroDivisionError: division by zero', messages)).toBeUndefined();
    expect(
      sandboxOutcome(
        { code: 0, signal: null, killedFor: null, stderrTail: '' },
        {
          answeredAll: true,
          memoryHit: false,
          itemLimit: 'timeout',
        },
      ),
    ).toBe('timeout');
  });
});
