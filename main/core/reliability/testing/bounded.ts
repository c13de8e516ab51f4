/** Time and memory a hostile input may cost before the test calls it a denial of service. */
export const LIMITS = { ms: 15_000, bytes: 300 * 1024 * 1024 };

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Runs one hostile input and reports how long it took and the most memory it held on to
 * (sampled while it runs), with its outcome: a value or the message it was refused with.
 */
export async function bounded<T>(work: () => Promise<T> | T): Promise<{ ms: number; peakBytes: number; value?: T; refused?: string }> {
  const start = Date.now();
  const base = used();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, used() - base)), 10);
  try {
    const value = await work();
    return { ms: Date.now() - start, peakBytes: Math.max(peak, used() - base), value };
  } catch (error) {
    return { ms: Date.now() - start, peakBytes: Math.max(peak, used() - base), refused: error instanceof Error ? error.message : String(error) };
  } finally {
    clearInterval(sampler);
  }
}
