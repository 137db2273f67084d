/** An APIv2 client pointed at a fresh signing test server, for specs that share one per suite. */
import { Builder, type UntypedNode } from '../../lib';
import { untyped } from '../support/helpers';
import { SECRET, startSigningServer, type SigningServer } from '../support/signing-server';

export const MCHID = '1230000109';

export async function startV2Client(): Promise<{ server: SigningServer; client: UntypedNode }> {
  const server = await startSigningServer();
  return { server, client: untyped(Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url })) };
}
