/**
 * Every built-in route. To add an area, write `routes/<area>.ts` exporting a `Route[]` and list it here.
 */
import type { Route } from '../router';
import { billRoutes } from './bills';
import { certificateRoutes } from './certificates';
import { controlRoutes } from '../server/control';
import { faceCollectionRoutes } from './faceCollections';
import { fileRoutes } from './files';
import { payRoutes } from './pay';
import { refundRoutes } from './refund';
import { securityRoutes } from './security';
import { v2Routes } from '../v2';

export const allRoutes: Route[] = [
  ...controlRoutes,
  ...certificateRoutes,
  ...payRoutes,
  ...refundRoutes,
  ...faceCollectionRoutes,
  ...fileRoutes,
  ...billRoutes,
  ...securityRoutes,
  ...v2Routes,
];
