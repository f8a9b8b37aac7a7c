#!/usr/bin/env node
/* global process */
// The CLI is TypeScript, run through tsx like the rest of Assay: no build step, so
// `npx assay` works in a fresh clone right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/assay/main.ts');
process.exitCode = await main(process.argv);
