/**
 * The driver behind every chain: expands the template, picks the protocol, prepares the request
 * once, and runs it through the hooks (retry) and the protocol's named steps (signer → transport →
 * verifier → parser). The whole flow is listed in flow.ts.
 */
import type { AxiosInstance, CreateAxiosDefaults } from 'axios';
import type { HttpMethod } from './chain';
import { ArgumentError, ConfigError } from '../errors';
import { mergeHeaders, setDefault } from './headers';
import { type KeyStore } from '../crypto/keystore';
import { signedBodyOf } from './meta';
import { axiosRest, NO_OPTIONS, OWN_KEYS, PASS_THROUGH_KEYS, type RequestOptions, withSlash } from './options';
import { ChainPromise } from './promise';
import { callsInFlight, createSignStep, type Signer } from './sign';
import { createInstance, sharedAgents, type Agents, USER_AGENT } from './transport';
import { expand, resolveUrl, serializeQuery } from './uri';
import { isUnsignedPath } from '../endpoints/unsigned';
import { createVerifyStep } from './verify';
import { parser, type WechatpayResponse } from './response';
import { hostFor, isDownloadPath } from '../endpoints/catalogue';
import { Call, type CallInit, type Step } from './call';
import { compose, createTransport, type Hook, runAttempt } from './flow';
import { Steps } from './steps';
import { createRetryHook, type DirectHook, directHookOf, type Next, resolveRetry, type ResolvedRetry } from './retry';
import type { Failover } from './failover';
import type { AttemptListener } from './observe';
import { byteLimit, DEFAULT_MAX_ANSWER, defaultTotal, type Limits, milliseconds } from './limits';

/** The platform's primary host: operations served elsewhere are routed to their own host only from it. */
export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com/';

export type { WechatpayResponse } from './response';

export const V3_ACCEPT = 'application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5';

/** Options split out of a verb call. */
export interface PreparedOptions {
  method: HttpMethod;
  template: string;
  /** Template after expansion (v2 prefix already removed for APIv2). */
  path: string;
  query: string;
  json: unknown;
  xml: Record<string, unknown> | undefined;
  body: RequestOptions['body'];
  headers: Record<string, unknown> | undefined;
  security: boolean;
  nonceless: boolean;
  /** Axios pass-through config. */
  axios: Record<string, unknown>;
}

/** The APIv2 protocol, installed by the v2 module. */
export interface ProtocolAdapter {
  request(prepared: PreparedOptions): Promise<WechatpayResponse>;
}

export interface DriverSettings {
  mchid: string;
  serial?: string;
  signer?: Signer;
  /** The signer is the local private key (synchronous), so signing can skip a promise hop. */
  localSigner?: boolean;
  keystore: KeyStore;
  baseURL: string;
  headers: Record<string, string>;
  axios: CreateAxiosDefaults;
  clock: () => number;
  maxSkew: number;
  /** Why APIv3 calls cannot be made (v2-only configuration). */
  v3Missing?: string[];
  /** The client's deadlines and answer limit (`maxContentLength` -1 when not given: the defaults apply by kind of answer). */
  limits: Limits;
  /** The client's retry policy. */
  retry: ResolvedRetry | false;
  failover?: Failover;
  /** Agents to use instead of the process-wide shared pool (a throw-away driver's own). */
  agents?: Agents;
}

export class Driver {
  readonly settings: DriverSettings;
  /** The APIv3 (JSON) axios instance: the `transport` step sends through it; its own interceptors still run. */
  readonly v3: AxiosInstance;
  /** The APIv3 flow: `signer` → `transport` → `verifier` → `parser`, each replaceable by name (see flow.ts). */
  readonly steps: Steps<Step>;
  /** Hooks around each call (APIv3 and APIv2), outermost first: `retry` (which also fails over). */
  readonly hooks: Steps<Hook>;
  /** The keep-alive agents the client's calls go through: its own `httpAgent`/`httpsAgent`, else the shared pool. */
  readonly agents: Agents;
  /** The APIv2 adapter, when installed. */
  v2: ProtocolAdapter | undefined;
  /** Listeners of the per-attempt event. */
  readonly listeners: AttemptListener[] = [];
  /** Failover to the backup domain, when configured. */
  readonly failover: Failover | undefined;

  /** Whether `headers` were configured (the common case, none, skips a merge per request). */
  private readonly hasDefaultHeaders: boolean;
  /** The hooks nested around one attempt; rebuilt when `hooks` changes. */
  private run!: Next;
  /** The built-in retry hook's form without promises, while it is the only hook. */
  private direct: DirectHook | undefined;

