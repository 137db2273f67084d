/**
 * The chain: one small recursive Proxy. Reading a property extends the path; calling a verb hands
 * `(METHOD, template, options)` to the dispatcher. A node is never a thenable and never sends a
 * request when printed, inspected, spread, stringified or awaited.
 */
import { inspect } from 'node:util';
import { joinSegments, normalizeSegment } from './segment';
import type { ChainPromise } from './promise';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a verb call is handed to. */
export type Dispatch = (method: HttpMethod, template: string, options: Record<string, unknown> | undefined) => ChainPromise<unknown>;

const VERBS: Record<string, HttpMethod> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  getAsync: 'GET',
  postAsync: 'POST',
  putAsync: 'PUT',
  patchAsync: 'PATCH',
  deleteAsync: 'DELETE',
};

const PATH = Symbol('wechatpay-chain.path');

/** Keys every node answers itself instead of treating as a segment. */
const DESCRIBE = new Set(['toJSON', 'toString', 'valueOf']);

interface Target {
  [PATH]: string;
}

function makeTarget(path: string): Target {
  const target = Object.create(null) as Target;
  Object.defineProperty(target, PATH, { value: path, enumerable: false, configurable: true });
  // util.inspect looks at the Proxy's target, so the target itself prints the path.
  Object.defineProperty(target, inspect.custom, { value: () => `[ChainNode ${path || '/'}]`, enumerable: false, configurable: true });
  return target;
}

/** Bounded cache so chains built from ever-new segments (ids, dates) cannot grow memory without limit. */
class NodeCache {
  private readonly map = new Map<string, object>();
  constructor(private readonly limit: number) {}
  get(key: string): object | undefined {
    return this.map.get(key);
  }
  set(key: string, node: object): void {
    if (this.map.size >= this.limit) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(key, node);
  }
  get size(): number {
    return this.map.size;
  }
}

export interface ChainRoot {
  /** Extra members answered on every node (`getDriver`). */
  members: Record<string, unknown>;
  dispatch: Dispatch;
  cacheLimit?: number;
}

/** Build the root node of a client. */
export function createChain(root: ChainRoot): object {
  const limit = root.cacheLimit ?? 1024;
  const cache = new NodeCache(limit);
  // Each node also remembers the children read from it by property name: the next
  // `client.v3.pay.…` walk is then one lookup per step, with no path string built and hashed. All
  // nodes' memos together hold at most `limit` entries; past that they are emptied and refill.
  const memos: Array<Map<string, object>> = [];
  let remembered = 0;
  function remember(memo: Map<string, object>, key: string, node: object): void {
    if (remembered >= limit) {
      for (const m of memos) m.clear();
      memos.length = 0;
      remembered = 0;
    }
    if (memo.size === 0) memos.push(memo);
    memo.set(key, node);
    remembered += 1;
  }

  function child(segments: readonly string[], path: string, segment: string): object {
    const next = segments.length ? `${path}/${segment}` : segment;
    let node = cache.get(next);
    if (!node) {
      node = makeNode([...segments, segment]);
      cache.set(next, node);
    }
    return node;
  }

  function verb(segments: readonly string[], name: string, method: HttpMethod): unknown {
    const template = joinSegments(segments);
    const call = (options?: Record<string, unknown>) => root.dispatch(method, template, options);
    // A verb is also a node for the segment of its own name: `receivers.delete.post(…)`.
    return new Proxy(call, {
      get(fn, key) {
        if (typeof key === 'symbol') return key === Symbol.toPrimitive ? () => `${template}/${name}` : undefined;
        if (key === 'then') return undefined;
        if (key === 'call' || key === 'apply' || key === 'bind') return Reflect.get(fn, key);
        return Reflect.get(makeNode([...segments, name]), key);
      },
    });
  }

  function makeNode(segments: readonly string[]): object {
    const path = joinSegments(segments);
    // a node's verbs are made once, not on every call through it
    const verbs: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    // made on the first child read (a client's chain of nodes is small when few are walked)
    let children: Map<string, object> | undefined;
    return new Proxy(makeTarget(path), {
      get(_target, key) {
        const known = children !== undefined && typeof key === 'string' ? children.get(key) : undefined;
        if (known !== undefined) return known;
        if (typeof key === 'symbol') {
          if (key === Symbol.toPrimitive) return () => path;
          if (key === inspect.custom) return () => `[ChainNode ${path || '/'}]`;
          if (key === Symbol.iterator)
            return function* empty() {
              /* a node has no items */
            };
          return undefined;
        }
        if (key === 'then') return undefined;
        if (key === 'chain') {
          return (more: unknown) => {
            if (typeof more !== 'string') throw new TypeError(`chain() takes a string path, got ${typeof more}`);
            return child(segments, path, more);
          };
        }
        if (DESCRIBE.has(key)) return () => path;
        const method = VERBS[key];
        if (method) return (verbs[key] ??= verb(segments, key, method));
        if (Object.prototype.hasOwnProperty.call(root.members, key)) return root.members[key];
        const node = child(segments, path, normalizeSegment(key));
        remember((children ??= new Map<string, object>()), key, node);
        return node;
      },
      set() {
        return false;
      },
      defineProperty() {
        return false;
      },
      deleteProperty() {
        return false;
      },
      has(_target, key) {
        return typeof key === 'string' && key !== 'then';
      },
      ownKeys() {
        return [];
      },
      getOwnPropertyDescriptor() {
        return undefined;
      },
    });
  }

  return makeNode([]);
}
