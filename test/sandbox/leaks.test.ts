import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeEvalOutcome, CodeSandbox } from '../../src/sandbox/index.js';
import { probePython } from '../../src/sandbox/python.js';
import { expectHealthy, item, makeSandbox } from './helpers.js';

/**
 * What hostile evaluator code could get past the sandbox's edges before: the result channel
 * (fd 3) written directly, socket families beyond the network stack, and host files under /usr.
 */

let env: Awaited<ReturnType<typeof makeSandbox>>;
let sandbox: CodeSandbox;

beforeAll(async () => {
  env = await makeSandbox({ maxOutputBytes: 64 * 1024, itemTimeoutMs: 5000 });
  sandbox = env.sandbox;
});
afterAll(() => env?.dispose());

const body = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => '    ' + line)
    .join('\n');

async function run(evaluateBody: string, keys: string[]): Promise<CodeEvalOutcome[]> {
  const code = `import json, os, socket, sys, time\ndef evaluate(sample, ground_truth):\n    key = sample["metadata"]["key"]\n${body(evaluateBody)}\n`;
  return sandbox.evaluateBatch({ code, requirements: [], items: keys.map((k) => item(k)) });
}

const errorOf = (o: CodeEvalOutcome | undefined) =>
  o && !o.ok ? o.error : `not an error: ${JSON.stringify(o)}`;

describe('the result channel, written by user code', () => {
  it('accepts only one ready', async () => {
    const [before, forged, after] = await run(
      `if key == "forge":\n    os.write(3, b'{"t":"ready"}\\n')\nreturn 1`,
      ['ok-before', 'forge', 'ok-after'],
    );
    expect(before).toMatchObject({ ok: true, score: 1 });
    expect(errorOf(forged)).toMatch(/^sandbox protocol error/);
    expect(errorOf(after)).toMatch(/^not evaluated: sandbox protocol error/);
    expect(await expectHealthy(sandbox)).toBe(true);
  });

  it('counts oversized result lines against the output cap', async () => {
    // A forged result for this very item carrying 1 MiB of reason: the allowance per line is far
    // below that, so the excess exceeds the 64 KiB cap.
    const forge = `msg = {"t": "r", "i": 1, "ok": True, "score": 1, "ms": 1, "reason": "x" * (1024 * 1024)}
if key == "forge":
    os.write(3, (json.dumps(msg) + "\\n").encode())
    time.sleep(1)
return 1`;
    const [before, forged, after] = await run(forge, ['ok-before', 'forge', 'ok-after']);
    expect(before).toMatchObject({ ok: true });
    expect(errorOf(forged)).toBe('output limit (64 KiB) exceeded');
    expect(errorOf(after)).toMatch(/^not evaluated: output limit \(64 KiB\) exceeded/);
  });

  it('stops a result line that never ends at the output cap', async () => {
    const [flood] = await run(`chunk = b"x" * 65536\nwhile True:\n    os.write(3, chunk)`, ['flood']);
    expect(errorOf(flood)).toBe('output limit (64 KiB) exceeded');
  });

  it('trims a forged reason and error and clamps forged timings', async () => {
    // The item forges its own result (within the per-line allowance) and ends the harness before
    // it can answer, so the forged message is the answer the host keeps.
    const forge = `msg = {"t": "r", "i": 0, "ms": 1e12}
if key == "reason":
    msg.update({"ok": True, "score": 1, "reason": "r" * 50000})
else:
    msg.update({"ok": False, "error": "e" * 50000})
os.write(3, (json.dumps(msg) + "\\n").encode())
os._exit(0)`;
    for (const key of ['reason', 'error']) {
      const started = performance.now();
      const [outcome] = await run(forge, [key]);
      const elapsed = performance.now() - started;
      expect(outcome!.latencyMs).toBeLessThanOrEqual(elapsed);
      if (key === 'reason') {
        expect(outcome).toMatchObject({ ok: true, score: 1 });
        expect((outcome as { reason: string }).reason).toHaveLength(2000);
      } else {
        expect(outcome).toMatchObject({ ok: false });
        expect(errorOf(outcome)).toHaveLength(8000);
      }
    }
  });
});

describe('sockets', () => {
  it('allows only AF_UNIX, AF_INET and AF_INET6 sockets', async () => {
    const families = {
      AF_UNIX: 'socket.socketpair(socket.AF_UNIX)',
      AF_INET: 'socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
      AF_INET6: 'socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)',
      AF_VSOCK: 'socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)',
      AF_NETLINK: 'socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)',
      AF_PACKET: 'socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM)',
      AF_ALG: 'socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET)',
    };
    const tryAll = Object.entries(families)
      .map(
        ([name, expr]) =>
          `try:\n    ${expr}\n    out["${name}"] = "created"\nexcept OSError as exc:\n    out["${name}"] = exc.errno`,
      )
      .join('\n');
    const [outcome] = await run(`out = {}\n${tryAll}\nreturn {"score": 1, "reason": json.dumps(out)}`, [
      'sockets',
    ]);
    expect(outcome).toMatchObject({ ok: true });
    const EAFNOSUPPORT = 97;
    expect(JSON.parse((outcome as { reason: string }).reason)).toEqual({
      AF_UNIX: 'created',
      AF_INET: 'created',
      AF_INET6: 'created',
      AF_VSOCK: EAFNOSUPPORT,
      AF_NETLINK: EAFNOSUPPORT,
      AF_PACKET: EAFNOSUPPORT,
      AF_ALG: EAFNOSUPPORT,
    });
  });
});

describe('host files', () => {
  it('binds the interpreter, its standard library and their libraries, not the rest of /usr', async () => {
    const python = await probePython('python3');
    // Present on this host, none of them needed to run Python.
    const candidates = [
      '/usr/bin',
      '/usr/share',
      '/usr/include',
      '/usr/lib/gcc',
      '/usr/lib/git-core',
      '/usr/lib/apt',
      '/usr/lib/x86_64-linux-gnu/perl-base',
      '/usr/lib/x86_64-linux-gnu/libsystemd.so.0',
      '/usr/lib/x86_64-linux-gnu/gconv',
      `${python.basePrefix}/bin/pip3`,
      `${python.basePrefix}/include`,
      ...python.sitePackages.map((d) => `${d}/pip`),
    ].filter((p) => existsSync(p));
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    const [outcome] = await run(
      `import ctypes, decimal, hashlib, lzma, bz2, sqlite3, ssl, zlib, uuid
libc = ctypes.CDLL("libc.so.6")  # dlopen of a library Python itself loads
seen = [p for p in json.loads(sample["output"]) if os.path.exists(p)]
return {"score": 1, "reason": json.dumps(seen)}`.replace(
        'sample["output"]',
        JSON.stringify(JSON.stringify(candidates)),
      ),
      ['files'],
    );
    expect(outcome).toMatchObject({ ok: true });
    expect(JSON.parse((outcome as { reason: string }).reason)).toEqual([]);
  });
});