  constructor(settings: DriverSettings) {
    this.settings = settings;
    this.failover = settings.failover;
    this.hasDefaultHeaders = Object.keys(settings.headers).length > 0;
    const pool = settings.agents ?? sharedAgents();
    this.agents = { httpAgent: settings.axios.httpAgent ?? pool.httpAgent, httpsAgent: settings.axios.httpsAgent ?? pool.httpsAgent };
    this.v3 = createInstance(settings.axios, this.agents);
    this.steps = new Steps<Step>('step', [
      [
        'signer',
        createSignStep({
          mchid: settings.mchid,
          serial: settings.serial ?? '',
          signer:
            settings.signer ??
            (() => {
              throw new ConfigError('privateKey', 'No privateKey or signer configured.');
            }),
          clock: settings.clock,
        }),
      ],
      ['transport', createTransport(this.v3)],
      ['verifier', createVerifyStep({ keystore: settings.keystore, clock: settings.clock, maxSkew: settings.maxSkew })],
      ['parser', parser],
    ]);
    const recompose = () => {
      const hooks = this.hooks.functions;
      this.run = compose(hooks, runAttempt);
      this.direct = hooks.length === 1 ? directHookOf(hooks[0]) : undefined;
    };
    this.hooks = new Steps<Hook>('hook', [['retry', createRetryHook(this)]], recompose);
    recompose();
  }

  /** Listen to the event of every attempt (APIv3 and APIv2); returns a function that stops listening. */
  onAttempt(listener: AttemptListener): () => void {
    if (typeof listener !== 'function') throw new ArgumentError('onAttempt takes a function (event) => void.');
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Run a prepared call through the hooks and its steps. */
  send(init: CallInit): Promise<WechatpayResponse> {
    return new Promise<WechatpayResponse>((resolve, reject) => {
      this.start(init, resolve, reject);
    });
  }

  /** {@link Driver.send} settling the caller's own promise (one promise per call fewer than chaining). */
  private start(init: CallInit, resolve: (response: WechatpayResponse) => void, reject: (reason: unknown) => void): void {
    // counted process-wide: a local key signs on the threadpool while other calls are in flight
    callsInFlight.count += 1;
    const direct = this.direct;
    let sent: Promise<WechatpayResponse>;
    try {
      if (direct !== undefined) {
        direct(new Call(init), (failed, result) => {
          callsInFlight.count -= 1;
          if (failed) reject(result);
          else resolve(result as WechatpayResponse);
        });
        return;
      }
      sent = this.run(new Call(init));
    } catch (err) {
      callsInFlight.count -= 1;
      reject(err);
      return;
    }
    sent.then(
      (response) => {
        callsInFlight.count -= 1;
        resolve(response);
      },
      (err: unknown) => {
        callsInFlight.count -= 1;
        reject(err);
      },
    );
  }

  /**
   * The deadlines, limit, retry policy and signal of a call: its own options over the client's.
   * `binary` answers (downloads) are not size-bounded unless asked.
   */
  policy(
    axios: Record<string, unknown>,
    where: string,
    binary: boolean,
  ): Pick<CallInit, 'timeout' | 'connectTimeout' | 'totalTimeout' | 'maxContentLength' | 'retry' | 'signal'> {
    const limits = this.settings.limits;
    const timeout = milliseconds('timeout', axios.timeout, where) ?? limits.timeout;
    const connectTimeout = milliseconds('connectTimeout', axios.connectTimeout, where) ?? limits.connectTimeout;
    const total = milliseconds('totalTimeout', axios.totalTimeout, where);
    const max = byteLimit(axios.maxContentLength, where);
    if (axios.maxRedirects !== undefined && axios.maxRedirects !== 0) {
      throw new ArgumentError(
        `${where}: redirects are never followed (a signed request must not carry its Authorization elsewhere); leave out \`maxRedirects\`.`,
      );
    }
    return {
      timeout,
      connectTimeout,
      totalTimeout: total ?? (axios.timeout !== undefined ? defaultTotal(timeout) : limits.totalTimeout),
      maxContentLength: max ?? (limits.maxContentLength !== -1 ? limits.maxContentLength : binary ? -1 : DEFAULT_MAX_ANSWER),
      retry: resolveRetry(axios.retry, this.settings.retry, where),
      signal: axios.signal as AbortSignal | undefined,
    };
  }

  /** The verification key store (platform certificates and public keys), shared with notification parsing. */
  get keystore(): KeyStore {
    return this.settings.keystore;
  }

  /** Split the options of a verb call; throws {@link ArgumentError} naming any key it does not understand. */
  prepare(method: HttpMethod, template: string, options: RequestOptions | undefined): PreparedOptions {
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new ArgumentError(`The options of ${method} ${template} must be an object.`);
    }
    const opts = (options ?? {}) as Record<string, unknown>;
    const { value, names } = expand(template, opts);
    // made only when the call passes axios options (most pass none)
    let axiosConfig: Record<string, unknown> | undefined;
    for (const key of Object.keys(opts)) {
      // a template names a variable or two: a scan is cheaper than building a Set per call
      if (OWN_KEYS.has(key) || names.includes(key)) continue;
      if (PASS_THROUGH_KEYS.has(key)) {
        (axiosConfig ??= {})[key] = opts[key];
        continue;
      }
      throw new ArgumentError(
        `Unknown option "${key}" for ${method} ${template}: it is not a path variable of the template nor a request option (query, json, xml, body, headers, timeout, signal, baseURL, responseType …).`,
      );
    }
    if (opts.json !== undefined && opts.body !== undefined) throw new ArgumentError(`Pass either "json" or "body" to ${method} ${template}, not both.`);
    return {
      method,
      template,
      path: value,
      query: serializeQuery(opts.query as RequestOptions['query']),
      json: opts.json,
      xml: opts.xml as Record<string, unknown> | undefined,
      body: opts.body as RequestOptions['body'],
      headers: opts.headers as Record<string, unknown> | undefined,
      security: opts.security === true,
      nonceless: opts.nonceless !== undefined && opts.nonceless !== null && opts.nonceless !== false,
      axios: axiosConfig ?? NO_OPTIONS,
    };
  }

