/**
 * Look for secrets and live objects in an error, everywhere a user's logging could reach: the
 * default and deepest `util.inspect`, `%o`, `JSON.stringify`, `stack`, pino's and winston's JSON
 * lines, and every value reachable through own properties (non-enumerable and symbol keys too).
 */
import { KeyObject } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { format, inspect } from 'node:util';
import pino from 'pino';
import winston from 'winston';

/** Every value reachable from `root` through own properties, Map and Set entries, with its path. */
export function reachable(root: unknown): Array<{ path: string; value: unknown }> {
  const out: Array<{ path: string; value: unknown }> = [];
  const seen = new Set<object>();
  const todo: Array<{ path: string; value: unknown }> = [{ path: '$', value: root }];
  while (todo.length) {
    const item = todo.pop() as { path: string; value: unknown };
    out.push(item);
    const v = item.value;
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
    if (seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) continue;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (!d) continue;
      let child: unknown;
      if ('value' in d) child = d.value;
      else if (d.get) {
        try {
          child = d.get.call(v);
        } catch {
          continue;
        }
      } else continue;
      todo.push({ path: `${item.path}.${String(key)}`, value: child });
    }
    if (v instanceof Map) for (const [k, val] of v) todo.push({ path: `${item.path}<key>`, value: k }, { path: `${item.path}<value>`, value: val });
    if (v instanceof Set) for (const val of v) todo.push({ path: `${item.path}<item>`, value: val });
  }
  return out;
}

/** One JSON line per way of logging `err` with pino (its `err` serializer) and winston. */
export async function loggerLines(err: unknown): Promise<string[]> {
  const lines: string[] = [];
  const sink = {
    write(s: string) {
      lines.push(s);
    },
  };
  const p = pino({}, sink);
  p.error(err);
  p.error({ err }, 'call failed');
  const collected: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      collected.push(chunk.toString('utf8'));
      done();
    },
  });
  const w = winston.createLogger({
    format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  });
  w.error(err as Error);
  w.error('call failed', { err });
  await new Promise((resolve) => setImmediate(resolve));
  w.close();
  return [...lines, ...collected];
}

/** The texts a user's logging produces for `err` (JSON.stringify must not throw). */
export async function renderings(err: unknown): Promise<Record<string, string>> {
  const e = err as Error;
  return {
    inspect: inspect(err),
    deepInspect: inspect(err, { depth: Infinity, showHidden: true }),
    percentO: format('%o', err),
    json: JSON.stringify(err),
    stack: String(e.stack),
    string: String(err),
    loggers: (await loggerLines(err)).join('\n'),
  };
}

/** Objects no error may hold: connections, requests, agents, streams, keys, functions (an axios config). */
function live(value: unknown): string | undefined {
  if (typeof value === 'function') return 'a function';
  if (value instanceof EventEmitter) return `a live ${value.constructor.name}`;
  if (value instanceof KeyObject) return 'a KeyObject';
  return undefined;
}

/**
 * Everything wrong with `err`: a secret in any rendering or reachable string/bytes, an unredacted
 * `signature="…"`, a live object anywhere inside. An empty list means it is fit for logs.
 */
export async function leaks(err: unknown, secrets: string[]): Promise<string[]> {
  const problems: string[] = [];
  const wanted = secrets.filter((s) => s.length >= 8);
  const check = (where: string, text: string): void => {
    for (const s of wanted) if (text.includes(s)) problems.push(`${where} holds the secret ${s.slice(0, 12)}…`);
    const sig = /signature="(?!\[redacted\])[^"]+"/.exec(text);
    if (sig) problems.push(`${where} holds an Authorization signature: ${sig[0].slice(0, 40)}…`);
  };
  let texts: Record<string, string>;
  try {
    texts = await renderings(err);
  } catch (e) {
    return [`rendering failed: ${(e as Error).message}`];
  }
  for (const [how, text] of Object.entries(texts)) check(how, text);
  for (const { path, value } of reachable(err)) {
    if (typeof value === 'string') check(path, value);
    else if (Buffer.isBuffer(value)) check(path, value.toString('latin1'));
    const what = path === '$' ? undefined : live(value);
    if (what) problems.push(`${path} is ${what}`);
  }
  return [...new Set(problems)];
}

/** The lines of a PEM's base64 body (each one is a secret on its own). */
export function pemLines(pem: string): string[] {
  return pem.split('\n').filter((l) => l.length >= 40 && !l.startsWith('-----'));
}
