/**
 * A reading of a text that depends on the text alone, remembered: a register repeats its headings and
 * project names on row after row. Past `limit` distinct texts the memory is forgotten and starts again,
 * so it stays small in a large workbook. What is remembered is handed out again: it must not be changed.
 */
export function remembered<T>(read: (text: string) => T, limit = 1 << 12): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) {
      if (memory.size >= limit) memory.clear();
      value = read(text);
      memory.set(text, value);
    }
    return value;
  };
}
