/** Small helpers shared by the specs. */
import { Builder, type UntypedNode } from '../../lib';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from './keys';

/** The reason a promise rejects with; fails the test if it fulfils. */
export async function rejection<E = unknown>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (err) {
    return err as E;
  }
  throw new Error('expected a rejection');
}

/** The untyped spelling, for specs that pass deliberately incomplete payloads or arbitrary paths. */
export function untyped(client: unknown): UntypedNode {
  return client as UntypedNode;
}

/** An untyped client of the run's merchant for a test server at `baseURL`, trusting the run's platform key; `extra` adds or overrides options. */
export function clientFor(baseURL: string, extra: Record<string, unknown> = {}): UntypedNode {
  return untyped(
    Builder.factory({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: keyPair('merchant').privatePem,
      certs: { [PUB_KEY_ID]: keyPair('platform').publicPem },
      baseURL,
      ...extra,
    }),
  );
}
