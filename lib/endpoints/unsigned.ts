/**
 * The APIv3 answers WeChat Pay does not sign: the file downloads of the runtime catalogue
 * (`UNSIGNED_V3` in lib/openapi/catalogue.ts). Their bytes are checked by hash instead.
 */
import { UNSIGNED_V3 } from '../openapi/catalogue';
import { keyMatches } from './key';

/** Each unsigned key with the base-path prefix (`hk/`, `global/` or none) it is matched under. */
const KEYS: ReadonlyArray<readonly [string, string]> = UNSIGNED_V3.map((k) => [k, /^(?:hk|global)\//.exec(k)?.[0] ?? ''] as const);

/**
 * True for an unsigned download path, matched from its first `/v3/` on, so with or without a base
 * path prefix such as `/hk` (an `hk/v3/…` or `global/v3/…` key counts under its `v3/…` part too).
 */
export function isUnsignedPath(pathname: string): boolean {
  const i = pathname.indexOf('/v3/');
  if (i < 0) return false;
  const v3 = pathname.slice(i + 1);
  // asked on every APIv3 call: each key's prefix is worked out once, not per call and key
  for (const [key, prefix] of KEYS) if (keyMatches(key, prefix ? prefix + v3 : v3)) return true;
  return false;
}
