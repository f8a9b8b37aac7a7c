import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeArgs } from '../../src/sandbox/bwrap.js';
import { CodeSandbox } from '../../src/sandbox/index.js';
import { SandboxProcess } from '../../src/sandbox/process.js';
import { probePython } from '../../src/sandbox/python.js';
import { buildSeccompProgram } from '../../src/sandbox/seccomp.js';
import { childSandboxes, item, makeSandbox } from './helpers.js';

let env: Awaited<ReturnType<typeof makeSandbox>>;
let sandbox: CodeSandbox;

beforeAll(async () => {
  env = await makeSandbox();
  sandbox = env.sandbox;
});
afterAll(() => env?.dispose());

/**
 * Run `probe` (a Python expression over `sample`) inside the sandbox and return what it evaluated
 * to, as a string. Probes report what they could do; the tests assert they could not.
 */
async function probe(body: string, sample: unknown = null): Promise<string> {
  const code = `
import os, socket, sys
def evaluate(sample, ground_truth):
    sample = sample["output"]
${body
  .trim()
  .split('\n')
  .map((line) => '    ' + line)
  .join('\n')}
`;
  const [outcome] = await sandbox.evaluateBatch({ code, requirements: [], items: [item('probe', sample)] });
  if (!outcome!.ok) throw new Error(`probe failed: ${outcome!.error}`);
  return outcome!.reason ?? '';
}

const attempt = (expr: string) => `
try:
    result = repr(${expr})
except BaseException as exc:
    result = "DENIED " + type(exc).__name__ + ": " + str(exc)
return {"score": 1, "reason": result}
`;

