/**
 * The emulator's listeners: HTTP, HTTPS (a server certificate issued at start by the emulator CA), or
 * HTTP plus HTTPS on a second port. Client certificates are requested, never required: APIv2
 * certificate routes check them themselves.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { CA_NAME, generateRsa, type CertificateAuthority } from '../identity';
import { createCertificate } from '../x509';

export interface ListenOptions {
  port?: number;
  host?: string;
  https?: boolean | 'also';
  httpsPort?: number;
}

/** Open listeners. `servers` receives each one as it opens, so a failure after the first still lets the caller close it. */
export async function listen(
  options: ListenOptions,
  ca: CertificateAuthority,
  listener: http.RequestListener,
  servers: Array<http.Server | https.Server>,
): Promise<{ url: string; httpsUrl: string | undefined }> {
  let tls: { key: string; cert: string } | undefined;
  if (options.https) {
    const pair = await generateRsa();
    const host = options.host ?? '127.0.0.1';
    const cert = createCertificate({
      subject: { C: 'CN', O: 'wechatpay-chain emulator', CN: host },
      issuer: CA_NAME,
      publicKey: pair.publicKey,
      signingKey: ca.privateKey,
      altNames: Array.from(new Set([host, '127.0.0.1', 'localhost', '::1'])),
    });
    tls = { key: pair.privatePem, cert };
  }
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const secure = (): https.Server => {
    const t = tls as { key: string; cert: string };
    return https.createServer({ key: t.key, cert: t.cert, requestCert: true, rejectUnauthorized: false, keepAlive: true }, listener);
  };
  if (options.https === true) {
    const port = await open(secure(), options.port ?? 0, host, servers);
    const url = `https://${urlHost}:${port}/`;
    return { url, httpsUrl: url };
  }
  const port = await open(http.createServer({ keepAlive: true }, listener), options.port ?? 0, host, servers);
  const url = `http://${urlHost}:${port}/`;
  if (options.https !== 'also') return { url, httpsUrl: undefined };
  const securePort = await open(secure(), options.httpsPort ?? 0, host, servers);
  return { url, httpsUrl: `https://${urlHost}:${securePort}/` };
}

function open(server: http.Server | https.Server, port: number, host: string, servers: Array<http.Server | https.Server>): Promise<number> {
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stop listening and drop open connections. */
export async function closeAll(servers: Array<http.Server | https.Server>): Promise<void> {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections?.(); // Node ≥ 18.2
          s.close(() => resolve());
        }),
    ),
  );
}
