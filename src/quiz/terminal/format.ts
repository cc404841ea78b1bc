// Formatting helpers ported from docker/go-units and docker/cli's formatter:
//   github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2 (cli/command/formatter/{formatter,
//   container,displayutils}.go, vendored github.com/docker/go-units {duration,size}.go).

/** go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3600e3);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3600e3 / 24 / 365)} years`;
}

/** Go's `%.3g`: three significant digits, no trailing zeros. */
const g3 = (n: number) => String(Number(n.toPrecision(3)));

/** A size in `base` steps with three significant digits (go-units CustomSize). */
function scaled(bytes: number, base: number, units: string[]): string {
  let i = 0;
  let n = bytes;
  while (n >= base && i < units.length - 1) {
    n /= base;
    i++;
  }
  return `${g3(n)}${units[i]}`;
}

/** go-units HumanSize (decimal units, as `docker images` shows sizes). */
export const humanSize = (bytes: number) => scaled(bytes, 1000, ['B', 'kB', 'MB', 'GB', 'TB', 'PB']);

/** go-units BytesSize (binary units, as `docker stats` shows memory). */
export const bytesSize = (bytes: number) => scaled(bytes, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB']);

/** formatter.Ellipsis: cut to `width` characters, the last one being `…`. */
export function ellipsis(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** Go's strconv.Quote for the strings the CLI quotes (commands). */
export const goQuote = (text: string) => JSON.stringify(text).replace(/\u2026/g, '…');

/**
 * text/tabwriter as the CLI configures it (`tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`): each
 * cell is padded to the widest cell of its column plus 3 spaces, at least 10; the last is not.
 */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(Math.max(widths[i], 10 - 3) - [...cell].length + 3))).join(''))
    .join('\n');
}

/** Go's time.Time String() in UTC: `2026-12-06 16:20:01.123456789 +0000 UTC`. */
export function goTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}

/** RFC 3339 with nanoseconds, as inspect prints dates. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}
