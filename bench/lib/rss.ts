/** Samples the process's resident set size (and JS heap) every 100 ms; peaks are kept per phase. */
export class MemorySampler {
  private timer: NodeJS.Timeout;
  private phase = { rss: 0, heap: 0 };

  constructor(intervalMs = 100) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample() {
    const m = process.memoryUsage();
    this.phase.rss = Math.max(this.phase.rss, m.rss);
    this.phase.heap = Math.max(this.phase.heap, m.heapUsed);
  }

  /** Peaks since the last call (MiB), then starts a new phase. */
  take(): { rssMiB: number; heapMiB: number } {
    this.sample();
    const r = { rssMiB: mib(this.phase.rss), heapMiB: mib(this.phase.heap) };
    this.phase = { rss: 0, heap: 0 };
    return r;
  }

  stop() {
    clearInterval(this.timer);
  }
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
