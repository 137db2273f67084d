/** Start a spec's own HTTP server on 127.0.0.1, and find a port nothing listens on. */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** `http://127.0.0.1:PORT/` (`https://` for an https.Server), then the `path` given to `listen`. */
  url: string;
  port: number;
  /** Drops kept-alive connections too, so a pooled client cannot hold the server open. */
  close(): Promise<void>;
}

/** Listen on 127.0.0.1 at a free port: `server` as given, or a node:http server running the listener. */
export async function listen(server: http.Server | https.Server | http.RequestListener, path = ''): Promise<Listening> {
  const s = typeof server === 'function' ? http.createServer(server) : server;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  return {
    url: `${s instanceof https.Server ? 'https' : 'http'}://127.0.0.1:${port}/${path}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago (bound, then released): for a refused connection or a child's --port. */
export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, '127.0.0.1', resolve);
  });
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
