import { Command as CommanderCommand, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError, loadEnv, requireMongoUri } from '../platform/config.js';
import { apiKeyCreateSchema, type KeyScope } from '../domain/keys.js';
import { KeyStore, type ApiKeyInfo } from '../store/keys.js';
import { connectMongo } from '../store/mongo.js';

const usage = `Manage Assay API keys (uses MONGODB_URI and MONGODB_DATABASE).

  npm run keys -- create --project NAME --scopes read,write[,admin] [--name NAME]
      Prints the new key on stdout, once: only its hash is stored.
  npm run keys -- list [--project NAME]
  npm run keys -- revoke KEY_ID`;

class UsageError extends Error {}

type Command =
  | { kind: 'create'; project: string; scopes: KeyScope[]; name: string }
  | { kind: 'list'; project?: string }
  | { kind: 'revoke'; keyId: string };

/**
 * Parsed before connecting, so a typo answers at once with the usage; by commander, the parser of
 * every Assay command line (`assay`, `npm run stack`).
 */
function parseCommand(argv: string[]): Command {
  let parsed: Command | undefined;
  const program = new CommanderCommand('keys')
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} });
  const scopesOf = (value: string): KeyScope[] => {
    const scopes = apiKeyCreateSchema.shape.scopes.safeParse(value.split(',').map((s) => s.trim()));
    if (!scopes.success) throw new InvalidArgumentError(`lists read, write and/or admin (got '${value}')`);
    return scopes.data;
  };
  program
    .command('create')
    .requiredOption('--project <name>')
    .requiredOption('--scopes <scopes>', 'read,write[,admin]', scopesOf)
    .option('--name <name>', 'what the key is for', 'cli')
    .action((flags: { project: string; scopes: KeyScope[]; name: string }) => {
      parsed = { kind: 'create', ...flags };
    });
  program
    .command('list')
    .option('--project <name>')
    .action((flags: { project?: string }) => {
      parsed = { kind: 'list', project: flags.project };
    });
  program
    .command('revoke')
    .argument('<key_id>', 'see `list`')
    .action((keyId: string) => {
      parsed = { kind: 'revoke', keyId };
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) throw new UsageError(error.message.replace(/^error: /, ''));
    throw error;
  }
  if (!parsed) throw new UsageError('no command given');
  return parsed;
}

const when = (seconds: number | null) => (seconds === null ? '-' : new Date(seconds * 1000).toISOString());

function table(keys: ApiKeyInfo[]): string {
  const rows = [
    ['ID', 'PROJECT', 'NAME', 'SCOPES', 'PREFIX', 'CREATED', 'REVOKED'],
    ...keys.map((k) => [
      k.id,
      k.project_name,
      k.name,
      k.scopes.join(','),
      k.prefix,
      when(k.created_at),
      when(k.revoked_at),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function execute(keys: KeyStore, command: Command): Promise<void> {
  switch (command.kind) {
    case 'create': {
      const { key, info } = await keys.createKey(command.project, command.name, command.scopes);
      // The key alone on stdout, so `ASSAY_KEY=$(npm run -s keys -- create ...)` works.
      process.stdout.write(`${key}\n`);
      process.stderr.write(
        `Created ${info.id} (${info.scopes.join(',')}) in project '${info.project_name}'. Keep the key now: it is not shown again.\n`,
      );
      return;
    }
    case 'list':
      process.stdout.write(`${table(await keys.listKeys(command.project))}\n`);
      return;
    case 'revoke':
      if (!(await keys.revokeKey(command.keyId))) throw new Error(`no active key ${command.keyId}`);
      process.stderr.write(`Revoked ${command.keyId}.\n`);
  }
}

async function main(): Promise<number> {
  try {
    const command = parseCommand(process.argv.slice(2));
    const env = loadEnv();
    const mongo = await connectMongo(requireMongoUri(env), env.MONGODB_DATABASE);
    try {
      const keys = new KeyStore(mongo.db);
      // This may run before the API ever has, and the unique indexes must exist first.
      await keys.ensureIndexes();
      await execute(keys, command);
      return 0;
    } finally {
      await mongo.close();
    }
  } catch (error) {
    const usageProblem = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(`keys: ${(error as Error).message}\n${usageProblem ? `\n${usage}\n` : ''}`);
    return usageProblem ? 2 : 1;
  }
}

process.exitCode = await main();
