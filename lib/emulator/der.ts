/**
 * A minimal ASN.1 DER encoder: just the types an X.509 v3 certificate needs. Every function returns
 * the complete TLV bytes, so structures are built by nesting calls.
 */

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** A TLV with the given tag byte. */
export function tlv(tag: number, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(value.length), value]);
}

export function sequence(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}
export function set(...items: Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(items));
}
export function nullValue(): Buffer {
  return Buffer.from([0x05, 0x00]);
}
export function boolean(value: boolean): Buffer {
  return tlv(0x01, Buffer.from([value ? 0xff : 0x00]));
}
export function octetString(value: Buffer): Buffer {
  return tlv(0x04, value);
}
export function utf8String(value: string): Buffer {
  return tlv(0x0c, Buffer.from(value, 'utf8'));
}
export function printableString(value: string): Buffer {
  return tlv(0x13, Buffer.from(value, 'latin1'));
}
/** `[n]` EXPLICIT: wraps a complete TLV. */
export function explicit(n: number, inner: Buffer): Buffer {
  return tlv(0xa0 | n, inner);
}
/** `[n]` IMPLICIT primitive (e.g. a GeneralName's dNSName or iPAddress). */
export function implicitPrimitive(n: number, value: Buffer): Buffer {
  return tlv(0x80 | n, value);
}

/** A BIT STRING with no unused bits. */
export function bitString(value: Buffer): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([0]), value]));
}

/**
 * A non-negative INTEGER from big-endian bytes. Leading zero bytes are dropped and one is added back
 * when the top bit is set, which is what DER's minimal two's-complement form requires.
 */
export function unsignedInteger(bytes: Buffer): Buffer {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i += 1;
  let body = bytes.subarray(i);
  if (body.length === 0) body = Buffer.from([0]);
  if ((body[0] as number) & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
  return tlv(0x02, body);
}

/** The digits of `n` in `base`, most significant first (at least one). */
function digits(n: number, base: number): number[] {
  const out: number[] = [];
  let v = n;
  do {
    out.unshift(v % base);
    v = Math.floor(v / base);
  } while (v > 0);
  return out;
}

export function smallInteger(n: number): Buffer {
  return unsignedInteger(Buffer.from(digits(n, 256)));
}

/** An OBJECT IDENTIFIER from dotted text such as `1.2.840.113549.1.1.11`. */
export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  if (arcs.length < 2 || arcs.some((a) => !Number.isInteger(a) || a < 0)) throw new Error(`bad OID ${dotted}`);
  const out: number[] = [(arcs[0] as number) * 40 + (arcs[1] as number)];
  for (const arc of arcs.slice(2)) {
    const chunk = digits(arc, 128);
    for (let i = 0; i < chunk.length - 1; i += 1) chunk[i] = (chunk[i] as number) | 0x80;
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5). */
export function time(date: Date): Buffer {
  const y = date.getUTCFullYear();
  const rest = `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
  if (y >= 1950 && y < 2050) return tlv(0x17, Buffer.from(`${two(y % 100)}${rest}`, 'latin1'));
  return tlv(0x18, Buffer.from(`${String(y).padStart(4, '0')}${rest}`, 'latin1'));
}
