/**
 * Answers for APIs the emulator has no route for: the sample 2xx answer of the catalogued operation
 * (generated into lib/openapi/samples.ts, conforming to the operation's response type; looked up by
 * lib/endpoints/samples.ts), so any call can be tried offline. The sample table is loaded on first
 * use only: the client runtime never loads it, nor does an emulator that never falls back. `undefined` means 404.
 *
 * APIv2 paths get their sample from {@link v2Sample}: `v2/fallback.ts` checks the request and signs
 * the answer with the merchant's APIv2 key.
 */
import type * as Samples from '../endpoints/samples';
import type { SampleAnswer } from '../endpoints/samples';

let samples: typeof Samples | undefined;

function load(): typeof Samples {
  // Lazy on purpose (a plain require at first use): the table is ~0.6 MB of JSON.
  samples ??= require('../endpoints/samples') as typeof Samples;
  return samples;
}

export function sampleAnswer(method: string, pathname: string): { status: number; body?: unknown } | undefined {
  if (!/^\/(?:hk\/|global\/)?v3\//.test(pathname)) return undefined;
  const answer = load().sampleFor(method, pathname);
  if (!answer) return undefined;
  if (answer.binary) return { status: answer.status, body: Buffer.from(`sample file for ${method.toUpperCase()} ${answer.key}\n`, 'utf8') };
  return answer.body === undefined ? { status: answer.status } : { status: answer.status, body: answer.body };
}

/** The catalogue sample of an APIv2 pathname (`/pay/micropay`, `/secapi/pay/reverse`), or undefined. */
export function v2Sample(method: string, pathname: string): SampleAnswer | undefined {
  if (/^\/(?:v3|hk|global)\//.test(pathname)) return undefined;
  const answer = load().sampleFor(method, pathname);
  return answer?.key.startsWith('v2/') ? answer : undefined;
}
