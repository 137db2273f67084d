/**
 * Transport: one axios instance per protocol with shared keep-alive agents; the `transport` step
 * (flow.ts) sends through it. Bodies go out as the exact bytes that were signed and come back as raw
 * bytes, so the verifier sees what arrived.
 */
import axios, { AxiosHeaders, type AxiosInstance, type AxiosResponse, type CreateAxiosDefaults, type InternalAxiosRequestConfig } from 'axios';
import * as http from 'node:http';
import * as https from 'node:https';
import * as os from 'node:os';
import { VERSION } from '../version';
import { createHttpAdapter, exchangeOf } from './adapter';
import { FREE_SOCKET_TIMEOUT } from './limits';
import { closeWhenIdle } from './idle';

export const USER_AGENT = `wechatpay-chain/${VERSION} axios/${axios.VERSION} node/${process.versions.node} (${os.type()}/${os.release()}; ${process.arch})`;

/** Keep-alive agents of a client's protocol instances. */
export interface Agents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

/**
 * Sockets the shared pool opens to one origin at most; calls beyond wait for a free one. A process
 * signs a few thousand calls a second at most, and at 50–100 ms a call to the platform, 256
 * connections carry more than that.
 */
export const MAX_SOCKETS_PER_ORIGIN = 256;

/** A new pair of keep-alive agents (a throw-away driver's own, closed after use). */
export function createAgents(): Agents {
  return {
    // idle sockets close before a server's keep-alive timeout would close them under us (idle.ts: no
    // per-socket timer, which node:http's `timeout` option would re-arm on every read and write)
    httpAgent: closeWhenIdle(new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_ORIGIN }), FREE_SOCKET_TIMEOUT),
    httpsAgent: closeWhenIdle(new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_ORIGIN }), FREE_SOCKET_TIMEOUT),
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
const bytes = (transforms: unknown): boolean => Array.isArray(transforms) && transforms.length === 1 && transforms[0] === identity;

/** A plain axios instance configured to move raw bytes. `defaults` are the user's pass-through axios options. */
export function createInstance(defaults: CreateAxiosDefaults, agents: Agents): AxiosInstance {
  const adapter = createHttpAdapter();
  const instance = axios.create({
    ...agents,
    adapter,
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

type Handlers = { handlers?: unknown[] };
function none(manager: unknown): boolean {
  const handlers = (manager as Handlers).handlers;
  if (handlers === undefined) return true;
  for (let i = 0; i < handlers.length; i += 1) if (handlers[i] !== null) return false;
  return true;
}

/**
 * Send `config` through `instance`, reporting to `onResponse` or `onError`. While the instance is as
 * {@link createInstance} made it — no axios interceptors of its own, our adapter, the byte-moving
 * transforms — the config goes straight to the adapter, over the instance's defaults: axios's
 * per-request deep merge, header normalisation and identity transforms would change nothing here,
 * and cost about a tenth of a call's CPU. Otherwise (an interceptor added, an adapter or transform of
 * your own) `request()` runs as usual.
 */
export function sendWith(
  instance: AxiosInstance,
  config: Record<string, unknown> & { headers: Record<string, string> },
  onResponse: (response: AxiosResponse) => void,
  onError: (err: unknown) => void,
): void {
  const d = instance.defaults;
  // set only on the adapters createHttpAdapter makes: it recognises an instance nobody changed
  const exchange = exchangeOf(d.adapter);
  if (
    exchange !== undefined &&
    bytes(d.transformRequest) &&
    bytes(d.transformResponse) &&
    none(instance.interceptors.request) &&
    none(instance.interceptors.response)
  ) {
    // The call's options over the instance's defaults (read through the prototype, not copied: a
    // spread of both into one object costs several µs and lands in V8's slow dictionary mode).
    const merged = Object.assign(Object.create(d) as Record<string, unknown>, config);
    merged.headers = Object.assign(new AxiosHeaders(), config.headers);
    exchange(merged as unknown as InternalAxiosRequestConfig, onResponse, onError);
    return;
  }
  instance.request(config).then(onResponse, onError);
}
