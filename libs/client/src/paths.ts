/** A path whose interpolated parts are percent-encoded: ids chosen by callers can never change the route. */
export function path(strings: TemplateStringsArray, ...parts: string[]): string {
  return strings.reduce(
    (url, literal, i) => url + literal + (i < parts.length ? encodeURIComponent(parts[i]) : ''),
    '',
  );
}

/** A query string of the defined values, `?` included; empty when there are none. */
export function query(values: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
