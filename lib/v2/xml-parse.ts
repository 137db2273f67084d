/**
 * A small strict XML reader for APIv2 answers and notifications. It knows no DTD at all: a
 * `<!DOCTYPE`/`<!ENTITY` is refused, so no external or internal entity can ever be loaded or
 * expanded (no XXE, no entity bombs). Only the five predefined entities and numeric character
 * references are decoded. Element names `__proto__`, `constructor` and `prototype` are dropped, so
 * a hostile answer cannot reach an object's prototype. Size, depth and element-count limits bound
 * the work done on any input.
 */
import { WechatpayError } from '../errors';

/** A parsed element: text, a map of child elements, or a list of repeated siblings. */
export type XmlValue = string | XmlRecord | XmlValue[];

/** Child elements by name (the root element itself is dropped). */
export interface XmlRecord {
  [name: string]: XmlValue;
}

/** The input is not well-formed XML, uses a refused construct, or exceeds a limit. */
export class XmlError extends WechatpayError {
  /** Character offset (after sanitising) where the problem was found, when known. */
  readonly position: number | undefined;
  constructor(message: string, position?: number) {
    super(position === undefined ? message : `${message} (at character ${position})`);
    this.position = position;
  }
}

export interface XmlLimits {
  /** Largest input in bytes (default 4 MiB). */
  maxBytes?: number;
  /** Deepest element nesting, the root being depth 1 (default 32). */
  maxDepth?: number;
  /** Most elements in one document (default 50 000). */
  maxElements?: number;
}

export interface ParsedXml {
  /** The root element's name. */
  root: string;
  /** The root's children (an empty record when it has none). */
  value: XmlRecord;
}

const DEFAULTS: Required<XmlLimits> = { maxBytes: 4 * 1024 * 1024, maxDepth: 32, maxElements: 50_000 };

/** Names that would reach Object.prototype or a constructor if used as keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Every character XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
export const FORBIDDEN_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'uy');

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const HAS_FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Remove the characters XML 1.0 forbids (no copy when there are none). */
export function stripForbidden(text: string): string {
  return HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN_CHARS, '') : text;
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Decode the predefined entities and character references; anything else is an error. */
function decodeEntities(text: string, at: number): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  for (;;) {
    const amp = text.indexOf('&', i);
    if (amp < 0) return out + text.slice(i);
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp);
    const ref = semi < 0 ? '' : text.slice(amp + 1, semi);
    if (!ref || ref.length > 12) throw new XmlError('A bare "&" must be written as &amp;', at + amp);
    let decoded: string | undefined = PREDEFINED[ref];
    if (decoded === undefined && ref.startsWith('#')) {
      const hex = ref[1] === 'x';
      const digits = ref.slice(hex ? 2 : 1);
      if (hex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits)) {
        const cp = parseInt(digits, hex ? 16 : 10);
        if (!isXmlChar(cp)) throw new XmlError(`The character reference &${ref}; names a character XML forbids`, at + amp);
        decoded = String.fromCodePoint(cp);
      }
    }
    if (decoded === undefined) {
      throw new XmlError(`The entity &${ref}; is not defined (only &lt; &gt; &amp; &quot; &apos; and &#…; are understood; DTDs are refused)`, at + amp);
    }
    out += decoded;
    i = semi + 1;
  }
}

interface Frame {
  name: string;
  text: string;
  record: XmlRecord | undefined;
}

function attach(parent: Frame, name: string, value: XmlValue): void {
  const record = parent.record ?? (parent.record = {});
  if (UNSAFE_KEYS.has(name)) return;
  if (Object.prototype.hasOwnProperty.call(record, name)) {
    const previous = record[name] as XmlValue;
    // A child value is never an array itself, so an array here means earlier repetitions.
    if (Array.isArray(previous)) previous.push(value);
    else record[name] = [previous, value];
  } else {
    record[name] = value;
  }
}

