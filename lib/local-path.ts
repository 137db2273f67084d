/** File locations as options give them. */
import { fileURLToPath } from 'node:url';

/**
 * A filesystem path from `file:///abs/path` (a URL), `file://relative/path` (accepted as a plain path
 * for convenience) or a plain path.
 */
export function localPath(pathOrUrl: string): string {
  if (pathOrUrl.startsWith('file:///')) return fileURLToPath(pathOrUrl);
  if (pathOrUrl.startsWith('file://')) return pathOrUrl.slice(7);
  return pathOrUrl;
}
