import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Random bytes drawn at once for this many IVs: one call to the CSPRNG instead of one per seal. */
const POOLED_IVS = 256;

const ivPool = Buffer.alloc(IV_BYTES * POOLED_IVS);
let ivOffset = ivPool.length;

/** A fresh random IV, from the pool; each pooled byte is handed out once (GCM must never reuse an IV). */
function randomIv(): Buffer {
  if (ivOffset === ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}

/** AES-256-GCM: the output is iv | tag | ciphertext; `aad` binds it to where it belongs. */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
