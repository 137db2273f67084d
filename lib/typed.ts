/**
 * The typed client: hand-written glue over the generated `lib/openapi` types, which are data and
 * import nothing from here. The flat {@link Paths} interface types every operation; the generated
 * `Tree` lists each node's children as words (one string literal per tree edge: no member for a
 * consumer's tsc to bind). {@link TypedNode} maps a path to its client node and only the nodes a
 * program walks are instantiated; {@link Nodes} serves `chain('…')` and `client['…']`.
 */
import type { UntypedNode } from './untyped';
import type { Driver, WechatpayResponse } from './request/driver';
import type { HeaderValues, PassThroughConfig } from './request/options';
import type { ChainPromise } from './request/promise';
import type { Paths } from './openapi/paths';
import type { Tree } from './openapi/tree';

export type { Paths } from './openapi/paths';
export type { BinaryBody, UploadBody, V2Extras } from './openapi/bodies';

/** One operation of {@link Paths}: what a verb accepts, and the `data` it resolves with. */
export interface Operation {
  options: object;
  response: unknown;
}

/** What a verb of operation `O` accepts: its own options plus per-request axios settings and extra headers. */
export type CallOptions<O extends Operation> = O['options'] & PassThroughConfig & { headers?: HeaderValues };

/** The promise a verb returns: axios's response with `data` typed. */
export type CallResult<O extends Operation> = ChainPromise<WechatpayResponse<O['response']>>;

/** A verb: the options argument may be left out only when nothing in it is required. */
export type Verb<O> = O extends Operation
  ? (...args: {} extends O['options'] ? [options?: CallOptions<O>] : [options: CallOptions<O>]) => CallResult<O>
  : never;

/**
 * The verbs of path `P`: `get`/`post`/… (with the operation's TSDoc) and their `…Async` twins, whose
 * promise also has `otherwise()` and `wait()`. Every typed node has these; also for code that builds
 * its own helpers over {@link Paths}.
 */
export type Verbs<P extends keyof Paths> = { [M in keyof Paths[P]]: Verb<Paths[P][M]> } & { [M in keyof Paths[P] as `${M & string}Async`]: Verb<Paths[P][M]> };

/** What the client root and every node answer. */
export interface RootBase {
  /** Append a verbatim path (several segments, a query, or an absolute URL); the result is untyped. */
  chain(path: string): UntypedNode;
  /** The driver: key store, axios instances, interceptors. */
  getDriver(): Driver;
}

/**
 * What every node below the root also answers. A verbatim kebab-case key (`['merchant-service']`)
 * still reaches its segment, untyped; the camelCase property (`merchantService`) is the typed one.
 */
export interface NodeBase extends RootBase {
  readonly [verbatim: `${string}-${string}`]: UntypedNode;
}

/** A word's property spellings: `prop=segment` → prop; `{name}` → `_name_` and `{name}`; else the segment itself. */
type PropOf<W extends string> = W extends `${infer K}=${string}` ? K : W extends `{${infer V}}` ? `_${V}_` | W : W;
/** A word's path segment. */
type SegmentOf<W extends string> = W extends `${string}=${infer S}` ? S : W;
/** The typed node of child segment `S` of node `P`. */
type ChildNode<P extends string, S extends string> = `${P}/${S}` extends infer C extends keyof Tree ? TypedNode<C> : never;

/**
 * The children of node `P`, each a typed node, read from its words. (Through `infer L`: a mapped
 * type over `Tree[P]` directly would make tsc resolve every node's words to bound `W`.)
 */
type Children<P extends keyof Tree> = Tree[P] extends infer L extends string ? { [W in L as PropOf<W>]: ChildNode<P, SegmentOf<W>> } : never;

/**
 * The client node at catalogued path `P` (e.g. `TypedNode<'v3/pay/transactions/native'>`): its
 * children by property, the verbs of `Paths[P]` with their twins, and the untyped escapes.
 */
export type TypedNode<P extends keyof Tree> = NodeBase & Children<P> & (P extends keyof Paths ? Verbs<P> : unknown);

/** Every node by its path: what `chain('…')` and `client['…']` return for a catalogued path. */
export type Nodes = { [P in keyof Tree]: TypedNode<P> };

/**
 * The client `Builder.factory` returns. Three spellings of the same typed call:
 * `client.v3.offlineface.faceCollections.get(o)`, `client.chain('v3/offlineface/face-collections').get(o)`
 * and `client['v3/offlineface/face-collections'].get(o)`. A path outside the catalogue given to
 * `chain()` falls back to an {@link UntypedNode}. An interface with its own members (the root's
 * children are nodes of {@link Nodes} too), so a consumer's tsc resolves one mapped type to find a
 * member, not an intersection of four.
 */
export interface Client extends Nodes {
  /** The node of a catalogued path: typed verbs and children. */
  chain<P extends keyof Nodes>(path: P): Nodes[P];
  /** Any other path (several segments, a query, or an absolute URL): untyped. */
  chain(path: string): UntypedNode;
  /** The driver: key store, axios instances, interceptors. */
  getDriver(): Driver;
}

/** The options of `METHOD path`, e.g. `OptionsOf<'v3/pay/transactions/native', 'post'>`. */
export type OptionsOf<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends Operation ? CallOptions<Paths[P][M]> : never;

/** The `data` type of `METHOD path`. */
export type DataOf<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends Operation ? Paths[P][M]['response'] : never;
