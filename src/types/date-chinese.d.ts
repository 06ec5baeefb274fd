// date-chinese ships its types in ./types, but its package "exports" do not point TypeScript there (NodeNext
// resolution). These are the few members the timex tagger uses, as that file declares them.
declare module 'date-chinese' {
  export class CalendarChinese {
    /** The Julian ephemeris day of the Chinese new year that falls in a Gregorian year. */
    newYear(gregorianYear: number): number;
    fromJDE(jde: number): this;
    toGregorian(gregorianYear?: number): { year: number; month: number; day: number };
    /** The cycle and year of the date read last, to set a day of that year. */
    cycle: number;
    year: number;
    set(cycle: number, year: number, month: number, leap: boolean, day: number): this;
  }
}
