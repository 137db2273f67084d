/**
 * APIv2 request fields: the `xml` option (or a GET's query) as an ordered list of text fields, the
 * merchant-id guard, and the query string a GET carries. Fields keep the caller's insertion order;
 * signing sorts a copy.
 */
import { ArgumentError } from '../errors';
import { encodeUnreserved } from '../request/uri';
import { XML_NAME } from './xml-build';
import { FORBIDDEN_CHARS } from './xml-parse';

/** Ordered `[name, text]` pairs. */
export type Fields = Array<[string, string]>;

function fieldText(name: string, value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ArgumentError(`${where}.${name} is ${value}; APIv2 fields must be finite numbers or text.`);
    text = String(value);
  } else if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'boolean') text = value ? '1' : '';
  else {
    throw new ArgumentError(
      `${where}.${name} is ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}; APIv2 fields are flat text and signed as such: pass structured values (detail, scene_info …) as a JSON string (JSON.stringify).`,
    );
  }
  FORBIDDEN_CHARS.lastIndex = 0;
  const bad = FORBIDDEN_CHARS.exec(text);
  FORBIDDEN_CHARS.lastIndex = 0;
  if (bad) {
    const cp = (bad[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    throw new ArgumentError(`${where}.${name} holds U+${cp}, a character XML 1.0 cannot carry; remove it before signing.`);
  }
  return text;
}

/**
 * The `xml` option as ordered text fields. `undefined`/`null` values are left out (not sent, not
 * signed); numbers and booleans become text as they will be sent (`true` → `1`, `false` → empty).
 */
export function fieldsFromXml(xml: unknown): Fields {
  let entries: Array<[unknown, unknown]>;
  if (xml instanceof Map) entries = [...xml.entries()];
  else if (xml !== null && typeof xml === 'object' && !Array.isArray(xml) && !Buffer.isBuffer(xml)) entries = Object.entries(xml);
  else
    throw new ArgumentError(
      `The "xml" option must be an object (or a Map) of APIv2 fields, got ${Array.isArray(xml) ? 'an array' : xml === null ? 'null' : typeof xml}.`,
    );
  const out: Fields = [];
  for (const [key, value] of entries) {
    if (typeof key !== 'string' || !XML_NAME.test(key)) {
      throw new ArgumentError(`The xml field name ${JSON.stringify(String(key))} is not an XML element name; APIv2 fields are named like "out_trade_no".`);
    }
    const text = fieldText(key, value, 'xml');
    if (text !== undefined) out.push([key, text]);
  }
  return out;
}

/** Parse a query string as Guzzle's `Query::parse` does (`+` is a space); repeated names are refused. */
export function fieldsFromQuery(query: string): Fields {
  const out: Fields = [];
  const seen = new Set<string>();
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const decode = (s: string): string => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        throw new ArgumentError(`The query holds a malformed percent-encoding: ${JSON.stringify(s)}.`);
      }
    };
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    if (seen.has(name)) throw new ArgumentError(`The query names "${name}" twice; an APIv2 signature covers one value per field.`);
    seen.add(name);
    const text = fieldText(name, value, 'query');
    out.push([name, text ?? '']);
  }
  return out;
}

/** The query a signed GET carries: RFC 3986 encoding, insertion order (as wechatpay-php sends it). */
export function buildQuery(fields: Fields): string {
  return fields.map(([k, v]) => `${encodeUnreserved(k)}=${encodeUnreserved(v)}`).join('&');
}

/** Read a field by name. */
export function field(fields: Fields, name: string): string | undefined {
  for (const [k, v] of fields) if (k === name) return v;
  return undefined;
}

/** Set a field, keeping its position if present, else appending it. */
export function setField(fields: Fields, name: string, value: string): void {
  for (const entry of fields) {
    if (entry[0] === name) {
      entry[1] = value;
      return;
    }
  }
  fields.push([name, value]);
}

const MERCHANT_KEYS = ['mch_id', 'mchid', 'combine_mch_id'] as const;

/**
 * The merchant-id guard: the payload's `mch_id` (else `mchid`, else `combine_mch_id`) must equal the
 * configured mchid. Values are compared as the text that is sent, so `mch_id: 1230000109` (a number)
 * matches `'1230000109'` (wechatpay-php compares strictly and rejects it). Throws before sending.
 */
export function assertMerchant(fields: Fields, mchid: string, where: string): void {
  for (const key of MERCHANT_KEYS) {
    const found = field(fields, key);
    if (found === undefined) continue;
    if (found === mchid) return;
    throw new ArgumentError(`The ${where}'s ${key} (${found}) does not match the configured mchid (${mchid}); this client signs for merchant ${mchid} only.`);
  }
  throw new ArgumentError(`The ${where} has no mch_id (nor mchid, combine_mch_id); it must carry the configured mchid (${mchid}).`);
}
