/** Number formatting for pages: shares and file sizes the Chinese way. */

/** `part` of `whole` as a percentage with at most one decimal (一 dash when the whole is 0). */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  const p = Math.round((part / whole) * 1000) / 10;
  return `${p}%`;
}

/** A byte count for people: exact bytes below 10 KB, else KB/MB with one decimal, exact bytes kept in the title. */
export function fileSize(bytes: number): string {
  if (bytes < 10_240) return `${bytes.toLocaleString('zh-CN')} 字节`;
  if (bytes < 10_485_760) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
