import { deflateSync } from 'node:zlib';

/**
 * Compresses one stream (a page's content, a ToUnicode map). With zlib's
 * default 32 KB window and memLevel 8, each call needs about 256 KB of state,
 * which the C allocator maps fresh from the system every time: for 100+ pages
 * the page faults cost several times the compression itself. An 8 KB window
 * and memLevel 7 keep the state small enough to be reused from the heap, for
 * about 1% more bytes on repetitive operator streams. Level 2: higher levels
 * cost time for a few per cent of size.
 */
export const deflate = (data: Uint8Array): Buffer => deflateSync(data, { level: 2, windowBits: 13, memLevel: 7 });
