/**
 * The typed client: hand-written glue over the generated `lib/openapi` types. The flat {@link Paths}
 * interface types every operation; the generated tree interfaces (one per path node) serve property
 * chains, and {@link Nodes} serves `chain('…')` and `client['…']`. Each verb of a node is a plain
 * member `get: Verb<Paths['…']['get']>`, so tsc only does work for the endpoints a program uses,
 * and checking the declarations themselves (`skipLibCheck: false`) needs no mapped type per node.
 */
import type { Readable } from 'node:stream';
import type { UntypedNode } from './builder';
import type { Driver, WechatpayResponse } from './request/driver';
import type { HeaderValues, PassThroughConfig } from './request/options';
import type { ChainPromise } from './request/promise';
import type { Paths } from './openapi/paths';
import type { Nodes, Root } from './openapi/tree';

export type { Paths } from './openapi/paths';
export type { Nodes } from './openapi/tree';

/** One operation of {@link Paths}: what a verb accepts, and the `data` it resolves with. */
export interface Operation {
  options: object;
  response: unknown;
}

/** `data` of a file download (bills, statements, images, PDFs): the bytes, or a stream with `responseType: 'stream'`. */
export type BinaryBody = Buffer | Readable;

/** The body of a multipart upload: a MediaUtil stream (or ready bytes) sent with its Content-Type header. */
export type UploadBody = string | Buffer | Readable;

/** Options every APIv2 operation also takes. */
export interface V2Extras {
  /** Send the merchant TLS client certificate (automatic for the operations that need it). */
  security?: boolean;
  /** Do not add `nonce_str` (the few APIv2 calls that refuse it). */
  nonceless?: boolean;
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
 * The verbs of path `P`: `get`/`post`/… and their `…Async` twins, for code that builds its own
 * helpers over {@link Paths}. (The generated nodes spell their verbs out, each with its TSDoc.)
 */
export type Verbs<P extends keyof Paths> =
  & { [M in keyof Paths[P]]: Verb<Paths[P][M]> }
  & { [M in keyof Paths[P] as `${M & string}Async`]: Verb<Paths[P][M]> };

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

/**
 * The client `Builder.factory` returns. Three spellings of the same typed call:
 * `client.v3.offlineface.faceCollections.get(o)`, `client.chain('v3/offlineface/face-collections').get(o)`
 * and `client['v3/offlineface/face-collections'].get(o)`. A path outside the catalogue given to
 * `chain()` falls back to an {@link UntypedNode}.
 */
export interface Client extends Root, Nodes {
  /** The node of a catalogued path: typed verbs and children. */
  chain<P extends keyof Nodes>(path: P): Nodes[P];
  /** Any other path (several segments, a query, or an absolute URL): untyped. */
  chain(path: string): UntypedNode;
}

/** The options of `METHOD path`, e.g. `OptionsOf<'v3/pay/transactions/native', 'post'>`. */
export type OptionsOf<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends Operation ? CallOptions<Paths[P][M]> : never;

/** The `data` type of `METHOD path`. */
export type DataOf<P extends keyof Paths, M extends keyof Paths[P]> = Paths[P][M] extends Operation ? Paths[P][M]['response'] : never;
