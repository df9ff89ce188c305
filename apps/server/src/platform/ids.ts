import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** UUIDv7 (time-ordered), generated in code because PostgreSQL 15 has no uuidv7(). */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter++;
    ms = lastMs;
  } else {
    counter = 0;
    lastMs = ms;
  }
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  // 12-bit sequence in rand_a keeps ids monotonic within one millisecond.
  b[6] = 0x70 | ((counter >> 8) & 0x0f);
  b[7] = counter & 0xff;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
