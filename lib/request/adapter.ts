/**
 * A lean node:http(s) adapter for axios. Requests here are already signed bytes to an absolute URL,
 * so most of what the general adapter does per request (proxy discovery from the environment,
 * redirects, progress events, form encoding) is not needed; skipping it roughly halves the client's
 * own CPU cost per call. Anything outside that fast path goes to axios's own http adapter.
 */
import axios, { AxiosError, AxiosHeaders, CanceledError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
// named imports: a namespace import compiles to getters, read on every request
import { type ClientRequest, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

const PROXY_ENV = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'];

/**
 * Whether the fast path can serve this request exactly as axios's http adapter would. `envProxy`:
 * a proxy was named in the environment when the client was built (process.env is read once: each
 * read goes through a native getter, about a microsecond per call for the six names).
 */
function fastPathFits(config: InternalAxiosRequestConfig, envProxy: boolean): boolean {
  const c = config as InternalAxiosRequestConfig & Record<string, unknown>;
  if (c.proxy !== false && (c.proxy || envProxy)) return false;
  if (c.onUploadProgress || c.onDownloadProgress || c.maxRate || c.socketPath || c.lookup || c.family || c.insecureHTTPParser) return false;
  if (c.beforeRedirect || c.auth || c.cancelToken || (c.maxRedirects !== undefined && c.maxRedirects !== 0)) return false;
  if (c.responseType !== 'arraybuffer' && c.responseType !== 'stream') return false;
  const d: unknown = c.data;
  if (!(d === undefined || d === null || typeof d === 'string' || Buffer.isBuffer(d) || d instanceof Readable)) return false;
  return typeof c.url === 'string' && /^https?:\/\//i.test(c.url);
}

function decoder(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch ((encoding ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      return zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/** Whether `headers` has `lower` (a lower-case name), whatever its letter case. */
function hasHeader(headers: Record<string, unknown>, lower: string): boolean {
  for (const key in headers) if (key.length === lower.length && key.toLowerCase() === lower) return true;
  return false;
}

/**
 * The headers as node:http takes them: what AxiosHeaders#toJSON gives (no null/false values; a list
 * stays a list), copied by one loop over the own keys instead of through its generic iteration.
 */
function plainHeaders(source: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined || value === null || value === false) continue;
    out[key] = value as string;
  }
  return out;
}

/** A URL's hostname as node:http takes it: an IPv6 literal without its brackets. */
function bareHost(hostname: string): string {
  return hostname.charCodeAt(0) === 0x5b ? hostname.slice(1, -1) : hostname;
}

/** How far an attempt got, written by the adapter onto the call it carries (`config.wechatpay`). */
interface Wire {
  reached: boolean;
  reused: boolean;
  answered: boolean;
  location?: URL | undefined;
}

function wireOf(config: InternalAxiosRequestConfig): Wire | undefined {
  const w = (config as { wechatpay?: Partial<Wire> }).wechatpay;
  return w !== undefined && typeof w.reached === 'boolean' ? (w as Wire) : undefined;
}

/** Bodies at least this large (with a known length) are read into one buffer of that size, not chunks then a copy. */
const PREALLOCATE = 64 * 1024;

/** The attempt's deadline (`timeout`) missed: code `ETIMEDOUT`. */
function deadlineError(config: InternalAxiosRequestConfig, req?: ClientRequest): AxiosError {
  return new AxiosError(
    config.timeoutErrorMessage || `No complete answer within ${config.timeout} ms (the attempt's deadline, \`timeout\`)`,
    'ETIMEDOUT',
    config,
    req,
  );
}

/**
 * The fallback adapter with the same deadline: `timeout` ends the attempt however slowly the answer
 * trickles in (axios's own timeout restarts with every byte).
 */
function withDeadline(fallback: AxiosAdapter, config: InternalAxiosRequestConfig): Promise<AxiosResponse> {
  const timeout = config.timeout;
  if (!timeout || timeout <= 0) return fallback(config);
  const controller = new AbortController();
  const user = config.signal as AbortSignal | undefined;
  const relay = () => controller.abort();
  if (user?.aborted) controller.abort();
  else user?.addEventListener('abort', relay, { once: true });
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeout);
  config.signal = controller.signal as InternalAxiosRequestConfig['signal'];
  const done = () => {
    clearTimeout(timer);
    user?.removeEventListener('abort', relay);
  };
  return fallback(config).then(
    (response) => {
      done();
      return response;
    },
    (err: unknown) => {
      done();
      throw expired ? deadlineError(config) : err;
    },
  );
}

/** One request through the adapter, reporting to callbacks instead of a promise of its own. */
export type Exchange = (config: InternalAxiosRequestConfig, resolve: (response: AxiosResponse) => void, reject: (err: unknown) => void) => void;

const EXCHANGE = Symbol('wechatpay-chain.exchange');

/** The callback form of an adapter made by {@link createHttpAdapter}; undefined for any other adapter. */
export function exchangeOf(adapter: unknown): Exchange | undefined {
  return typeof adapter === 'function' ? (adapter as { [EXCHANGE]?: Exchange })[EXCHANGE] : undefined;
}

/** Build the adapter; `fallback` handles what the fast path does not. */
export function createHttpAdapter(fallback: AxiosAdapter = axios.getAdapter('http')): AxiosAdapter {
  const envProxy = PROXY_ENV.some((k) => process.env[k]);
  const exchange: Exchange = (config, resolve, reject) => {
    if (!fastPathFits(config, envProxy)) {
      withDeadline(fallback, config).then(resolve, reject);
      return;
    }
    const wire = wireOf(config);
    // the dispatcher has parsed this URL already
    const known = wire?.location;
    const url = known !== undefined && known.href === config.url ? known : new URL(String(config.url));
    const secure = url.protocol === 'https:';
    const headers = plainHeaders(config.headers as unknown as Record<string, unknown>);
    const body: unknown = config.data;
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.isBuffer(body) ? body : undefined;
    if (bytes) headers['Content-Length'] = String(bytes.length);
    const decompress = config.decompress !== false;
    if (decompress && !hasHeader(headers, 'accept-encoding')) headers['Accept-Encoding'] = 'gzip, deflate, br';
    const signal = config.signal as AbortSignal | undefined;
    if (signal?.aborted) {
      reject(new CanceledError(undefined, config));
      return;
    }
    const limit = typeof config.maxContentLength === 'number' && config.maxContentLength > -1 ? config.maxContentLength : Infinity;
    let settled = false;
    let deadline: NodeJS.Timeout | undefined;
    let connecting: NodeJS.Timeout | undefined;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(connecting);
      reject(err);
    };
    const req = (secure ? httpsRequest : httpRequest)(
      {
        // `host`, not `hostname` (node:http copies the latter into the former), and no `protocol`
        // (the agent's): a smaller options object for http.request and its agent to copy
        host: bareHost(url.hostname),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: String(config.method ?? 'get').toUpperCase(),
        headers,
        agent: secure ? config.httpsAgent : config.httpAgent,
      },
      (res) => {
        if (wire) wire.answered = true;
        const status = res.statusCode ?? 0;
        let stream: Readable = res;
        const dec = decompress && config.method !== 'head' && status !== 204 ? decoder(res.headers['content-encoding']) : undefined;
        // Node has already lower-cased, validated and joined the names and values: copy them as they are
        // (what AxiosHeaders would normalise them to) instead of normalising each again.
        const responseHeaders = Object.assign(new AxiosHeaders(), res.headers);
        if (dec) {
          stream = res.pipe(dec) as unknown as Readable;
          res.on('error', (e) => (dec as unknown as Readable).destroy(e));
          responseHeaders.delete('content-encoding');
          responseHeaders.delete('content-length');
        }
        const respond = (data: unknown) => {
          const response: AxiosResponse = { status, statusText: res.statusMessage ?? '', headers: responseHeaders, config, request: req, data };
          const ok = !config.validateStatus || config.validateStatus(status);
          if (ok) {
            settled = true;
            clearTimeout(deadline);
            resolve(response);
            return;
          }
          fail(
            new AxiosError(
              `Request failed with status code ${status}`,
              status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
              config,
              req,
              response,
            ),
          );
        };
        const tooLarge = () => {
          // settle first: destroying emits 'aborted', which must not win
          fail(new AxiosError(`maxContentLength size of ${limit} exceeded`, AxiosError.ERR_BAD_RESPONSE, config, req));
          stream.destroy();
          req.destroy();
        };
        if (config.responseType === 'stream') {
          // A streamed answer (a download) is bounded by the deadline until it begins, then by
          // `timeout` of silence: a large file may take longer than any one deadline.
          clearTimeout(deadline);
          if (config.timeout && config.timeout > 0) res.setTimeout(config.timeout, () => res.destroy(deadlineError(config, req)));
          respond(stream);
          return;
        }
        const declared = dec ? NaN : Number(res.headers['content-length']);
        if (declared > limit) {
          tooLarge();
          return;
        }
        let chunks: Buffer[] | undefined = [];
        let whole: Buffer | undefined;
        if (declared >= PREALLOCATE) {
          whole = Buffer.allocUnsafe(declared);
          chunks = undefined;
        }
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          if (size + chunk.length > limit) {
            tooLarge();
            return;
          }
          if (whole) {
            if (size + chunk.length <= whole.length) chunk.copy(whole, size);
            else {
              chunks = [whole.subarray(0, size), chunk];
              whole = undefined;
            }
          } else {
            (chunks as Buffer[]).push(chunk);
          }
          size += chunk.length;
        });
        // a connection closed before the answer ended reaches here too (node:http destroys the answer with
        // ECONNRESET "aborted"): no 'aborted' listener is needed for it
        stream.on('error', (e: NodeJS.ErrnoException) =>
          fail(
            !res.complete && e.code === 'ECONNRESET'
              ? new AxiosError('The answer was cut off before it ended', AxiosError.ERR_BAD_RESPONSE, config, req)
              : AxiosError.from(e, AxiosError.ERR_BAD_RESPONSE, config, req),
          ),
        );
        stream.on('end', () => {
          if (settled) return;
          if (whole) {
            respond(size === whole.length ? whole : whole.subarray(0, size));
            return;
          }
          const list = chunks as Buffer[];
          respond(list.length === 1 ? list[0] : Buffer.concat(list));
        });
      },
    );
    if (config.timeout && config.timeout > 0) {
      deadline = setTimeout(() => {
        fail(deadlineError(config, req));
        req.destroy();
      }, config.timeout);
    }
    const connectTimeout = (config as { connectTimeout?: unknown }).connectTimeout;
    // the agent hands a free keep-alive socket over inside http.request (most calls): nothing to watch
    if (req.reusedSocket) {
      if (wire) wire.reused = true;
    } else
      req.on('socket', (socket) => {
        // a request that waited for a free socket may be given a pooled one too
        if (req.reusedSocket) {
          if (wire) wire.reused = true;
          return;
        }
        const tls = secure || (socket as { encrypted?: boolean }).encrypted === true;
        if (!tls && !socket.connecting) return;
        // a fresh connection: until it is up (TLS handshake included) the request has not left
        if (wire) wire.reached = false;
        if (typeof connectTimeout === 'number' && connectTimeout > 0) {
          connecting = setTimeout(() => {
            fail(
              new AxiosError(`Could not connect to ${url.host} within ${connectTimeout} ms (\`connectTimeout\`)`, 'ERR_SOCKET_CONNECTION_TIMEOUT', config, req),
            );
            req.destroy();
          }, connectTimeout);
        }
        socket.once(tls ? 'secureConnect' : 'connect', () => {
          clearTimeout(connecting);
          if (wire) wire.reached = true;
        });
      });
    if (signal) {
      const onAbort = () => {
        fail(new CanceledError(undefined, config, req));
        req.destroy();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      req.on('close', () => signal.removeEventListener('abort', onAbort));
    }
    req.on('error', (e: NodeJS.ErrnoException) => fail(AxiosError.from(e, e.code, config, req)));
    if (body instanceof Readable) {
      body.on('error', (e) => {
        req.destroy(e);
        fail(AxiosError.from(e, AxiosError.ERR_BAD_REQUEST, config, req));
      });
      body.pipe(req);
    } else {
      req.end(bytes);
    }
  };
  const lean = (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => new Promise((resolve, reject) => exchange(config, resolve, reject));
  Object.defineProperty(lean, EXCHANGE, { value: exchange });
  return lean;
}
