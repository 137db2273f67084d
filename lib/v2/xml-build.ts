/**
 * XML writer with wechatpay-php's `toXml` output (element naming, CDATA use, indentation), made
 * safe: a value holding `]]>` is split over two CDATA sections instead of closing the first one
 * early, and characters XML forbids are left out, so the output is always well-formed.
 */
import { ArgumentError } from '../errors';
import { stripForbidden } from './xml-parse';

/** Element names written as given; anything else (numbers, spaces, leading digits) becomes the item name. */
export const XML_NAME = /^[\p{L}_][\p{L}0-9._:-]*$/u;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** What {@link buildXml} accepts as a container. */
export type XmlInput = Record<string, unknown> | Map<unknown, unknown> | unknown[];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Containers are written as child elements; everything else as text. */
function entriesOf(v: unknown): Array<[unknown, unknown]> | undefined {
  if (Array.isArray(v)) return v.map((item, index) => [index, item]);
  if (v instanceof Map) return [...v.entries()];
  if (isPlainObject(v)) return Object.entries(v);
  // An object without its own string form (a class instance) is walked like a plain object.
  if (
    v !== null &&
    typeof v === 'object' &&
    !Buffer.isBuffer(v) &&
    !(v instanceof Date) &&
    (v as { toString: unknown }).toString === Object.prototype.toString
  ) {
    return Object.entries(v);
  }
  return undefined;
}

/** A scalar as wechatpay-php writes it: `true` → `1`, `false`/`null` → empty, Stringable via String(). */
export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === true) return '1';
  if (v === false || v === null || v === undefined) return '';
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return String(v);
}

/**
 * Text content: raw when plain, one CDATA section when it holds `<`, `>`, `&` or `"` (as
 * wechatpay-php does), split wherever it holds `]]>`. A carriage return cannot survive CDATA (parsers
 * turn it into a line feed), so such values are escaped instead.
 */
export function textContent(value: string): string {
  const text = stripForbidden(value);
  if (text.includes('\r')) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  }
  if (!/[<>&"]/.test(text)) return text;
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

interface WriteOptions {
  indent: boolean;
  item: string;
}

function writeElement(name: string, value: unknown, level: number, opts: WriteOptions, seen: Set<unknown>): string {
  const pad = opts.indent ? ' '.repeat(level) : '';
  const nl = opts.indent ? '\n' : '';
  const entries = entriesOf(value);
  if (!entries) return `${pad}<${name}>${textContent(scalarText(value))}</${name}>${nl}`;
  if (seen.has(value)) throw new ArgumentError(`Transformer.toXml: <${name}> refers back to one of its ancestors (a cycle).`);
  seen.add(value);
  let inner = '';
  for (const [key, child] of entries) {
    if (child === undefined) continue;
    const childName = typeof key === 'string' && XML_NAME.test(key) ? key : opts.item;
    inner += writeElement(childName, child, level + 1, opts, seen);
  }
  seen.delete(value);
  if (!inner) return `${pad}<${name}/>${nl}`;
  return `${pad}<${name}>${nl}${inner}${pad}</${name}>${nl}`;
}

/**
 * Serialise `data` under `<root>`. Entries are written in iteration order (use a Map when keys look
 * like integers: plain objects list those first). `undefined` entries are skipped, `null` gives an
 * empty element, an empty container a self-closing one.
 */
export function buildXml(data: XmlInput, headless = true, indent = false, root = 'xml', item = 'item'): string {
  if (!XML_NAME.test(root)) throw new ArgumentError(`Transformer.toXml: the root name "${root}" is not a valid XML element name.`);
  if (!XML_NAME.test(item)) throw new ArgumentError(`Transformer.toXml: the item name "${item}" is not a valid XML element name.`);
  if (!entriesOf(data)) throw new ArgumentError(`Transformer.toXml: data must be an object, a Map or an array, got ${data === null ? 'null' : typeof data}.`);
  const body = writeElement(root, data, 0, { indent, item }, new Set());
  if (headless) return body;
  return `${XML_DECLARATION}\n${body}${indent ? '' : '\n'}`;
}
