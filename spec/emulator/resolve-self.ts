/**
 * Preloaded (`node -r`) when the specs run a compiled example: resolves `wechatpay-chain` and
 * `wechatpay-chain/emulator` to the freshly compiled sources in build/lib instead of dist/, so the
 * examples are checked against the code under test, imported the way users import it.
 */
import Module from 'node:module';
import { join } from 'node:path';

const targets: Record<string, string> = {
  'wechatpay-chain': join(__dirname, '../../lib/index.js'),
  'wechatpay-chain/emulator': join(__dirname, '../../lib/emulator/index.js'),
};
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const original = loader._resolveFilename;
loader._resolveFilename = function resolveSelf(this: unknown, request: string, ...rest: unknown[]): string {
  return original.call(this, targets[request] ?? request, ...rest);
};
