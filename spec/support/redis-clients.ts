/**
 * The two Redis client libraries users pass to `RedisDedupStore`, connected the way their docs
 * show, plus a raw command function for the specs to look at Redis directly.
 */
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import type { RedisClientLike } from '../../lib';

export type ClientName = 'ioredis' | 'node-redis';
export const CLIENT_NAMES: ClientName[] = ['ioredis', 'node-redis'];

export interface Connected {
  client: RedisClientLike;
  /** Run one command as the library sends it. */
  raw(args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Fail commands at once while disconnected instead of queueing them. */
  noOfflineQueue?: boolean;
}

export async function connect(name: ClientName, url: string, options: ConnectOptions = {}): Promise<Connected> {
  if (name === 'ioredis') {
    const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: !options.noOfflineQueue, maxRetriesPerRequest: 1 });
    client.on('error', () => undefined); // reported through the commands that fail
    await client.connect();
    return {
      client,
      raw: ([cmd, ...args]) => client.call(cmd as string, ...args),
      close: async () => {
        client.disconnect();
      },
    };
  }
  const client = createClient({
    url,
    disableOfflineQueue: options.noOfflineQueue ?? false,
    socket: { reconnectStrategy: (n: number) => Math.min(50 * n, 500) },
  });
  client.on('error', () => undefined);
  await client.connect();
  return {
    client,
    raw: (args) => client.sendCommand(args),
    close: async () => {
      if (client.isOpen) client.destroy();
    },
  };
}