  /** Resolve a path against the base URL (a per-request `baseURL` wins) and append the query. */
  url(path: string, query: string, baseURL?: unknown): string {
    return this.resolve(path, query, baseURL).href;
  }

  /**
   * Like {@link Driver.url} but returns the parsed URL. An operation the catalogue places on another
   * host (risk/getpublickey, global customs …) goes there when the client uses the default host and
   * the call names no `baseURL`.
   */
  resolve(path: string, query: string, baseURL?: unknown): URL {
    let base = typeof baseURL === 'string' ? withSlash(baseURL) : this.settings.baseURL;
    if (baseURL === undefined && base === DEFAULT_BASE_URL && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(path)) base = hostFor(path) ?? base;
    const joined = query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
    return resolveUrl(joined, base);
  }

  /** Send one request: `template` is the chain's path, `options` the verb's argument. */
  request(method: HttpMethod, template: string, options?: RequestOptions): ChainPromise<WechatpayResponse> {
    // Every failure, thrown or not, arrives as a rejection of the returned promise.
    return new ChainPromise<WechatpayResponse>((resolve, reject) => {
      try {
        const prepared = this.prepare(method, template, options);
        if (/^v2\//i.test(prepared.path)) {
          prepared.path = prepared.path.slice(3);
          if (!this.v2) throw new ConfigError('secret', `APIv2 is not available for ${template}: configure \`secret\` (the APIv2 key).`);
          this.v2.request(prepared).then(resolve, reject);
          return;
        }
        this.start(this.initV3(prepared), resolve, reject);
      } catch (err) {
        reject(err);
      }
    });
  }

  /** What an APIv3 call sends: URL, body bytes, headers and policy, in one literal. */
  private initV3(p: PreparedOptions): CallInit {
    const missing = this.settings.v3Missing;
    if (missing?.length) {
      throw new ConfigError(missing[0] as string, `APIv3 calls need ${missing.join(', ')} in Builder.factory (this client was configured for APIv2 only).`);
    }
    if (p.xml !== undefined) throw new ArgumentError(`"xml" is for APIv2 paths (v2/…); ${p.template} is APIv3: use "json".`);
    const parsed = this.resolve(p.path, p.query, p.axios.baseURL);
    const url = parsed.href;
    let data: string | Buffer | RequestOptions['body'] | undefined;
    if (p.json !== undefined) data = JSON.stringify(p.json);
    else data = p.body;
    // without headers of the client's or the call's, none of the defaults below can be there yet: set them without a search
    const merged = this.hasDefaultHeaders || Boolean(p.headers);
    const headers = merged
      ? mergeHeaders({ Accept: V3_ACCEPT, 'User-Agent': USER_AGENT }, this.settings.headers, p.headers)
      : ({ Accept: V3_ACCEPT, 'User-Agent': USER_AGENT } as Record<string, string>);
    const put = merged ? setDefault : setHeader;
    if (data !== undefined) put(headers, 'Content-Type', 'application/json');
    const preferred = this.settings.keystore.preferred(this.settings.clock());
    if (preferred) put(headers, 'Wechatpay-Serial', preferred.serial);
    const binary = isDownloadPath(parsed.pathname, p.method);
    const policy = this.policy(p.axios, `${p.method} ${p.template}`, binary);
    // One literal with every field (no spread, no rest): V8 then gives it one fast shape.
    return {
      protocol: 'v3',
      method: p.method,
      template: p.template,
      url,
      location: parsed,
      data,
      headers,
      axios: axiosRest(p.axios),
      steps: this.steps,
      target: `${parsed.pathname}${parsed.search}`,
      signBody: signedBodyOf(data),
      unsigned: isUnsignedPath(parsed.pathname),
      // files come back as bytes (or the stream asked for), never parsed as text
      binary,
      timeout: policy.timeout,
      connectTimeout: policy.connectTimeout,
      totalTimeout: policy.totalTimeout,
      maxContentLength: policy.maxContentLength,
      retry: policy.retry,
      signal: policy.signal,
    };
  }
}

/** Set a header known to be absent (no case-insensitive search). */
const setHeader = (headers: Record<string, string>, name: string, value: string): void => void (headers[name] = value);