describe('isolation', () => {
  it('does not pass the parent environment into the sandbox', async () => {
    process.env.ASSAY_SANDBOX_TEST_SECRET = 'hunter2-secret-value';
    try {
      const environ = await probe('return {"score": 1, "reason": repr(dict(os.environ))}');
      expect(environ).not.toContain('hunter2-secret-value');
      expect(environ).not.toContain('ASSAY_SANDBOX_TEST_SECRET');
      expect(environ).not.toContain('MONGODB');
      const names = await probe('return {"score": 1, "reason": ",".join(sorted(os.environ))}');
      expect(names.split(',')).toEqual(
        [
          'HOME',
          'LANG',
          'MALLOC_ARENA_MAX',
          'MKL_NUM_THREADS',
          'OMP_NUM_THREADS',
          'OPENBLAS_NUM_THREADS',
          'PATH',
          'PWD', // set by bwrap's --chdir
          'PYTHONDONTWRITEBYTECODE',
          'PYTHONIOENCODING',
          'TMPDIR',
        ].sort(),
      );
      // Not via other processes either: the only other process is bwrap's init, not ours to read.
      expect(await probe(attempt('open("/proc/1/environ").read()'))).toMatch(/^DENIED PermissionError/);
    } finally {
      delete process.env.ASSAY_SANDBOX_TEST_SECRET;
    }
  });

  it('cannot read /etc/shadow', async () => {
    expect(await probe(attempt('open("/etc/shadow").read()'))).toMatch(/^DENIED FileNotFoundError/);
    expect(await probe(attempt('os.listdir("/etc")'))).toBe("['ld.so.cache']");
  });

  it('cannot see the project checkout', async () => {
    const checkout = fileURLToPath(new URL('../..', import.meta.url));
    expect(await probe(attempt(`os.listdir(${JSON.stringify(checkout)})`))).toMatch(
      /^DENIED FileNotFoundError/,
    );
    expect(await probe(attempt('os.listdir("/work")'))).toMatch(/^DENIED FileNotFoundError/);
    // The harness is mounted on its own, read-only; nothing else of src/ comes with it.
    expect(await probe(attempt('sorted(os.listdir("/sandbox"))'))).toBe("['harness.py', 'work']");
    expect(await probe(attempt('open("/sandbox/harness.py", "a")'))).toMatch(
      /^DENIED (PermissionError|OSError)/,
    );
  });

  it('cannot read a data folder created outside the sandbox', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'assay-secret-data-'));
    try {
      await writeFile(path.join(dir, 'dataset.jsonl'), '{"label": "confidential"}\n');
      const file = JSON.stringify(path.join(dir, 'dataset.jsonl'));
      expect(await probe(attempt(`open(${file}).read()`))).toMatch(/^DENIED FileNotFoundError/);
      expect(await probe(attempt('os.listdir("/tmp")'))).toBe('[]'); // a private, empty /tmp
      // Of the home directory, at most the way to the interpreter is visible (pyenv lives there).
      const python = await probePython('python3');
      const home = os.homedir();
      const listing = await probe(attempt(`os.listdir(${JSON.stringify(home)})`));
      if (python.basePrefix.startsWith(home + '/')) {
        expect(listing).toBe(`['${python.basePrefix.slice(home.length + 1).split('/')[0]}']`);
      } else expect(listing).toMatch(/^DENIED/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('cannot open a network connection, not even to the host loopback', async () => {
    const connections: net.Socket[] = [];
    const server = net.createServer((socket) => connections.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const local = await probe(attempt(`socket.create_connection(("127.0.0.1", ${port}), timeout=3)`));
      expect(local).toMatch(/^DENIED ConnectionRefusedError/);
      const remote = await probe(attempt('socket.create_connection(("1.1.1.1", 443), timeout=3)'));
      expect(remote).toMatch(/^DENIED OSError.*unreachable/i);
      expect(await probe(attempt('socket.getaddrinfo("pypi.org", 443)'))).toMatch(/^DENIED/);
      expect(connections).toHaveLength(0);
      // Sanity check that the listener works: the host itself can connect.
      await new Promise<void>((resolve, reject) => {
        const client = net.connect(port, '127.0.0.1', () => (client.end(), resolve()));
        client.on('error', reject);
      });
    } finally {
      connections.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('runs as an unprivileged user without capabilities', async () => {
    const status = await probe('return {"score": 1, "reason": open("/proc/self/status").read()}');
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1];
    expect(field('Uid')!.split(/\s+/)).not.toContain('0');
    expect(field('CapEff')).toBe('0000000000000000');
    expect(field('CapPrm')).toBe('0000000000000000');
    expect(field('NoNewPrivs')).toBe('1');
    if (buildSeccompProgram()) expect(field('Seccomp')).toBe('2');
  });

  it('sees only its own processes and a read-only filesystem outside scratch space', async () => {
    const pids = await probe(
      'return {"score": 1, "reason": repr(sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))}',
    );
    expect(JSON.parse(pids)).toEqual([1, 2]); // the harness's init and the harness; nothing else
    expect(await probe(attempt('open("/usr/lib/evil", "w")'))).toMatch(/^DENIED OSError.*Read-only/);
    expect(await probe(attempt('open("/evil", "w")'))).toMatch(/^DENIED OSError.*Read-only/);
    expect(await probe(attempt('open("/tmp/scratch", "w").write("ok")'))).toBe('2');
    expect(await probe(attempt('open("scratch-in-workdir", "w").write("ok")'))).toBe('2');
  });

  it('leaves no sandbox process behind after a batch', async () => {
    await sandbox.evaluateBatch({
      code: 'def evaluate(s, g):\n    return 1\n',
      requirements: [],
      items: [item('x')],
    });
    expect(await childSandboxes()).toEqual([]);
  });
});

describe('seccomp filter', () => {
  const runInProbe = async (command: string[], seccomp: Buffer | null) => {
    const args = [...probeArgs(), ...(seccomp ? ['--seccomp', '4'] : [])];
    const proc = new SandboxProcess(
      { bwrapPath: 'bwrap', args, command, seccomp },
      { maxOutputBytes: 1 << 20, onMessage() {} },
    );
    void proc.send([]);
    return proc.exited;
  };

  it.runIf(buildSeccompProgram() !== null)(
    'refuses to create namespaces (nested user namespaces in particular)',
    async () => {
      const unshare = ['/usr/bin/unshare', '--user', '/usr/bin/true'];
      const filtered = await runInProbe(unshare, buildSeccompProgram());
      expect(filtered.code).not.toBe(0);
      expect(filtered.stderrTail).toMatch(/Operation not permitted/);
      // Control: the same command without the filter works, so the filter is what stops it.
      expect((await runInProbe(unshare, null)).code).toBe(0);
      // And ordinary programs are unaffected.
      expect((await runInProbe(['/usr/bin/true'], buildSeccompProgram())).code).toBe(0);
    },
  );

  it('reports whether bubblewrap works here, naming the package when it is missing', async () => {
    expect(await CodeSandbox.check()).toEqual({ ok: true });
    const missing = await CodeSandbox.check({ bwrapPath: '/nonexistent/bwrap' });
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('bubblewrap') });
  });
});
