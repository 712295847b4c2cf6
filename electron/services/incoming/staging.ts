import { randomBytes } from 'node:crypto';

/**
 * What an import read and checked, kept between its preview and the user's go-ahead, so the file
 * is read and validated once. Only the newest few are kept: an abandoned preview costs nothing.
 */
export class Staging<T> {
  private readonly items = new Map<string, T>();

  constructor(private readonly kept = 4) {}

  put(item: T): string {
    const id = randomBytes(9).toString('hex');
    this.items.set(id, item);
    while (this.items.size > this.kept) this.items.delete(this.items.keys().next().value!);
    return id;
  }

  get(id: string): T | null {
    return this.items.get(id) ?? null;
  }

  drop(id: string): void {
    this.items.delete(id);
  }
}
