/**
 * Deadlines and size limits: the defaults, why they are what they are, and how a call's own values
 * combine with the client's.
 */
import { ArgumentError, ConfigError } from '../errors';

/**
 * Per-attempt deadline (`timeout`), from the start of the connection to the last byte of the answer:
 * 10 s. The platform answers in well under a second; its Java SDK gives up after 10 s, its Go SDK after
 * 30 s for the whole call. 10 s per attempt leaves room for a retry inside the 30 s overall budget.
 */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * Connect deadline (`connectTimeout`, TLS handshake included): 5 s. A connection to the platform takes
 * tens of milliseconds; 5 s still covers two lost SYNs (Linux resends after 1 s and 3 s).
 */
export const DEFAULT_CONNECT_TIMEOUT = 5_000;

/** Budget of one call across attempts and the waits between them (`totalTimeout`): 30 s, Go's whole-call limit. */
export const DEFAULT_TOTAL_TIMEOUT = 30_000;

/**
 * Largest verified JSON/XML answer (`maxContentLength`), counted after decompression: 8 MiB. The
 * largest real answers — pages of 100 transfer details, complaint histories, certificate lists — are
 * a few hundred KB; 8 MiB is a tenfold margin and bounds the memory a call can take. Downloads
 * (bills, statements, images) are not bounded unless you say so.
 */
export const DEFAULT_MAX_ANSWER = 8 * 1024 * 1024;

/**
 * Idle pooled sockets are closed after 4 s, before the 5 s keep-alive timeout of Node servers and
 * well before nginx's 75 s, so reusing a socket the server has just closed is rare.
 */
export const FREE_SOCKET_TIMEOUT = 4_000;

/** Deadlines and limit in force for one call. */
export interface Limits {
  timeout: number;
  connectTimeout: number;
  totalTimeout: number;
  maxContentLength: number;
}

/** Check a millisecond value; `where` is `factory` or the call's description. */
export function milliseconds(name: string, value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
    const message = `\`${name}\` must be a non-negative number of milliseconds (0 turns it off), got ${value === null ? 'null' : typeof value === 'number' ? String(value) : typeof value}.`;
    if (where === 'factory') throw new ConfigError(name, `Builder.factory: ${message}`);
    throw new ArgumentError(`${where}: ${message}`);
  }
  return value;
}

/** Check a byte limit (`-1` or a non-negative integer). */
export function byteLimit(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= -1) || !Number.isInteger(value)) {
    const message = `\`maxContentLength\` must be a number of bytes (-1: no limit), got ${String(value)}.`;
    if (where === 'factory') throw new ConfigError('maxContentLength', `Builder.factory: ${message}`);
    throw new ArgumentError(`${where}: ${message}`);
  }
  return value;
}

/** The overall budget when none is given: the default, or the attempt deadline when that is longer; none when deadlines are off. */
export function defaultTotal(timeout: number): number {
  return timeout <= 0 ? 0 : Math.max(DEFAULT_TOTAL_TIMEOUT, timeout);
}
