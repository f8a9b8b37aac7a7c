import type { AnyRoute } from '../route.js';
import { containerRoutes } from './containers.js';

/** Every API route; the OpenAPI document is generated from this same list. */
export const allRoutes: AnyRoute[] = [...containerRoutes];
