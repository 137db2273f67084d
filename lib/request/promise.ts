/**
 * The promise every verb returns: a native Promise with wechatpay-php's `otherwise()` and `wait()`,
 * so `getAsync(o).then(fn).otherwise(fn).wait()` ports line for line.
 *
 * `then`/`catch`/`finally` are Promise's own (its species makes them return a ChainPromise); the
 * interface below only types them so. Overriding them in JS would put a frame of ours in every
 * `await` of a call.
 */
export interface ChainPromise<T> {
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): ChainPromise<R1 | R2>;
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): ChainPromise<T | R>;
  finally(onfinally?: (() => void) | null): ChainPromise<T>;
}

export class ChainPromise<T> extends Promise<T> {
  /** Same as `catch(fn)`. */
  otherwise<R = never>(onRejected: (reason: unknown) => R | PromiseLike<R>): ChainPromise<T | R> {
    return this.then(undefined, onRejected);
  }
  /** PHP's `wait()` blocks; here it returns this promise for `await`. */
  wait(): Promise<T> {
    return this;
  }
  /** Wrap any promise. */
  static from<T>(p: Promise<T>): ChainPromise<T> {
    return new ChainPromise<T>((resolve, reject) => {
      p.then(resolve, reject);
    });
  }
}
