import type { Command } from 'commander';
import { loadAssayFile } from '../assayFile.js';
import { planApply, planSymbols, summarizePlan } from '../applyPlan.js';
import { contextOf } from '../context.js';
import { exitCodes } from '../exitCodes.js';

export function registerApply(program: Command, setExit: (code: number) => void): void {
  program
    .command('apply')
    .description(
      'Create or update the containers, evaluators, datasets and monitors an assay.yaml declares. Prints the plan first; ' +
        'applying twice changes nothing; an evaluator or monitor change makes a new version.',
    )
    .requiredOption('-f, --file <path>', 'the file to apply')
    .option(
      '--prune',
      'also delete containers, evaluators, datasets and monitors of the project the file does not declare',
    )
    .option('--dry-run', 'print the plan and change nothing')
    .action(async (options: { file: string; prune?: boolean; dryRun?: boolean }, command: Command) => {
      const { out, client } = contextOf(command);
      const loaded = loadAssayFile(options.file);
      const plan = await planApply(client(), loaded, { prune: Boolean(options.prune) });
      const totals = summarizePlan(plan);
      const c = out.colors;
      const paint = { create: c.green, update: c.yellow, delete: c.red, unchanged: c.dim };
      out.line(`Plan for ${options.file}:`);
      for (const change of plan) {
        out.line(
          paint[change.kind](
            `  ${planSymbols[change.kind]} ${change.resource} ${change.name}${change.detail ? `  (${change.detail})` : ''}`,
          ),
        );
      }
      out.line(
        `Plan: ${totals.create} to create, ${totals.update} to update, ${totals.delete} to delete, ${totals.unchanged} unchanged.`,
      );
      const applied: { kind: string; resource: string; name: string; id: string }[] = [];
      if (!options.dryRun) {
        for (const change of plan) {
          if (!change.execute) continue;
          const id = await change.execute(client());
          applied.push({ kind: change.kind, resource: change.resource, name: change.name, id });
        }
        out.line(applied.length === 0 ? 'Nothing to do.' : `Applied ${applied.length} changes.`);
      }
      if (out.json) {
        out.data({
          file: options.file,
          dry_run: Boolean(options.dryRun),
          plan: plan.map(({ execute: _execute, ...change }) => change),
          totals,
          applied,
        });
      }
      setExit(exitCodes.ok);
    });
}
