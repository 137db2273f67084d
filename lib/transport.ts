/**
 * Transport: one axios instance per protocol with shared keep-alive agents; the `transport` step
 * (flow.ts) sends through it. Bodies go out as the exact bytes that were signed and come back as raw
 * bytes, so the verifier sees what arrived.
 */
import axios, { type AxiosInstance, type CreateAxiosDefaults } from 'axios';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import { VERSION } from './version';
import { createHttpAdapter } from './adapter';
import { FREE_SOCKET_TIMEOUT } from './limits';

export const USER_AGENT = `wechatpay-chain/${VERSION} axios/${axios.VERSION} node/${process.versions.node} (${os.type()}/${os.release()}; ${process.arch})`;

/** Keep-alive agents of a client's protocol instances. */
export interface Agents { httpAgent: http.Agent; httpsAgent: https.Agent }

/**
 * Sockets the shared pool opens to one origin at most; calls beyond wait for a free one. A process
 * signs a few thousand calls a second at most, and at 50–100 ms a call to the platform, 256
 * connections carry more than that.
 */
export const MAX_SOCKETS_PER_ORIGIN = 256;

/** A new pair of keep-alive agents (a throw-away driver's own, closed after use). */
export function createAgents(): Agents {
  return {
    // idle sockets close before a server's keep-alive timeout would close them under us
    httpAgent: new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_ORIGIN, timeout: FREE_SOCKET_TIMEOUT }),
    httpsAgent: new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_ORIGIN, timeout: FREE_SOCKET_TIMEOUT }),
  };
}

let shared: Agents | undefined;

/**
 * The agents every client uses unless it brings its own `httpAgent`/`httpsAgent`: one keep-alive pool
 * per origin for the whole process, so open sockets follow the calls in flight, not the number of
 * merchant clients. (The APIv2 client-certificate agent is per merchant and never comes from here.)
 */
export function sharedAgents(): Agents {
  shared ??= createAgents();
  return shared;
}

const identity = <T>(data: T): T => data;

/** A plain axios instance configured to move raw bytes. `defaults` are the user's pass-through axios options. */
export function createInstance(defaults: CreateAxiosDefaults, agents: Agents): AxiosInstance {
  const instance = axios.create({
    ...agents,
    adapter: createHttpAdapter(),
    ...defaults,
    // Redirects are never followed: a signed request must not carry its Authorization elsewhere,
    // and an answer from another host would not be the platform's.
    maxRedirects: 0,
    // The flow's steps own serialisation and parsing: bytes in, bytes out.
    transformRequest: [identity],
    transformResponse: [identity],
    responseType: defaults.responseType ?? 'arraybuffer',
  });
  // The dispatcher sets every header itself; axios's per-method default header tables would only be
  // deep-merged (and then discarded) on every request.
  instance.defaults.headers = {} as typeof instance.defaults.headers;
  // Browser-only (xsrf) and form/fetch (env) defaults are merged into every request's config for
  // nothing here; axios falls back to its own `transitional` defaults where it reads them.
  const d = instance.defaults as unknown as Record<string, unknown>;
  for (const key of ['xsrfCookieName', 'xsrfHeaderName', 'env', 'transitional']) delete d[key];
  return instance;
}
