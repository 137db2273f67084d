/**
 * The promise every verb returns: a native Promise with wechatpay-php's `otherwise()` and `wait()`,
 * so `getAsync(o).then(fn).otherwise(fn).wait()` ports line for line. `then`/`catch` keep the type.
 */
export class ChainPromise<T> extends Promise<T> {
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): ChainPromise<R1 | R2> {
    return super.then(onfulfilled, onrejected) as ChainPromise<R1 | R2>;
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): ChainPromise<T | R> {
    return super.catch(onrejected) as ChainPromise<T | R>;
  }

  override finally(onfinally?: (() => void) | null): ChainPromise<T> {
    return super.finally(onfinally) as ChainPromise<T>;
  }

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
