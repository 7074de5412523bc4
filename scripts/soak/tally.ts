/** Named counters in groups (`faults`, `retries`, `outcomes`, ...), for the soak's tables. */
export class Tally {
  private readonly groups = new Map<string, Map<string, number>>();

  add(group: string, name: string, by = 1): void {
    const counters = this.groups.get(group) ?? new Map<string, number>();
    counters.set(name, (counters.get(name) ?? 0) + by);
    this.groups.set(group, counters);
  }

  get(group: string, name: string): number {
    return this.groups.get(group)?.get(name) ?? 0;
  }

  /** A group's counters, largest first. */
  entries(group: string): [string, number][] {
    return [...(this.groups.get(group) ?? new Map<string, number>())].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  }

  total(group: string): number {
    return this.entries(group).reduce((sum, [, count]) => sum + count, 0);
  }
}
