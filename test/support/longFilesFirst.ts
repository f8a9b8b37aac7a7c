import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A file that runs for minutes says so in a `// test order: runs for minutes` line, and starts
 * before the others. Vitest's own order puts the slowest files first only once it has timed
 * them (a cache a fresh clone, CI's included, does not have); before that it goes by file size,
 * which started the 155-line schemathesis file (7 minutes) last, so the suite's last minutes ran
 * one file on one of its two workers.
 */
const runsForMinutes = /^\/\/ test order: runs for minutes/m;

export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = sorted.filter((file) => runsForMinutes.test(readFileSync(file.moduleId, 'utf8')));
    return [...long, ...sorted.filter((file) => !long.includes(file))];
  }
}
