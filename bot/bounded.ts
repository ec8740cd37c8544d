/** A map that keeps at most `max` entries: setting one beyond that drops the oldest set. */
export class BoundedMap<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  /** The promise kept under `key`, else a new one from `make`, kept until it rejects. */
  keep(key: string, make: () => V & Promise<unknown>): V {
    const kept = this.map.get(key);
    if (kept) return kept;
    const made = make();
    // Forgotten when it fails, unless another one was kept under the key since (after an eviction).
    made.catch(() => {
      if (this.map.get(key) === made) this.map.delete(key);
    });
    this.set(key, made);
    return made;
  }
}
