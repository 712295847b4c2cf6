// Where a record sits in its list, as a key that sorts as text: a record added later takes a key
// after the last, and two added at once on two laptops with the same key sort by id, so every copy
// shows the same order. Base 36, six digits: two billion places, compared as plain strings.

const WIDTH = 6;

/** The order key of the record at `position` in its list. */
export const orderKey = (position: number): string => position.toString(36).padStart(WIDTH, '0');

/** The key of a record added after the one whose key is `last` (null: into an empty list). */
export const orderAfter = (last: string | null): string => (last === null ? orderKey(0) : orderKey(parseInt(last, 36) + 1));

/** Sorts records by their order key, then by their key in the map (ties from concurrent additions). */
export const byOrder = (a: [string, string], b: [string, string]): number =>
  a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
