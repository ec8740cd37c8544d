// Small statistics the benchmarks print. Figures only: nothing here is asserted.

/** The middle value (of an even count, the upper of the two middle ones). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The value at quantile q of values sorted ascending (e.g. 0.99 for p99). */
export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
