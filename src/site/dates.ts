import { ArticleSchema } from "../article.ts";

/**
 * Dates as the archive shows them. An article's `date` is only as precise as its source (`YYYY-MM-DD`, `YYYY-MM`
 * or `YYYY`) or absent; Eleventy's own `page.date` would invent the missing parts, so it is never used.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The article's date as the schema reads it (YAML turns an unquoted `2019-08-24` into a Date; the schema turns it
 * back). Eleventy builds collections before it runs the data schema, so an invalid date reads as none here and is
 * reported by the schema.
 */
export function articleDate(value: unknown): string | undefined {
  const parsed = ArticleSchema.shape.date.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** "24 August 2019, 00:25", "24 August 2019", "June 2020", "2019" or "Date unknown". */
export function describeDate(date: string | undefined, time?: string): string {
  if (date === undefined) return "Date unknown";
  const [year, month, day] = date.split("-");
  if (month === undefined) return date;
  const monthName = MONTHS[Number(month) - 1];
  if (day === undefined) return `${monthName} ${year}`;
  const dayText = `${Number(day)} ${monthName} ${year}`;
  return time === undefined ? dayText : `${dayText}, ${time}`;
}

/** The `datetime` of a `<time>` element: the date as precise as it is known, with the time when there is a day. */
export function machineDate(date: string, time?: string): string {
  return date.length === 10 && time !== undefined ? `${date}T${time}` : date;
}
