/**
 * Fault injection and rate limits: make the next N matching requests fail (with a status and code,
 * after a delay, or by dropping the connection), or answer 429 past a request rate.
 */

export interface FaultSpec {
  /** Pathname prefix (`/v3/pay` hits every payment route) or a RegExp on the pathname. Default: every path. */
  path?: string | RegExp;
  /** Only this method. */
  method?: string;
  /** Default 500. */
  status?: number;
  /** Default `SYSTEM_ERROR` (or `SERVICE_UNAVAILABLE` for 502/503, `RATE_LIMITED` for 429). */
  code?: string;
  message?: string;
  /** How many matching requests fail. Default 1; `Infinity` until cleared. */
  times?: number;
  /** Wait this long (ms) before answering (or before dropping the connection). */
  delayMs?: number;
  /** Drop the connection without an answer (transport failure, for failover tests). */
  reset?: boolean;
  /** Only delay, then answer normally. */
  delayOnly?: boolean;
}

export interface Fault extends Required<Pick<FaultSpec, 'status' | 'code' | 'message' | 'times'>> {
  id: number;
  path: string | RegExp | undefined;
  method: string | undefined;
  delayMs: number;
  reset: boolean;
  delayOnly: boolean;
  /** Requests it has hit so far. */
  hits: number;
}

function defaultCode(status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503) return 'SERVICE_UNAVAILABLE';
  if (status === 404) return 'RESOURCE_NOT_EXISTS';
  if (status === 403) return 'NO_AUTH';
  if (status === 400) return 'PARAM_ERROR';
  return 'SYSTEM_ERROR';
}

export class Faults {
  private readonly list: Fault[] = [];
  private next = 1;

  add(spec: FaultSpec): Fault {
    const status = spec.status ?? 500;
    if (!Number.isInteger(status) || status < 100 || status > 599) throw new Error(`inject: status must be an HTTP status, got ${String(spec.status)}`);
    const times = spec.times ?? 1;
    if (!(times > 0)) throw new Error('inject: times must be positive');
    const fault: Fault = {
      id: this.next++,
      path: spec.path,
      method: spec.method?.toUpperCase(),
      status,
      code: spec.code ?? defaultCode(status),
      message: spec.message ?? `Fault injected into the emulator (${status}).`,
      times,
      delayMs: spec.delayMs ?? 0,
      reset: spec.reset === true,
      delayOnly: spec.delayOnly === true,
      hits: 0,
    };
    this.list.push(fault);
    return fault;
  }

  /** The first live fault matching the request; counts the hit and retires exhausted faults. */
  take(method: string, pathname: string): Fault | undefined {
    const i = this.list.findIndex(
      (f) => (!f.method || f.method === method) && (f.path === undefined || (typeof f.path === 'string' ? pathname.startsWith(f.path) : f.path.test(pathname))),
    );
    if (i < 0) return undefined;
    const fault = this.list[i] as Fault;
    fault.hits += 1;
    if (fault.hits >= fault.times) this.list.splice(i, 1);
    return fault;
  }

  remove(id?: number): void {
    if (id === undefined) this.list.length = 0;
    else {
      const i = this.list.findIndex((f) => f.id === id);
      if (i >= 0) this.list.splice(i, 1);
    }
  }

  active(): Fault[] {
    return this.list.slice();
  }
}

export interface RateLimit {
  /** Requests allowed per window, per merchant and route. */
  limit: number;
  /** Window length in ms (emulator time). Default 1000. */
  windowMs?: number;
  /** Only paths starting with this prefix (or matching the RegExp). */
  path?: string | RegExp;
}
