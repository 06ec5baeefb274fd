// TIMEX3-style values ("2014", "2023-10", "2017-Q4", "2023-W42", "2024-01-25", "2023-SU") as time ranges, so a
// timeline can place coarse and precise dates on one axis.

export interface TimeRange {
  from: number;
  to: number;
}

const SEASON_MONTH: Record<string, [number, number]> = { SP: [2, 5], SU: [5, 8], FA: [8, 11], AU: [8, 11], WI: [11, 14] };
const HALF_MONTH: Record<string, [number, number]> = { H1: [0, 6], H2: [6, 12] };

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

/** The span a date value covers, or null when it has no calendar anchor (e.g. "PRESENT_REF", "P3D"). */
export function timexRange(value: string | undefined): TimeRange | null {
  if (!value) return null;
  const v = value.trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v);
  if (m) {
    const from = utc(+m[1], +m[2] - 1, +m[3]);
    const at = Date.parse(value);
    return v.includes('T') && !Number.isNaN(at) ? { from: at, to: at } : { from, to: from + 86_400_000 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { from: utc(+m[1], +m[2] - 1), to: utc(+m[1], +m[2]) };
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return { from: utc(+m[1], (+m[2] - 1) * 3), to: utc(+m[1], +m[2] * 3) };
  m = /^(\d{4})-(H[12])$/.exec(v);
  if (m) return { from: utc(+m[1], HALF_MONTH[m[2]][0]), to: utc(+m[1], HALF_MONTH[m[2]][1]) };
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v);
  if (m) return { from: utc(+m[1], SEASON_MONTH[m[2]][0]), to: utc(+m[1], SEASON_MONTH[m[2]][1]) };
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const from = isoWeekStart(+m[1], +m[2]);
    return { from, to: from + 7 * 86_400_000 };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { from: utc(+m[1]), to: utc(+m[1] + 1) };
  m = /^(\d{3})X$/.exec(v);
  if (m) return { from: utc(+m[1] * 10), to: utc(+m[1] * 10 + 10) };
  return null;
}

/** Monday 00:00 UTC of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = new Date(utc(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return mondayOfWeek1 + (week - 1) * 7 * 86_400_000;
}

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekOf(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return (day - ((day + 3) % 7)) * 86_400_000;
}

/** A date value in words at its own precision: "2014", "Oct 2023", "25 Jan 2024". */
export function describeDate(value: string): string {
  const r = timexRange(value);
  if (!r) return value;
  const span = r.to - r.from;
  const d = new Date(r.from);
  if (span <= 86_400_000) return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (/^\d{4}-\d{2}$/.test(value)) return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (/^\d{4}$/.test(value)) return value;
  return value.replace(/^(\d{4})-(.+)$/, '$2 $1').replace(/^W(\d+)/, 'week $1');
}
