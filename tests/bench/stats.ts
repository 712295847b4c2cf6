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
  /**
   * The values of each round, measured and reference paired by round (same length), for the
   * ratio's spread over rounds. A fixed reference (a budget) is repeated.
   */
  rounds?: { measured: number[]; reference: number[] };
}

/** A ratio of two series measured round by round in the same run: medians, and the rounds kept for the spread. */
export function pairedRatio(
  label: string,
  measured: number[],
  reference: number[],
  referenceName: string,
  unit: string,
  target?: number,
): BenchRatio {
  return {
    label,
    measured: median(measured),
    reference: median(reference),
    referenceName,
    unit,
    target,
    rounds: { measured, reference },
  };
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
  /** Rounds that did not do what they measure (a drag that moved no card): each fails the run. */
  failures?: string[];
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

/** The lowest and highest ratio of the paired rounds, or null with fewer than two rounds. */
export function spreadOf(r: BenchRatio): [number, number] | null {
  if (!r.rounds) return null;
  const n = Math.min(r.rounds.measured.length, r.rounds.reference.length);
  if (n < 2) return null;
  const ratios = Array.from({ length: n }, (_, i) => r.rounds!.measured[i]! / r.rounds!.reference[i]!);
  return [Math.min(...ratios), Math.max(...ratios)];
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
