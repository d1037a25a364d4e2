// When a dead server is started again: always, unless it keeps dying, so a crash loop cannot spin forever.

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxCrashes = 5,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one crash; true (restart) while no more than `maxCrashes` happened within the last `windowMs`. */
  crashed(): boolean {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    return this.crashes.length <= this.maxCrashes;
  }
}
