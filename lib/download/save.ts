/**
 * Write a download to disk so that a file at `path` always means a complete, verified file: the
 * bytes go to a temporary sibling first, which is renamed only after every check passed and is
 * removed when anything fails.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What {@link saveStream} wrote. */
export interface SavedFile {
  path: string;
  /** Bytes written (the plain file, after gunzip/decryption). */
  bytes: number;
}

/** Pipe `stream` into `path` atomically (temporary file + rename). */
export async function saveStream(stream: Readable, path: string): Promise<SavedFile> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let bytes = 0;
  async function* count(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  try {
    await pipeline(stream, count, createWriteStream(temp, { flags: 'wx' }));
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  return { path, bytes };
}

/** Read a stream to the end into one Buffer (small files; the stream's checks still apply). */
export async function bufferStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
