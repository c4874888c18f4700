/** The yaml library's messages go on with an excerpt of the file; the first line says what is wrong. */
export function firstLine(error: unknown): string {
  return (error as Error).message.split("\n")[0]!.replace(/:$/, "");
}
