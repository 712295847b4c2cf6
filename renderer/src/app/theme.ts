import type { Theme } from '../../../shared/taxonomy/keys';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
let current: Theme = 'system';

function apply(): void {
  const resolved = current === 'system' ? (dark.matches ? 'dark' : 'light') : current;
  document.documentElement.dataset.theme = resolved;
}

dark.addEventListener('change', apply);

/** Applies a theme now and follows the OS while it is 'system'. */
export function applyTheme(theme: Theme): void {
  current = theme;
  apply();
}
