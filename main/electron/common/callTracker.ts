/**
 * Counts a window's API calls in flight, so that closing the window or
 * switching projects can wait for the renderer's last writes (sent after a
 * 'flush' event) to land before the project is closed.
 */
export class CallTracker {
  private inFlight = 0;
  private lastActivity = Date.now();
  private waiters: (() => void)[] = [];

  async track<T>(call: () => Promise<T>): Promise<T> {
    this.inFlight++;
    this.lastActivity = Date.now();
    try {
      return await call();
    } finally {
      this.inFlight--;
      this.lastActivity = Date.now();
      for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /**
   * Resolves once no call is in flight and none has started or finished for
   * quietMs (counted from this call at the earliest, so the renderer has time to
   * answer a flush), or after maxMs whatever happens (a hung renderer must not
   * keep the window open).
   */
  async settled(quietMs: number, maxMs: number): Promise<void> {
    const start = Date.now();
    const deadline = start + maxMs;
    for (;;) {
      const now = Date.now();
      if (now >= deadline) return;
      const quietFor = now - Math.max(this.lastActivity, start);
      if (this.inFlight === 0 && quietFor >= quietMs) return;
      const wait = this.inFlight > 0 ? deadline - now : Math.min(quietMs - quietFor, deadline - now);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        const wake = (): void => done();
        this.waiters.push(wake);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  }
}
