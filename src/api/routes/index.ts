import type { AnyRoute } from '../route.js';
import { containerRoutes } from './containers.js';
import { datasetRoutes } from './datasets.js';
import { evalRoutes } from './evals.js';
import { evaluatorRoutes } from './evaluators.js';
import { fileRoutes } from './files.js';
import { graderRoutes } from './graders.js';
import { keyRoutes } from './keys.js';
import { judgeTrustRoutes } from './judgeTrust.js';
import { logRoutes } from './logs.js';
import { monitorRoutes } from './monitors.js';
import { runRoutes } from './runs.js';
import { webhookRoutes } from './webhooks.js';

/** Every API route; the OpenAPI document is generated from this same list. */
export const allRoutes: AnyRoute[] = [
  ...containerRoutes,
  ...logRoutes,
  ...datasetRoutes,
  ...evaluatorRoutes,
  ...keyRoutes,
  ...runRoutes,
  ...judgeTrustRoutes,
  ...evalRoutes,
  ...fileRoutes,
  ...webhookRoutes,
  ...graderRoutes,
  ...monitorRoutes,
];
