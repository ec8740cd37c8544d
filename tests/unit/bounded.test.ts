import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../bot/bounded';

describe('BoundedMap.keep', () => {
  it('forgets a failed promise, but not one kept under its key since', async () => {
    const kept = new BoundedMap<Promise<string>>(1);
    let fail!: (e: Error) => void;
    const first = kept.keep('a', () => new Promise<string>((_, reject) => (fail = reject)));
    kept.keep('b', () => Promise.resolve('b')); // evicts 'a'
    const second = kept.keep('a', () => Promise.resolve('a, again')); // evicts 'b'
    fail(new Error('first try failed'));
    await expect(first).rejects.toThrow('first try failed');
    expect(kept.get('a')).toBe(second);
    const failing = kept.keep('c', () => Promise.reject<string>(new Error('no')));
    await expect(failing).rejects.toThrow('no');
    expect(kept.get('c')).toBeUndefined();
  });
});
