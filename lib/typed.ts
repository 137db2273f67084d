/**
 * The typed client: hand-written glue over the generated `lib/openapi` types, which are data and
 * import nothing from here. The flat {@link Paths} interface types every operation; the generated
 * `Tree` lists each node's children by property. {@link TypedNode} maps a path to its client node,
 * so a consumer's tsc parses one small literal per tree edge and only instantiates the nodes a
 * program walks; {@link Nodes} serves `chain('…')` and `client['…']`.
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

/** The children of node `P`, each a typed node. */
type Children<P extends keyof Tree> = { [K in keyof Tree[P]]: Tree[P][K] extends keyof Tree ? TypedNode<Tree[P][K]> : never };

/**
 * The client node at catalogued path `P` (e.g. `TypedNode<'v3/pay/transactions/native'>`): its
 * children by property, the verbs of `Paths[P]` with their twins, and the untyped escapes.
 */
export type TypedNode<P extends keyof Tree> = NodeBase & Children<P> & (P extends keyof Paths ? Verbs<P> : unknown);

/** Every node by its path: what `chain('…')` and `client['…']` return for a catalogued path. */
export type Nodes = { [P in Exclude<keyof Tree, ''>]: TypedNode<P> };

/** The `chain()` overloads of the client root. */
interface ClientChain {
  /** The node of a catalogued path: typed verbs and children. */
  chain<P extends keyof Nodes>(path: P): Nodes[P];
  /** Any other path (several segments, a query, or an absolute URL): untyped. */
  chain(path: string): UntypedNode;
}

/**
 * The client `Builder.factory` returns. Three spellings of the same typed call:
 * `client.v3.offlineface.faceCollections.get(o)`, `client.chain('v3/offlineface/face-collections').get(o)`
 * and `client['v3/offlineface/face-collections'].get(o)`. A path outside the catalogue given to
 * `chain()` falls back to an {@link UntypedNode}. (A type alias, not an interface: checking an
 * interface that extends every node would resolve them all in a consumer without `skipLibCheck`.)
 */
export type Client = ClientChain & RootBase & Children<''> & Nodes;

/** The options of `METHOD path`, e.g. `OptionsOf<'v3/pay/transactions/native', 'post'>`. */
export type OptionsOf<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends Operation ? CallOptions<Paths[P][M]> : never;

/** The `data` type of `METHOD path`. */
export type DataOf<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends Operation ? Paths[P][M]['response'] : never;
