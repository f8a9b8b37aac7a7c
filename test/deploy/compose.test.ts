import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configVariables } from '../../src/config.js';
import { renderConfigTable } from '../../src/configDocs.js';
import { assaySearchAttributes } from '../../src/domain/searchAttributes.js';
import { repoRoot } from '../../src/stack/paths.js';

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

  it('publishes the ports the services listen on', () => {
    const env = services.api!.environment!;
    expect(services.api!.ports).toContain(`${env.PORT}:${env.PORT}`);
    expect(services.temporal!.ports).toContain('7233:7233');
    expect(services['temporal-ui']!.ports).toContain('8080:8080');
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
  it('documents every configuration variable, exactly as the schema defines it', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(renderConfigTable());
  });
});
