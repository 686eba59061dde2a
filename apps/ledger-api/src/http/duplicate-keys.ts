const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** Marks a level that is an array: it has an index, no keys. */
const ARRAY = -1;

/**
 * The path (`checks[3].purpose`) of the first key that an object in `json` names twice, or `null`. JSON.parse
 * keeps the last of such keys without a word, so a body could mean one thing to the ledger and another to a
 * proxy, a log or a signature that read the first. `json` must have parsed already: this reads only its
 * structure, in one pass that skips each string with one `indexOf`, and allocates little (the keys of the
 * objects open at a time, on one stack), so that it costs less than the parse it follows.
 */
export function duplicateKeyPath(json: string): string | null {
  // Per open level, outermost first: where its keys start on `keys` (or ARRAY), its last key, its index.
  const keysFrom: number[] = [];
  const lastKey: string[] = [];
  const index: number[] = [];
  const keys: string[] = [];
  let depth = -1;
  for (let i = 0; i < json.length; i++) {
    const char = json.charCodeAt(i);
    if (char === QUOTE) {
      const end = closingQuote(json, i);
      let next = end + 1;
      while (isWhitespace(json.charCodeAt(next))) next++;
      if (json.charCodeAt(next) !== COLON || depth < 0 || keysFrom[depth] === ARRAY) {
        i = end;
        continue;
      }
      const key = keyAt(json, i, end);
      for (let k = keysFrom[depth]; k < keys.length; k++) {
        if (keys[k] === key) return pathTo(key, depth, keysFrom, lastKey, index);
      }
      keys.push(key);
      lastKey[depth] = key;
      i = next;
    } else if (char === OPEN_OBJECT || char === OPEN_ARRAY) {
      depth++;
      keysFrom[depth] = char === OPEN_OBJECT ? keys.length : ARRAY;
      index[depth] = 0;
    } else if (char === COMMA) {
      if (keysFrom[depth] === ARRAY) index[depth]++;
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) {
      if (keysFrom[depth] !== ARRAY) keys.length = keysFrom[depth];
      depth--;
    }
  }
  return null;
}

/** The index of the quote that closes the string opening at `start`: the first one not escaped. */
function closingQuote(json: string, start: number): number {
  let end = json.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (json.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = json.indexOf('"', end + 1);
  }
  return json.length;
}

/** A key as JSON.parse reads it: `"a"` and `"\u0061"` are one key. */
function keyAt(json: string, start: number, end: number): string {
  const raw = json.slice(start + 1, end);
  return raw.includes('\\') ? (JSON.parse(json.slice(start, end + 1)) as string) : raw;
}

const isWhitespace = (char: number) => char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09;

/** The path of `key` in the object at `depth`, written as validation problems name fields. */
function pathTo(key: string, depth: number, keysFrom: number[], lastKey: string[], index: number[]): string {
  let path = '';
  for (let level = 0; level < depth; level++) {
    if (keysFrom[level] === ARRAY) path += `[${index[level]}]`;
    else path += path ? `.${lastKey[level]}` : lastKey[level];
  }
  return path ? `${path}.${key}` : key;
}
