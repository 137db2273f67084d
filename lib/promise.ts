/**
 * The promise every verb returns: a native Promise with wechatpay-php's `otherwise()` and `wait()`,
 * so `getAsync(o).then(fn).otherwise(fn).wait()` ports line for line. `then`/`catch` keep the type.
 */
export class ChainPromise<T> extends Promise<T> {
  /** Same as `catch(fn)`. */
  otherwise<R = never>(onRejected: (reason: unknown) => R | PromiseLike<R>): ChainPromise<T | R> {
    return this.then(undefined, onRejected) as ChainPromise<T | R>;
  }
  /** PHP's `wait()` blocks; here it returns this promise for `await`. */
  wait(): Promise<T> {
    return this;
  }
  /** Wrap any promise. */
  static from<T>(p: Promise<T>): ChainPromise<T> {
    return new ChainPromise<T>((resolve, reject) => { p.then(resolve, reject); });
  }
}
