/**
 * The route registry: each area (`routes/pay.ts`, `routes/refund.ts` …) exports a list of
 * {@link Route}s; the emulator matches `METHOD pathname` against their patterns.
 */
import type { Method, RouteContext } from './context';

export type { Method };

/**
 * What a handler returns. `body` is sent as JSON unless it is a string or Buffer (then as given, with
 * `headers['Content-Type']` or a default). No body and no status gives `204 No Content`.
 */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send no `Wechatpay-*` signature headers (bill/statement downloads). */
  unsigned?: boolean;
}

export type Handler = (ctx: RouteContext) => Reply | undefined | Promise<Reply | undefined>;

export interface Route {
  method: Method;
  /** The raw path with `{name}` variables, each matching one segment: `/v3/pay/transactions/id/{transaction_id}`. */
  pattern: string;
  /**
   * `v3` (default): the APIv3 Authorization is checked before the handler runs and `ctx.merchant` is the
   * signer. `none`: nothing is checked (control routes, APIv2 routes that check their own `sign`).
   */
  auth?: 'v3' | 'none';
  handler: Handler;
}

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
  literal: number;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

function compile(route: Route): Compiled {
  if (!route.pattern.startsWith('/')) throw new Error(`route pattern must start with "/": ${route.pattern}`);
  const names: string[] = [];
  let literal = 0;
  const source = route.pattern
    .split('/')
    .map((segment) => {
      const v = /^\{([A-Za-z_][\w]*)\}$/.exec(segment);
      if (v) {
        names.push(v[1] as string);
        return '([^/]+)';
      }
      literal += 1;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}$`), names, literal };
}

/** Routes by method; literal segments win over variables when two patterns match. */
export class Router {
  private readonly compiled: Compiled[] = [];

  constructor(routes: Iterable<Route> = []) {
    this.add(routes);
  }

  /** Register routes (later registrations of the same method+pattern replace earlier ones). */
  add(routes: Iterable<Route>): this {
    for (const route of routes) {
      const i = this.compiled.findIndex((c) => c.route.method === route.method && c.route.pattern === route.pattern);
      const c = compile(route);
      if (i >= 0) this.compiled[i] = c;
      else this.compiled.push(c);
    }
    this.compiled.sort((a, b) => b.literal - a.literal);
    return this;
  }

  /** The route for `method pathname` (raw, still percent-encoded), with its variables decoded. */
  match(method: string, pathname: string): Match | undefined {
    for (const c of this.compiled) {
      if (c.route.method !== method) continue;
      const m = c.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => {
        const raw = m[i + 1] as string;
        try {
          params[n] = decodeURIComponent(raw);
        } catch {
          params[n] = raw;
        }
      });
      return { route: c.route, params };
    }
    return undefined;
  }

  /** Methods that have a route for `pathname` (for telling 404 from 405). */
  methodsFor(pathname: string): Method[] {
    return this.compiled.filter((c) => c.regex.test(pathname)).map((c) => c.route.method);
  }

  /** Every registered route. */
  routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }
}
