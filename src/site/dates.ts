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

/**
 * "13 October 2022, 16:44 UTC+03:00", "24 August 2019, 00:25", "24 August 2019", "June 2020", "2019" or "Date
 * unknown".
 */
export function describeDate(date: string | undefined, time?: string, utcOffset?: string): string {
  if (date === undefined) return "Date unknown";
  const [year, month, day] = date.split("-");
  if (month === undefined) return date;
  const monthName = MONTHS[Number(month) - 1];
  if (day === undefined) return `${monthName} ${year}`;
  const dayText = `${Number(day)} ${monthName} ${year}`;
  if (time === undefined) return dayText;
  if (utcOffset === undefined) return `${dayText}, ${time}`;
  return `${dayText}, ${time} UTC${utcOffset === "+00:00" ? "" : utcOffset}`;
}

/**
 * The `datetime` of a `<time>` element: the date as precise as it is known, with the time when there is a day, and
 * the time's offset from UTC when it is known (a global date and time, in HTML's terms).
 */
export function machineDate(date: string, time?: string, utcOffset?: string): string {
  return date.length === 10 && time !== undefined ? `${date}T${time}${utcOffset ?? ""}` : date;
}
