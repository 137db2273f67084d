/**
 * What an error may keep of the HTTP call it reports: plain, redacted copies of the request and of
 * the answer. Nothing live (no socket, no `ClientRequest`, no axios config with its agents and
 * signer) and no secret (no `Authorization` signature, no request body, no query string) survives,
 * so an error can be printed, inspected or serialised by any logger.
 */
import { AxiosHeaders, type AxiosResponse } from 'axios';
import { Readable } from 'node:stream';

/** The request an error is about: enough to find it in logs, never enough to replay it. */
export interface RequestSummary {
  /** Upper-case HTTP method. */
  method: string;
  /** Origin and path, without the query string (a download URL's query holds its token). */
  url: string;
  /** The headers that were sent; `Authorization` keeps its fields but its `signature` reads `[redacted]`. */
  headers: Record<string, string>;
}

/** The answer an error is about, as axios gave it but detached from the connection. */
export interface ResponseSummary<T = unknown> {
  status: number;
  statusText: string;
  headers: AxiosResponse['headers'];
  /** The parsed body (APIv3 JSON, APIv2 fields) or the raw bytes of an answer that failed verification; `undefined` for a stream. */
  data: T;
  /** The request it answers (the same object as the error's `request`). */
  config: RequestSummary;
}

const HIDDEN = new Set(['proxy-authorization', 'cookie', 'set-cookie']);

/** A header value safe to log: the signature of an `Authorization` removed, other credentials hidden. */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization') {
    return /signature="[^"]*"/.test(value) ? value.replace(/signature="[^"]*"/g, 'signature="[redacted]"') : '[redacted]';
  }
  return HIDDEN.has(lower) ? '[redacted]' : value;
}

/** Origin and path of `url` (resolved against `baseURL`), without credentials, query or fragment. */
export function urlWithoutQuery(url: unknown, baseURL?: unknown): string {
  const text = typeof url === 'string' ? url : url instanceof URL ? url.href : '';
  try {
    const u = new URL(text, typeof baseURL === 'string' && baseURL ? baseURL : undefined);
    return `${u.origin}${u.pathname}`;
  } catch {
    return text.split(/[?#]/)[0] ?? '';
  }
}

function plainHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return out;
  const source = headers instanceof AxiosHeaders ? headers.toJSON() : (headers as Record<string, unknown>);
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'object' && !Array.isArray(value)) continue;
    out[name] = redactHeader(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return out;
}

/** A plain, redacted copy of an axios request config (or of a summary, which it returns as is). */
export function summarizeRequest(config: unknown): RequestSummary | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const c = config as { method?: unknown; url?: unknown; baseURL?: unknown; headers?: unknown };
  return {
    method: String(c.method ?? 'get').toUpperCase(),
    url: urlWithoutQuery(c.url, c.baseURL),
    headers: plainHeaders(c.headers),
  };
}

function detachedData(data: unknown): unknown {
  if (data instanceof Readable) return undefined;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return data;
}

/** A plain copy of an axios response: status, headers and data, with the request summarised. */
export function summarizeResponse(response: unknown, request?: RequestSummary): ResponseSummary | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const r = response as { status?: unknown; statusText?: unknown; headers?: unknown; data?: unknown; config?: unknown };
  const config = request ?? summarizeRequest(r.config) ?? { method: '', url: '', headers: {} };
  return {
    status: typeof r.status === 'number' ? r.status : 0,
    statusText: typeof r.statusText === 'string' ? r.statusText : '',
    headers: new AxiosHeaders(plainHeaders(r.headers)),
    data: detachedData(r.data),
    config,
  };
}
