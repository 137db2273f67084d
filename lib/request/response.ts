/**
 * Response step: parse verified bodies (JSON for APIv3) and turn failures into typed errors.
 */
import { AxiosError, type AxiosResponse } from 'axios';
import { Readable } from 'node:stream';
import { ApiError, TransportError, WechatpayError } from '../errors';
import { getHeader } from './headers';
import { urlWithoutQuery } from '../redact';
import type { Call } from './call';

/** The response every verb resolves with (axios's, with `data` parsed). */
export type WechatpayResponse<T = unknown> = AxiosResponse<T>;

function toBuffer(data: unknown): Buffer | undefined {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return undefined;
}

/** Parse a v3 answer's bytes: JSON when it is JSON, text for text, bytes otherwise; `undefined` when empty. */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json') || (!type && (raw[0] === 0x7b || raw[0] === 0x5b))) {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      return raw.toString('utf8');
    }
  }
  if (type.startsWith('text/') || type.includes('xml')) return raw.toString('utf8');
  return raw;
}

/**
 * Once a request is answered its signature has no further use; keep it out of the config that the
 * response and every error carry, so logging them never prints a full Authorization header.
 */
export function redactAuthorization(config: unknown): void {
  const headers = (config as { headers?: unknown } | undefined)?.headers as
    { get?: (n: string) => unknown; set?: (n: string, v: string) => unknown } | undefined;
  if (!headers || typeof headers.get !== 'function' || typeof headers.set !== 'function') return;
  const value = headers.get('Authorization');
  if (typeof value === 'string' && value.includes('signature="')) {
    headers.set('Authorization', value.replace(/signature="[^"]*"/, 'signature="[redacted]"'));
  }
}

/** The `parser` step of the APIv3 flow: `data` becomes the parsed body (JSON, text), files stay bytes or a stream. */
export function parser(call: Call): void {
  const response = call.response as AxiosResponse;
  if (call.binary || response.data instanceof Readable) return;
  const raw = call.body ?? toBuffer(response.data);
  if (raw) response.data = parseBody(raw, getHeader(response.headers, 'Content-Type'));
}

/** The axios rejection handler: 4xx/5xx → {@link ApiError}, no answer → {@link TransportError}. */
export async function errorInterceptor(error: unknown): Promise<never> {
  if (error instanceof WechatpayError) {
    redactAuthorization((error as { response?: { config?: unknown } }).response?.config);
    throw error;
  }
  if (error instanceof AxiosError) {
    redactAuthorization(error.config);
    const response = error.response;
    if (response) {
      let raw = toBuffer(response.data);
      if (!raw && response.data instanceof Readable) {
        const chunks: Buffer[] = [];
        for await (const c of response.data) chunks.push(Buffer.from(c as Buffer));
        raw = Buffer.concat(chunks);
      }
      const text = raw ? raw.toString('utf8') : '';
      let body: { code?: unknown; message?: unknown; detail?: unknown } | undefined;
      try {
        const parsed: unknown = text ? JSON.parse(text) : undefined;
        if (parsed && typeof parsed === 'object') body = parsed as typeof body;
      } catch {
        body = undefined;
      }
      response.data = body ?? text;
      throw new ApiError(response, body, text);
    }
    const code = error.code;
    const target = error.config?.url ? ` ${String(error.config.method ?? '').toUpperCase()} ${urlWithoutQuery(error.config.url, error.config.baseURL)}` : '';
    throw new TransportError(`The request${target} failed before an answer arrived: ${error.message}`, code, { cause: error });
  }
  throw error;
}
