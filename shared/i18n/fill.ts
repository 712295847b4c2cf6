/**
 * A locale string with its `{{name}}` placeholders filled, for code outside React (main, the
 * services, files the app writes). `fill('Hi {{name}}', { name: 'Li' })` is 'Hi Li'.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A counted string from its `_one` and `_other` forms, as i18next picks them for English and
 * Chinese: `counted(s.trips_one, s.trips_other, 2)`.
 */
export function counted(one: string, other: string, count: number, values: Record<string, string | number> = {}): string {
  return fill(count === 1 ? one : other, { ...values, count });
}
