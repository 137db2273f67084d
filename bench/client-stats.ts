/** bench:client's per-block samples and the medians and per-round ratios it reports. */

export interface Sample {
  cpu: number;
  main: number;
  eld: number;
  rps: number;
}

export interface Result {
  samples: Map<string, Sample[]>;
  rounds: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((p, q) => p - q);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Median over rounds of a per-round ratio between two variants' figures. */
export function ratio(res: Result, a: string, b: string, pick: (s: Sample) => number): number {
  const xs = res.samples.get(a);
  const ys = res.samples.get(b);
  if (!xs || !ys) return NaN;
  return median(xs.map((x, i) => pick(x) / pick(ys[i] as Sample)));
}

export function fig(res: Result, key: string, pick: (s: Sample) => number): number {
  return median((res.samples.get(key) ?? []).map(pick));
}
