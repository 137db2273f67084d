/**
 * A lean node:http(s) adapter for axios. Requests here are already signed bytes to an absolute URL,
 * so most of what the general adapter does per request (proxy discovery from the environment,
 * redirects, progress events, form encoding) is not needed; skipping it roughly halves the client's
 * own CPU cost per call. Anything outside that fast path goes to axios's own http adapter.
 */
import axios, { AxiosError, AxiosHeaders, CanceledError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

const PROXY_ENV = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'];

/** Whether the fast path can serve this request exactly as axios's http adapter would. */
function fastPathFits(config: InternalAxiosRequestConfig): boolean {
  const c = config as InternalAxiosRequestConfig & Record<string, unknown>;
  if (c.proxy !== false && (c.proxy || PROXY_ENV.some((k) => process.env[k]))) return false;
  if (c.onUploadProgress || c.onDownloadProgress || c.maxRate || c.socketPath || c.lookup || c.family || c.insecureHTTPParser) return false;
  if (c.beforeRedirect || c.auth || c.cancelToken || (c.maxRedirects !== undefined && c.maxRedirects !== 0)) return false;
  if (c.responseType !== 'arraybuffer' && c.responseType !== 'stream') return false;
  const d: unknown = c.data;
  if (!(d === undefined || d === null || typeof d === 'string' || Buffer.isBuffer(d) || d instanceof Readable)) return false;
  return typeof c.url === 'string' && /^https?:\/\//i.test(c.url);
}

function decoder(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch ((encoding ?? '').toLowerCase()) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate': return zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'br': return zlib.createBrotliDecompress();
    default: return undefined;
  }
}

/** Build the adapter; `fallback` handles what the fast path does not. */
export function createHttpAdapter(fallback: AxiosAdapter = axios.getAdapter('http')): AxiosAdapter {
  return function lean(config: InternalAxiosRequestConfig): Promise<AxiosResponse> {
    if (!fastPathFits(config)) return fallback(config);
    return new Promise<AxiosResponse>((resolve, reject) => {
      const url = new URL(String(config.url));
      const secure = url.protocol === 'https:';
      const headers = config.headers.toJSON() as Record<string, string>;
      const body: unknown = config.data;
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.isBuffer(body) ? body : undefined;
      if (bytes) headers['Content-Length'] = String(bytes.length);
      const decompress = config.decompress !== false;
      if (decompress && !Object.keys(headers).some((k) => k.toLowerCase() === 'accept-encoding')) headers['Accept-Encoding'] = 'gzip, deflate, br';
      const signal = config.signal as AbortSignal | undefined;
      if (signal?.aborted) { reject(new CanceledError(undefined, config)); return; }
      let settled = false;
      const fail = (err: unknown) => { if (!settled) { settled = true; reject(err); } };
      const req = (secure ? https : http).request({
        protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''), port: url.port || undefined,
        path: `${url.pathname}${url.search}`, method: String(config.method ?? 'get').toUpperCase(), headers,
        agent: secure ? config.httpsAgent : config.httpAgent,
      }, (res) => {
        const status = res.statusCode ?? 0;
        let stream: Readable = res;
        const dec = decompress && config.method !== 'head' && status !== 204 ? decoder(res.headers['content-encoding']) : undefined;
        const responseHeaders = new AxiosHeaders(res.headers as Record<string, string>);
        if (dec) {
          stream = res.pipe(dec) as unknown as Readable;
          res.on('error', (e) => (dec as unknown as Readable).destroy(e));
          responseHeaders.delete('content-encoding');
          responseHeaders.delete('content-length');
        }
        const respond = (data: unknown) => {
          const response: AxiosResponse = { status, statusText: res.statusMessage ?? '', headers: responseHeaders, config, request: req, data };
          const ok = !config.validateStatus || config.validateStatus(status);
          if (ok) { settled = true; resolve(response); return; }
          fail(new AxiosError(`Request failed with status code ${status}`, status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST, config, req, response));
        };
        if (config.responseType === 'stream') { respond(stream); return; }
        const chunks: Buffer[] = [];
        let size = 0;
        const limit = typeof config.maxContentLength === 'number' && config.maxContentLength > -1 ? config.maxContentLength : Infinity;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            // settle first: destroying emits 'aborted', which must not win
            fail(new AxiosError(`maxContentLength size of ${limit} exceeded`, AxiosError.ERR_BAD_RESPONSE, config, req));
            stream.destroy();
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', (e: Error) => fail(AxiosError.from(e, AxiosError.ERR_BAD_RESPONSE, config, req)));
        res.on('aborted', () => fail(new AxiosError('The answer was cut off before it ended', AxiosError.ERR_BAD_RESPONSE, config, req)));
        stream.on('end', () => { if (!settled) respond(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)); });
      });
      if (config.timeout) {
        req.setTimeout(config.timeout, () => {
          fail(new AxiosError(config.timeoutErrorMessage || `timeout of ${config.timeout}ms exceeded`, AxiosError.ECONNABORTED, config, req));
          req.destroy();
        });
      }
      if (signal) {
        const onAbort = () => { fail(new CanceledError(undefined, config, req)); req.destroy(); };
        signal.addEventListener('abort', onAbort, { once: true });
        req.on('close', () => signal.removeEventListener('abort', onAbort));
      }
      req.on('error', (e: NodeJS.ErrnoException) => fail(AxiosError.from(e, e.code, config, req)));
      if (body instanceof Readable) {
        body.on('error', (e) => { req.destroy(e); fail(AxiosError.from(e, AxiosError.ERR_BAD_REQUEST, config, req)); });
        body.pipe(req);
      } else {
        req.end(bytes);
      }
    });
  };
}
