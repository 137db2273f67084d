/**
 * The chain without endpoint types: what `Builder.factory` builds at run time, and what the typed
 * `Client` (typed.ts) narrows.
 */
import type { Driver } from './request/driver';
import type { RequestOptions } from './request/options';
import type { ChainPromise } from './request/promise';
import type { WechatpayResponse } from './request/response';

/** A verb of an untyped chain node. */
export type UntypedVerb = (options?: RequestOptions) => ChainPromise<WechatpayResponse<unknown>>;

/** An untyped chain node: every property is a further segment, verbs send. */
export type UntypedNode = {
  get: UntypedVerb & UntypedNode;
  post: UntypedVerb & UntypedNode;
  put: UntypedVerb & UntypedNode;
  patch: UntypedVerb & UntypedNode;
  delete: UntypedVerb & UntypedNode;
  getAsync: UntypedVerb;
  postAsync: UntypedVerb;
  putAsync: UntypedVerb;
  patchAsync: UntypedVerb;
  deleteAsync: UntypedVerb;
  /** Append a verbatim path (several segments, a query, or an absolute URL). */
  chain(path: string): UntypedNode;
  /** The driver: key store, axios instances, interceptors. */
  getDriver(): Driver;
} & { readonly [segment: string]: UntypedNode };
