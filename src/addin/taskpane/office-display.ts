/** Whether Office's theme is dark, judged by the lightness of its body background ("#1F1F1F" is dark). */
export function isDarkTheme(theme: { bodyBackgroundColor?: string } | undefined | null): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor?.trim() ?? '');
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
