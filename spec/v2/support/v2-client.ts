/** An APIv2 client pointed at a fresh APIv2 test server, for specs that share one per suite. */
import { Builder, type UntypedNode } from '../../../lib';
import { untyped } from '../../support/helpers';
import { SECRET, startV2Server, type V2Server } from './v2-server';

export const MCHID = '1230000109';

export async function startV2Client(): Promise<{ server: V2Server; client: UntypedNode }> {
  const server = await startV2Server();
  return { server, client: untyped(Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url })) };
}
