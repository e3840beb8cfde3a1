/**
 * "pages 120/702 · pictures 300/698": the build's progress on one line that
 * rewrites itself in a terminal, and a line every tenth of the way in a log
 * (CI), so a long step never looks stuck.
 */
export class Progress {
  private readonly done = new Map<string, number>();
  private lastTenth = -1;

  constructor(
    private readonly totals: Record<string, number>,
    private readonly out: NodeJS.WriteStream = process.stdout,
  ) {
    for (const name of Object.keys(totals)) this.done.set(name, 0);
  }

  tick(name: string) {
    this.done.set(name, (this.done.get(name) ?? 0) + 1);
    const all = Object.values(this.totals).reduce((a, b) => a + b, 0);
    const done = [...this.done.values()].reduce((a, b) => a + b, 0);
    if (this.out.isTTY) this.out.write(`\r${this.line()}`);
    else if (Math.floor((10 * done) / all) > this.lastTenth) {
      this.lastTenth = Math.floor((10 * done) / all);
      this.out.write(`${this.line()}\n`);
    }
  }

  line(): string {
    return Object.entries(this.totals)
      .map(([name, total]) => `${name} ${this.done.get(name)}/${total}`)
      .join(' · ');
  }

  end(summary: string) {
    this.out.write(`${this.out.isTTY ? '\r\x1b[K' : ''}${summary}\n`);
  }
}
