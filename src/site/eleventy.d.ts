/**
 * Eleventy 3 ships no type declarations. These describe only the part of its API this project calls, as read from
 * node_modules/@11ty/eleventy/src (Eleventy.js, UserConfig.js, TemplateCollection.js).
 */
declare module "@11ty/eleventy" {
  import type MarkdownIt from "markdown-it";

  /** What templates and collections see of a page (`page` in its data). */
  export interface PageData {
    inputPath: string;
    fileSlug: string;
  }

  export interface CollectionItem {
    data: Record<string, unknown>;
    /** the page's address, e.g. "/articles/some-slug/" */
    url: string;
    /** the template's text before rendering: for an article, its Markdown body */
    rawInput: unknown;
    /** the rendered page, once it is rendered: read it only while rendering a page that imports the collection */
    readonly content: unknown;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
  }

  export interface Directories {
    readonly input: string;
    readonly output: string;
  }

  export interface AfterBuildEvent {
    directories: Directories;
    /** every page the build rendered, with what it wrote */
    results: { inputPath: string; outputPath: string | false; url: string | false; content: string }[];
  }

  export interface UserConfig {
    readonly directories: Directories;
    /** the path prefix of the build, "/" when there is none; set before plugins run */
    readonly pathPrefix: string;
    /** what addGlobalData added so far, by name */
    readonly globalData: Record<string, unknown>;
    /** Eleventy's timings, by group; not documented, so possibly absent in another version */
    readonly benchmarkManager?: { get(group: string): { setIsVerbose(verbose: boolean): void } };
    addPlugin<Options>(plugin: (eleventyConfig: UserConfig, options: Options) => void, options?: Options): void;
    addGlobalData(name: string, value: unknown): void;
    addTemplate(virtualInputPath: string, content: string, data?: Record<string, unknown>): void;
    addTemplateFormats(format: string): void;
    /** A template language: `compile` turns a template's text into a function of its data that renders it. */
    addExtension(
      extension: string,
      options: { compile(text: string, inputPath: string): (data: never) => string | Promise<string> },
    ): void;

    addShortcode(name: string, shortcode: (...args: never[]) => string): void;
    /** A collection may be anything, not only a list (Eleventy's "return values" of collections). */
    addCollection(name: string, build: (api: CollectionApi) => unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addDateParsing(parse: (value: unknown) => Date | undefined): void;
    addPassthroughCopy(mapping: Record<string, string>): void;
    amendLibrary(engine: "md", amend: (md: MarkdownIt) => MarkdownIt | void): void;
    setIncludesDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    setUseGitIgnore(enabled: boolean): void;
    on(event: "eleventy.after", listener: (event: AfterBuildEvent) => Promise<void> | void): void;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string | undefined;
    /** Runs on the config before the config file does: for settings that belong to one way of running. */
    config?: (eleventyConfig: UserConfig) => void;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** One build into the output folder; rejects on the first error. Gives the files copied, and the pages written. */
    write(): Promise<[passthroughCopy: unknown, results: AfterBuildEvent["results"]]>;
    /** One build that renders every page, writes none and gives them all, content included. */
    toJSON(): Promise<AfterBuildEvent["results"]>;
    /** Silences Eleventy's console output, its error reports included. */
    disableLogger(): void;
  }

  export function EleventyHtmlBasePlugin(eleventyConfig: UserConfig): void;
}
