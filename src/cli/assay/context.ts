import type { Command } from 'commander';
import type { AssayClient } from '../../client/index.js';
import { connect } from './api.js';
import { Output } from './output.js';

/** What every command's action gets: the output (from the global --json) and a lazily made client. */
export interface CommandContext {
  out: Output;
  client(): AssayClient;
}

export function contextOf(command: Command): CommandContext {
  const { json } = command.optsWithGlobals<{ json?: boolean }>();
  let client: AssayClient | undefined;
  return { out: new Output(Boolean(json)), client: () => (client ??= connect()) };
}
