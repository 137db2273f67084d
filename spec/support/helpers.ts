/** Small helpers shared by the specs. */
import type { UntypedNode } from '../../lib';

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
