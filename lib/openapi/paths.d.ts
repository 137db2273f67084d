// generated — do not edit; run npm run generate
import type { V3Paths } from './paths-v3';
import type { V2Paths } from './paths-v2';
import type { HkPaths } from './paths-hk';
import type { GlobalPaths } from './paths-global';

/** Every catalogued operation, keyed by path without the leading slash (`v3/…`, `v2/…`, `hk/v3/…`, `global/v3/…`). */
export interface Paths extends V3Paths, V2Paths, HkPaths, GlobalPaths {}