/** Turn bytes into text: UTF-8 only (invalid sequences are an error), BOM dropped. */
function decodeInput(input: string | Buffer | Uint8Array, maxBytes: number): string {
  if (typeof input === 'string') {
    if (input.length > maxBytes || (input.length * 3 > maxBytes && Buffer.byteLength(input) > maxBytes)) {
      throw new XmlError(`The XML is larger than the ${maxBytes}-byte limit`);
    }
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes) throw new XmlError(`The XML is larger than the ${maxBytes}-byte limit`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch (err) {
    throw new XmlError(`The XML is not valid UTF-8: ${(err as Error).message}`);
  }
}

/**
 * Parse a document strictly. Throws {@link XmlError} on anything that is not well-formed, on any
 * DOCTYPE, undefined entity, or exceeded limit. The result follows wechatpay-php's `toArray` shape:
 * root dropped, repeated siblings as arrays, text kept as is (whitespace included), CDATA literal.
 */
export function parseXml(input: string | Buffer | Uint8Array, limits: XmlLimits = {}): ParsedXml {
  const max = { ...DEFAULTS, ...limits };
  // XML parsers normalise line ends; doing the same keeps signatures computed over values comparable.
  let s = stripForbidden(decodeInput(input, max.maxBytes));
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  let i = 0;
  let elements = 0;
  const stack: Frame[] = [];
  let root: ParsedXml | undefined;

  const fail = (message: string, at = i): never => {
    throw new XmlError(message, at);
  };
  const readName = (): string => {
    // ASCII names (all of APIv2) are scanned by hand; anything else goes through the full XML Name rule.
    const start = i;
    let j = i;
    for (; j < s.length; j += 1) {
      const c = s.charCodeAt(j);
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
      if (!(letter || (j > start && ((c >= 48 && c <= 57) || c === 45 || c === 46)))) break;
    }
    if (j > start && (j >= s.length || s.charCodeAt(j) < 0x80)) {
      i = j;
      return s.slice(start, j);
    }
    NAME.lastIndex = start;
    const m = NAME.exec(s);
    if (!m) fail('Expected an element or attribute name');
    i = start + (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  const skipSpace = (): number => {
    const start = i;
    for (let c = s.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x09; c = s.charCodeAt(i)) i += 1;
    return i - start;
  };
  const skipUntil = (end: string, what: string): string => {
    const close = s.indexOf(end, i);
    if (close < 0) fail(`Unterminated ${what}`);
    const body = s.slice(i, close);
    i = close + end.length;
    return body;
  };
  /** Comments, processing instructions and the declaration, outside or inside elements. */
  const skipMisc = (): boolean => {
    if (s.startsWith('<!--', i)) {
      i += 4;
      skipUntil('-->', 'comment');
      return true;
    }
    if (s.startsWith('<?', i)) {
      i += 2;
      skipUntil('?>', 'processing instruction');
      return true;
    }
    if (s.startsWith('<!', i) && !s.startsWith('<![CDATA[', i)) {
      fail(/^<!(DOCTYPE|ENTITY)/i.test(s.slice(i, i + 9)) ? 'DOCTYPE and ENTITY declarations are refused' : 'Unexpected markup declaration');
    }
    return false;
  };

  const openElement = (): void => {
    i += 1;
    const name = readName();
    let seen: Set<string> | undefined;
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpace() > 0;
      if (s.startsWith('/>', i)) {
        i += 2;
        selfClosing = true;
        break;
      }
      if (s[i] === '>') {
        i += 1;
        break;
      }
      if (i >= s.length) fail(`Unterminated start tag <${name}`);
      if (!spaced) fail(`Expected whitespace before an attribute of <${name}>`);
      const attr = readName();
      seen ??= new Set<string>();
      if (seen.has(attr)) fail(`Duplicate attribute ${attr} on <${name}>`);
      seen.add(attr);
      skipSpace();
      if (s[i] !== '=') fail(`Expected "=" after attribute ${attr}`);
      i += 1;
      skipSpace();
      const quote = s[i];
      if (quote !== '"' && quote !== "'") fail(`Attribute ${attr} must be quoted`);
      i += 1;
      const start = i;
      const value = skipUntil(quote as string, `attribute ${attr}`);
      if (value.includes('<')) fail(`Attribute ${attr} contains "<"`, start);
      decodeEntities(value, start); // validated, then ignored: attributes carry nothing the protocol uses
    }
    elements += 1;
    if (elements > max.maxElements) fail(`More than ${max.maxElements} elements`);
    if (selfClosing) {
      if (stack.length === 0) root = { root: name, value: {} };
      else attach(stack[stack.length - 1] as Frame, name, '');
      return;
    }
    if (stack.length + 1 > max.maxDepth) fail(`Elements nest deeper than ${max.maxDepth}`);
    stack.push({ name, text: '', record: undefined });
  };

  const closeElement = (): void => {
    i += 2;
    const name = readName();
    skipSpace();
    if (s[i] !== '>') fail(`Expected ">" to end </${name}`);
    i += 1;
    const frame = stack.pop() as Frame;
    if (frame.name !== name) fail(`Opening and ending tag mismatch: <${frame.name}> closed by </${name}>`);
    const value: XmlValue = frame.record ?? frame.text;
    if (stack.length === 0) root = { root: name, value: frame.record ?? {} };
    else attach(stack[stack.length - 1] as Frame, name, value);
  };

  // Prolog: whitespace, declaration, comments, PIs; a DOCTYPE is refused.
  for (;;) {
    skipSpace();
    if (i >= s.length) fail('No root element');
    if (!skipMisc()) break;
  }
  if (s[i] !== '<') fail('Text before the root element');
  openElement();

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const lt = s.indexOf('<', i);
    if (lt < 0) fail(`Premature end of data in <${frame.name}>`, s.length);
    if (lt > i) {
      const raw = s.slice(i, lt);
      if (raw.includes(']]>')) fail('"]]>" is not allowed in text', i);
      frame.text += decodeEntities(raw, i);
      i = lt;
    }
    if (s.startsWith('<![CDATA[', i)) {
      i += 9;
      frame.text += skipUntil(']]>', 'CDATA section');
    } else if (s.startsWith('</', i)) {
      closeElement();
    } else if (!skipMisc()) {
      openElement();
    }
  }

  // Epilog: only whitespace, comments and PIs may follow the root.
  for (;;) {
    skipSpace();
    if (i >= s.length) break;
    if (!skipMisc()) fail('Content after the root element');
  }
  return root as ParsedXml;
}
