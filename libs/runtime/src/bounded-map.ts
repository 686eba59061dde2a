/**
 * A map that keeps at most `capacity` entries, forgetting the one set longest ago first: a cache whose
 * memory stays bounded however many subjects pass through it. Reads do not reorder it (that would cost a
 * delete and an insert per read); an entry in use is set again often enough to stay.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    // A Map iterates in insertion order: moving the entry to the end keeps the oldest first.
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as K);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
