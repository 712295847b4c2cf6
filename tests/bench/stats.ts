/** One comparison: what we measure against a reference measured in the same run. */
export interface BenchRatio {
  label: string;
  /** Median of what is measured. */
  measured: number;
  /** Median of the reference, measured in the same run. */
  reference: number;
  referenceName: string;
  unit: string;
  /** The ratio measured/reference must stay at or under this (under it when `strict`); none: a figure only. */
  target?: number;
  strict?: boolean;
}

/** A plain figure, printed as is. */
export interface BenchFigure {
  label: string;
  value: string;
}

export interface BenchResult {
  name: string;
  ratios: BenchRatio[];
  figures?: BenchFigure[];
  notes: string[];
}

export function ratioOf(r: BenchRatio): number {
  return r.measured / r.reference;
}

/** Whether a ratio meets its target (always true for a figure without one). */
export function withinTarget(r: BenchRatio): boolean {
  if (r.target === undefined) return true;
  const ratio = ratioOf(r);
  return r.strict ? ratio < r.target : ratio <= r.target;
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (q in [0, 1]); NaN for no values. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
