/** A cell of a grid, by row and column from 0. */
export interface GridPos {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells, as spreadsheets do: arrows by one,
 * Home/End to the row's ends (with Ctrl/Cmd to the grid's corners), Page Up/Down by `page` rows.
 * Null when the key does not move.
 */
export function moveInGrid(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, at: GridPos, size: { rows: number; cols: number; page: number }): GridPos | null {
  const clamp = (row: number, col: number): GridPos => ({ row: Math.max(0, Math.min(size.rows - 1, row)), col: Math.max(0, Math.min(size.cols - 1, col)) });
  const mod = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return mod ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return mod ? clamp(size.rows - 1, size.cols - 1) : clamp(at.row, size.cols - 1);
    case 'PageUp':
      return clamp(at.row - size.page, at.col);
    case 'PageDown':
      return clamp(at.row + size.page, at.col);
    default:
      return null;
  }
}
