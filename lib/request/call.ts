/**
 * One call as it travels through the flow: what the dispatcher prepared (method, URL, body bytes,
 * headers), the per-call policy (deadlines, retry, failover), and the state of the current attempt
 * (its axios config, the answer and the raw bytes that arrived). One object per call, reused by every
 * attempt, so a retry costs no more allocations than the first try.
 *
 * It also travels on the axios config under `wechatpay` (see {@link metaOf}), which is how the
 * transport reports how far an attempt got (connected, reused socket, answer begun).
 */
import { inspect } from 'node:util';
import type { AxiosResponse } from 'axios';
import type { HttpMethod } from './chain';
import type { RequestMeta, V2Part } from './meta';
import type { ResolvedRetry } from './retry-policy';
import type { Steps } from './steps';

/** A step of the flow: reads and writes the call; returns a promise only when it must wait. */
export type Step = (call: Call) => void | Promise<void>;

/** The request config handed to axios for one attempt (built afresh for every attempt). */
export interface AttemptConfig {
  method: HttpMethod;
  url: string;
  data: unknown;
  /** Plain header object; the signer adds `Authorization` here. */
  headers: Record<string, string>;
  timeout: number;
  connectTimeout: number;
  maxContentLength: number;
  wechatpay: Call;
  [axiosOption: string]: unknown;
}

/** What a protocol hands to {@link Driver.send}. */
export interface CallInit extends RequestMeta {
  method: HttpMethod;
  /** Absolute URL without the APIv2 signed query. */
  url: string;
  /** `url` parsed, when the dispatcher already has it. */
  location?: URL;
  data: unknown;
  headers: Record<string, string>;
  /** Per-call axios pass-through options (no `timeout`, `baseURL`). */
  axios: Record<string, unknown>;
  steps: Steps<Step>;
  timeout: number;
  connectTimeout: number;
  /** Budget across all attempts and the waits between them (ms). */
  totalTimeout: number;
  maxContentLength: number;
  retry: ResolvedRetry | false;
  signal: AbortSignal | undefined;
}

export class Call implements RequestMeta {
  // --- what the request is (fixed for the call) ---
  readonly protocol: 'v3' | 'v2';
  readonly template: string;
  readonly method: HttpMethod;
  /** Absolute URL of the current attempt (failover may change its origin between attempts). */
  url: string;
  /** Signed request target (path + query), APIv3. */
  target: string | undefined;
  readonly signBody: string | undefined;
  readonly unsigned: boolean | undefined;
  readonly binary: boolean | undefined;
  /** The APIv2 part (fields to sign, how they are sent); undefined for APIv3. */
  readonly v2: V2Part | undefined;
  /** The body as it is sent on every attempt (serialised once). */
  readonly data: unknown;
  readonly headers: Record<string, string>;
  readonly axios: Record<string, unknown>;
  readonly steps: Steps<Step>;
  // --- policy ---
  readonly timeout: number;
  readonly connectTimeout: number;
  readonly totalTimeout: number;
  readonly maxContentLength: number;
  readonly retry: ResolvedRetry | false;
  readonly signal: AbortSignal | undefined;
  /** When the call began (ms, `Date.now()`), for the overall budget. */
  readonly started: number;

  // --- the current attempt ---
  /** 1 for the first try, then 2, 3 … */
  attempt = 0;
  /** When the current attempt began (ms). */
  attemptStarted = 0;
  /** The config the transport sends for this attempt. */
  config: AttemptConfig | undefined;
  /** The answer (set by the transport step). */
  response: AxiosResponse | undefined;
  /** The raw bytes that arrived, decompressed, before any parsing: what a verifier checks. */
  body: Buffer | undefined;
  /** The transport connected (TLS included), so the request may have reached the server. */
  reached = true;
  /** The attempt went out on a pooled keep-alive socket that had served an earlier request. */
  reused = false;
  /** Some of the answer (its status line at least) arrived. */
  answered = false;
  /** The Authorization the signer wrote for this attempt, and the same with its signature redacted. */
  signedAuthorization: string | undefined = undefined;
  redactedAuthorization: string | undefined = undefined;
  /**
   * The signature of this attempt was made on the calling thread by a signer that always signs there
   * (a synchronous `signer` of the caller's own): its answer is then verified there too (see verify.ts).
   */
  signedInline = false;
  /** `url` parsed (the transport reuses it instead of parsing the URL again), when the dispatcher has it. */
  location: URL | undefined;

  constructor(init: CallInit) {
    this.protocol = init.protocol;
    this.template = init.template;
    this.method = init.method;
    this.url = init.url;
    this.location = init.location;
    this.target = init.target;
    this.signBody = init.signBody;
    this.unsigned = init.unsigned;
    this.binary = init.binary;
    this.v2 = init.v2;
    this.data = init.data;
    this.headers = init.headers;
    this.axios = init.axios;
    this.steps = init.steps;
    this.timeout = init.timeout;
    this.connectTimeout = init.connectTimeout;
    this.totalTimeout = init.totalTimeout;
    this.maxContentLength = init.maxContentLength;
    this.retry = init.retry;
    this.signal = init.signal;
    this.started = Date.now();
  }

  /** Milliseconds left of the overall budget (Infinity without one). */
  remaining(now: number = Date.now()): number {
    return this.totalTimeout > 0 ? this.totalTimeout - (now - this.started) : Infinity;
  }

  /** Start the next attempt: a fresh config from the prepared pieces (the signer then signs it anew). */
  begin(): AttemptConfig {
    this.attempt += 1;
    const now = Date.now();
    this.attemptStarted = now;
    this.response = undefined;
    this.body = undefined;
    this.reached = true;
    this.reused = false;
    this.answered = false;
    this.signedAuthorization = undefined;
    this.redactedAuthorization = undefined;
    this.signedInline = false;
    // Each attempt gets the whole per-attempt deadline, but never more than the budget has left.
    let timeout = this.timeout;
    const left = this.remaining(now);
    if (left !== Infinity && (timeout <= 0 || left < timeout)) timeout = Math.max(1, Math.floor(left));
    const config: AttemptConfig = {
      method: this.method,
      url: this.url,
      data: this.data,
      // the first attempt may write into the prepared headers; later ones start from a copy of them
      headers: this.attempt === 1 ? this.headers : { ...this.headers },
      timeout,
      connectTimeout: this.connectTimeout,
      maxContentLength: this.maxContentLength,
      wechatpay: this,
    };
    // the call's own axios options, under the fields above (most calls pass none: no spread to make)
    for (const key in this.axios) if (!(key in config)) config[key] = this.axios[key];
    this.config = config;
    return config;
  }

  /** Short and free of secrets when logged (the attempt's headers hold the Authorization signature). */
  [inspect.custom](): string {
    return `Call ${this.method} ${this.template} (attempt ${this.attempt})`;
  }

  toJSON(): Record<string, unknown> {
    return { protocol: this.protocol, method: this.method, template: this.template, attempt: this.attempt };
  }
}
