// What the benchmarks read from the environment, checked with zod like every config value.
import { z } from 'zod';

/** A comma-separated list of whole numbers in [min, max] (e.g. BENCH_SIZES=10000,30000). */
export const numberList = (defaults: string, min: number, max: number) =>
  z
    .string()
    .default(defaults)
    .transform((s) => s.split(',').map((x) => Number(x.trim())))
    .pipe(z.array(z.number().int().min(min).max(max)));
