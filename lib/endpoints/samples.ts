/**
 * Lookups over the emulator's sample answers (the generated data in lib/openapi/samples.ts): which
 * catalogued operation a request pathname belongs to, and its sample 2xx answer. Load lazily: the
 * table is ~0.6 MB of JSON, parsed on first use; the client runtime never loads this module.
 */
import { SAMPLE_ROWS } from '../openapi/samples';

/** A sample answer: status, body (object for JSON/XML answers), and whether the answer is a file. */
export interface SampleAnswer {
  status: number;
  body?: unknown;
  binary?: boolean;
  /** The catalogue key the pathname matched. */
  key: string;
}

type Row = [status: number, body?: unknown, binary?: number];

let table: Record<string, Row> | undefined;
interface Trie {
  literal: Map<string, Trie>;
  variable?: Trie;
  end?: string;
}
let trie: Trie | undefined;

function rows(): Record<string, Row> {
  table ??= JSON.parse(SAMPLE_ROWS) as Record<string, Row>;
  return table;
}

function index(): Trie {
  if (trie) return trie;
  const root: Trie = { literal: new Map() };
  for (const key of new Set(Object.keys(rows()).map((k) => k.slice(k.indexOf(' ') + 1)))) {
    let node = root;
    for (const seg of key.split('/')) {
      if (/^\{[^}]+\}$/.test(seg)) node = node.variable ??= { literal: new Map() };
      else {
        let next = node.literal.get(seg);
        if (!next) {
          next = { literal: new Map() };
          node.literal.set(seg, next);
        }
        node = next;
      }
    }
    node.end = key;
  }
  trie = root;
  return root;
}

/** Literal segments win over `{variables}`; backtracks when a literal branch dead-ends. */
function match(node: Trie, segs: string[], i: number): string | undefined {
  if (i === segs.length) return node.end;
  const seg = segs[i] as string;
  const lit = node.literal.get(seg);
  const viaLiteral = lit ? match(lit, segs, i + 1) : undefined;
  if (viaLiteral !== undefined) return viaLiteral;
  return node.variable && seg !== '' ? match(node.variable, segs, i + 1) : undefined;
}

/** The catalogue key a request pathname (`/v3/…`, `/hk/v3/…`, APIv2 `/pay/…`) belongs to. */
export function keyOfPathname(pathname: string): string | undefined {
  const p = pathname.replace(/[?#].*$/, '').replace(/^\/+/, '');
  const segs = p.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return match(index(), segs, 0) ?? (/^(v3|hk|global)\//.test(p) ? undefined : match(index(), ['v2', ...segs], 0));
}

/** A sample 2xx answer for `method pathname`, or undefined when the catalogue has no such operation. */
export function sampleFor(method: string, pathname: string): SampleAnswer | undefined {
  const key = keyOfPathname(pathname);
  if (key === undefined) return undefined;
  const row = rows()[`${method.toUpperCase()} ${key}`];
  if (!row) return undefined;
  const [status, body, binary] = row;
  // A fresh copy each time, so callers may change it.
  return { status, body: body === undefined || body === null ? undefined : (JSON.parse(JSON.stringify(body)) as unknown), binary: binary === 1, key };
}

/** Every catalogued `METHOD key` with a sample. */
export function sampleKeys(): string[] {
  return Object.keys(rows());
}
