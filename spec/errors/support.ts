/** Helpers of the error-logging specs: raw fault peers, the secrets a peer received, the leak check. */
import { expect } from 'chai';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { WechatpayError } from '../../lib';
import { keyPair } from '../support/keys';
import { leaks } from '../support/leaks';
import type { SigningServer } from '../support/server';
import { readFields, type V2Server } from '../v2/support/v2-server';

/** A raw TCP peer that does `onConnection` with each socket (reset, hang, half an answer …). */
export async function rawServer(onConnection: (socket: Socket) => void): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

export const merchant = keyPair('merchant');
export const platform = keyPair('platform');

/** Authorization signatures and APIv2 signs the peers received: secrets once sent. */
export function sentSecrets(server: SigningServer | V2Server): string[] {
  const out: string[] = [];
  for (const r of server.requests) {
    const auth = String(r.headers.authorization ?? '');
    const m = /signature="([^"]+)"/.exec(auth);
    if (m) out.push(m[1] as string);
    const body = Buffer.isBuffer(r.body) ? r.body.toString('utf8') : r.body;
    const sign = readFields(body).sign;
    if (sign) out.push(sign);
  }
  return out;
}

export async function expectClean(err: unknown, secrets: string[]): Promise<void> {
  expect(err).to.be.instanceOf(WechatpayError);
  expect(await leaks(err, secrets)).to.deep.equal([]);
  // Short enough to read in a log: a stack and a few fields, not a request dump.
  expect(inspect(err).split('\n').length).to.be.below(40);
}
