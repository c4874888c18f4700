/**
 * The names of raw articles and their sidecars. A raw article is a `.txt` file, the extension in any case
 * (`REPORT.TXT`, as some Windows tools save it); its sidecar is the name without it, and `.meta.yaml`.
 */
const RAW_EXTENSION = /\.txt$/i;

export function isRawFileName(name: string): boolean {
  return RAW_EXTENSION.test(name);
}

/** The name of the raw file `name` without its extension. */
export function rawFileStem(name: string): string {
  return name.replace(RAW_EXTENSION, "");
}

const SIDECAR_EXTENSION = /\.meta\.yaml$/;

export function sidecarName(rawFile: string): string {
  return `${rawFileStem(rawFile)}.meta.yaml`;
}

export function isSidecarName(name: string): boolean {
  return SIDECAR_EXTENSION.test(name);
}

/** The raw file a sidecar named `name` belongs beside, as the error that finds none names it. */
export function rawNameOfSidecar(name: string): string {
  return name.replace(SIDECAR_EXTENSION, ".txt");
}
