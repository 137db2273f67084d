/**
 * Failover to the platform's backup domain (opt-in `failover` in `Builder.factory`). Only a failure
 * at the connection level (refused, DNS, connect or TLS failure, a reset, no answer in time) switches
 * hosts — an answer, whatever its status, never does. After `cooldown` ms on the backup, calls go to
 * the primary again; a connection failure on the backup switches back at once.
 */
import { ConfigError } from '../errors';
import { withSlash } from './options';

/** The platform's documented primary → backup domains. */
export const BACKUP_HOSTS: Readonly<Record<string, string>> = {
  'https://api.mch.weixin.qq.com/': 'https://api2.mch.weixin.qq.com/',
  'https://api.wechatpay.cn/': 'https://api2.wechatpay.cn/',
};

/** Default time on the backup before the primary is tried again (ms). */
export const DEFAULT_COOLDOWN = 60_000;

export interface FailoverOptions {
  /** The backup base URL (default: the known backup of the primary host). */
  backupBaseURL?: string;
  /** How long calls stay on the backup before the primary is tried again (ms, default 60 000). */
  cooldown?: number;
}

export class Failover {
  readonly primary: string;
  readonly backup: string;
  readonly cooldown: number;
  /** While `Date.now()` is below this, calls to the primary go to the backup. */
  private until = 0;

  constructor(primary: string, backup: string, cooldown: number) {
    this.primary = primary;
    this.backup = backup;
    this.cooldown = cooldown;
  }

  /** The base URL calls go to now. */
  get current(): string {
    return this.onBackup(Date.now()) ? this.backup : this.primary;
  }

  private onBackup(now: number): boolean {
    return this.until > now;
  }

  /** The URL an attempt for `url` (written against the primary) goes to now. */
  route(url: string): string {
    if (this.until === 0 || !this.onBackup(Date.now()) || !url.startsWith(this.primary)) return url;
    return this.backup + url.slice(this.primary.length);
  }

  /** A connection-level failure of an attempt sent to `url`: switch hosts; returns the new base, if any. */
  failed(url: string): string | undefined {
    if (url.startsWith(this.backup)) {
      if (this.until === 0) return undefined;
      this.until = 0;
      return this.primary;
    }
    if (!url.startsWith(this.primary)) return undefined;
    this.until = Date.now() + this.cooldown;
    return this.backup;
  }
}

/** Validate `failover` against the client's base URL; `undefined` when it is off. */
export function createFailover(option: unknown, baseURL: string): Failover | undefined {
  if (option === undefined || option === false) return undefined;
  let backup: string | undefined;
  let cooldown = DEFAULT_COOLDOWN;
  if (option === true) {
    backup = BACKUP_HOSTS[baseURL];
    if (!backup) {
      throw new ConfigError(
        'failover',
        `Builder.factory: \`failover: true\` knows the backup of ${Object.keys(BACKUP_HOSTS).join(' and ')} only; for ${baseURL} name it: failover: { backupBaseURL: 'https://…/' }.`,
      );
    }
  } else if (option !== null && typeof option === 'object' && !Array.isArray(option)) {
    const o = option as FailoverOptions;
    for (const key of Object.keys(o)) {
      if (key !== 'backupBaseURL' && key !== 'cooldown')
        throw new ConfigError('failover', `Builder.factory: unknown failover option \`${key}\` (expected backupBaseURL, cooldown).`);
    }
    if (o.backupBaseURL === undefined) {
      backup = BACKUP_HOSTS[baseURL];
      if (!backup) throw new ConfigError('failover', `Builder.factory: \`failover.backupBaseURL\` is required: ${baseURL} has no known backup domain.`);
    } else {
      if (typeof o.backupBaseURL !== 'string' || !/^https?:\/\/[^/]+/i.test(o.backupBaseURL)) {
        throw new ConfigError(
          'failover',
          `Builder.factory: \`failover.backupBaseURL\` must be an absolute http(s) URL, got ${JSON.stringify(o.backupBaseURL)}.`,
        );
      }
      backup = withSlash(o.backupBaseURL);
    }
    if (o.cooldown !== undefined) {
      if (typeof o.cooldown !== 'number' || !(o.cooldown >= 0))
        throw new ConfigError('failover', '`failover.cooldown` must be a non-negative number of milliseconds.');
      cooldown = o.cooldown;
    }
  } else {
    throw new ConfigError('failover', `Builder.factory: \`failover\` must be true or { backupBaseURL }, got ${option === null ? 'null' : typeof option}.`);
  }
  if (backup === baseURL) throw new ConfigError('failover', `Builder.factory: \`failover.backupBaseURL\` is the primary base URL ${baseURL} itself.`);
  return new Failover(baseURL, backup, cooldown);
}
