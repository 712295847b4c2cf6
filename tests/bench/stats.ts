export interface BenchResult {
  name: string;
  /** Median milliseconds of what is measured. */
  measured: number;
  /** Median milliseconds of the reference, measured in the same run. */
  reference: number;
  referenceName: string;
  /** The ratio measured/reference must stay at or under this. */
  target: number;
  notes: string[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
