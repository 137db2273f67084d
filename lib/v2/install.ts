/**
 * Installs the APIv2 adapter on a freshly built driver (called by `createDriver` in builder.ts).
 * `merchant` is loaded and checked here, once, whether or not `secret` is set.
 */
import type { ClientConfig } from '../config';
import type { Driver } from '../request/driver';
import { V2Client } from './client';
import { createMerchantAgent } from './tls';

export function installV2(driver: Driver, config: ClientConfig): void {
  const merchantAgent = config.merchant === undefined ? undefined : createMerchantAgent(config.merchant, config.httpsAgent);
  if (config.secret === undefined) return;
  driver.v2 = new V2Client(driver, { mchid: config.mchid, secret: config.secret, merchantAgent });
}
