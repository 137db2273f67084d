/**
 * Field checks for JSON bodies, failing the way the platform does: 400 PARAM_ERROR with
 * `detail.location = 'body'` and `detail.field` naming the field by its dotted path.
 */
import { paramError } from './failure';

export type Json = Record<string, unknown>;

function at(body: Json, path: string): unknown {
  let v: unknown = body;
  for (const key of path.split('.')) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Json)[key];
  }
  return v;
}

/** A required non-empty string of at most `max` characters. */
export function requireString(body: Json, path: string, max = 256): string {
  const v = at(body, path);
  if (v === undefined || v === null || v === '') throw paramError(path, `${path} is required.`);
  if (typeof v !== 'string') throw paramError(path, `${path} must be a string.`, 'body', v);
  if (v.length > max) throw paramError(path, `${path} is longer than ${max} characters.`, 'body', v);
  return v;
}

/** An optional string (undefined when absent). */
export function optionalString(body: Json, path: string, max = 256): string | undefined {
  const v = at(body, path);
  if (v === undefined || v === null) return undefined;
  return requireString(body, path, max);
}

/** A required integer within [min, max]. */
export function requireInteger(body: Json, path: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const v = at(body, path);
  if (v === undefined || v === null) throw paramError(path, `${path} is required.`);
  if (typeof v !== 'number' || !Number.isInteger(v)) throw paramError(path, `${path} must be an integer (in fen).`, 'body', v);
  if (v < min || v > max) throw paramError(path, `${path} must be from ${min} to ${max}, got ${v}.`, 'body', v);
  return v;
}

/** A required JSON object. */
export function requireObject(body: Json, path: string): Json {
  const v = at(body, path);
  if (v === undefined || v === null) throw paramError(path, `${path} is required.`);
  if (typeof v !== 'object' || Array.isArray(v)) throw paramError(path, `${path} must be an object.`, 'body', v);
  return v as Json;
}

/** A merchant order/refund number: 6–32 of [0-9A-Za-z_-|*]. */
export function requireTradeNo(value: string, field: string, location: 'body' | 'uri_template' = 'body'): string {
  if (!/^[0-9A-Za-z_\-|*]{6,32}$/.test(value)) {
    throw paramError(field, `${field} must be 6–32 characters of digits, letters, _-|*, got ${JSON.stringify(value)}.`, location, value);
  }
  return value;
}

/** A merchant refund number (`out_refund_no`): 1–64 of [0-9A-Za-z_-|*@]. */
export function requireRefundNo(value: string, field = 'out_refund_no'): string {
  if (!/^[0-9A-Za-z_\-|*@]{1,64}$/.test(value)) {
    throw paramError(field, `${field} must be 1–64 characters of digits, letters, _-|*@, got ${JSON.stringify(value)}.`, 'body', value);
  }
  return value;
}

/** An RFC 3339 time (`yyyy-MM-DDTHH:mm:ss+TIMEZONE`), as ms since epoch. */
export function optionalTime(body: Json, path: string): number | undefined {
  const v = optionalString(body, path, 64);
  if (v === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(ms)) throw paramError(path, `${path} must be an RFC 3339 time such as 2018-06-08T10:34:56+08:00.`, 'body', v);
  return ms;
}
