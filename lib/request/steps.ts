/**
 * A named, ordered list (wechatpay-php's HandlerStack, by name): the steps of a flow, or the hooks
 * around a call. Order is set by name — `before`/`after` a named entry — never by the order in which
 * entries were added. The array the runner iterates is rebuilt only when the list changes.
 */
import { ArgumentError } from '../errors';

export class Steps<F extends (...args: never[]) => unknown> {
  private names: string[] = [];
  private fns: F[] = [];
  /** Called after every change (the driver recomposes its hooks). */
  private readonly onChange: (() => void) | undefined;
  /** What the list holds, for error messages ("step", "hook"). */
  private readonly kind: string;

  constructor(kind: string, entries: Array<[string, F]>, onChange?: () => void) {
    this.kind = kind;
    for (const [name, fn] of entries) this.insert(this.names.length, name, fn);
    this.onChange = onChange;
  }

  /** The names in the order they run. */
  list(): string[] {
    return [...this.names];
  }

  /** The function registered under `name`. */
  get(name: string): F | undefined {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : this.fns[i];
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  /** The functions in order (the runner's view; do not mutate). */
  get functions(): readonly F[] {
    return this.fns;
  }

  /** Replace the entry `name` in place (a remote signer, a verifier of your own …). */
  replace(name: string, fn: F): this {
    const i = this.indexOf(name);
    this.check(fn);
    this.fns = this.fns.map((f, j) => (j === i ? fn : f));
    this.onChange?.();
    return this;
  }

  /** Insert `fn` as `name` just before the entry `anchor`. */
  before(anchor: string, name: string, fn: F): this {
    return this.insert(this.indexOf(anchor), name, fn);
  }

  /** Insert `fn` as `name` just after the entry `anchor`. */
  after(anchor: string, name: string, fn: F): this {
    return this.insert(this.indexOf(anchor) + 1, name, fn);
  }

  /** Add `fn` as `name` first. */
  prepend(name: string, fn: F): this {
    return this.insert(0, name, fn);
  }

  /** Add `fn` as `name` last. */
  append(name: string, fn: F): this {
    return this.insert(this.names.length, name, fn);
  }

  /** Remove the entry `name` (one you added; the built-in steps can only be replaced). */
  remove(name: string): this {
    const i = this.indexOf(name);
    this.names = this.names.filter((_, j) => j !== i);
    this.fns = this.fns.filter((_, j) => j !== i);
    this.onChange?.();
    return this;
  }

  private insert(at: number, name: string, fn: F): this {
    if (typeof name !== 'string' || !name) throw new ArgumentError(`A ${this.kind} needs a non-empty name.`);
    if (this.names.includes(name))
      throw new ArgumentError(`There is already a ${this.kind} named "${name}" (${this.names.join(' → ')}); use replace("${name}", fn).`);
    this.check(fn);
    // fresh arrays: a call already running keeps iterating the list it started with
    this.names = [...this.names.slice(0, at), name, ...this.names.slice(at)];
    this.fns = [...this.fns.slice(0, at), fn, ...this.fns.slice(at)];
    this.onChange?.();
    return this;
  }

  private indexOf(name: string): number {
    const i = this.names.indexOf(name);
    if (i < 0) throw new ArgumentError(`No ${this.kind} named "${name}"; the ${this.kind}s are ${this.names.join(' → ')}.`);
    return i;
  }

  private check(fn: unknown): void {
    if (typeof fn !== 'function') throw new ArgumentError(`A ${this.kind} must be a function.`);
  }
}
