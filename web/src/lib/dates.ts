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
  m = /^(\d{3})X?$/.exec(v); // a decade: "199" or "199X" (the 1990s)
  if (m) return { from: utc(+m[1] * 10), to: utc(+m[1] * 10 + 10) };
  m = /^(\d{2})(?:XX)?$/.exec(v); // a century: "19" (the 1900s)
  if (m) return { from: utc(+m[1] * 100), to: utc(+m[1] * 100 + 100) };
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

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'in the past', FUTURE_REF: 'in the future' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** A date value in words at its own precision: "2014", "Oct 2023", "25 Jan 2024"; values the reader could not
 *  anchor say what is known ("a Thursday", "5 Oct, year unknown"). */
export function describeDate(value: string): string {
  const r = timexRange(value);
  if (!r) {
    const weekday = /^XXXX-WXX-([1-7])$/.exec(value);
    if (weekday) return `a ${WEEKDAYS[+weekday[1] - 1]}`;
    const noYear = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (noYear && +noYear[1] >= 1 && +noYear[1] <= 12) return `${noYear[2] ? `${+noYear[2]} ` : ''}${MONTHS[+noYear[1] - 1]}, year unknown`;
    return REFS[value] ?? value;
  }
  const span = r.to - r.from;
  const d = new Date(r.from);
  if (span === 0) return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }) + ' UTC';
  if (span <= 86_400_000) return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (/^\d{4}-\d{2}$/.test(value)) return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}X?$/.test(value)) return `the ${value.slice(0, 3)}0s`;
  if (/^\d{2}(?:XX)?$/.test(value)) return `the ${value.slice(0, 2)}00s`;
  return value.replace(/^(\d{4})-(.+)$/, '$2 $1').replace(/^W(\d+)/, 'week $1');
}

const DURATION_UNITS: Record<string, [string, string]> = { Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], H: ['hour', 'hours'], TM: ['minute', 'minutes'], S: ['second', 'seconds'] };

/** An ISO 8601 duration in words: "PT25M" → "25 minutes", "P1Y6M" → "1 year 6 months"; anything else as given. */
export function describeDuration(value: string): string {
  const m = /^P(?:([\d.]+|X)Y)?(?:([\d.]+|X)M)?(?:([\d.]+|X)W)?(?:([\d.]+|X)D)?(?:T(?:([\d.]+|X)H)?(?:([\d.]+|X)M)?(?:([\d.]+|X)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return value;
  const parts = (['Y', 'M', 'W', 'D', 'H', 'TM', 'S'] as const).flatMap((unit, i) => {
    const n = m[i + 1];
    if (n === undefined) return [];
    const [one, many] = DURATION_UNITS[unit];
    return n === 'X' ? [`some ${many}`] : [`${n} ${Number(n) === 1 ? one : many}`];
  });
  return parts.join(' ');
}
