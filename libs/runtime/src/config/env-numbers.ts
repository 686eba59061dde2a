/**
 * A whole number from an environment variable, `undefined` when it is unset or empty. `min: 0` admits zero,
 * which the settings that take it read as "off".
 */
export function wholeNumber(
  value: string | undefined,
  name: string,
  { min }: { min: 0 | 1 },
): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min) {
    const kind = min === 0 ? 'whole number' : 'positive whole number';
    throw new Error(`${name} must be a ${kind}, not "${value}"`);
  }
  return number;
}
