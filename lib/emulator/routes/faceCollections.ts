/**
 * The seed endpoint: offline-face collections, listed with offset/limit paging per organization.
 */
import type { RouteContext } from '../context';
import { notFound } from '../failure';
import type { Route } from '../router';

function list(ctx: RouteContext) {
  const organization = ctx.requireQuery('organization_id');
  const offset = ctx.intQuery('offset', 0, 0, 1_000_000);
  const limit = ctx.intQuery('limit', 10, 1, 100);
  const all = ctx.merchant.faceCollections.filter((c) => c.organization_id === organization);
  return { body: { face_collections: all.slice(offset, offset + limit), total_count: all.length, offset, limit } };
}

function one(ctx: RouteContext) {
  const id = ctx.params.collection_id as string;
  const found = ctx.merchant.faceCollections.find((c) => c.collection_id === id);
  if (!found) throw notFound(`No face collection ${id}.`);
  return { body: found };
}

export const faceCollectionRoutes: Route[] = [
  { method: 'GET', pattern: '/v3/offlineface/face-collections', handler: list },
  { method: 'GET', pattern: '/v3/offlineface/face-collections/{collection_id}', handler: one },
];
