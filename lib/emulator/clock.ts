/**
 * Emulator time: the only clock the emulator reads. It runs with real time from a start point, and
 * tests move it (`advance`, `setTime`) without waiting.
 */
export class Clock {
  private readonly base: () => number;
  private offset = 0;

  /** `now`: a start time in ms (time then runs on) or a clock function. Default `Date.now`. */
  constructor(now?: number | (() => number)) {
    this.base = typeof now === 'function' ? now : Date.now;
    if (typeof now === 'number') this.offset = now - Date.now();
  }

  /** Emulator time in ms. */
  now(): number {
    return this.base() + this.offset;
  }

  /** Move time by `ms` (negative goes back). */
  advance(ms: number): void {
    this.offset += ms;
  }

  /** Set time to `ms` since epoch; it keeps running from there. */
  set(ms: number): void {
    this.offset = ms - this.base();
  }
}
