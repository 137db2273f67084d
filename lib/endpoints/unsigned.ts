/**
 * The APIv3 answers WeChat Pay does not sign: the file downloads of the runtime catalogue
 * (`UNSIGNED_V3` in lib/openapi/catalogue.ts). Their bytes are checked by hash instead.
 */
import { UNSIGNED_V3 } from '../openapi/catalogue';
import { matcherOf } from './key';

/** The base-path prefix (`hk/`, `global/` or none) a key is matched under. */
const prefixOf = (key: string): string => /^(?:hk|global)\//.exec(key)?.[0] ?? '';

/** All unsigned keys in one matcher, each without its prefix (asked on every APIv3 call). */
let unsigned: ((key: string) => boolean) | undefined;

/**
 * True for an unsigned download path, matched from its first `/v3/` on, so with or without a base
 * path prefix such as `/hk` (an `hk/v3/…` or `global/v3/…` key counts under its `v3/…` part too).
 */
export function isUnsignedPath(pathname: string): boolean {
  const i = pathname.indexOf('/v3/');
  if (i < 0) return false;
  unsigned ??= matcherOf(UNSIGNED_V3, prefixOf);
  return unsigned(pathname.slice(i + 1));
}
