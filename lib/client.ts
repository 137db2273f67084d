/**
 * The driver behind every chain: expands the template, picks the protocol and hands a fully
 * prepared request to the protocol's axios instance, whose interceptors sign and verify.
 */
import type { AxiosInstance, AxiosResponse, CreateAxiosDefaults } from 'axios';
import type { HttpMethod } from './chain';
import { ArgumentError, ConfigError } from './errors';
import { mergeHeaders, setDefault } from './headers';
import { type KeyStore } from './keystore';
import { Meta, signedBodyOf } from './meta';
import { OWN_KEYS, PASS_THROUGH_KEYS, type RequestOptions } from './options';
import { ChainPromise } from './promise';
import { createSignInterceptor, type Signer } from './sign';
import { createAgents, createInstance, type Agents, USER_AGENT } from './transport';
import { expand, serializeQuery } from './uri';
import { createVerifyInterceptor, isUnsignedPath } from './verify';
import { errorInterceptor, parseInterceptor } from './response';
import { hostFor, isDownloadPath } from './openapi/catalogue';

/** The platform's primary host: operations served elsewhere are routed to their own host only from it. */
export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com/';

/** The response every verb resolves with (axios's, with `data` parsed). */
export type WechatpayResponse<T = unknown> = AxiosResponse<T>;

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
}

/** Names of the interceptors on {@link Driver.v3}, each replaceable (e.g. a remote verifier). */
export interface InterceptorIds { signer: number; verifier: number; parser: number }

export class Driver {
  readonly settings: DriverSettings;
  /** The APIv3 (JSON) axios instance. */
  readonly v3: AxiosInstance;
  readonly interceptors: InterceptorIds;
  readonly agents: Agents;
  /** The APIv2 adapter, when installed. */
  v2: ProtocolAdapter | undefined;

  /** Whether `headers` were configured (the common case, none, skips a merge per request). */
  private readonly hasDefaultHeaders: boolean;

  constructor(settings: DriverSettings) {
    this.settings = settings;
    this.hasDefaultHeaders = Object.keys(settings.headers).length > 0;
    this.agents = createAgents();
    this.v3 = createInstance(settings.axios, this.agents);
    const signer = this.v3.interceptors.request.use(createSignInterceptor({
      mchid: settings.mchid, serial: settings.serial ?? '', signer: settings.signer ?? (() => { throw new ConfigError('privateKey', 'No privateKey or signer configured.'); }), clock: settings.clock,
    }), undefined, { synchronous: settings.localSigner === true });
    const verifier = this.v3.interceptors.response.use(createVerifyInterceptor({ keystore: settings.keystore, clock: settings.clock, maxSkew: settings.maxSkew }));
    const parser = this.v3.interceptors.response.use(parseInterceptor, errorInterceptor);
    this.interceptors = { signer, verifier, parser };
  }

  /** The verification key store (platform certificates and public keys), shared with notification parsing. */
  get keystore(): KeyStore { return this.settings.keystore; }

  /** Split the options of a verb call; throws {@link ArgumentError} naming any key it does not understand. */
  prepare(method: HttpMethod, template: string, options: RequestOptions | undefined): PreparedOptions {
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new ArgumentError(`The options of ${method} ${template} must be an object.`);
    }
    const opts = (options ?? {}) as Record<string, unknown>;
    const { value, names } = expand(template, opts);
    const used = new Set(names);
    const axiosConfig: Record<string, unknown> = {};
    for (const key of Object.keys(opts)) {
      if (used.has(key) || OWN_KEYS.has(key)) continue;
      if (PASS_THROUGH_KEYS.has(key)) { axiosConfig[key] = opts[key]; continue; }
      throw new ArgumentError(`Unknown option "${key}" for ${method} ${template}: it is not a path variable of the template nor a request option (query, json, xml, body, headers, timeout, signal, baseURL, responseType …).`);
    }
    if (opts.json !== undefined && opts.body !== undefined) throw new ArgumentError(`Pass either "json" or "body" to ${method} ${template}, not both.`);
    return {
      method, template, path: value,
      query: serializeQuery(opts.query as RequestOptions['query']),
      json: opts.json, xml: opts.xml as Record<string, unknown> | undefined, body: opts.body as RequestOptions['body'],
      headers: opts.headers as Record<string, unknown> | undefined,
      security: opts.security === true, nonceless: opts.nonceless !== undefined && opts.nonceless !== null && opts.nonceless !== false,
      axios: axiosConfig,
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
    return new URL(joined, base);
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
        this.sendV3(prepared).then(resolve, reject);
      } catch (err) {
        reject(err);
      }
    });
  }

  private sendV3(p: PreparedOptions): Promise<WechatpayResponse> {
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
    const headers = this.hasDefaultHeaders || p.headers
      ? mergeHeaders({ Accept: V3_ACCEPT, 'User-Agent': USER_AGENT }, this.settings.headers, p.headers)
      : { Accept: V3_ACCEPT, 'User-Agent': USER_AGENT } as Record<string, string>;
    if (data !== undefined) setDefault(headers, 'Content-Type', 'application/json');
    const preferred = this.settings.keystore.preferred(this.settings.clock());
    if (preferred) setDefault(headers, 'Wechatpay-Serial', preferred.serial);
    const meta = new Meta({
      protocol: 'v3', template: p.template, target: `${parsed.pathname}${parsed.search}`,
      signBody: signedBodyOf(data), unsigned: isUnsignedPath(parsed.pathname),
      // files come back as bytes (or the stream asked for), never parsed as text
      binary: isDownloadPath(parsed.pathname, p.method),
    });
    const { baseURL: _ignored, ...axiosRest } = p.axios;
    return this.v3.request({ method: p.method, url, data, headers, ...axiosRest, wechatpay: meta } as Parameters<AxiosInstance['request']>[0]);
  }
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
