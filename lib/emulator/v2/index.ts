/**
 * The emulator's APIv2 (XML) routes: payments, refunds (TLS client certificate required) and bills.
 * They check their own `sign` (`auth: 'none'` for the APIv3 gateway) and answer in signed XML.
 */
import type { Route } from '../router';
import { v2BillRoutes } from './bill';
import { v2PayRoutes } from './pay';
import { v2RefundRoutes } from './refund';

export const v2Routes: Route[] = [...v2PayRoutes, ...v2RefundRoutes, ...v2BillRoutes];
