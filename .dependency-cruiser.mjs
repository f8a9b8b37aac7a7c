/**
 * The allowed direction between src/ folders, checked by dependency-cruiser
 * (`npm run lint`, and test/architecture/dependencies.test.ts so that CI, which runs `npm test`, fails too).
 *
 * Who may import whom, top to bottom (nothing imports upwards, and no two folders import each other):
 *
 *   api         the API and its services: anything below; it starts workflows, never runs activities
 *   activities  what Temporal calls: evaluation and below
 *   evaluation  evaluating a batch: core, store, models, judge, graders, sandbox, domain
 *   workflows   deterministic orchestration: core and domain only (activities as types)
 *   judge, graders, sandbox  evaluator kinds: models, core, domain
 *   store, models  persistence, providers: core and domain (never each other)
 *   core        the pure run engine, with metrics: core, metrics, domain, zod
 *   domain      the zod contracts and the typed errors: domain, zod
 *
 * The entry points (src/worker.ts, src/main: api, dev) and the wiring folders platform (config, log,
 * shutdown, sandbox settings) and temporal (client, logging, worker) tie everything together and
 * are left out of the direction rules; the folder-cycle rule still covers them.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment:
        'Folders under src/ must not import each other in a circle: each layer builds on the ones below it.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/[^/]+' },
      to: { circular: true },
    },
    {
      name: 'no-file-cycles',
      comment:
        'No file imports itself through others, at run time or by type: a circle makes two files one ' +
        'that nobody can read (or load) alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'workflows-import-core-and-domain-only',
      comment:
        'Workflow code is replayed in a deterministic sandbox and bundled: only the pure core, the domain ' +
        'schemas and Temporal workflow APIs. Activities are imported as types only (proxyActivities).',
      severity: 'error',
      from: { path: '^src/workflows/' },
      to: {
        pathNot: '^(src/(workflows|core|domain|metrics)/|node_modules/(@temporalio/(workflow|common)|zod)/)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-is-pure',
      comment:
        'The engine core is shared by the workflow bundle and the activities: no Node built-ins, no I/O, ' +
        'nothing above it.',
      severity: 'error',
      from: { path: '^src/(core|metrics)/' },
      to: { pathNot: '^(src/(core|domain|metrics)/|node_modules/(zod|@stdlib)/)' },
    },
    {
      name: 'domain-is-contracts-only',
      comment: 'The domain holds the zod contracts everyone shares (the workflow bundle included).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: '^(src/domain/|node_modules/(zod|@temporalio/common)/)',
      },
    },
    {
      name: 'lower-layers-do-not-import-the-engine',
      comment: 'core, store, models, judge, graders, sandbox and domain sit below the engine and the API.',
      severity: 'error',
      from: { path: '^src/(core|metrics|domain|store|models|judge|graders|sandbox)/' },
      to: { path: '^src/(api|activities|evaluation|workflows)/' },
    },
    {
      name: 'store-and-models-are-peers',
      comment:
        'The store persists, the model layer calls providers; neither imports the other (the response ' +
        "cache's Mongo store lives in src/store and is handed to the model client).",
      severity: 'error',
      from: { path: '^src/(store|models)/' },
      to: { path: '^src/(store|models)/', pathNot: '^src/$1/' },
    },
    {
      name: 'evaluation-does-not-import-activities',
      comment: 'Activities delegate to src/evaluation; evaluation code knows nothing of Temporal activities.',
      severity: 'error',
      from: { path: '^src/evaluation/' },
      to: { path: '^src/(api|activities|workflows)/' },
    },
    {
      name: 'activities-do-not-import-the-api',
      comment: 'Activities run in the worker; API services are for requests.',
      severity: 'error',
      from: { path: '^src/activities/' },
      to: { path: '^src/(api|workflows)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: they are how a folder learns another's shapes.
    tsPreCompilationDeps: true,

    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    // harness.py and other non-JS files are not modules.
    exclude: { path: '\\.(py|md)$' },
  },
};
