import { configVariables } from './config.js';
import { writeVariable } from './configVariables.js';

/** The README's configuration table, rendered from the config schema itself. */
export function renderConfigTable(): string {
  const rows = Object.entries(configVariables).map(([name, variable]) => {
    const { schema, doc } = variable;
    const parsed = schema.safeParse(undefined);
    const fallback =
      parsed.success && parsed.data !== undefined ? `\`${writeVariable(variable, parsed.data)}\`` : '—';
    return `| \`${name}\` | ${fallback} | ${doc.replaceAll('|', '\\|')} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

const start = '<!-- config:start -->';
const end = '<!-- config:end -->';

/** Replaces the table between the README's config markers. */
export function withConfigTable(readme: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${readme.slice(0, from + start.length)}\n${renderConfigTable()}\n${readme.slice(to)}`;
}

// `npm run docs:config` rewrites the README's table after a variable is added.
if (process.argv[1]?.endsWith('configDocs.ts')) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const readme = new URL('../../README.md', import.meta.url);
  writeFileSync(readme, withConfigTable(readFileSync(readme, 'utf8')));
}
