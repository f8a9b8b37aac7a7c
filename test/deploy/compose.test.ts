import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configVariables } from '../../src/platform/config.js';
import { renderConfigTable } from '../../src/platform/configDocs.js';
import { assaySearchAttributes } from '../../src/domain/searchAttributes.js';
import { repoRoot } from '../../src/stack/paths.js';
import { metricsRegistry } from '../../src/platform/metrics.js';

// No Docker engine runs here, so the deployment files are checked against the code instead.
const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      image?: string;
      build?: string;
      command?: string[] | string;
      environment?: Record<string, string>;
      ports?: string[];
      security_opt?: string[];
      privileged?: boolean;
      cap_add?: string[];
    }
  >;
};
const services = compose.services;

describe('docker-compose.yml agrees with the code', () => {
  it('has MongoDB 8, Temporal on PostgreSQL, its UI, and the API and worker built from the Dockerfile', () => {
    expect(services.mongodb?.image).toBe('mongo:8');
    expect(services.postgresql?.image).toMatch(/^postgres:/);
    expect(services.temporal?.environment?.DB).toMatch(/^postgres/);
    expect(services['temporal-ui']?.image).toMatch(/^temporalio\/ui:/);
    expect(services.api?.build).toBe('.');
    expect(services.worker?.build).toBe('.');
  });

  it('passes only environment variables the config schema knows, and the required ones', () => {
    for (const name of ['api', 'worker']) {
      const env = services[name]!.environment!;
      for (const key of Object.keys(env))
        expect(Object.keys(configVariables), `${name}.${key}`).toContain(key);
      expect(env.MONGODB_URI).toBe('mongodb://mongodb:27017');
      expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
      expect(env.TEMPORAL_NAMESPACE).toBeTruthy();
    }
  });

  it('publishes the ports the services listen on; Temporal and its UI (no auth) on loopback only', () => {
    const env = services.api!.environment!;
    expect(services.api!.ports).toContain(`${env.PORT}:${env.PORT}`);
    expect(services.temporal!.ports).toEqual(['127.0.0.1:7233:7233']);
    expect(services['temporal-ui']!.ports).toEqual(['127.0.0.1:8080:8080']);
    // The observability profile's Prometheus and Grafana: loopback only too.
    expect(services.prometheus!.ports).toEqual(['127.0.0.1:9090:9090']);
    expect(services.grafana!.ports).toEqual(['127.0.0.1:3001:3000']);
    // Nothing else is published at all (the worker's metrics port stays inside the network).
    for (const [name, service] of Object.entries(services)) {
      if (!['api', 'temporal', 'temporal-ui', 'prometheus', 'grafana'].includes(name)) {
        expect(service.ports, name).toBeUndefined();
      }
    }
  });

  it("scrapes what the code serves: promtool accepts deploy/prometheus.yml, and the dashboard's metrics exist", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-deploy-'));
    try {
      // promtool checks that the token file exists: a stand-in at the path the container mounts.
      const config = readFileSync(path.join(repoRoot, 'deploy/prometheus.yml'), 'utf8').replace(
        '/etc/prometheus/assay-metrics-token',
        path.join(dir, 'token'),
      );
      writeFileSync(path.join(dir, 'token'), 'token');
      writeFileSync(path.join(dir, 'prometheus.yml'), config);
      await promisify(execFile)(process.env.PROMTOOL_PATH ?? '/usr/bin/promtool', [
        'check',
        'config',
        path.join(dir, 'prometheus.yml'),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(services.worker!.environment!.ASSAY_WORKER_METRICS_PORT).toBe('9464');
    const served = (await metricsRegistry.getMetricsAsJSON()).map((m) => m.name);
    const dashboard = readFileSync(path.join(repoRoot, 'deploy/grafana/dashboards/assay.json'), 'utf8');
    const used = [...new Set([...dashboard.matchAll(/assay_[a-z_]+/g)].map((m) => m[0]))];
    expect(used.length).toBeGreaterThan(3);
    for (const name of used) expect(served, name).toContain(name.replace(/_(bucket|sum|count)$/, ''));
  });

  it('confines the worker as much as bubblewrap allows: a seccomp profile, not seccomp=unconfined', () => {
    const options = services.worker!.security_opt!;
    expect(options).not.toContain('seccomp=unconfined');
    expect(options).toEqual(['seccomp=./deploy/worker-seccomp.json', 'apparmor=unconfined']);
    expect(services.worker!.privileged).toBeUndefined();
    expect(services.worker!.cap_add).toBeUndefined();
    for (const name of ['api', 'worker'])
      expect(services[name]!.security_opt ?? [], name).not.toContain('seccomp=unconfined');
    expect(services.api!.security_opt).toBeUndefined();

    const profile = JSON.parse(readFileSync(path.join(repoRoot, 'deploy/worker-seccomp.json'), 'utf8')) as {
      defaultAction: string;
      syscalls: { names: string[]; action: string }[];
    };
    const denied = profile.syscalls
      .filter((rule) => rule.action === 'SCMP_ACT_ERRNO')
      .flatMap((rule) => rule.names);
    // What bubblewrap needs to build a sandbox stays allowed...
    for (const needed of ['clone', 'clone3', 'unshare', 'mount', 'umount2', 'pivot_root', 'seccomp', 'prctl'])
      expect(denied, needed).not.toContain(needed);
    // ...and what administers the kernel or reaches outside the container does not.
    for (const refused of [
      'kexec_load',
      'init_module',
      'finit_module',
      'bpf',
      'perf_event_open',
      'setns',
      'ptrace',
      'open_by_handle_at',
      'keyctl',
      'reboot',
    ])
      expect(denied, refused).toContain(refused);
  });

  it('registers exactly the search attributes the workflow uses', () => {
    const script = JSON.stringify(services['temporal-setup']!.command);
    for (const attribute of assaySearchAttributes) expect(script).toContain(attribute.name);
  });

  it('runs entry points that the build produces', () => {
    for (const name of ['api', 'worker']) {
      const command = services[name]!.command as string[];
      const built = command.find((part) => part.startsWith('dist/'))!;
      const source = path.join(repoRoot, built.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
      expect(existsSync(source), `${built} comes from ${source}`).toBe(true);
    }
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm run build');
    expect(dockerfile).toContain('bubblewrap');
  });
});

describe('README', () => {
  it('links to nothing outside the repository: the served /openapi.json and this README are the contract', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\]\(\.\.\//);
    expect(readme).not.toContain('../shared');
  });

  it('documents every configuration variable, exactly as the schema defines it', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(renderConfigTable());
  });
});
