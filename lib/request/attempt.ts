/**
 * One attempt through a call's steps, driven by callbacks.
 *
 * A step is `(call) => void | Promise<void>` (see flow.ts). The built-in steps also carry a callback
 * form, `(call, outcome) => void`, which ends by calling `outcome.next()` or `outcome.fail(err)`
 * exactly once: the runner uses it when present, so an attempt whose steps wait on the threadpool
 * and the network makes no promise of its own (each promise and its reaction cost the event loop a
 * little on every call). A step without that form — any step of yours — is called and, when it
 * returns a promise, waited on.
 */
import type { Call, Step } from './call';
import type { WechatpayResponse } from './response';

/** How a step in its callback form reports: once, either way. */
export interface StepOutcome {
  /** The step is done: run the next one. */
  next(): void;
  /** The step failed: the attempt ends with `err`. */
  fail(err: unknown): void;
}

/** A built-in step's callback form. */
export type CallbackStep = (call: Call, outcome: StepOutcome) => void;

/** How an attempt (or a call) ends: `failed` says whether `result` is the error or the answer. */
export type Settle = (failed: boolean, result: unknown) => void;

const FORM = Symbol('wechatpay-chain.callbackStep');

type WithForm = Step & { [FORM]?: CallbackStep };

/**
 * A step written once, in its callback form: the step returned is its promise form (undefined when it
 * finished synchronously, else a promise) and carries the callback form for the runner.
 */
export function callbackStep(name: string, form: CallbackStep): Step {
  const step = {
    [name](call: Call): void | Promise<void> {
      let state: 'running' | 'done' | 'failed' | 'waiting' = 'running';
      let error: unknown;
      let resolve: () => void = () => undefined;
      let reject: (err: unknown) => void = () => undefined;
      form(call, {
        next() {
          if (state === 'running') state = 'done';
          else resolve();
        },
        fail(err) {
          if (state === 'running') {
            state = 'failed';
            error = err;
          } else reject(err);
        },
      });
      // set by the callbacks above when the form finished synchronously
      const now = state as 'running' | 'done' | 'failed';
      if (now === 'done') return undefined;
      if (now === 'failed') throw error;
      state = 'waiting';
      return new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
    },
  }[name] as WithForm;
  Object.defineProperty(step, FORM, { value: form });
  return step;
}

/** Runs the steps of one attempt; `settle` is called once, with the answer or the error. */
export class Attempt implements StepOutcome {
  private index = 0;
  private settled = false;
  // the list as it stands now: a change made while the attempt runs applies to the next one
  private readonly steps: readonly Step[];

  constructor(
    private readonly call: Call,
    private readonly settle: Settle,
  ) {
    call.begin();
    this.steps = call.steps.functions;
  }

  /** Run from the current step on, until one has to wait or the steps end. */
  run(): void {
    const steps = this.steps;
    const call = this.call;
    while (this.index < steps.length) {
      const step = steps[this.index] as WithForm;
      try {
        const form = step[FORM];
        if (form !== undefined) {
          // it calls next() (which runs the steps after it) or fail(), now or later
          form(call, this);
          return;
        }
        const pending = step(call);
        if (pending !== undefined) {
          Promise.resolve(pending).then(
            () => this.next(),
            (err: unknown) => this.fail(err),
          );
          return;
        }
      } catch (err) {
        this.fail(err);
        return;
      }
      this.index += 1;
    }
    if (call.response) this.end(false, call.response);
    else this.end(true, new Error(`The steps ${call.steps.list().join(' → ')} ended without an answer (is "transport" missing?).`));
  }

  next(): void {
    if (this.settled) return;
    this.index += 1;
    this.run();
  }

  fail(err: unknown): void {
    this.end(true, err);
  }

  private end(failed: boolean, result: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.settle(failed, result);
  }
}

/** One attempt as a promise (what a hook's `next` returns). */
export function runAttempt(call: Call): Promise<WechatpayResponse> {
  return new Promise<WechatpayResponse>((resolve, reject) => {
    new Attempt(call, (failed, result) => (failed ? reject(result) : resolve(result as WechatpayResponse))).run();
  });
}
